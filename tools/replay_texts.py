"""The replay site's texts: each notice's facts (facts.json, and the events and older notices stated here) and
its body, OUR OWN short wording in the notices' phrasing patterns (SOURCES §6) — never the real texts.

Three events have no entry in facts.json, only a line in INDEX.md ("Events known but without a text here" →
"Further events without a text, for the list-state timeline"); ``EXTRA_EVENTS`` states their facts.
``HISTORY`` states older notices that only a backfill reaches. Used by ``build_replay_site.py``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

COUNTRY_WORD = {"US": "美国", "TW": "台湾地区", "JP": "日本"}
CN_NUM = "〇一二三四五六七八九"

ECL_QA_TITLE = "商务部新闻发言人就调整出口管制管控名单措施答记者问"


def _status(kind: str, list_name: str, target: str, effective: str, until: str | None = None) -> dict[str, Any]:
    return {"kind": kind, "list": list_name, "effective": effective, "until": until, "until_computed": bool(until),
            "targets": [target], "entities": [], "measures": [], "expected_entity_count": None}


# Events known from /work/shared/fixtures/announcements/INDEX.md, "Events known but without a text here" →
# "Further events without a text, for the list-state timeline" (also SOURCES §7): no text and no facts.json entry.
# Periods end as parsers/dates.py counts them (start day not counted): 90 days from 2025-05-14 → 2025-08-12,
# from 2025-08-12 → 2025-11-10. doc_ids of answers are the QA-<date> prefix, as in facts.json.
EXTRA_EVENTS: dict[str, dict[str, Any]] = {
    "qa-2025-05-14-ecl-suspension": {
        "doc_id": "QA-2025-05-14", "number": None, "issuer": "商务部新闻办公室", "title": ECL_QA_TITLE,
        "published": "2025-05-14", "url": None,
        "actions": [_status("suspend", "ECL", "MOFCOM-2025-21", "2025-05-14", "2025-08-12"),
                    _status("suspend", "ECL", "MOFCOM-2025-22", "2025-05-14")],
    },
    "qa-2025-08-12-ecl-adjustment": {
        "doc_id": "QA-2025-08-12", "number": None, "issuer": "商务部新闻办公室", "title": ECL_QA_TITLE,
        "published": "2025-08-12", "url": None,
        "actions": [_status("suspend", "ECL", "MOFCOM-2025-21", "2025-08-12", "2025-11-10"),
                    _status("terminate", "ECL", "MOFCOM-2025-22", "2025-08-12")],
    },
    # Known from a summary only; INDEX.md gives no publication date, so the day it takes effect is used.
    "order-2026-001": {
        "doc_id": "MOFCOM-ORDER-2026-1", "number": "商务部令2026年第1号", "issuer": "商务部",
        "title": "关于取消对欧盟两家金融机构反制措施的决定", "published": "2026-04-24",
        "url": "http://exportcontrol.mofcom.gov.cn/article/zcfg/gnzcfg/gzjgfxwj/202605/1282.html",
        "actions": [_status("remove", "CML", "MOFCOM-ORDER-2025-5", "2026-04-24")],
    },
}
def _listing(entities: list[tuple[str, str]], effective: str) -> dict[str, Any]:
    return {"kind": "add", "list": "UEL", "effective": effective, "until": None, "until_computed": False,
            "targets": [], "measures": [], "expected_entity_count": len(entities),
            "entities": [{"name_zh": zh, "name_en": en, "country": "US", "kind": "organization"}
                         for zh, en in entities]}


# Older notices, only on the pages a backfill walks (the 2023 and 2024 year indexes; a crawl reads this year's
# and last year's). Public facts stated in our own words, with their official number and date: the UEL
# listings of 2023-02-16 and 2024-05-20 named in issue 18. Only the listing is stated (no measures: these pages
# do not reproduce the measures the real notices impose); their art_ ids are replay-only (listed in README).
HISTORY: dict[str, dict[str, Any]] = {
    "uel-2023-001": {
        "doc_id": "UEL-2023-1", "number": "不可靠实体清单工作机制公告〔2023〕1号", "issuer": "不可靠实体清单工作机制",
        "title": "不可靠实体清单工作机制关于将洛克希德·马丁公司、雷神导弹与防务公司列入不可靠实体清单的公告",
        "published": "2023-02-16", "url": None,
        "actions": [_listing([("洛克希德·马丁公司", "Lockheed Martin Corporation"),
                              ("雷神导弹与防务公司", "Raytheon Missiles & Defense")], "2023-02-16")],
    },
    "uel-2024-001": {
        "doc_id": "UEL-2024-1", "number": "不可靠实体清单工作机制公告〔2024〕1号", "issuer": "不可靠实体清单工作机制",
        "title": "不可靠实体清单工作机制关于将通用原子航空系统公司、通用动力陆地系统公司、波音防务、空间与安全集团"
                 "列入不可靠实体清单的公告",
        "published": "2024-05-20", "url": None,
        "actions": [_listing([("通用原子航空系统公司", "General Atomics Aeronautical Systems"),
                              ("通用动力陆地系统公司", "General Dynamics Land Systems"),
                              ("波音防务、空间与安全集团", "Boeing Defense, Space & Security")], "2024-05-20")],
    },
}

# Listed in the spokesperson column although it lives under /syxwfb/ (JPaaS columns link across columns).


@dataclass
class Doc:
    key: str
    doc_id: str | None
    number: str | None
    issuer: str | None
    title: str
    published: dt.date
    actions: list[dict[str, Any]]
    urls: list[str] = field(default_factory=list)

    @property
    def action(self) -> dict[str, Any]:
        return self.actions[0]


# -- formatting helpers ----------------------------------------------------------------------------------


def ymd(day: dt.date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def ymd_padded(day: dt.date) -> str:
    return f"{day.year}年{day.month:02d}月{day.day:02d}日"


def md(day: dt.date) -> str:
    return f"{day.month}月{day.day}日"


def cn_year(year: int) -> str:
    return "".join(CN_NUM[int(c)] for c in str(year))


def cn_index(n: int) -> str:
    digits = "零一二三四五六七八九"
    if n < 10:
        return digits[n]
    if n < 20:
        return "十" + (digits[n % 10] if n % 10 else "")
    return digits[n // 10] + "十" + (digits[n % 10] if n % 10 else "")


def name(entity: dict[str, Any]) -> str:
    zh, en = entity.get("name_zh"), entity.get("name_en")
    if zh and en:
        return f"{zh}（{en}）"
    return zh or en or ""


def short(entity: dict[str, Any]) -> str:
    return entity.get("name_zh") or entity.get("name_en") or ""


def country_word(entities: list[dict[str, Any]]) -> str:
    countries = {e.get("country") for e in entities}
    return COUNTRY_WORD.get(next(iter(countries)), "") if len(countries) == 1 else ""


def measures(items: list[str]) -> list[str]:
    return [f"{cn_index(i)}、{m}{'。' if i == len(items) else '；'}" for i, m in enumerate(items, 1)]


def date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


# -- bodies: our own wording, stating the facts --------------------------------------------------------


def uel_masthead(doc: Doc) -> list[str]:
    number = int(doc.doc_id.rsplit("-", 1)[1]) if doc.doc_id else 0
    return ["不 可 靠 实 体 清 单 工 作 机 制", "公    告", f"{doc.published.year}年 第{number}号"]


def uel_effective(doc: Doc) -> str:
    effective = date(doc.action["effective"]) or doc.published
    if effective == doc.published:
        return "本公告自公布之日起实施。"
    return f"本公告自{ymd(effective)}12时01分起实施。"


def uel_signature(doc: Doc) -> list[str]:
    return ["不可靠实体清单工作机制", "（商务部代章）", ymd(doc.published)]


def body_uel_add(doc: Doc) -> list[str]:
    action = doc.action
    ents = action["entities"]
    count = len(ents)
    basis = "为维护国家主权、安全和发展利益，不可靠实体清单工作机制依据《不可靠实体清单规定》有关规定，"
    lines = uel_masthead(doc)
    annex: list[str] = []
    if doc.key in HISTORY:
        lines.append(f"{basis}决定将{'、'.join(name(e) for e in ents)}等{count}家美国军工企业列入不可靠实体清单。")
    elif doc.doc_id == "UEL-2025-4":
        lines.append(f"{basis}决定将{'、'.join(name(e) for e in ents)}列入不可靠实体清单。")
    elif doc.doc_id == "UEL-2025-10":
        lines.append(f"{basis}决定将{short(ents[0])}、{short(ents[1])}等外国实体列入不可靠实体清单（见附），"
                     "并采取以下处理措施：")
        annex = ["附", "列入不可靠实体清单的外国实体名单"]
        for i, e in enumerate(ents, 1):
            suffix = "及其分支机构" if e.get("branches") else ""
            annex.append(f"{i}.{name(e)}{suffix}")
            annex.extend(f"- {b}" for b in e.get("branches", []))
    elif count > 10 or doc.doc_id in {"UEL-2025-5", "UEL-2025-7"}:
        word = country_word(ents)
        lines.append(f"{basis}决定将{short(ents[0])}等{count}家实体列入不可靠实体清单（见附件），并采取以下处理措施：")
        annex = ["附件", f"被列入不可靠实体清单的{count}家{word}实体"]
        annex += [f"{i}. {name(e)}" for i, e in enumerate(ents, 1)]
    else:
        lines.append(f"{basis}决定将{'、'.join(name(e) for e in ents)}等{count}家实体列入不可靠实体清单，"
                     "并采取以下处理措施：")
    lines += measures(action["measures"])
    lines.append(uel_effective(doc))
    return lines + uel_signature(doc) + annex


def body_uel_amend(doc: Doc) -> list[str]:
    action = doc.action
    target = action["targets"][0]
    listed = {"UEL-2025-4": dt.date(2025, 2, 4)}[target]
    ent = action["entities"][0]
    return uel_masthead(doc) + [
        "为维护国家主权、安全和发展利益，依据《不可靠实体清单规定》有关规定，不可靠实体清单工作机制决定于"
        f"{ymd(listed)}将{name(ent)}列入不可靠实体清单。现决定对该企业采取以下处理措施：",
        *(f"{m}。" for m in action["measures"]),
        uel_effective(doc),
    ] + uel_signature(doc)


def body_ecl_add(doc: Doc) -> list[str]:
    action = doc.action
    ents = action["entities"]
    count, word = len(ents), country_word(ents)
    effective = date(action["effective"]) or doc.published
    lines: list[str] = []
    if doc.doc_id == "MOFCOM-2025-21":  # this page prints the number and the title on lines of their own
        lines = [doc.number or "", doc.title.replace(doc.number or "", "").strip()]
    lines.append(
        "为维护国家安全和利益，履行防扩散等国际义务，根据《中华人民共和国出口管制法》有关规定，"
        f"决定将{short(ents[0])}等{count}家{word}实体列入出口管制管控名单（见附件），并采取以下措施："
    )
    lines += measures(action["measures"])
    if effective == doc.published:
        lines.append("本公告自公布之日起正式实施。")
    else:
        lines.append(f"本公告自{ymd(effective)}12时01分起正式实施。")
    lines += ["附件：出口管制管控名单", "商务部", ymd(doc.published), "附件", f"{count}家{word}实体名单"]
    lines += [f"{i}. {name(e)}" for i, e in enumerate(ents, 1)]
    return lines


def body_item_control_2024_46(doc: Doc) -> list[str]:
    return [
        f"【发布文号】{doc.number}",
        f"【发文日期】{ymd_padded(doc.published)}",
        "为维护国家安全和利益、履行防扩散等国际义务，根据《中华人民共和国出口管制法》有关规定，"
        "决定加强相关两用物项对美国出口管制。现将有关事项公告如下：",
        *measures(doc.action["measures"]),
        "本公告自公布之日起正式实施。",
        "商务部",
        ymd(doc.published),
    ]


def body_clause_suspension(doc: Doc) -> list[str]:
    action = doc.action
    until = date(action["until"])
    assert until is not None
    target = action["targets"][0]  # MOFCOM-2024-46#2
    year, number = target.split("#")[0].split("-")[1:]
    clause = cn_index(int(target.split("#")[1]))
    return [
        doc.number or "",
        f"经批准，自即日起至{ymd(until)}，商务部公告{year}年第{number}号（《关于加强相关两用物项对美国出口管制的公告》）"
        f"第{clause}款暂停实施。",
        "商务部",
        ymd(doc.published),
    ]


def body_multi_suspension(doc: Doc) -> list[str]:
    action = doc.action
    until = date(action["until"])
    assert until is not None
    joint = [int(t.rsplit("-", 1)[1]) for t in action["targets"] if int(t.rsplit("-", 1)[1]) < 60]
    own = [int(t.rsplit("-", 1)[1]) for t in action["targets"] if int(t.rsplit("-", 1)[1]) >= 60]
    year = doc.published.year

    def series(numbers: list[int]) -> str:
        return f"{year}年第{numbers[0]}号" + "".join(f"、{n}号" for n in numbers[1:])

    return [
        doc.number or "",
        f"经批准，自即日起至{ymd(until)}，商务部 海关总署公告{series(joint)}和商务部公告{series(own)}"
        "所列出口管制措施暂停实施。",
        "商务部 海关总署",
        ymd(doc.published),
    ]


def body_steel_licences(doc: Doc) -> list[str]:
    effective = date(doc.action["effective"])
    assert effective is not None
    return [
        doc.number or "",
        "根据《中华人民共和国对外贸易法》《中华人民共和国货物进出口管理条例》有关规定，商务部、海关总署决定对部分钢铁产品"
        "实施出口许可证管理，将附件所列钢铁产品纳入《出口许可证管理货物目录（2025年）》。出口上述产品，"
        "出口经营者凭出口合同和生产企业出具的质量检验证明申领出口许可证。",
        f"本公告自{ymd(effective)}起实施。",
        "附件：钢铁产品管理目录",
        "商务部 海关总署",
        ymd(doc.published),
    ]


def body_order_add(doc: Doc, known_entities: list[dict[str, Any]] | None = None) -> list[str]:
    action = doc.action
    ents = known_entities or action["entities"]
    effective = date(action["effective"]) or doc.published
    names = [short(e) for e in ents]
    joined = "、".join(names[:-1]) + "和" + names[-1] if len(names) > 1 else names[0]
    if doc.doc_id == "MOFCOM-ORDER-2025-5":
        who = f"欧盟{joined}两家银行"
    else:
        who = f"韩华海洋株式会社5家美国相关子公司{joined}"
    return [
        f"【发布文号】{doc.number}",
        f"【发文日期】{ymd_padded(doc.published)}",
        f"经国家反外国制裁工作协调机制批准，现公布《{doc.title}》，自{ymd(effective)}起施行。",
        doc.title,
        "依据《中华人民共和国反外国制裁法》和《实施〈中华人民共和国反外国制裁法〉的规定》有关规定，"
        f"经国家反外国制裁工作协调机制批准，中方决定将{who}列入反制清单，并采取以下反制措施："
        f"{action['measures'][0]}。",
        "商务部",
        ymd(doc.published),
    ]


def _order_text(doc: Doc, decision: Callable[[dt.date, str], str]) -> list[str]:
    """An order page as the portal prints it; ``decision`` words the measure from the effective date and the
    cited order's number (``商务部令二〇二五年第6号``)."""
    effective = date(doc.action["effective"])
    assert effective is not None
    target_year, target_number = doc.action["targets"][0].split("-")[2:]
    cited = f"商务部令{cn_year(int(target_year))}年第{target_number}号"
    return [
        f"【发布文号】{doc.number}",
        f"【发文日期】{ymd_padded(doc.published)}",
        f"经国家反外国制裁工作协调机制批准，现公布《{doc.title}》，自{ymd(effective)}起施行。",
        doc.title,
        "根据《中华人民共和国反外国制裁法》及其实施规定，经国家反外国制裁工作协调机制批准，"
        + decision(effective, cited),
        "商务部",
        ymd(doc.published),
    ]


def body_order_suspend(doc: Doc, cited_title: str) -> list[str]:
    return _order_text(doc, lambda effective, cited: f"自北京时间{ymd(effective)}起，暂停{cited}"
                                                     f"（《{cited_title}》）相关措施一年。")


def body_order_cancel(doc: Doc, cited: dict[str, Any]) -> list[str]:
    banks = [short(e) for e in cited["actions"][0]["entities"]]
    return _order_text(doc, lambda effective, number: f"自北京时间{ymd(effective)}起，取消{number}"
                                                      f"（《{cited['title']}》）相关反制措施，"
                                                      f"将{'和'.join(banks)}两家银行移出反制清单。")


def citation(target: str, *, with_gonggao: bool) -> str:
    series, year, number = target.split("-")
    if series == "UEL":
        return f"不可靠实体清单工作机制{'公告' if with_gonggao else ''}〔{year}〕{number}号"
    return f"商务部公告{year}年第{number}号"


LISTED = {
    "UEL-2025-5": dt.date(2025, 3, 4), "UEL-2025-6": dt.date(2025, 3, 4), "UEL-2025-7": dt.date(2025, 4, 4),
    "UEL-2025-8": dt.date(2025, 4, 9), "MOFCOM-2025-13": dt.date(2025, 3, 4), "MOFCOM-2025-21": dt.date(2025, 4, 4),
    "MOFCOM-2025-22": dt.date(2025, 4, 9),
}


def qa_clause(action: dict[str, Any], *, with_gonggao: bool, continued: bool) -> str:
    targets = action["targets"]
    when = md(LISTED[targets[0]])
    if len(targets) == 2:
        first = citation(targets[0], with_gonggao=with_gonggao)
        cited = f"{first}和{targets[1].rsplit('-', 1)[1]}号"
    else:
        cited = citation(targets[0], with_gonggao=with_gonggao)
    ref = f"{when}公告（{cited}）相关措施"
    if action["kind"] == "terminate":
        return f"停止{'执行' if cited.startswith('商务部') else ''}{ref}"
    effective, until = date(action["effective"]), date(action["until"])
    period = ""
    if until and effective:
        days = (until - effective).days
        period = "1年" if days in (365, 366) else f"{days}天"
    return f"{'继续' if continued else ''}暂停{ref}{period}"


def body_qa(doc: Doc, *, continued: bool, with_gonggao: bool, question: str) -> list[str]:
    effective = date(doc.actions[0]["effective"]) or doc.published
    clauses = "，".join(qa_clause(a, with_gonggao=with_gonggao, continued=continued) for a in doc.actions)
    return [
        f"来源：{doc.issuer} 类型：原创 分类：新闻 {doc.published.isoformat()} 17:00",
        doc.title,
        f"问：{question}",
        f"答：中方决定自{ymd(effective)}起，{clauses}。",
    ]


def body_qa_hanwha(doc: Doc) -> list[str]:
    return [
        doc.title,
        "问：商务部宣布对韩华海洋株式会社在美国的子公司采取反制措施，请问有何考虑？",
        "答：经国家反外国制裁工作协调机制批准，商务部决定将韩华海洋株式会社5家美国相关子公司列入反制清单，"
        f"{doc.action['measures'][0]}。",
    ]


def body_qa_japan(doc: Doc) -> list[str]:
    return [
        doc.title,
        f"问：{ymd(doc.published)}，商务部宣布加强两用物项对日本出口管制，请问有何考虑？",
        "答：为维护国家安全和利益、履行防扩散等国际义务，根据《中华人民共和国出口管制法》有关规定，"
        f"中方决定{doc.action['measures'][0]}。",
    ]


MFA_CONTEXT = {"MFA-ORDER-17": "日本参议员", "MFA-ORDER-18": "日本自卫队前统合幕僚长"}
MFA_PERSON_DETAIL = {"MFA-ORDER-18": "男，1953年2月3日生，日本籍。"}


def body_mfa(doc: Doc) -> list[str]:
    number = doc.doc_id.rsplit("-", 1)[1] if doc.doc_id else ""
    lines = [
        f"{doc.published.isoformat()} 10:00",
        f"（{ymd(doc.published)}中华人民共和国外交部令第{number}号公布，自{ymd(doc.published)}起施行）",
    ]
    basis = "依据《中华人民共和国反外国制裁法》有关规定，中方决定"
    signature = ["外交部", ymd(doc.published)]
    if len(doc.actions) == 1:
        ent = doc.action["entities"][0]
        who = ent["name_zh"]
        lines.append(f"鉴于{MFA_CONTEXT.get(doc.doc_id or '', '')}{who}的有关言行，{basis}对{who}采取以下反制措施：")
        lines += measures(doc.action["measures"])
        lines.append(f"本决定自{ymd(doc.published)}起施行。")
        if not ent.get("name_en"):
            return lines + signature
        detail = MFA_PERSON_DETAIL.get(doc.doc_id or "", "")
        return lines + ["附件：反制清单", *signature, "附件", "反制清单", f"{name(ent)}，{detail}"]
    companies, managers = doc.actions
    lines.append(f"{basis}对以下美国军工相关企业及高级管理人员采取反制措施：")
    lines.append(
        f"一、对{'、'.join(short(e) for e in companies['entities'])}等{len(companies['entities'])}家后附《反制清单》"
        f"列明的企业，{'；'.join(companies['measures'])}。"
    )
    lines.append(
        f"二、对{'、'.join(short(e) for e in managers['entities'])}等{len(managers['entities'])}名后附《反制清单》"
        f"列明的企业高级管理人员，{'；'.join(managers['measures'])}。"
    )
    lines += [f"本决定自{ymd(doc.published)}起施行。", "附件：反制清单", *signature, "附件", "反制清单", "一、企业"]
    lines += [f"（{cn_index(i)}）{name(e)}" for i, e in enumerate(companies["entities"], 1)]
    lines.append("二、高级管理人员")
    lines += [f"（{cn_index(i)}）{name(e)}" for i, e in enumerate(managers["entities"], 1)]
    return lines


def body(doc: Doc, facts: dict[str, Any]) -> list[str]:
    key, action = doc.key, doc.action
    if key.startswith("mfa-"):
        return body_mfa(doc)
    if key == "mofcom-2024-046.txt":
        return body_item_control_2024_46(doc)
    if key == "mofcom-2025-072.txt":
        return body_clause_suspension(doc)
    if key == "mofcom-2025-070.txt":
        return body_multi_suspension(doc)
    if key == "mofcom-2025-079.txt":
        return body_steel_licences(doc)
    if key == "order-2025-005.txt":
        return body_order_add(doc)
    if key == "order-2025-006":
        return body_order_add(doc, doc.action["entities"])
    if key == "order-2025-007.txt":
        cited = facts["qa-2025-10-14-hanwha-countermeasure.txt"]["known"]["title"]
        return body_order_suspend(doc, cited)
    if key == "qa-2025-05-14-uel-suspension.txt":
        return body_qa(doc, continued=False, with_gonggao=False, question="请问在不可靠实体清单方面有什么考虑？")
    if key == "qa-2025-08-12-uel-adjustment.txt":
        return body_qa(doc, continued=True, with_gonggao=False, question="请问不可靠实体清单措施有何调整？")
    if key == "qa-2025-11-05-uel-adjustment.txt":
        return body_qa(doc, continued=True, with_gonggao=True, question="请问在不可靠实体清单方面有什么考虑？")
    if key == "qa-2025-11-05-ecl-adjustment.txt":
        return body_qa(doc, continued=True, with_gonggao=True, question="请问在出口管制管控名单方面有什么考虑？")
    if key == "qa-2025-05-14-ecl-suspension":
        return body_qa(doc, continued=False, with_gonggao=True, question="请问在出口管制管控名单方面有什么考虑？")
    if key == "qa-2025-08-12-ecl-adjustment":
        return body_qa(doc, continued=True, with_gonggao=True, question="请问出口管制管控名单措施有何调整？")
    if key == "order-2026-001":
        return body_order_cancel(doc, next(f for f in facts.values() if f["doc_id"] == doc.action["targets"][0]))
    if key == "qa-2025-10-14-hanwha-countermeasure.txt":
        return body_qa_hanwha(doc)
    if key == "qa-2026-01-06-japan-dual-use.txt":
        return body_qa_japan(doc)
    if action["list"] == "UEL" and action["kind"] == "add":
        return body_uel_add(doc)
    if action["list"] == "UEL" and action["kind"] == "amend":
        return body_uel_amend(doc)
    if action["list"] == "ECL" and action["kind"] == "add":
        return body_ecl_add(doc)
    raise ValueError(f"no page writer for {key}")
