"""Who each listing notice seen so far put on its list: a removal, suspension or end that cites one listing for
an entity another listing put there names the wrong notice or the wrong entity (a copy-edit slip the reader must
settle).

These are public facts of the listings (SOURCES.md), like the dates of ``registry`` and the names of
``listed_names``. A name no listing here holds is never a doubt (a newer listing may hold it), nor is a cited
notice this table does not know.
"""

from __future__ import annotations

from policywatch.parsers.types import Action

MEMBERS: dict[str, frozenset[str]] = {
    'MFA-ORDER-17': frozenset({
        '石平',
    }),
    'MFA-ORDER-18': frozenset({
        '岩崎茂',
    }),
    'MFA-ORDER-19': frozenset({
        '诺斯罗普·格鲁曼系统公司', 'L3哈里斯海事服务公司', '波音密苏里州圣路易斯市分公司', '吉布斯与考克斯公司',
        '先进声学概念有限责任公司', 'VSE公司', '塞拉技术服务公司', '红猫控股公司', '蒂尔无人机公司',
        '侦察艇有限责任公司', '高点航空技术公司', '伊庇鲁斯公司', '迪德罗恩公司', 'I领域公司', '蓝力技术公司',
        '潜航技术公司', '万拓公司', '英特磊公司', '菱形力量公司', '拉撒路人工智能公司', '帕尔默·卢基',
        '约翰·坎蒂伦', '迈克尔·卡诺维尔', '约翰·库默', '米奇·麦克唐纳', '安舒曼·罗伊', '丹·斯穆特',
        '阿迪亚·德瓦拉孔达', '安·伍德', '杰伊·霍夫利奇',
    }),
    'MOFCOM-2025-1': frozenset({
        '通用动力公司', 'L3哈里斯公司', '英特磊公司', '可利尔阿莱恩公司', '波音防务、空间与安全集团',
        '洛克希德·马丁公司', '雷神导弹与防务公司', '洛克希德·马丁导弹与火控公司', '洛克希德·马丁航空公司',
        '标枪合资公司', '雷神导弹系统公司', '通用动力军械与战术系统公司', '通用动力信息技术公司',
        '通用动力任务系统公司', '海岸间电子公司', '系统研究与模拟公司', '铁山解决方案公司', '应用技术集团',
        '阿克西恩特公司', '洛克希德·马丁导弹系统集成实验室', '洛克希德·马丁先进技术实验室',
        '洛克希德·马丁风险投资公司', '安杜里尔公司', '海上战术系统公司', '环太平洋防务公司', 'AEVEX航天公司',
        'LKD航天公司', '顶峰科技公司',
    }),
    'MOFCOM-2025-13': frozenset({
        '莱多斯公司', '吉布斯和考克斯公司', '监控研究公司', 'SourceMap公司', '斯凯迪奥公司', '急速飞行公司',
        '红色六方案公司', '护盾人工智能公司', '浩劫人工智能公司', '尼罗斯科技公司', 'Group W公司', '爱尔康公司',
        '通用原子航空系统公司', '通用动力陆地系统公司', '宇航环境公司',
    }),
    'MOFCOM-2025-21': frozenset({
        '高点航空技术公司', '环球世界物流公司', 'Source Intelligence公司', '美国繁荣联盟', '内华达山脉公司',
        '边缘自治运营公司', '赛博勒克斯公司', '哈德森技术公司', '萨罗尼克科技公司', '国际海洋工程公司',
        '摇杆舵公司', '立方公司', 'S3航空防务公司', '特科姆公司', '文本矿公司', 'ACT1联邦公司',
    }),
    'MOFCOM-2025-22': frozenset({
        '美国光子公司', '诺沃特公司', '埃科达因公司', '马文工程公司', '埃克索维拉公司', '特励达·布朗工程公司',
        'BRINC无人机公司', '赛尼克斯公司', '火风暴实验室公司', '奎托斯无人机系统公司', '多莫战术通信公司',
        '英斯图公司',
    }),
    'MOFCOM-2025-35': frozenset({
        '汉翔航空工业股份有限公司', '经纬航太科技公司', '中山科学研究院', '仲硕科技股份有限公司',
        '国际造船股份有限公司', '中信造船股份有限公司', '龙德造船工业股份有限公司', '攻卫股份有限公司',
    }),
    'MOFCOM-2025-51': frozenset({
        '亨廷顿·英格尔斯工业公司', '扁平地球管理公司', '全球维度公司',
    }),
    'MOFCOM-2026-11': frozenset({
        '三菱造船株式会社', '三菱重工航空发动机株式会社', '三菱重工海洋机械株式会社',
        '三菱重工发动机与涡轮增压器株式会社', '三菱重工海事系统株式会社', '川崎重工航空宇宙系统公司',
        '川重岐阜工程株式会社', '富士通防卫与国家安全株式会社', 'IHI原动机株式会社', 'IHI主要金属株式会社',
        'IHI喷气机服务株式会社', 'IHI宇航株式会社', 'IHI航空制造株式会社', 'IHI宇航工程株式会社',
        '日本电气网络传感器株式会社', '日本电气航空宇宙系统株式会社', '日本海洋联合株式会社', 'JMU防务系统株式会社',
        '防卫大学', '日本宇宙航空研究开发机构',
    }),
    'MOFCOM-ORDER-2025-5': frozenset({
        'UAB Urbo Bankas', 'AB Mano Bankas',
    }),
    'UEL-2025-1': frozenset({
        '洛克希德·马丁导弹与火控公司', '洛克希德·马丁航空公司', '洛克希德·马丁导弹系统集成实验室',
        '洛克希德·马丁先进技术实验室', '洛克希德·马丁风险投资公司', '标枪合资公司', '雷神导弹系统公司',
        '通用动力军械与战术系统公司', '通用动力信息技术公司', '通用动力任务系统公司',
    }),
    'UEL-2025-10': frozenset({
        '反无人机技术公司', '迪杰恩技术公司', '埃比特系统美国分公司', '伊比鲁斯公司', '宇航环境公司', 'Exelis公司',
        '联合技术系统运营公司', '贝宜系统股份有限公司', 'Teledyne FLIR公司', 'VSE公司', '立方全球防务公司',
        'Recorded Future公司', '哈利法克斯国际安全论坛', 'TechInsights公司',
    }),
    'UEL-2025-2': frozenset({
        '海岸间电子公司', '系统研究与模拟公司', '铁山解决方案公司', '应用技术集团', '阿克西恩特公司',
        '安杜里尔公司', '海上战术系统公司',
    }),
    'UEL-2025-3': frozenset({
        '环太平洋防务公司', 'AEVEX 航天公司', 'LKD 航天公司', '顶峰科技公司',
    }),
    'UEL-2025-4': frozenset({
        '美国PVH集团', '因美纳公司',
    }),
    'UEL-2025-5': frozenset({
        '特科姆公司', '摇杆舵公司', '特励达·布朗工程公司', '亨廷顿·英格尔斯工业公司', 'S3航空防务公司', '立方公司',
        '文本矿公司', 'ACT1联邦公司', '埃克索维拉公司', '扁平地球管理公司',
    }),
    'UEL-2025-7': frozenset({
        '斯凯迪奥公司', 'BRINC无人机公司', '红色六方案公司', '赛尼克斯公司', '火风暴实验室公司',
        '奎托斯无人机系统公司', '浩劫人工智能公司', '尼罗斯科技公司', '多莫战术通信公司', '急速飞行公司',
        '英斯图公司',
    }),
    'UEL-2025-8': frozenset({
        '护盾人工智能公司', '内华达山脉公司', '赛博勒克斯公司', '边缘自治运营公司', 'Group W公司', '哈德森技术公司',
    }),
    'UEL-2025-9': frozenset({
        '萨罗尼克科技公司', '爱尔康公司', '国际海洋工程公司',
    }),
}


def _key(name: str) -> str:
    # One name printed with and without a space ("LKD 航天公司" / "LKD航天公司"), or in another case.
    return "".join(name.split()).casefold()


_KEYED: dict[str, frozenset[str]] = {doc: frozenset(_key(n) for n in names) for doc, names in MEMBERS.items()}


def _series(doc_id: str) -> str:
    """The list a listing notice puts names on: the UEL's own series, MOFCOM's notices (the control list), or the
    orders of countermeasures."""
    if doc_id.startswith("UEL-"):
        return "UEL"
    return "CML" if "ORDER" in doc_id else "ECL"


def member_doubts(actions: tuple[Action, ...]) -> list[str]:
    """An entity a change cites to listing notices that, as far as known, never listed it, while another listing
    of the same list did (an entity known only from another list's listing may be on this one by a newer notice)."""
    for action in actions:
        if action.kind == "add" or not action.targets:
            continue
        cited = [t.split("#", 1)[0] for t in action.targets]
        if not all(t in MEMBERS for t in cited):
            continue
        held = frozenset[str]().union(*(_KEYED[t] for t in cited))
        family = {_series(t) for t in cited}
        for entity in action.entities:
            names = [n for n in (entity.name_zh, entity.name_en) if n]
            if any(_key(n) in held for n in names):
                continue
            where = sorted(t for t, keys in _KEYED.items()
                           if _series(t) in family and any(_key(n) in keys for n in names))
            if where:
                return [f"{action.kind} {action.list}: {names[0]!r} is not among the entities {', '.join(cited)} "
                        f"listed (it was listed by {', '.join(where)}): the name or the citation is wrong"]
    return []
