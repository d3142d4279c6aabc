"""Names listed on lines of their own below a decision: numbered lines, table rows and bare name lines."""

from __future__ import annotations

import re

from policywatch.parsers.action_context import _ITEM, _POINTER, Context
from policywatch.parsers.entities import (
    COLUMN_HEAD,
    PERSONS_WORD,
    counted_groups,
    guess_kind,
    looks_like_clause,
    name_pair,
    parse_annex,
    split_inline,
    strip_item_number,
)
from policywatch.parsers.numerals import CIRCLED_CHARS, CN_NUMBER_CHARS, to_int
from policywatch.parsers.text import split_depth0
from policywatch.parsers.two_line_names import english_below_joined
from policywatch.parsers.types import Entity

# The sentence that ends where the names start: with a colon, or with 。 right above the head row of a table
# ("将下表所列2家实体列入…。" over "序号 中文名称 英文名称").
_SENTENCE_COLON = re.compile(r"[^。\n]*?(?:[：:]|。(?=[ \t]*\n\s*(?:序号|编号)[ \t]))\s*\n")
# "…将下列实体移出…。" then a heading line over the names ("移出名单（共2家）"), in place of the sentence's colon.
_SENTENCE_HEADING = re.compile(
    r"[^。\n]*?。[ \t]*\n\s*(?P<head>[^。，；：:\n]{0,16}?(?:名单|清单|实体|企业|机构|人员)[^。，；：:\n]{0,12})"
    r"[ \t]*\n")
_HEADING_COUNT = re.compile(rf"共\s*(?P<n>\d{{1,4}}|[{CN_NUMBER_CHARS}]{{1,4}})\s*[家名个]")


def _names_open(body: str, pos: int) -> re.Match[str] | None:
    """Where the names below a pointer object (``下列实体``) open: after the colon that ends its sentence, or after a
    heading line under the sentence."""
    return _SENTENCE_COLON.match(body, pos) or _SENTENCE_HEADING.match(body, pos)


def _heading_count(ctx: Context, colon: re.Match[str], found: int) -> None:
    """``移出名单（共2家）``: a heading that counts the names under it is checked against the names read."""
    counted = _HEADING_COUNT.search(colon.groupdict().get("head") or "")
    if counted and to_int(counted.group("n")) != found:
        ctx.warnings.append(f"the heading {colon.group('head')!r} states {counted.group('n')} entities, "
                            f"{found} found")


def _listed_after_colon(ctx: Context, seg: str, pos: int) -> tuple[list[Entity], int] | None:
    """``将下列2家实体移出…，…不再适用：`` then numbered lines ``1. 名（English）`` / ``（一）…``: the object is a
    pointer and the names follow the colon that ends the (long) sentence. (entities, end of the list) or None."""
    if not _POINTER.match(seg.strip()) and seg.strip():
        return None
    colon = _names_open(ctx.body, pos)
    if not colon:
        inline = _INLINE_COLON_RUN.match(ctx.body, pos)
        if inline is None:
            return None
        entities = _bracketed_run(inline.group("run"))
        return (entities, inline.end()) if entities else None
    tail = ctx.body[colon.end():]
    listed = _listed_below(tail)
    if listed:
        _heading_count(ctx, colon, len(listed))
        return listed, colon.end() + _after_list(tail)
    grouped = _grouped(ctx, tail)
    if grouped:
        return grouped[0], colon.end() + grouped[1]
    if colon.groupdict().get("head") is not None:
        return None  # a heading over no numbered names is no list of them
    # "将下列美国企业列入反制裁清单，并采取以下反制裁措施：" and the names on bare lines, the measures below them.
    lines = tail.split("\n")
    bare = _bare_names(_below_head([ln.strip() for ln in lines]))
    if not bare:
        # "…列入反制裁清单，并予以相应处理：" then "A（…）、B（…）在我国境内的动产…予以冻结": the names open the
        # line of the measures that apply to them.
        first = next((ln.strip() for ln in lines if ln.strip()), "")
        opening = _NAMES_OPEN.match(first)
        if not opening:
            return None
        entities = _bracketed_run(opening.group("run"))
        return (entities, colon.end() + tail.find(first) + opening.end()) if entities else None
    persons = bool(PERSONS_WORD.search(seg))
    entities = [Entity(zh, en, None, "person" if persons else guess_kind(zh, en, rest)) for zh, en, rest in bare]
    return entities, colon.end() + _bare_end(tail, len(bare))


_NAME_BRACKETED = r"[\u3400-\u9fffA-Za-z0-9·・]{2,40}?[（(][A-Za-z][^（）()\n。]*[）)]"
_NAMES_OPEN = re.compile(rf"(?P<run>{_NAME_BRACKETED}(?:\s*[、和及与]\s*{_NAME_BRACKETED})*)(?=[^、和及与（(])")
# "将下列3家实体列入…：A（…）、B（…）、C（…）。": the names after the colon, on the same line.
_INLINE_COLON_RUN = re.compile(r"[^。\n：:]*?[：:][ \t]*(?P<run>[^。\n]+)。?")


_ONE_BRACKETED = re.compile(r"(?P<zh>[^，,。；（）()]{2,40}?)\s*[（(](?P<en>[A-Za-z][^（）()\u3400-\u9fff]*)[）)]")


def _bracketed_run(run: str) -> list[Entity]:
    """The names of a run after a colon, when every one of them carries its English bracket (else [], a doubt).
    A run may number its items and end each with ；: "1.A（…）；2.B（…）"."""
    items = [strip_item_number(item) for item in split_depth0(run, "；;") if item.strip()]
    by_comma = [item.strip() for item in split_depth0(run, "，,") if item.strip()]
    if len(by_comma) > 1 and all(_ONE_BRACKETED.fullmatch(item) for item in by_comma):
        # "A、B集团（A, B & C），D公司（D）": names put apart by ， because one holds 、; each item is one name.
        items = by_comma
        pairs = [(m["zh"].strip(), m["en"].strip(), "") for item in items if (m := _ONE_BRACKETED.fullmatch(item))]
        return [Entity(zh, en, None, guess_kind(zh, en, rest)) for zh, en, rest in pairs]
    pairs = [pair for item in items for pair in split_inline(item)[0]]
    if not pairs or not all(zh and en for zh, en, _rest in pairs):
        return []
    return [Entity(zh, en, None, guess_kind(zh, en, rest)) for zh, en, rest in pairs]


def _below_start(ctx: Context, pos: int) -> int:
    """Where the names of ``_listed_after_colon`` start, counted from ``pos``: right after the sentence's colon."""
    colon = _names_open(ctx.body, pos)
    return colon.end() - pos if colon else -1


def _grouped(ctx: Context, text: str) -> tuple[list[Entity], int] | None:
    """The names grouped by country under heads that count them (``日本实体2家：…；美国实体1家：…``) opening
    ``text``, and where they end; each group's count is checked against its names."""
    grouped = counted_groups(text)
    if not grouped or not grouped[0]:
        return None
    ctx.warnings.extend(grouped[1])
    return grouped[0], grouped[2]


def _listed_later(ctx: Context, tail: str) -> list[Entity]:
    """The numbered names under the first later line that ends with a colon (``…实体为：``, ``名单如下：``), or
    the names grouped by country under it."""
    for colon in re.finditer(r"[^。\n]*[：:]\s*\n", tail):
        listed = _listed_below(tail[colon.end():])
        if listed:
            return listed
        grouped = _grouped(ctx, tail[colon.end():])
        if grouped:
            return grouped[0]
    # "上述实体为：A（…）、B（…）、C（…）。": the names after the colon, on the same line.
    inline = re.search(r"(?:实体|企业|机构|人员|名单)(?:为|如下|分别是|包括)[：:][ \t]*(?P<run>[^。\n]+)", tail)
    if inline and (grouped := _grouped(ctx, tail[inline.start("run"):])):
        return grouped[0]  # "…的实体为：日本实体2家：A（…）；B（…）；美国实体1家：C（…）。"
    return _bracketed_run(inline.group("run")) if inline else []


_LIST_LINE = re.compile(rf"^(?:\d{{1,3}}\s*[.．、]|[（(][{CN_NUMBER_CHARS}\d]{{1,4}}[）)]|[{CIRCLED_CHARS}])")
# "一、闪电无人机公司（…）": names numbered as items are, told from an item of measures or of an object with its
# measures ("一、禁止…", "一、对A，冻结…") by what stands outside the brackets.
_ITEM_NAME_LINE = re.compile(rf"^[{CN_NUMBER_CHARS}]{{1,3}}、(?![对将])")
_BRACKETED = re.compile(r"[（(][^（）()]*[）)]")


def _named_item(line: str) -> bool:
    """``一、A公司（…）``: an item that is a name, not a measure or an object with its measures."""
    outside = _BRACKETED.sub("", strip_item_number(line))
    return bool(_ITEM_NAME_LINE.match(line)) and bool(outside) and not looks_like_clause(outside) \
        and "，" not in outside


# "1　立方公司　Cubic Corporation" under a table's head row: a row numbered with a wide space for the dot.
_TABLE_ROW = re.compile(r"^\d{1,3}[\s\u3000]+\S")


def _list_lines(tail: str) -> list[str]:
    """The numbered lines of names right below the colon (the rows of a table under its head row)."""
    lines: list[str] = []
    table = False
    for line in tail.lstrip(" \n").split("\n"):
        text = line.strip()
        if not lines and not table and COLUMN_HEAD.match(text):
            table = True
            continue  # "序号　中文名称　英文名称": the head row, no name
        if not (_LIST_LINE.match(text) or _named_item(text) or (table and _TABLE_ROW.match(text))):
            break
        lines.append(text.rstrip("；;。"))
    return lines


def _below_head(lines: list[str]) -> list[str]:
    """``lines`` without the head row of a table (``姓名　　职务``) that opens them, each row's name cells written as
    a name and its bracket."""
    first = next((i for i, ln in enumerate(lines) if ln.strip()), None)
    if first is None or not COLUMN_HEAD.match(lines[first].strip()):
        return lines
    return [_as_bracketed(ln, lines[first]) for ln in lines[first + 1:]]


def _table_head(tail: str) -> str:
    """The head row of a table opening ``tail`` (``序号　中文名称　英文名称``), or ""."""
    first = next((ln.strip() for ln in tail.split("\n") if ln.strip()), "")
    return first if COLUMN_HEAD.match(first) else ""


_ZH_COLUMN = re.compile(r"中文名称|中文名|姓名")
_EN_COLUMN = re.compile(r"英文名称|英文名|外文名称")
# "1 文本矿 TextOre 美国": a row's number, Chinese name, English name and a Chinese cell after (country, office).
_NAME_CELLS = re.compile(r"^(?P<n>\d{1,3}\s+)?(?P<zh>[A-Za-z0-9]*[\u3400-\u9fff][^\sA-Za-z（()）]*)\s+"
                         r"(?P<en>[A-Za-z][^\u3400-\u9fff（()）]*?)(?:\s+(?P<tail>[\u3400-\u9fff][^A-Za-z（()）]{0,30}))?$")


# "1 Cubic Corporation 立方公司": the English name in the column before the Chinese one.
_NAME_CELLS_EN_FIRST = re.compile(r"^(?P<n>\d{1,3}\s+)?(?P<en>[A-Za-z][^\u3400-\u9fff（()）]*?)\s+"
                                  r"(?P<zh>[\u3400-\u9fff][^\sA-Za-z（()）]*)(?:\s+(?P<tail>[\u3400-\u9fff][^A-Za-z（()）]{0,30}))?$")


def _as_bracketed(row: str, head: str) -> str:
    """A row under a head with a Chinese-name and an English-name column, written ``N. 中文名（English），cell``: the
    cells are one space apart once the text is cleaned, so the columns tell where the Chinese name ends."""
    zh_col, en_col = _ZH_COLUMN.search(head), _EN_COLUMN.search(head)
    if not (zh_col and en_col):
        return row
    cells = (_NAME_CELLS_EN_FIRST if en_col.start() < zh_col.start() else _NAME_CELLS).match(row.strip())
    if not cells:
        return row
    number = f"{cells.group('n').strip()}. " if cells.group("n") else ""
    tail = f"，{cells.group('tail')}" if cells.group("tail") else ""
    return f"{number}{cells.group('zh')}（{' '.join(cells.group('en').split())}）{tail}"


def _listed_below(tail: str) -> list[Entity]:
    head = _table_head(tail)
    return [e for g in parse_annex([_as_bracketed(ln, head) for ln in _list_lines(tail)]) for e in g.entities]


def _after_list(tail: str) -> int:
    lines = _list_lines(tail)
    pos = 0
    for line in lines:
        pos = tail.index(line, pos) + len(line)
        while pos < len(tail) and tail[pos] in "；;。":
            pos += 1  # the item's own closing mark, not a measure
    return pos


_NAME_LABEL = re.compile(r"^(?:姓名|中文名称|名称)[：:]\s*")
_FIELD_LABEL = re.compile(r"[\s\u3000]*[，,；;]?[\s\u3000]*(?:身份|职务|职位|国籍)[：:]\s*")


def _bare_end(tail: str, n_names: int) -> int:
    """Where the ``n_names`` bare name lines (below any head row) at the start of ``tail`` end."""
    lines = tail.split("\n")
    first = next(i for i, ln in enumerate(lines) if ln.strip())
    first += 1 if COLUMN_HEAD.match(lines[first].strip()) else 0
    return sum(len(line) + 1 for line in lines[: first + n_names])


def _bare_names(lines: list[str]) -> list[tuple[str | None, str | None, str]]:
    """Names on lines of their own (``名（English）``), up to a numbered item, a sentence or a blank after them."""
    names: list[tuple[str | None, str | None, str]] = []
    for line in lines:
        if not line:
            if names:
                break
            continue
        if _ITEM.match(line) or "。" in line or line.endswith(("：", ":")):
            break
        # "姓名：A（…）　身份：某企业首席执行官": the fields labelled, read as "A（…），某企业首席执行官".
        line = _FIELD_LABEL.sub("，", _NAME_LABEL.sub("", line)).strip("，")
        zh, en, rest = name_pair(line)
        if looks_like_clause(zh) or not (en or zh):
            break
        names.append((zh, en, rest))
    return names


# A record of labelled fields, one a line: "姓名：安·伍德" / "英文名：Ann Wood" / "职务：某企业总裁", under an item's
# number on a line of its own ("（一）") or without one.
_NAME_FIELD = re.compile(r"^(?:姓名|中文名称|中文名|名称)[：:]\s*(?P<v>\S.*)$")
_ENGLISH_FIELD = re.compile(r"^(?:英文名称|英文名|外文名称|外文名)[：:]\s*(?P<v>[A-Za-z].*)$")
_OTHER_FIELD = re.compile(r"^(?:职务|职位|身份|国籍|性别|出生日期|所属机构|单位|地址)[：:]\s*(?P<v>\S.*)$")
_NUMBER_ALONE = re.compile(rf"^(?:[（(][{CN_NUMBER_CHARS}\d]{{1,4}}[）)]|\d{{1,3}}\s*[.．、]"
                           rf"|[{CN_NUMBER_CHARS}]{{1,3}}、|[{CIRCLED_CHARS}])$")


def fields_on_one_line(body: str) -> str:
    """Each record of labelled fields written as the one line of a listed name the grammar reads: ``（一）`` over
    ``姓名：A`` / ``英文名：B`` / ``职务：C`` → ``（一）A（B），C``; the blank lines between records dropped, so the
    records read as one list. A two-line entry (``1. 中文名`` over ``English``) is one line too."""
    lines = body.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        at = i + 1 if _NUMBER_ALONE.match(lines[i].strip()) else i
        name = _NAME_FIELD.match(lines[at].strip()) if at < len(lines) else None
        if name is None:
            out.append(lines[i])
            i += 1
            continue
        english, others, j = None, [], at + 1
        while j < len(lines) and ((e := _ENGLISH_FIELD.match(lines[j].strip()))
                                  or _OTHER_FIELD.match(lines[j].strip())):
            if e and english is None:
                english = e.group("v").strip()
            elif (o := _OTHER_FIELD.match(lines[j].strip())) is not None:
                others.append(o.group("v").strip())
            j += 1
        if english is None and not others:
            out.append(lines[i])  # a lone "名称：…" line is no record of a name's fields
            i += 1
            continue
        number = lines[i].strip() if at > i else ""
        bracket = f"（{english}）" if english else ""
        out.append(f"{number}{name.group('v').strip()}{bracket}" + "".join(f"，{o}" for o in others))
        # The next record after blank lines continues the list.
        k = j
        while k < len(lines) and not lines[k].strip():
            k += 1
        nxt = k + 1 if k < len(lines) and _NUMBER_ALONE.match(lines[k].strip()) else k
        i = k if nxt < len(lines) and _NAME_FIELD.match(lines[nxt].strip()) else j
    return english_below_joined("\n".join(out))
