"""A department, division or addressee after a counterparty's name ("Acme Corp - Accounts Payable", "Acme Inc.,
Attn: Legal"): a customer file writes who at the company it deals with, which is no part of the company's name.

The tail is cut at its separator (a dash, a comma, a semicolon, a slash or brackets) when it is an attention line
or holds a department's word; the name before it is screened again, the tail noted as ignored.
"""

from __future__ import annotations

import re

# Words that say which part of a company a line addresses, not which company.
DEPARTMENT_WORDS = frozenset({
    "department", "dept", "division", "div", "accounts", "payable", "receivable", "receivables", "procurement",
    "purchasing", "billing", "invoicing", "finance", "treasury", "legal", "compliance", "contracts", "contracting",
    "supply", "logistics", "shipping", "receiving", "sales", "hr", "payroll", "office", "desk", "team", "attn",
    "attention", "c/o", "care", "mailroom",
})
_ATTENTION_RE = re.compile(r"\b(?:attn|attention|c/o|care of)\b[.:]?", re.IGNORECASE)
_SEPARATOR_RE = re.compile(r"\s+[-–—/]\s+|\s*[,;]\s*|\s*\(")
_WORD_RE = re.compile(r"[A-Za-z/]+")
_SEPARATOR_CHARS_RE = re.compile(r"[-–—/,;(]")
# Any department word at all, found in one pass: most names have none and stop here.
_ANY_DEPARTMENT_RE = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, DEPARTMENT_WORDS))) + r")\b",
                                re.IGNORECASE)
_MIN_HEAD_LETTERS = 3
# "X c/o Y", "X care of Y": the counterparty is X, Y only holds its mail (a registered agent, a parent), so the line is
# cut before c/o wherever it stands, with a separator before it or none.
_CARE_OF_RE = re.compile(r"\s+(?:c/o|care of)\s+", re.IGNORECASE)
# "X, Department of Aerospace Engineering": a department named by its subject, after "of", whatever its last word.
_NAMED_DEPARTMENT_RE = re.compile(r"(?:department|dept|division|faculty)\.?\s+of\s", re.IGNORECASE)


def may_have_care_of(name: str) -> bool:
    """Whether the name may hold a care-of part (``department_tail``), answered on the printed name."""
    if "/" in name:
        return "c/o" in name.casefold()
    # Most names hold neither: casefolded only when "are " may begin "care of".
    return ("are " in name or "ARE " in name) and " care of " in name.casefold()


def department_tail(name: str) -> tuple[str, str] | None:
    """The name before a department or attention tail, and the tail (None when the name ends with none)."""
    if not name.isascii():
        return None
    care_of = _CARE_OF_RE.search(name) if may_have_care_of(name) else None
    if care_of is not None and sum(c.isalpha() for c in name[: care_of.start()]) >= _MIN_HEAD_LETTERS:
        return name[: care_of.start()].strip(" ,;-"), name[care_of.start():].strip()
    if not _SEPARATOR_CHARS_RE.search(name):
        return _unseparated_tail(name) if _ANY_DEPARTMENT_RE.search(name) else None
    if not _may_have_tail(name) or not _ANY_DEPARTMENT_RE.search(name):
        return None
    for found in reversed(list(_SEPARATOR_RE.finditer(name))):  # the last tail: commas may be the name's own
        head, tail = name[: found.start()].strip(), name[found.end():].strip(" )")
        if sum(c.isalpha() for c in head) < _MIN_HEAD_LETTERS or not tail:
            continue
        words = [w.casefold().rstrip(".") for w in _WORD_RE.findall(tail)]
        ends_in_department = words and words[-1] in DEPARTMENT_WORDS | {"unit", "group"}
        if _ATTENTION_RE.match(tail) or _NAMED_DEPARTMENT_RE.match(tail) or (
                ends_in_department and any(w in DEPARTMENT_WORDS for w in words)
                or words and words[0] in {"attn", "attention"}):
            return head, tail
    return None


# A tail with no separator before it (a file that strips punctuation: "Acme Inc Attn Legal", "Acme Corp Accounts
# Payable") is cut only where it cannot be the name's own: at an attention word, at "Department of …", or at the first
# department word of a tail that ends in a word naming a part of a company, never one that ends a company's name
# ("Acme Shipping" is a company, "Acme Shipping Department" its department). Two words of the name stay before it.
_UNIT_END_WORDS = frozenset({"department", "dept", "division", "div", "payable", "receivable", "receivables", "desk",
                             "team", "mailroom"})
_UNSEPARATED_HEAD_WORDS = 2
_UNSEPARATED_TAIL_WORDS = 4


def _unseparated_tail(name: str) -> tuple[str, str] | None:
    words = list(_WORD_RE.finditer(name))
    folded = [w.group(0).casefold().rstrip(".") for w in words]
    for i in range(_UNSEPARATED_HEAD_WORDS, len(words)):
        rest = name[words[i].start():]
        if (folded[i] in {"attn", "attention"} or _NAMED_DEPARTMENT_RE.match(rest)
                or folded[i] in DEPARTMENT_WORDS and folded[-1] in _UNIT_END_WORDS
                and len(words) - i <= _UNSEPARATED_TAIL_WORDS):
            return name[: words[i].start()].strip(), rest.strip()
    return None


def _may_have_tail(name: str) -> bool:
    """Whether any tail ``department_tail`` may cut holds a department's word or starts an attention line: every
    tail lies after the first separator, and starts at a word of it (speed: most names with a separator and a
    department's word, "Acme Logistics Co., Ltd.", have none after it and stop here)."""
    first = _SEPARATOR_RE.search(name)
    if first is None:
        return False
    rest = name[first.end():]
    return (any(w.casefold().rstrip(".") in DEPARTMENT_WORDS for w in _WORD_RE.findall(rest))
            or _ATTENTION_RE.search(rest) is not None)
