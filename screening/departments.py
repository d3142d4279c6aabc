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


def department_tail(name: str) -> tuple[str, str] | None:
    """The name before a department or attention tail, and the tail (None when the name ends with none)."""
    if not name.isascii() or not _SEPARATOR_CHARS_RE.search(name) or not _may_have_tail(name):
        return None
    if not _ANY_DEPARTMENT_RE.search(name):
        return None
    for found in reversed(list(_SEPARATOR_RE.finditer(name))):  # the last tail: commas may be the name's own
        head, tail = name[: found.start()].strip(), name[found.end():].strip(" )")
        if sum(c.isalpha() for c in head) < _MIN_HEAD_LETTERS or not tail:
            continue
        words = [w.casefold().rstrip(".") for w in _WORD_RE.findall(tail)]
        if _ATTENTION_RE.match(tail) or (words and any(w in DEPARTMENT_WORDS for w in words)
                                        and words[-1] in DEPARTMENT_WORDS | {"unit", "group"}
                                        or words and words[0] in {"attn", "attention"}):
            return head, tail
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
