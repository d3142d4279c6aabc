"""English renderings of the measures, from a table of the standard phrasings the notices use.

The measures are formulaic: 禁止<subject>从事与中国有关的进出口活动, 禁止<subject>在中国境内新增投资,
禁止出口经营者向<subject>出口两用物项, 冻结<subject>在我国境内的…财产, 对<subject>不予签发签证、不准入境 … Each
phrasing is a pattern with slots (the subject, a country, the items) filled from small tables. A measure is
rendered only when every clause of it matches a phrasing and every slot is known: a half-rendered measure, or a
guessed subject, would read as a complete translation. Anything else gets ``None`` (``english``) or the plain
note ``NO_RENDERING`` (``english_or_note``): the Chinese is what applies.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from policywatch.parsers.dates import find_dates
from policywatch.parsers.numerals import CN_NUMBER_CHARS, to_int

NO_RENDERING = "no English rendering — read the Chinese"

# Who the measure applies to, as the notices name them.
_SUBJECTS = {
    "上述企业": "the above companies",
    "上述实体": "the above entities",
    "上述单位": "the above entities",
    "上述组织": "the above organisations",
    "上述机构": "the above institutions",
    "上述个人": "the above individuals",
    "上述人员": "the above persons",
    "上述企业高级管理人员": "senior managers of the above companies",
    "上述企业的高级管理人员": "senior managers of the above companies",
    "其": "them",
    "其本人": "the person",
    "其本人及直系亲属": "the person and their immediate family members",
    "其及其直系亲属": "them and their immediate family members",
}
_COUNTED = re.compile(rf"上述(?P<n>\d+|[{CN_NUMBER_CHARS}]+)家(?P<country>.*?)(?P<noun>实体|企业|单位)")
_NOUNS = {"实体": ("entity", "entities"), "企业": ("company", "companies"), "单位": ("entity", "entities")}
# Country or region: (as an adjective, as a noun).
_COUNTRIES = {
    "美国": ("US", "the United States"),
    "日本": ("Japanese", "Japan"),
    "台湾地区": ("Taiwan-region", "the Taiwan region"),
    "加拿大": ("Canadian", "Canada"),
    "英国": ("UK", "the United Kingdom"),
    "欧盟": ("EU", "the European Union"),
    "德国": ("German", "Germany"),
    "法国": ("French", "France"),
    "荷兰": ("Dutch", "the Netherlands"),
    "韩国": ("South Korean", "South Korea"),
    "印度": ("Indian", "India"),
    "澳大利亚": ("Australian", "Australia"),
    "立陶宛": ("Lithuanian", "Lithuania"),
}
# Goods and materials the controls name.
_ITEMS = {
    "镓": "gallium", "锗": "germanium", "锑": "antimony", "超硬材料": "superhard materials", "石墨": "graphite",
    "稀土": "rare earths", "钨": "tungsten", "碲": "tellurium", "铋": "bismuth", "钼": "molybdenum", "铟": "indium",
    "锂电池": "lithium batteries", "人造石墨负极材料": "artificial graphite anode materials",
    "基因测序仪": "gene sequencers", "无人机": "drones", "两用物项": "dual-use items",
}


def _subject(zh: str) -> str | None:
    if zh in _SUBJECTS:
        return _SUBJECTS[zh]
    counted = _COUNTED.fullmatch(zh)
    if counted is None:
        return None
    try:
        n = to_int(counted["n"])
    except ValueError:
        return None
    country = counted["country"]
    if country and country not in _COUNTRIES:
        return None
    adjective = f"{_COUNTRIES[country][0]} " if country else ""
    noun = _NOUNS[counted["noun"]][0 if n == 1 else 1]
    return f"the above {n} {adjective}{noun}"


def _country_adj(zh: str) -> str | None:
    return _COUNTRIES[zh][0] if zh in _COUNTRIES else None


def _country_noun(zh: str) -> str | None:
    return _COUNTRIES[zh][1] if zh in _COUNTRIES else None


def _possessive(zh: str) -> str | None:
    noun = _country_noun(zh)
    return f"{noun}'s" if noun else None


def _items(zh: str) -> str | None:
    names = [_ITEMS.get(part) for part in zh.split("、")]
    if not names or any(n is None for n in names):
        return None
    known = [n for n in names if n]
    return known[0] if len(known) == 1 else ", ".join(known[:-1]) + " and " + known[-1]


def _from_day(zh: str) -> str | None:
    if zh in ("公布之日", "发布之日"):
        return "the day it is published"
    found = find_dates(zh)
    whole = len(found) == 1 and found[0].start == 0 and found[0].end == len(zh)
    return found[0].date.isoformat() if whole else None


_SLOTS: dict[str, Callable[[str], str | None]] = {
    "s": _subject, "s2": _subject, "c": _country_adj, "cn": _country_noun, "cp": _possessive, "items": _items,
    "day": _from_day,
}
_S = r"(?P<s>.+?)"
_LOCAL = r"(?:我国|中国)境内的?组织、个人"
# (pattern, English with {slot} fields). Patterns match one clause exactly (``fullmatch``).
_PHRASINGS: list[tuple[str, str]] = [
    (rf"禁止{_S}从事与中国有关的进出口活动",
     "Prohibit {s} from engaging in import and export activities related to China"),
    (rf"禁止{_S}在中国境内新增投资", "Prohibit {s} from making new investments in China"),
    (rf"禁止{_S}入境", "Prohibit {s} from entering China"),
    (rf"不批准并取消{_S}在中国境内(?:的)?工作许可、停留或者居留资格",
     "Deny and revoke the work permits and the status for stay or residence in China of {s}"),
    (rf"禁止向{_S}出口两用物项", "Prohibit the export of dual-use items to {s}"),
    (rf"禁止出口经营者向{_S}出口两用物项", "Prohibit exporters from exporting dual-use items to {s}"),
    (rf"禁止境外组织和个人将原产于中华人民共和国的两用物项转移或提供给{_S}",
     "Prohibit organisations and individuals outside China from transferring or providing dual-use items "
     "originating in the People's Republic of China to {s}"),
    (r"正在开展的相关出口活动应当立即停止", "related export activities under way must stop immediately"),
    (r"正在开展的相关活动应当立即停止", "related activities under way must stop immediately"),
    (r"特殊情况下确需出口的，出口经营者应当向商务部提出申请",
     "Where an export is necessary in special circumstances, the exporter must apply to the Ministry of Commerce"),
    (rf"禁止{_LOCAL}与{_S}进行有关交易、合作等活动",
     "Prohibit organisations and individuals in China from transactions, cooperation and other activities "
     "with {s}"),
    (rf"禁止{_LOCAL}与{_S}进行有关交易、合作等活动，特别是向(?P<s2>.+?)传输数据、提供敏感信息",
     "Prohibit organisations and individuals in China from transactions, cooperation and other activities "
     "with {s}, in particular from transferring data or providing sensitive information to {s2}"),
    (r"冻结(?:其)?在我国境内的动产、不动产(?:及|和)其[他它]各类财产",
     "Freeze their movable property, immovable property and all other property in China"),
    (rf"对{_S}不予签发签证、不准入境（包括香港、澳门）",
     "Refuse visas to {s} and bar them from entering China (including Hong Kong and Macao)"),
    (rf"对{_S}不予签发签证、不准入境", "Refuse visas to {s} and bar them from entering China"),
    (rf"禁止{_S}向中国出口(?P<items>.+)", "Prohibit {s} from exporting {items} to China"),
    (r"禁止两用物项对(?P<c>.+?)军事用户或军事用途出口",
     "Prohibit the export of dual-use items to {c} military end users or for military end uses"),
    (r"禁止所有两用物项向(?P<c>.+?)军事用户、军事用途，以及一切有助于提升(?P<cp>.+?)军事实力的其他最终用户用途出口",
     "Prohibit the export of all dual-use items to {c} military end users and military end uses, and to any "
     "other end users or end uses that help enhance {cp} military capabilities"),
    (r"原则上不予许可(?P<items>.+?)相关两用物项对(?P<cn>.+?)出口",
     "In principle, no licence is granted for exports to {cn} of dual-use items related to {items}"),
    (r"对(?P<items>.+?)两用物项对(?P<cn>.+?)出口，实施更严格的最终用户和最终用途审查",
     "Apply stricter end-user and end-use reviews to exports to {cn} of {items} dual-use items"),
    (r"对(?P<items>.+?)实施出口管制", "Export controls apply to {items}"),
    (r"未经许可，不得出口(?:下列物项：)?(?P<items>.+)", "{items} may not be exported without a licence"),
    (r"出口经营者应当按照相关规定办理出口许可手续",
     "Exporters must obtain export licences under the relevant rules"),
    (r"本公告自(?P<day>.+?)起(?:正式)?(?:施行|实施)", "This announcement applies from {day}"),
]
_COMPILED = [(re.compile(pattern), english) for pattern, english in _PHRASINGS]
# Clauses of one measure: "；", or "，" before a new 禁止 (MOFCOM 2026 No.11 joins two prohibitions so).
_CLAUSE_BREAK = re.compile(r"[；;]|，(?=禁止)")


def _clause(zh: str) -> str | None:
    for pattern, template in _COMPILED:
        match = pattern.fullmatch(zh)
        if match is None:
            continue
        values = {}
        for slot, text in match.groupdict().items():
            value = _SLOTS[slot](text)
            if value is None:
                break
            values[slot] = value
        else:
            return template.format(**values)
    return None


def english(measure: str) -> str | None:
    """The English rendering of one measure as the notice printed it, or None when the table does not know it
    (or knows only part of it)."""
    text = measure.strip().rstrip("。；;，, ")
    clauses = [c.strip() for c in _CLAUSE_BREAK.split(text) if c.strip()]
    if not clauses:
        return None
    rendered = [_clause(c) for c in clauses]
    if any(r is None for r in rendered):
        return None
    parts = [r for r in rendered if r]
    # One sentence: the first clause opens it, the others follow a semicolon in lower case.
    return "; ".join(p[:1].upper() + p[1:] if i == 0 else p[:1].lower() + p[1:] for i, p in enumerate(parts))


def english_or_note(measure: str) -> str:
    """``english(measure)``, or the plain note that there is none: the reader must read the Chinese."""
    return english(measure) or NO_RENDERING


def english_all(measures: Iterable[str]) -> list[str | None]:
    """One rendering (or None) per measure, in order: the ``measures_en`` of the JSON shapes."""
    return [english(m) for m in measures]
