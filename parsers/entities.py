"""Entity names: inline lists in a decision sentence, annex lines, the zh/en split, persons, counts, countries."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from policywatch.parsers.english_list import ENGLISH_LIST_HEAD, english_item, paired
from policywatch.parsers.numerals import CIRCLED_CHARS, CN_NUMBER_CHARS, to_int
from policywatch.parsers.text import CLOSE, OPEN, split_depth0
from policywatch.parsers.types import Entity, EntityKind

_CJK = re.compile(r"[\u3400-\u9fff]")
_LATIN = re.compile(r"[A-Za-z]")
# "名（English）rest" with full- or half-width brackets in any mix; the English part holds no bracket.
_NAME_BRACKET = re.compile(r"^(?P<zh>[^（(]*?)\s*[（(](?P<inner>[^（()）]*)[）)](?P<rest>.*)$")
# "1. X", "（一）X", "一、X"; a table row "1　X" under "序号　名称" has a space for the dot.
_ANNEX_NUM = re.compile(
    rf"^(?:\d{{1,3}}\s*[.．、]\s*|\d{{1,3}}\s+(?=[^\d\s])|[（(][{CN_NUMBER_CHARS}\d]{{1,4}}[）)]\s*|[{CN_NUMBER_CHARS}]{{1,3}}、\s*"
    rf"|[{CIRCLED_CHARS}]\s*)"
)
# "一、企业", "第二部分　高级管理人员": a heading over a group of the annex.
_SECTION_HEAD = re.compile(
    rf"^(?:[{CN_NUMBER_CHARS}]{{1,3}}、|第[{CN_NUMBER_CHARS}\d]{{1,3}}部分[：:]?)\s*(?P<head>[^（()）：:，。]{{1,16}})$")
# "企业：", "人员：" on a line of their own, unnumbered: a heading over a group of the annex.
_GROUP_WORD_HEAD = re.compile(r"^(?P<head>(?:企业|实体|单位|组织|人员|个人)[^（()）：:，。\s]{0,4})[：:]$")
# "下列人员", "以下个人", a heading "高级管理人员": words for persons, whose names are persons whatever they look like.
PERSONS_WORD = re.compile(r"人员|个人")
# "附件一", "附件2" on a line of its own: one of several annexes, each a group of its own.
ANNEX_NUMBERED = re.compile(rf"^附件[{CN_NUMBER_CHARS}\d]{{1,3}}$")
# "附件：反制清单" over the items themselves, when no bare 附件 line opens the annex below a signature.
_ANNEX_TITLE = re.compile(r"^附件[：:]\s*\S")
_LATIN_TAIL = re.compile(r"^(?P<prefix>[^A-Za-z]*?)(?P<latin>[A-Za-z][A-Za-z0-9 .,&'/\-]*)$")
OFFICES = (r"众议员|参议员|议员|官员|部长|大臣|负责人|主席|总统|首相|所长|院长|总裁|局长|首席[\u4e00-\u9fff]{1,2}官|"
            r"创始人|董事长|董事|总经理|经理|研究员|高级管理人员|会长|社长|幕僚长|参谋长|次官|大使|司令|"
            r"国务卿|议长|州长|市长|总理|领导人|秘书长|顾问|高管")
# ", 男" / ", 女", or an office after the bracket ("（Christopher Smith），美国国会众议员"): a person.
_PERSON_MARK = re.compile(rf"^[，,]\s*(?:[男女]|role|[^，,。]{{0,30}}?(?:{OFFICES}))")
# "约翰·坎蒂伦(John Cantillon) —— 某防务承包商董事会成员": an office after a dash marks a person as one after a comma
# does, unless the name is an organisation's ("A公司(A Inc.) —— 其董事长…" describes the company).
_DASH_OFFICE = re.compile(rf"^\s*(?:——|—|－－|--)\s*[^，,。]{{0,30}}?(?:{OFFICES}|成员|委员)")


def office_after_dash(zh: str | None, en: str | None, rest: str) -> bool:
    return bool(_DASH_OFFICE.match(rest)) and not ORG_WORDS.search((zh or "") + " " + (en or ""))


# A person described by office before the name (美国国会众议员X, 某公司首席执行官X, 某机构负责人X): a person.
# Greedy: "某公司总裁兼首席执行官X" holds two offices, and the name follows the last one.
_ROLE = re.compile(rf"^(?P<role>.*(?:{OFFICES}))(?P<name>[^、，]{{2,}})$")
ROLE_MARK = "，role"
ORG_WORDS = re.compile(
    r"(公司|集团|机构|银行|大学|学院|研究院|研究所|中心|联盟|论坛|实验室|株式会社|协会|基金|部门|政府|委员会|"
    r"Inc|LLC|Ltd|Corp|Company|Group|Bank|GmbH|Limited)"
)
COUNT = re.compile(rf"(?P<n>\d{{1,4}}|[{CN_NUMBER_CHARS}]{{1,4}})\s*(?P<unit>家|名|个)")

COUNTRY_WORDS: tuple[tuple[str, str], ...] = (("台湾地区", "TW"), ("美国", "US"), ("日本", "JP"))
_COUNTRY_PHRASE = re.compile(
    r"(?P<c>台湾地区|美国|日本)(?:军工|相关)*(?:实体|企业|公司|子公司|参议员|自卫队|籍|政府)"
)


# The verbs of a measure ("冻结…财产", "禁止…与其进行…", "不予签发签证、不准入境"): where a decision names its object
# and its measures in one run ("对A（…）、B（…）冻结…"), the object ends at the first of them.
MEASURE_VERB = re.compile(r"冻结|禁止|不予|不准|限制|查封|扣押")
# A "name" read from a measure or a sentence: a measure verb, 与其 (the measure's object), a sentence mark, a
# citation, or a length no name has. Such a text never reaches the entities; the notice is flagged instead.
# A citation left in front of a name ("商务部公告2025年第13号所列X") reads the same way.
# A reason clause left as a "name" ("长期参与对台湾地区军售") reads the same way.
_CLAUSE_LIKE = re.compile(r"冻结|禁止|不予|不准|与其|进行有关|[。；;：:]|^(?:组织|个人|合作)|公告|所列|第\d+号"
                          r"|参与|协助|配合|军售|打压|损害")
MAX_NAME_CHARS = 40


def strip_item_number(item: str) -> str:
    """``2.B（…）``, ``（二）B`` → ``B``: an item's number is no part of its name."""
    item = item.strip()
    numbered = _ANNEX_NUM.match(item)
    return item[numbered.end():].strip() if numbered else item


def looks_like_clause(name: str | None) -> bool:
    """True when ``name`` reads as a measure clause or a sentence, never as a listed name."""
    if not name or not _CJK.search(name):
        return False  # an English name holds its own punctuation (";", ":"), never a Chinese measure
    return bool(_CLAUSE_LIKE.search(name)) or len(name) > MAX_NAME_CHARS


def split_object(text: str) -> tuple[str, str]:
    """``A（…）、B（…）冻结在我国境内的财产；禁止…`` → (the object, the measures), cut at the first measure verb
    outside brackets; (text, "") when the text holds no measure."""
    depth = 0
    for i, ch in enumerate(text):
        if ch in OPEN:
            depth += 1
        elif ch in CLOSE:
            depth = max(0, depth - 1)
        elif depth == 0 and i > 0 and MEASURE_VERB.match(text, i):
            return text[:i].rstrip("，, "), text[i:]
    return text, ""


@dataclass(slots=True)
class AnnexGroup:
    head: str | None
    entities: list[Entity] = field(default_factory=list)


def unclosed_bracket(line: str) -> bool:
    return line.count("（") + line.count("(") > line.count("）") + line.count(")")


_ORG_END = re.compile(r"(?:公司|集团|株式会社|研究所|研究院|大学|学院|实验室|中心|协会|基金会|银行)[；;。]?$")


_NAME_THEN_OFFICE = re.compile(
    rf"^[\u3400-\u9fff·]{{2,12}}(?:[，,]\s*|\s+)(?:[男女]$|(?:[男女][，,]\s*)?[^，,。]{{0,30}}?(?:{OFFICES})$)")


def cut_last_item(lines: list[str]) -> bool:
    """The last annex item stops inside its name: every earlier numbered item prints an English name in brackets,
    the last prints none (``2. 洛克希德·马丁导``)."""
    items = [ln.strip() for ln in lines if _ANNEX_NUM.match(ln.strip())]
    if len(items) < 2:
        return False
    *earlier, last = items
    bracket = re.compile(r"[（(][A-Za-z]")
    name = last[_ANNEX_NUM.match(last).end():]  # type: ignore[union-attr]
    # A name that ends in the word of an organisation (…系统公司) is complete: an annex may print no English for it.
    # So is a name followed by its office ("石某，某国议会议员"): a person printed without English.
    return bool(_CJK.search(name)) and all(bracket.search(i) for i in earlier) \
        and not re.search(r"[（()）A-Za-z]", name) and not _ORG_END.search(name) and not _NAME_THEN_OFFICE.match(name) \
        and next(ln.strip() for ln in reversed(lines) if ln.strip()) == last


_TABLE_HEAD = re.compile(r"^序号\s")
# "序号　中文名称　英文名称", "姓名　　职务": the head row of a table of names, every cell a column's heading.
_COLUMN = (r"(?:序号|编号|姓名|名称|中文名称|中文名|英文名称|英文名|外文名称|职务|职位|身份|国籍|国别|国家|地址|备注"
           r"|所在国家(?:或地区)?)")
COLUMN_HEAD = re.compile(rf"^{_COLUMN}(?:[\s\u3000]+{_COLUMN})+$")


_BARE_NAME_ITEM = re.compile(r"^(?=[\u3400-\u9fff·・]{2,30}[（(][A-Za-z][^（）()。]*[）)](?:[，,]|$))")


# A labelled field of an annex item on a line of its own, under its name.
FIELD_LINE = re.compile(r"^(?:英文名称|英文名|外文名称|地址|别名|其他名称|注册地|所在地)[：:]")
_ENGLISH_LINE = re.compile(r"^(?:英文名称|英文名|外文名称)[：:]\s*(?P<en>[A-Za-z][^\u3400-\u9fff]*)$")


def titled_annex(lines: list[str]) -> tuple[int, int] | None:
    """The annex an ``附件：<title>`` line opens right above its items (a notice with no bare ``附件`` line):
    (the index of the title line, the end of the items), or None when no numbered item follows the title."""
    for at, line in enumerate(lines):
        if not _ANNEX_TITLE.match(line.strip()):
            continue
        end, items = at + 1, 0
        for i in range(at + 1, len(lines)):
            text = lines[i].strip()
            if not text:
                continue
            # "安·伍德（Ann Wood），某企业首席运营官": an item of one name and its bracket, printed without a number.
            numbered = _ANNEX_NUM.match(text) or _BARE_NAME_ITEM.match(text)
            if items and (FIELD_LINE.match(text) or ENGLISH_LIST_HEAD.match(text)):
                end = i + 1
                continue  # "英文名称：…", "地址：…": a field of the item above, on a line of its own; or the head
                # of the items' English names listed apart
            if _TABLE_HEAD.match(text) and not items:
                end = i + 1
                continue  # "序号 中文名称 英文名称": the head row of a table of the items
            if not (_SECTION_HEAD.match(text) or numbered) or "。" in text:
                break
            items += bool(numbered and text[numbered.end():].strip())
            end = i + 1
        if items:
            return at, end
    return None


# A table row of three cells: a Chinese name, its English name, and a Chinese cell (a country, an office).
_THREE_CELLS = re.compile(r"^(?P<zh>[A-Za-z0-9]*[\u3400-\u9fff][^\sA-Za-z]*)\s+"
                          r"(?P<en>[A-Za-z][^\u3400-\u9fff（()）]*?)\s+"
                          r"(?P<tail>[\u3400-\u9fff][^A-Za-z（()）]{0,30})$")
# A Chinese name that opens with Latin letters or digits ("S3航空防务公司"), then its English name in a cell of its own.
_LATIN_LED_CELLS = re.compile(r"^(?P<zh>[A-Za-z0-9]+[\u3400-\u9fff][^\sA-Za-z]*[\u3400-\u9fff])\s+"
                              r"(?P<en>[A-Za-z][^\u3400-\u9fff（()）]*)$")
# "波音防务、空间与安全集团 Boeing Defense, Space & Security": a 、 may stand inside the Chinese name.
_ZH_THEN_LATIN = re.compile(r"^(?P<zh>[\u3400-\u9fff·・](?:[\u3400-\u9fff·・、]{0,38})[\u3400-\u9fff])"
                            r"(?P<sep>\t+|\s*[，,]\s*|\s*　+\s*| {2,}| )$")


# "中文名称：A公司；英文名称：A Inc.；地址：…": an item that labels its fields.
_LABELLED = re.compile(r"^(?:中文名称|名称)[：:]\s*(?P<zh>[^；;，,]+)"
                       r"(?:[；;，,]\s*英文名称[：:]\s*(?P<en>[^；;]+))?(?P<rest>.*)$")
# "防卫大学／National Defense Academy of Japan": the two names put apart by a slash, no bracket.
# "NEC Aerospace Systems, Ltd.——日本电气航空宇宙系统株式会社", "某公司——Some Co.": the two names parted by a dash.
_DASHED = re.compile(r"^(?P<a>[^—－]*[^—－\s])\s*(?:——|—|－－|--)\s*(?P<b>[^—－\s][^—－]*)$")
_SLASHED = re.compile(r"^(?P<zh>[^／/]*[\u3400-\u9fff）)])\s*[／/]\s*(?P<en>[A-Za-z][^\u3400-\u9fff／]*)$")
# “A公司”, 「A公司」: quotes around a name are no part of it.
_QUOTED = re.compile(r"^[“\"「『]\s*(?P<name>[^“”\"「」『』]+?)\s*[”\"」』]")


def name_pair(item: str) -> tuple[str | None, str | None, str]:
    """``中文名（English）rest`` → (zh, en, rest). A bracket holding Chinese (a role) is not an English name."""
    item = item.strip()
    labelled = _LABELLED.match(item)
    if labelled:
        en = labelled.group("en")
        return labelled.group("zh").strip(), " ".join(en.split()) if en else None, labelled.group("rest").strip()
    quoted = _QUOTED.match(item)
    if quoted:
        item = quoted.group("name") + item[quoted.end():]
    dashed = _DASHED.match(item)
    if dashed:
        a, b = dashed.group("a").strip(), dashed.group("b").strip()
        latin, chinese = (a, b) if _LATIN.match(a) and not _CJK.search(a) else (b, a)
        if _CJK.search(chinese) and _LATIN.match(latin) and not _CJK.search(latin) and ORG_WORDS.search(chinese):
            return chinese, " ".join(latin.split()), ""
    slashed = _SLASHED.match(item)
    if slashed:
        return slashed.group("zh").strip(), " ".join(slashed.group("en").split()), ""
    m = _NAME_BRACKET.match(item)
    if m and _LATIN.match(m.group("inner")) and re.search(r"[，,]\s*[\u3400-\u9fff]", m.group("inner")):
        # "艾克斯·雷（X Ray，维克多防务公司总裁）": the English name, then a role.
        latin = re.split(r"[，,]\s*(?=[\u3400-\u9fff])", m.group("inner"), maxsplit=1)[0]
        return m.group("zh").strip() or None, " ".join(latin.split()), m.group("rest").strip()
    if m and not _CJK.search(m.group("inner")) and _LATIN.search(m.group("inner")):
        zh = m.group("zh").strip() or None
        en = " ".join(m.group("inner").split()) or None
        return zh, en, m.group("rest").strip()
    outer, inner = (m.group("zh").strip(), m.group("inner").strip()) if m else ("", "")
    if outer and _LATIN.search(outer) and not _CJK.search(outer) and _CJK.search(inner) and not _LATIN.search(inner) \
            and not re.search(f"(?:{OFFICES})$", inner):
        # "Hawkeye Sensors Inc.（鹰眼传感器公司）": the English name first, the Chinese one in the bracket;
        # "Falcon Works GmbH（德国）": a Latin name with its country, which is no name.
        rest = m.group("rest").strip()  # type: ignore[union-attr]
        if ORG_WORDS.search(inner) or "·" in inner:
            return inner, " ".join(outer.split()), rest
        return None, " ".join(outer.split()), rest
    if m and outer:
        # "田中一郎（某国议会议员）": a bracket holding an office marks a person, as an office after a comma does.
        office = "，" + m.group("inner") if re.search(OFFICES, m.group("inner")) else ""
        return outer, None, office + m.group("rest").strip()
    three = _THREE_CELLS.match(item)
    if three:
        # "特科姆公司 TCOM, Limited Partnership 美国", "约翰·库默 John A. Cuomo 首席执行官": a table row's cells, the
        # Chinese name, the English one, then a country or an office.
        tail = three.group("tail")
        return three.group("zh"), " ".join(three.group("en").split()), "，" + tail if re.search(OFFICES, tail) else ""
    cells = _LATIN_LED_CELLS.match(item)
    if cells and ORG_WORDS.search(cells.group("zh")):
        # "S3航空防务公司 S3 AeroDefense": a table row's two cells, the Chinese name opening with Latin letters.
        return cells.group("zh"), " ".join(cells.group("en").split()), ""
    lm = _LATIN_TAIL.match(item)
    split = _ZH_THEN_LATIN.match(lm.group("prefix")) if lm else None
    if lm and split and lm.group("latin").strip() \
            and (split.group("sep") != " " or ORG_WORDS.search(split.group("zh"))):
        # "灰隼导航公司\tGrey Falcon", "某公司，Some Co.": a table row or a line giving both names, the Chinese one
        # set apart by a tab, a comma or a wide space (a single space only after a company word: "美国 X" qualifies).
        return split.group("zh"), " ".join(lm.group("latin").split()).strip(" ,"), ""
    if lm and lm.group("latin").strip():
        # Latin-only names sit in Chinese text after a qualifier ("欧盟UAB Urbo Bankas"): keep the Latin part.
        return None, " ".join(lm.group("latin").split()).strip(" ,"), ""
    return (item or None), None, ""


def guess_kind(zh: str | None, en: str | None, rest: str) -> EntityKind:
    if _PERSON_MARK.match(rest) or office_after_dash(zh, en, rest):
        return "person"
    name = zh or en or ""
    if ORG_WORDS.search(name):
        return "organization"
    if zh and _CJK.search(zh) and (len(zh) <= 4 or "·" in zh) and not _LATIN.search(zh):
        return "person"
    return "organization"


def parse_annex(lines: list[str]) -> list[AnnexGroup]:
    """Annex lines → groups of entities. Headings, bracketed dates and empty numbered lines are skipped."""
    groups: list[AnnexGroup] = [AnnexGroup(None)]
    last: Entity | None = None
    branches: list[str] = []

    def flush_branches() -> None:
        nonlocal last, branches
        if last is not None and branches:
            group = groups[-1] if groups[-1].entities else groups[-2]
            idx = group.entities.index(last)
            # Branches on both sides of an interrupting line all belong to the entry: keep the entry current.
            last = Entity(last.name_zh, last.name_en, last.country, last.kind, last.branches + tuple(branches))
            group.entities[idx] = last
        branches = []

    last_line = next((i for i in range(len(lines) - 1, -1, -1) if lines[i].strip()), -1)
    english_names: list[str] | None = None  # the names under a 英文名称对照 head, once it is read
    for i_line, raw in enumerate(lines):
        line = raw.strip()
        if not line:
            continue
        if ENGLISH_LIST_HEAD.match(line):
            english_names = []
            continue
        if english_names is not None and (listed_en := english_item(line)) is not None:
            english_names.append(listed_en)
            continue
        if i_line == last_line and (unclosed_bracket(line) or cut_last_item(lines[: last_line + 1])):
            break  # the annex stops inside its last entry: not an entity (review says the text is cut off)
        if line.startswith(("-", "－", "—")):
            if last is not None:
                branches.append(line.lstrip("-－— ").strip())
            continue
        flush_branches()
        if ANNEX_NUMBERED.match(line):
            groups.append(AnnexGroup(None))
            last = None
            continue
        if groups[-1].head is None and not groups[-1].entities and len(groups) > 1 and not _ANNEX_NUM.match(line) \
                and len(line) <= 16 and not _NAME_BRACKET.match(line):
            groups[-1] = AnnexGroup(line)  # "附件二" then "企业": the annex's heading
            continue
        head = _SECTION_HEAD.match(line) or _GROUP_WORD_HEAD.match(line)
        if head and not ORG_WORDS.search(head.group("head")):
            groups.append(AnnexGroup(head.group("head")))
            last = None
            continue
        english = _ENGLISH_LINE.match(line)
        if english and last is not None and last.name_en is None:
            # "一、某研究院" then "英文名称：…": the English of the item above, on a line of its own.
            group = groups[-1] if last in groups[-1].entities else groups[-2]
            named = replace(last, name_en=english.group("en").strip())
            group.entities[group.entities.index(last)] = named
            last = named
            continue
        numbered = _ANNEX_NUM.match(line)
        body = line[numbered.end():].strip() if numbered else line
        if not body:
            continue  # "29." with no name
        zh, en, rest = name_pair(body)
        if not numbered and en is None:
            continue  # a heading such as 出口管制管控名单 or （2025年1月2日）
        if zh and re.fullmatch(r"[\d年月日\s]+", zh):
            continue
        if zh and not en and not rest and "，" in zh:
            zh, tail = zh.split("，", 1)  # "田中一郎，日本国会众议员": the name, then the role
            rest = "，" + tail
        elif zh and not en and not rest and _NAME_THEN_OFFICE.match(zh):
            # "田中一郎 某国议会议员", "田中一郎,男": the name, a space or a comma, then the office
            zh, tail = re.split(r"[，,]\s*|\s+", zh, maxsplit=1)
            rest = "，" + tail
        role = _ROLE.match(zh) if zh else None
        if zh and role and not ORG_WORDS.search(role.group("name")):
            zh, rest = role.group("name"), ROLE_MARK + rest  # "某公司总裁X": the role before the name
        # "帕尔默·卢基（Palmer Luckey）　　创始人": a table's office column after the name marks a person too.
        person = _PERSON_MARK.match(rest) or office_after_dash(zh, en, rest) \
            or (_OFFICE_COLUMN.match(rest) and not ORG_WORDS.search(zh or en or ""))
        kind: EntityKind = "person" if person else "organization"
        if groups[-1].head and PERSONS_WORD.search(groups[-1].head):
            kind = "person"
        last = Entity(zh, en, None, kind)
        groups[-1].entities.append(last)
        affiliate = _AFFILIATE_IN_REST.match(rest)
        if affiliate:
            # "A（…）及其在日本的子公司B（…）": the subsidiary named with its own names is an entry of its own.
            groups[-1].entities.append(Entity(affiliate.group("zh").strip(), " ".join(affiliate.group("en").split()),
                                              None, "organization"))
    flush_branches()
    if english_names:
        with_english = paired([e for g in groups for e in g.entities], english_names)
        if with_english is not None:
            for g in groups:
                g.entities[:], with_english = with_english[: len(g.entities)], with_english[len(g.entities):]
    return [g for g in groups if g.entities]


_OFFICE_COLUMN = re.compile(rf"^[^，,。（(]{{0,20}}?(?:{OFFICES})$")
_AFFILIATE_IN_REST = re.compile(
    r"^(?:及其|和其|以及其)(?:在[^（()）]{1,10}?的)?(?:全资|控股)?(?:子公司|分公司|关联公司|附属公司|关联企业)"
    r"(?P<zh>[^（()）]{2,30})[（(](?P<en>[A-Za-z][^（()）\u3400-\u9fff]*)[）)]")


# "等3家实体", "上述2人"; "另一名负责人X" introduces a name, it counts nothing.
_COUNT_TAIL = re.compile(
    rf"(?:(?P<deng>等)(?:[^、，。]{{0,24}}?的)?)?\s*(?<!另)(?P<n>\d{{1,4}}|[{CN_NUMBER_CHARS}]{{1,4}})\s*[家名个人][^、，。]*$"
)
_MORE_COUNT = re.compile(rf"(?:和|及|以及)\s*(?P<n>\d{{1,4}}|[{CN_NUMBER_CHARS}]{{1,4}})\s*[家名个]")
_DENG_TAIL = re.compile(r"等[^、，。（(]*?(?:实体|企业|机构|人员|个人|公司)$")


# "A（A-en）一家、B（B-en）一家": each name counted one after its bracket; together they count the names.
_EACH_ONE = re.compile(r"(?<=[）)])\s*(?:一|1)\s*[家名个](?=\s*(?:、|和|及|与|$))")


def split_inline(segment: str) -> tuple[list[tuple[str | None, str | None, str]], int | None, bool]:
    """A decision segment (``A（A-en）、B（B-en）和C等6家实体``) → (name pairs, stated count, has 等)."""
    seg = segment.strip()
    count: int | None = None
    deng = False
    each = len(_EACH_ONE.findall(seg))
    if each > 1:
        seg, count = _EACH_ONE.sub("", seg), each
    m = None if each > 1 else _COUNT_TAIL.search(seg)
    if m:
        try:
            count = to_int(m.group("n"))
        except ValueError:
            count = None
        deng = bool(m.group("deng"))
        seg = seg[: m.start()]
        more = _MORE_COUNT.search(m.group(0))
        if count is not None and more:
            # "3家企业和1名负责人": two groups counted apart, one object.
            count += to_int(more.group("n"))
    else:
        d = _DENG_TAIL.search(seg)
        if d:
            deng = True
            seg = seg[: d.start()]
    if seg.strip() in ("上述", "以上", "前述", "该", "这", "此"):
        seg = ""  # "上述2人", "该两家实体": the count refers back, it names no one
    reason = _REASON_PREFIX.match(seg)
    if reason:
        # "参与对台军售、协助…的A公司、B论坛": a reason clause (which may hold 、 itself) before the first name.
        seg = seg[reason.end():]
    items: list[str] = []
    for part in _join_inner_dunhao(split_depth0(seg, "、")):
        items.extend(_split_he(part))
    pairs = [_pair(i) for i in items if i.strip()]
    return [p for p in pairs if p[0] or p[1]], count, deng


def _pair(item: str) -> tuple[str | None, str | None, str]:
    item = _strip_qualifier(item)
    head = item.split("（")[0].split("(")[0]
    role = _ROLE.match(head)
    if role and not ORG_WORDS.search(role.group("name")):
        zh, en, rest = name_pair(item[len(role.group("role")):])
        return zh, en, ROLE_MARK + rest
    return name_pair(item)


def _join_inner_dunhao(parts: list[str]) -> list[str]:
    """``霍特尔防务、空间与安全集团（Hotel Defense, Space & Security）``: where the names carry English brackets,
    a part with none is the first half of the next name (a group named after its divisions), not a name."""
    bracketed = [bool(_NAME_BRACKET.match(p.strip())) for p in parts]
    if sum(bracketed) < 2 and not (len(parts) == 2 and bracketed[-1]):
        return parts
    parts = _cut_joined_halves(parts, bracketed)
    bracketed = [bool(_NAME_BRACKET.match(p.strip())) for p in parts]
    out: list[str] = []
    carry = ""
    for part, has in zip(parts, bracketed, strict=True):
        # "某国议员林海、某公司总裁X（…）": a person named after an office is a name of its own, never a division.
        if not has and part.strip() and not _LATIN.search(part) and part is not parts[-1] \
                and not _ROLE.match(part.strip()):
            carry += part + "、"
            continue
        out.append(carry + part)
        carry = ""
    if carry:
        out.append(carry.rstrip("、"))
    return out


# "B（…）和C航空、导弹与火控公司（…）": a name joined by 和 after a bracket, its first half before the 、.
_DIVISIONS_EN = re.compile(r",|&| and ")
_JOINED_HALF = re.compile(r"^(?P<head>.*[）)])\s*(?:以及|和|及|与)(?P<half>[^（()）]+)$")


def _cut_joined_halves(parts: list[str], bracketed: list[bool]) -> list[str]:
    """A part ending ``…（…）和X`` before a bracketed part whose English lists divisions (``A, B and C``), where X
    has no English and no word that ends a name (公司, 集团…): X is the first half of the next name; the part is cut
    before the 和, X made a part of its own."""
    out: list[str] = []
    for i, part in enumerate(parts):
        m = _JOINED_HALF.match(part.strip())
        nxt = _NAME_BRACKET.match(parts[i + 1].strip()) if i + 1 < len(parts) and bracketed[i + 1] else None
        if m and nxt and _DIVISIONS_EN.search(nxt.group("inner")) and not _LATIN.search(m.group("half")) \
                and not _ORG_END.search(m.group("half")) and not _ROLE.match(m.group("half").strip()):
            out.extend([m.group("head"), m.group("half")])
            continue
        out.append(part)
    return out


_OFFICE_AT = re.compile(rf"(?:{OFFICES})[\u3400-\u9fff]")


_AFFILIATE_AT = re.compile(r"(?:在[^（()）]{1,10}?的)?(?:全资|控股)?(?:子公司|分公司|关联公司|附属公司|关联企业)"
                           r"(?=[^（()）]{2,30}[（(][A-Za-z])")


def _split_he(part: str) -> list[str]:
    """Split on 和/及/与 only where it joins two names: after a closing bracket, or between Latin names."""
    out: list[str] = []
    start = 0
    depth = 0
    for i, ch in enumerate(part):
        if ch in "（(":
            depth += 1
        elif ch in "）)":
            depth = max(0, depth - 1)
        elif ch in "和及与" and depth == 0 and i > 0:
            before, after = part[i - 1], part[i + 1: i + 2]
            if after == "其":
                if before in "）)" and (affiliate := _AFFILIATE_AT.match(part, i + 2)):
                    # "A（…）及其子公司B（…）": the subsidiary named with its own names is an entity of its own.
                    out.append(part[start:i])
                    start = affiliate.end()
                    continue
                if before in "）)" and _OFFICE_AT.match(part, i + 2):
                    # "A公司（…）及其首席执行官B（…）": a person named by an office of the entity before.
                    out.append(part[start:i])
                    start = i + 2
                continue  # "…（…）及其分支机构": the entry's own branches
            latin_before = bool(re.match(r"[A-Za-z0-9.]", before))
            if before in "）)" or (latin_before and after and _LATIN.match(after)):
                out.append(part[start:i])
                start = i + 1
            elif ch == "及" and before == "以" and i > 1 and part[i - 2] in "）)":
                out.append(part[start:i - 1])  # "…（English）以及B（…）": 以及 joins two names like 和
                start = i + 1
    out.append(part[start:])
    return out


def _strip_qualifier(item: str) -> str:
    """Drop a leading reason clause (``参与对台湾地区军售的``) before the first name, and a descriptor before a Latin
    name (``美国企业Recorded Lens公司``: the name is ``Recorded Lens公司``)."""
    item = _PICK_WORD.sub("", item.strip().removesuffix("及其分支机构"))
    head = item.split("（")[0].split("(")[0]
    if "的" in head:
        item = item[head.rindex("的") + 1:]
    return _DESCRIPTOR.sub("", item.strip()).strip()


# "将其中A（…）移出…": the word that picks A out of a group named before is no part of the name.
_PICK_WORD = re.compile(r"^(?:其中|当中)的?")
# A reason clause opening the object: one of its verbs before any 、 or bracket, up to the 的 that closes it
# ("A公司、参与…的B公司" starts with a name, and is left to the per-name qualifier).
_REASON_PREFIX = re.compile(
    r"^[^（(、]*?(?:参与|协助|配合|支持|打压|损害|从事|勾结|参加|涉及|干涉|危害|违反|军售)[^（(]*?的")
# "美国企业", "美国军工企业", "相关实体" before a Latin name: a descriptor, not part of it.
_DESCRIPTOR = re.compile(r"^(?:台湾地区|美国|日本)?(?:相关)?(?:军工|防务)?(?:企业|实体|机构)(?=[A-Za-z])")


# "日本实体2家：", "美国企业1家：", "某国人员3名：": the head of a group of names, by country, with its count.
_GROUP_HEAD = re.compile(rf"(?P<who>[\u4e00-\u9fff]{{1,8}}?)(?:实体|企业|公司|机构|单位|人员|个人)\s*"
                         rf"(?P<n>\d{{1,4}}|[{CN_NUMBER_CHARS}两]{{1,4}})\s*[家名个][：:]\s*")


def counted_groups(text: str) -> tuple[list[Entity], list[str], int] | None:
    """Names grouped under heads that count them (``日本实体2家：A（…）；B（…）。美国实体1家：C（…）。``), inline or one
    group a line, at the start of ``text`` → (every name, each with its group's country; a doubt for each group
    whose count differs from its names; where the groups end), or None when ``text`` opens with no such group."""
    start = len(text) - len(text.lstrip())
    if not _GROUP_HEAD.match(text, start):
        return None
    # The groups run to the first 。 or line end that no further head follows.
    end = next((i + 1 for i in range(start, len(text)) if text[i] in "。\n"
                and not _GROUP_HEAD.match(text[i + 1:].lstrip())), len(text))
    region = text[start:end]
    heads = [m for m in _GROUP_HEAD.finditer(region) if not region[: m.start()].rstrip()
             or region[: m.start()].rstrip()[-1] in "。；;\n"]
    entities: list[Entity] = []
    doubts: list[str] = []
    for head, following in zip(heads, [*heads[1:], None], strict=True):
        run = region[head.end(): following.start() if following else len(region)].strip().rstrip("。；;")
        pairs = [p for item in split_depth0(run, "；;") if item.strip() for p in split_inline(item)[0]]
        country = next((code for word, code in COUNTRY_WORDS if head.group("who").startswith(word)), None)
        entities.extend(Entity(zh, en, country, guess_kind(zh, en, rest)) for zh, en, rest in pairs)
        stated = to_int(head.group("n"))
        if stated != len(pairs):
            doubts.append(f"the group {head.group(0).strip()!r} states {stated} entities, {len(pairs)} found")
    return entities, doubts, end


def find_count(text: str) -> int | None:
    """The count printed in a phrase (``等11家``, ``上述28家``, ``两家``, ``等10名``)."""
    m = COUNT.search(text)
    if not m:
        return None
    try:
        return to_int(m.group("n"))
    except ValueError:
        return None


def country_of(*texts: str) -> str | None:
    """ISO country from the wording around the decision (``28家美国实体``, ``日本籍``, ``台湾地区实体``)."""
    for text in texts:
        if not text:
            continue
        m = _COUNTRY_PHRASE.search(text)
        if m:
            return dict(COUNTRY_WORDS)[m.group("c")]
    return None


# The English of each country word: a name whose English carries it ("American Photonics") keeps the word.
_COUNTRY_ENGLISH = {"US": ("America", "US", "U.S."), "JP": ("Japan", "Nippon"), "TW": ("Taiwan",)}


def strip_country_word(zh: str | None, en: str | None) -> str | None:
    """``美国I领域公司`` with English ``Area-I``: the country word before a Latin-led name, which its English does not
    carry, qualifies the name; the name is ``I领域公司``."""
    if not zh or not en:
        return zh
    for word, code in COUNTRY_WORDS:
        rest = zh.removeprefix(word)
        if rest != zh and _LATIN.match(rest) and not any(w in en for w in _COUNTRY_ENGLISH[code]):
            return rest
    return zh


def leading_country(names: list[tuple[str | None, str | None, str]]) -> str | None:
    """``美国PVH集团``: a printed country word at the start of the first name qualifies the list."""
    for zh, _en, _rest in names:
        if zh:
            for word, code in COUNTRY_WORDS:
                if zh.startswith(word):
                    return code
            return None
    return None


_PROSE_PERSON = re.compile(
    r"(?P<zh>(?:(?![和及与])[\u3400-\u9fff]){1,8}·[\u3400-\u9fff]{1,8})\s*[（(](?P<en>[A-Za-z][A-Za-z .'\-]*)[）)]"
)
# "帕尔默·卢基和阿迪亚·德瓦拉孔达（Aaditya Devarakonda）": a transliterated name printed without English, joined to
# the bracketed one; the words before it (人士, an office) are no part of it.
_PARTNER_BEFORE = re.compile(r"(?P<zh>(?:(?![和及与、])[\u3400-\u9fff]){1,8}·(?:(?![和及与、])[\u3400-\u9fff]){1,8})"
                             r"(?:和|及|与|、)$")
# What a person is described as right before a transliterated name: an office, a membership (董事会成员), a board
# (委员会) or the 的 ending the description ("…企业的迈克尔·…"); a transliteration holds none of these.
ROLE_WORDS = rf"董事会|委员会|理事会|{OFFICES}|人士|人员|高管|成员|委员|代表"
_DESCRIBED_AS = re.compile(rf"^.*(?:{ROLE_WORDS})")

_PROSE_ROLE = re.compile(rf"^(?P<role>.*(?:{ROLE_WORDS}|的))(?=[\u3400-\u9fff])")


def prose_names(body: str) -> list[tuple[str | None, str | None, str]]:
    """Persons named in running text with their English name (``塞拉·格林（Sierra Green）``), in reading order."""
    out: list[tuple[str | None, str | None, str]] = []
    for m in _PROSE_PERSON.finditer(body):
        zh = m.group("zh").lstrip("和及与")
        # The part before · may be one character ("…高级管理人员安·伍德"), shorter than _ROLE's name.
        role = _PROSE_ROLE.match(zh.split("·")[0])
        if role:
            zh = zh[len(role.group("role")):]
        elif ORG_WORDS.search(zh):
            continue  # "洛克希德·马丁航空公司（…）": a company named after a person is no person
        partner = _PARTNER_BEFORE.search(body, 0, m.start())
        if partner and not ORG_WORDS.search(partner.group("zh")):
            first, rest = partner.group("zh").split("·", 1)
            if without := _DESCRIBED_AS.sub("", first):
                named = (f"{without}·{rest}", None, ROLE_MARK)
                if named not in out:
                    out.append(named)
        pair = (zh, " ".join(m.group("en").split()), ROLE_MARK)
        if pair not in out:
            out.append(pair)
    return out


# "某国国会参议员林海和某国前防卫大臣佐野健近期…": a person named after an office with no English name, up to a
# conjunction, a mark or the adverb or verb that opens what the sentence says of them.
_ROLE_THEN_NAME = re.compile(
    rf"(?:{OFFICES})(?P<zh>[\u4e00-\u9fff]{{2,4}}?)(?=以及|[和及与、，,。（(]|近期|长期|多次|公然|一再|窜访|发表|参与|出席)")


def prose_role_names(body: str) -> list[tuple[str | None, str | None, str]]:
    """Persons named in running text after their office, without an English name, in reading order: who an object
    such as ``上述二人`` counts back to when no name carries a bracket."""
    out: list[tuple[str | None, str | None, str]] = []
    for m in _ROLE_THEN_NAME.finditer(body):
        pair = (m.group("zh"), None, ROLE_MARK)
        if pair not in out:
            out.append(pair)
    return out


# A run of names each with its English bracket, joined by 、/和/及/与, inside one clause of running text.
# A name may hold 、 itself ("波音防务、空间与安全集团（…）"): split_inline tells a division's name from a list's.
_BRACKETED_RUN = re.compile(
    r"(?:(?:[^、，,。；（）()《》\n]{2,12}?、)?[^、，,。；（）()《》\n]{2,40}?[（(][A-Za-z][^（）()\u3400-\u9fff]*[）)]\s*"
    r"(?:、|和|及|与)?\s*)+")


# The same run with each English name first and its Chinese name in the bracket ("Axient（阿克西恩特公司）和…").
_LATIN_FIRST_RUN = re.compile(
    r"(?<![A-Za-z0-9])(?:[A-Za-z][A-Za-z0-9 .,&'\-]{0,60}?[（(][\u3400-\u9fff·・]{2,30}[）)]\s*(?:、|和|及|与)?\s*)+")


def bracketed_run(text: str) -> str | None:
    """The run of names, each with its English bracket, that ``text`` opens with (``A（A Inc.）、B（B LLC）提交…``)."""
    m = _BRACKETED_RUN.match(text)
    return m.group(0).strip().rstrip("、和及与") if m else None


# "鉴于A公司（…）…": a conjunction that opens the clause, never part of the first name.
# "…发布公告，将A（…）等4家实体列入…": the 将 of the listing, never part of the name.
# "<notice>所列A（…）": nor the relative word after a cited notice's bracket.
# "<notice>所列A（…）": the listing cited before the names (its number cut by the run) is no part of them.
# "商务部公告2025年第35号将A（…）列入…": nor the notice that listed them, the subject of 将.
_LEAD_WORD = re.compile(r"^(?:鉴于|由于|因为|针对|近期|目前|此前|将|[^（()）、]*?所列的?|[^（()）、]*?中?列明的"
                        r"|[^（()）、]*?号(?:公告|令)?将)")


# A comma inside an English name that is no legal suffix's: "Boeing Defense, Space & Security" (not ", Inc.").
_DIVISION_COMMA = re.compile(r",\s*(?!(?:Inc|Ltd|LLC|L\.?P|Corp|Co|GmbH|S\.?A|PLC|AG|Limited|Company)\b)[A-Za-z]")


def names_divisions(en: str | None) -> bool:
    """Whether an English name lists divisions with commas, as a Chinese name holding 、 does (波音防务、空间与安全集团
    for Boeing Defense, Space & Security): only then is the 、 inside the name, not between two names."""
    return bool(en and _DIVISION_COMMA.search(en))


def prose_orgs(body: str) -> list[tuple[str | None, str | None, str]]:
    """Organisations named in running text with their English names (``近期，A公司（A Inc.）、B论坛（B Forum）配合…``),
    in reading order: the names an object such as ``上述两家机构`` refers back to."""
    out: list[tuple[str | None, str | None, str]] = []
    for clause in split_depth0(body.replace("\n", "。"), "，。；"):
        runs = sorted([*_BRACKETED_RUN.finditer(clause), *_LATIN_FIRST_RUN.finditer(clause)], key=lambda r: r.start())
        for run in runs:
            text = _LEAD_WORD.sub("", run.group(0).strip().rstrip("、和及与"))
            pairs, _count, _deng = split_inline(text)
            # "莱多斯公司、监控研究公司（…）", "参与军售、某公司（…）": the words before 、 are no part of the name.
            pairs = [(zh.rsplit("、", 1)[-1], en, rest) if zh and "、" in zh and not names_divisions(en)
                     else (zh, en, rest) for zh, en, rest in pairs]
            out.extend(p for p in pairs if p[1] and p not in out and ORG_WORDS.search((p[0] or "") + " " + p[1]))
    return out


def english_in_prose(body: str, zh: str | None) -> str | None:
    """The English name the text prints beside ``zh`` elsewhere (the prose before the decision names it once)."""
    if not zh:
        return None
    m = re.search(re.escape(zh) + r"\s*[（(](?P<en>[A-Za-z][^（()）\u3400-\u9fff]*)[）)]", body)
    return " ".join(m.group("en").split()) if m else None


_JOINER = re.compile(r"以及|和|及|与")


def joined_apart(body: str,
                 pairs: list[tuple[str | None, str | None, str]]) -> list[tuple[str | None, str | None, str]]:
    """``诺沃特公司和火风暴实验室公司`` with no bracket: two names, where the text prints each half elsewhere with an
    English bracket of its own; a name holding 和/与 (``某大学与某研究所联合实验室``) is never printed so in halves."""
    out: list[tuple[str | None, str | None, str]] = []
    for zh, en, rest in pairs:
        halves = _JOINER.split(zh) if zh and not en else []
        if len(halves) > 1 and all(h and english_in_prose(body, h) for h in halves):
            out.extend((h, None, rest) for h in halves)
            continue
        out.append((zh, en, rest))
    return out
