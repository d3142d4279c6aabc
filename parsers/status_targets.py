"""What a status change targets: the earlier notices it cites and the list each belongs to."""

from __future__ import annotations

import datetime as dt
import re

from policywatch.parsers import registry
from policywatch.parsers.action_context import _DATE_CITE, _MORE_CLAUSE, Context, list_of
from policywatch.parsers.clause_content import clause_of, named_by_content
from policywatch.parsers.dates import MONTH_DAY
from policywatch.parsers.numbers import CITED_CLAUSE, find_numbers
from policywatch.parsers.numerals import to_int
from policywatch.parsers.types import ActionKind, ListName

_BASIS_BEFORE = re.compile(r"(?:根据|依据|依照|按照)\s*$")
_BASIS_AFTER = re.compile(r"\s*(?:[，,]|(?:的|有关)?规定)")
# "（2035年3月5日外交部令第102号公布，自2035年3月10日起施行）": the decision's own promulgation note, never a notice
# it changes.
_PROMULGATED = re.compile(r"\s*公布[，,]\s*自[^。）)]{2,30}?(?:施行|实施)")


def _cites(text: str) -> bool:
    """Whether ``text`` cites a notice other than by the decision's own promulgation note."""
    return any(not _PROMULGATED.match(text, f.end) for f in find_numbers(text))


def _targets(rest: str, published: dt.date | None, list_hint: ListName | None = None) -> list[str]:
    targets: list[str] = []
    for found in find_numbers(rest):
        if _BASIS_BEFORE.search(rest, 0, found.start) and _BASIS_AFTER.match(rest, found.end):
            continue  # "根据商务部公告2035年第9号，…": the notice the change rests on, not the one it changes
        if _PROMULGATED.match(rest, found.end):
            continue
        doc_id = found.number.doc_id
        clause = CITED_CLAUSE.match(rest, found.end)
        ids = [doc_id]
        if clause is None and (what := named_by_content(rest, found.end)) and (n := clause_of(doc_id, what)):
            ids = [f"{doc_id}#{n}"]  # "…第46号中关于<what>的规定": the clause named by what it says
        if clause:
            ids = [f"{doc_id}#{to_int(clause.group('n'))}"]
            pos = clause.end()
            while more := _MORE_CLAUSE.match(rest, pos):
                ids.append(f"{doc_id}#{to_int(more.group('n'))}")
                pos = more.end()
        targets.extend(t for t in ids if t not in targets)
    if targets or published is None:
        return targets
    for cite in _DATE_CITE.finditer(rest):
        md = MONTH_DAY.search(cite.group("md"))
        if md:
            try:
                year = int(cite.group("y")) if cite.group("y") else published.year
                day = dt.date(year, int(md.group("m")), int(md.group("d")))
            except ValueError:
                continue
            if list_hint is not None:
                known = registry.cite_listing(list_hint, day)
            else:
                # No list named: only a date that one list alone had a listing on is unambiguous.
                listed = [t for t in (registry.listing_on(n, day) for n in ("UEL", "ECL")) if t]
                known = listed[0] if len(listed) == 1 else None
            if known and known not in targets:
                targets.append(known)
    return targets


def _clause_referred(ctx: Context, kind: ActionKind, targets: list[str], n: int) -> list[str]:
    """The targets of ``上述第三款…``: the cited notice's clause ``n``; a different clause cited before is a doubt."""
    out: list[str] = []
    for target in targets:
        if "#" not in target:
            out.append(f"{target}#{n}")
            continue
        if not target.endswith(f"#{n}"):
            ctx.warnings.append(f"{kind}: the clause referred back to (第{n}款) is not the one cited ({target}): "
                                "the target is unresolved, not cited by number")
        out.append(target)
    return out


def _by_list(targets: list[str], list_name: ListName | None,
             ctx: Context) -> list[tuple[ListName | None, list[str]]]:
    """One action per list: ``暂停<UEL notice>相关措施和<MOFCOM notice>相关措施`` concerns two lists."""
    series = {_series(t) for t in targets}
    if len(series) < 2 or not ({"UEL"} < series):
        return [(list_name, targets)]
    groups: dict[ListName | None, list[str]] = {}
    for target in targets:
        groups.setdefault(_target_list(target, ctx), []).append(target)
    return list(groups.items())


def _target_list(target: str, ctx: Context) -> ListName | None:
    series = _series(target)
    if series == "UEL":
        return "UEL"
    if series in ("MOFCOM-ORDER", "MFA-ORDER"):
        return "CML"
    text = re.sub(r"《[^》]*》", "", (ctx.title or "") + ctx.body)  # a law's title (《…两用物项…条例》) says nothing
    # "商务部对<notice>所列实体，…": a MOFCOM notice that listed entities is the control list's; an item control lists
    # goods.
    if target in registry.LISTINGS_BY_DATE.values() or re.search(r"管控名单|管控措施|所列的?(?:实体|企业)", text):
        return "ECL"
    if re.search(r"物项|出口管制措施", text):
        return "ITEM"
    # A MOFCOM notice beside a UEL one, with nothing saying whether it listed entities or controlled goods: the
    # reader must say which; guessing either is a silent error half the time.
    return None


def _series(target: str) -> str:
    """``UEL`` for ``UEL-2025-7`` and ``UEL@2025-04-04``, ``MOFCOM-ORDER`` for ``MOFCOM-ORDER-2025-5``."""
    reference = registry.parse_date_reference(target)
    if reference:
        return reference[0]
    head = target.split("#")[0]
    return head.rsplit("-", 2)[0] if head.count("-") >= 2 else head.split("-")[0]


# "商务部 海关总署公告…", "商务部、海关总署…": a notice customs co-signs.
_JOINT_WITH_CUSTOMS = re.compile(r"商务部[\s、，,和与]*(?:[\u4e00-\u9fff]{2,12}?[\s、，,和与]+)*海关总署")


def _status_list(clause: str, targets: list[str], rest: str, doc_list: ListName | None,
                 sentence: str = "", joint: bool = False) -> ListName | None:
    named = list_of(clause)
    if named:
        return named
    series = {_series(t) for t in targets}
    if series and series <= {"UEL"}:
        return "UEL"
    if series and series <= {"MOFCOM-ORDER", "MFA-ORDER", "MFA"}:
        return "CML"
    if doc_list and not (doc_list == "UEL" and series == {"MOFCOM"}):
        return doc_list  # (a MOFCOM notice is never a UEL one, whatever list the title names)
    if series == {"MOFCOM"}:
        # A MOFCOM notice known as a listing, or cited beside a UEL notice in the same sentence, is the ECL one.
        known = set(registry.LISTINGS_BY_DATE.values())
        if all(t in known for t in targets) or any(f.number.series == "UEL" for f in find_numbers(sentence)):
            return "ECL"
        if re.search(r"管控措施|管控名单", rest):
            return "ECL"  # 管控措施 are the control list's measures on entities; an item control has none
    if not series and re.search(r"管控措施|管控名单", rest):
        return "ECL"  # "暂停对A及B实施出口管制管控措施" citing nothing: the measures name the control list
    # Customs co-signs only controls on goods: a joint MOFCOM/GACC notice is an item control, never a list.
    # "…废止，该公告规定的出口管制措施不再实施": the cited notice prescribed export-control measures (an item
    # control); measures 对X采取的 would be a list's.
    if re.search(r"(?:规定|实施)的(?:出口管制|管制)措施", sentence):
        return "ITEM"
    if "海关总署" in rest or any("#" in t for t in targets) or re.search(r"两用物项|出口管制|出口许可", rest):
        return "ITEM"
    if joint and series <= {"MOFCOM", "GACC"}:
        return "ITEM"  # a status change of a notice co-signed by customs: customs co-signs only controls on goods
    return None
