"""The Chinese and English names of the entities listed so far, to tell a pair read from one bracket that joins the
Chinese name of one listed entity to the English name of another (a copy-edit slip in the notice).

These are public facts of the listings (SOURCES.md), like the dates of ``registry``; a name not in the table is never
a doubt, and a known Chinese name with an English one never seen is none either (a new spelling): only an English
name known as another entity's is.
"""

from __future__ import annotations

import re

from policywatch.parsers.types import Action

LISTED_NAMES: dict[str, tuple[str, ...]] = {
    'ACT1联邦公司': ('ACT1 Federal',),
    'AEVEX 航天公司': ('AEVEX Aerospace',),
    'AEVEX航天公司': ('AEVEX Aerospace',),
    'BRINC无人机公司': ('BRINC Drones, Inc.', 'BRINC Drones,Inc.',),
    'Exelis公司': ('Exelis Inc.',),
    'Group W公司': ('Group W',),
    'IHI主要金属株式会社': ('IHI Master Metal Co., Ltd.',),
    'IHI原动机株式会社': ('IHI Power Systems Co., Ltd.',),
    'IHI喷气机服务株式会社': ('IHI Jet Service Co., Ltd.',),
    'IHI宇航工程株式会社': ('IHI Aerospace Engineering Co., Ltd.',),
    'IHI宇航株式会社': ('IHI Aerospace Co., Ltd.',),
    'IHI航空制造株式会社': ('IHI Aero Manufacturing Co., Ltd.',),
    'I领域公司': ('Area-I',),
    'JMU防务系统株式会社': ('JMU Defense Systems Co., Ltd.',),
    'L3哈里斯公司': ('L3 Harris Technologies',),
    'L3哈里斯海事服务公司': ('L3Harris Maritime Services',),
    'LKD 航天公司': ('LKD Aerospace',),
    'LKD航天公司': ('LKD Aerospace',),
    'Recorded Future公司': ('Recorded Future, Inc.',),
    'S3航空防务公司': ('S3 AeroDefense',),
    'Source Intelligence公司': ('Source Intelligence, Inc.',),
    'SourceMap公司': ('Sourcemap, Inc.',),
    'TechInsights公司': ('TechInsights Inc.',),
    'Teledyne FLIR公司': ('Teledyne FLIR, LLC',),
    'VSE公司': ('VSE Corporation',),
    '万拓公司': ('Vantor',),
    '三菱造船株式会社': ('Mitsubishi Heavy Industries Shipbuilding Co.',),
    '三菱重工发动机与涡轮增压器株式会社': ('Mitsubishi Heavy Industries Engine & Turbocharger, Ltd.',),
    '三菱重工海事系统株式会社': ('Mitsubishi Heavy Industries Maritime Systems, Ltd.',),
    '三菱重工海洋机械株式会社': ('Mitsubishi Heavy Industries Marine Machinery & Equipment Co., Ltd.',),
    '三菱重工航空发动机株式会社': ('Mitsubishi Heavy Industries Aero Engines, Ltd.',),
    '中信造船股份有限公司': ('Jong Shyn Shipbuilding Co.,Ltd',),
    '中山科学研究院': ('National Chung-Shan Institute of Science & Technology',),
    '丹·斯穆特': ('Dan Smoot',),
    '亨廷顿·英格尔斯工业公司': ('Huntington Ingalls Industries Inc.', 'Huntington Ingalls Industries, Inc.',),
    '仲硕科技股份有限公司': ('JC Technology Inc.',),
    '伊庇鲁斯公司': ('Epirus, Inc.',),
    '伊比鲁斯公司': ('Epirus, Inc.',),
    '侦察艇有限责任公司': ('ReconCraft',),
    '先进声学概念有限责任公司': ('Advanced Acoustic Concepts',),
    '全球维度公司': ('Global Dimensions LLC',),
    '内华达山脉公司': ('Sierra Nevada Corporation',),
    '反无人机技术公司': ('Dedrone by Axon',),
    '可利尔阿莱恩公司': ('Clear Align LLC',),
    '吉布斯与考克斯公司': ('Gibbs & Cox, Inc.',),
    '吉布斯和考克斯公司': ('Gibbs&Cox, Inc.',),
    '哈利法克斯国际安全论坛': ('Halifax International Security Forum',),
    '哈德森技术公司': ('Hudson Technologies Co.',),
    '因美纳公司': ('Illumina, Inc.',),
    '国际海洋工程公司': ('Oceaneering International, Inc.',),
    '国际造船股份有限公司': ('CSBC Corporation,Taiwan',),
    '埃克索维拉公司': ('Exovera',),
    '埃比特系统美国分公司': ('Elbit Systems of America, LLC',),
    '埃科达因公司': ('Echodyne',),
    '塞拉技术服务公司': ('Sierra Technical Services, Inc.',),
    '多莫战术通信公司': ('Domo Tactical Communications',),
    '奎托斯无人机系统公司': ('Kratos Unmanned Aerial Systems, Inc.', 'Kratos Unmanned Aerial Systems,Inc.',),
    '宇航环境公司': ('Aero Vironment', 'AeroVironment, Inc.',),
    '安·伍德': ('Ann Wood',),
    '安杜里尔公司': ('Anduril Industries',),
    '安舒曼·罗伊': ('Anshuman Roy',),
    '富士通防卫与国家安全株式会社': ('Fujitsu Defense & National Security, Ltd.',),
    '尼罗斯科技公司': ('Neros Technologies',),
    '岩崎茂': ('IWASAKI Shigeru',),
    '川崎重工航空宇宙系统公司': ('Kawasaki Heavy Industries Aerospace Systems Company',),
    '川重岐阜工程株式会社': ('KAWAJU Gifu Engineering Co., Ltd.',),
    '帕尔默·卢基': ('Palmer Luckey',),
    '应用技术集团': ('Applied Technologies Group',),
    '急速飞行公司': ('Rapid Flight LLC',),
    '扁平地球管理公司': ('Planate Management Group',),
    '护盾人工智能公司': ('Shield AI, Inc.', 'Shield AI,Inc.',),
    '拉撒路人工智能公司': ('Lazarus Enterprises Inc.',),
    '摇杆舵公司': ('Stick Rudder Enterprises LLC',),
    '攻卫股份有限公司': ('Gong Wei Co.,Ltd',),
    '文本矿公司': ('TextOre',),
    '斯凯迪奥公司': ('Skydio Inc.', 'Skydio, Inc.',),
    '日本宇宙航空研究开发机构': ('Japan Aerospace Exploration Agency',),
    '日本海洋联合株式会社': ('Japan Marine United Corporation',),
    '日本电气网络传感器株式会社': ('NEC Network and Sensor Systems, Ltd.',),
    '日本电气航空宇宙系统株式会社': ('NEC Aerospace Systems, Ltd.',),
    '杰伊·霍夫利奇': ('Jay Hoflich',),
    '标枪合资公司': ('Raytheon/Lockheed Martin Javelin Joint Venture',),
    '汉翔航空工业股份有限公司': ('Aerospace Industrial Development Corp.',),
    '波音密苏里州圣路易斯市分公司': ('Boeing in St. Louis',),
    '波音防务、空间与安全集团': ('Boeing Defense, Space & Security',),
    '洛克希德·马丁先进技术实验室': ('Lockheed Martin Advanced Technology Laboratories',),
    '洛克希德·马丁公司': ('Lockheed Martin Corporation',),
    '洛克希德·马丁导弹与火控公司': ('Lockheed Martin Missiles and Fire Control',),
    '洛克希德·马丁导弹系统集成实验室': ('Lockheed Martin Missile System Integration Lab',),
    '洛克希德·马丁航空公司': ('Lockheed Martin Aeronautics',),
    '洛克希德·马丁风险投资公司': ('Lockheed Martin Ventures',),
    '浩劫人工智能公司': ('HavocAI',),
    '海上战术系统公司': ('Maritime Tactical Systems',),
    '海岸间电子公司': ('Inter-Coastal Electronics',),
    '潜航技术公司': ('Dive Technologies',),
    '火风暴实验室公司': ('Firestorm Labs, Inc.', 'Firestorm Labs,Inc.',),
    '爱尔康公司': ('Aerkomm Inc.',),
    '特励达·布朗工程公司': ('Teledyne Brown Engineering, Inc.', 'Teledyne Brown Engineering,Inc.',),
    '特科姆公司': ('TCOM, Limited Partnership', 'TCOM,Limited Partnership',),
    '环太平洋防务公司': ('Pacific Rim Defense',),
    '环球世界物流公司': ('Universal Logistics Holdings, Inc.',),
    '监控研究公司': ('IP Video Market Info, Inc.',),
    '立方全球防务公司': ('Cubic Global Defense',),
    '立方公司': ('Cubic Corporation',),
    '米奇·麦克唐纳': ('Mitch McDonald',),
    '系统研究与模拟公司': ('System Studies & Simulation',),
    '红猫控股公司': ('Red Cat Holdings, Inc.',),
    '红色六方案公司': ('Red Six Solutions',),
    '约翰·坎蒂伦': ('John Cantillon',),
    '约翰·库默': ('John A. Cuomo',),
    '经纬航太科技公司': ('GEOSAT Aerospace & Technology Inc.',),
    '美国光子公司': ('American Photonics',),
    '美国因美纳公司': ('Illumina, Inc.',),
    '美国繁荣联盟': ('Coalition For A Prosperous America',),
    '联合技术系统运营公司': ('Alliant Techsystems Operations LLC',),
    '英斯图公司': ('Insitu, Inc.', 'Insitu,Inc.',),
    '英特磊公司': ('Intelligent Epitaxy Technology', 'Intelligent Epitaxy Technology, Inc.',),
    '莱多斯公司': ('Leidos',),
    '菱形力量公司': ('Rhombus Power Inc.',),
    '萨罗尼克科技公司': ('Saronic Technologies, Inc.',),
    '蒂尔无人机公司': ('Teal Drones, Inc.',),
    '蓝力技术公司': ('Blue Force Technologies',),
    '诺斯罗普·格鲁曼系统公司': ('Northrop Grumman Systems Corporation',),
    '诺沃特公司': ('Novotech, Inc.',),
    '贝宜系统股份有限公司': ('BAE Systems, Inc.',),
    '赛博勒克斯公司': ('Cyberlux Corporation',),
    '赛尼克斯公司': ('SYNEXXUS, Inc.', 'SYNEXXUS,Inc.',),
    '边缘自治运营公司': ('Edge Autonomy Operations LLC',),
    '迈克尔·卡诺维尔': ('Michael J. Carnovale',),
    '迪德罗恩公司': ('Dedrone Holdings Inc.',),
    '迪杰恩技术公司': ('DZYNE Technologies',),
    '通用动力任务系统公司': ('General Dynamics Mission Systems',),
    '通用动力信息技术公司': ('General Dynamics Information Technology',),
    '通用动力公司': ('General Dynamics',),
    '通用动力军械与战术系统公司': ('General Dynamics Ordnance and Tactical Systems',),
    '通用动力陆地系统公司': ('General Dynamics Land Systems',),
    '通用原子航空系统公司': ('General Atomics Aeronautical Systems, Inc.',),
    '铁山解决方案公司': ('IronMountain Solutions',),
    '防卫大学': ('National Defense Academy of Japan',),
    '阿克西恩特公司': ('Axient',),
    '阿迪亚·德瓦拉孔达': ('Aaditya Devarakonda',),
    '雷神导弹与防务公司': ('Raytheon Missiles & Defense',),
    '雷神导弹系统公司': ('Raytheon Missile Systems',),
    '顶峰科技公司': ('Summit Technologies Inc.',),
    '马文工程公司': ('Marvin Engineering Company, Inc.',),
    '高点航空技术公司': ('High Point Aerotechnologies',),
    '龙德造船工业股份有限公司': ('Lungteh Shipbuilding Co.,Ltd',),
}

# Legal-form words and punctuation differ between printings of one name ("Skydio, Inc." / "Skydio Inc.").
_FORM = re.compile(r"\b(?:inc|incorporated|ltd|limited|llc|co|corp|corporation|company|gmbh|plc|lp|l\.p)\b\.?")


def _key(name_en: str) -> str:
    return re.sub(r"[^0-9a-z]", "", _FORM.sub("", name_en.lower()))


_BY_ZH: dict[str, set[str]] = {zh: {_key(en) for en in ens} for zh, ens in LISTED_NAMES.items()}
_ZH_BY_KEY: dict[str, set[str]] = {}
for _zh, _keys in _BY_ZH.items():
    for _k in _keys:
        _ZH_BY_KEY.setdefault(_k, set()).add(_zh)


def paired_name_doubts(actions: tuple[Action, ...]) -> list[str]:
    """An entity read with the Chinese name of one listed entity and the English name of another listed one."""
    for action in actions:
        for entity in action.entities:
            zh, en = entity.name_zh, entity.name_en
            if not zh or not en or zh not in _BY_ZH:
                continue
            key = _key(en)
            others = _ZH_BY_KEY.get(key, set()) - {zh}
            if key and key not in _BY_ZH[zh] and others:
                return [f"{action.kind} {action.list}: {zh!r} is printed with {en!r}, the English name of "
                        f"{sorted(others)[0]!r}: which entity is meant?"]
    return []
