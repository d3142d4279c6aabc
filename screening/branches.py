"""A branch's words after a company's name: ``Acme Corp., Sucursal en España``, ``Acme GmbH Zweigniederlassung
Deutschland``, ``Acme SA, succursale de France``, ``Acme S.p.A. filiale italiana``, ``Acme Ltd Branch Office``,
``Acme Pte Ltd (Singapore Branch)``.

A branch is no company of its own: it is the company where the branch is, so its words are no part of the name.
The name is screened without them, and the match says they were left out.
"""

from __future__ import annotations

import re

from policywatch.screening.normalize import LEGAL_FORMS_LATIN
from policywatch.screening.places import strip_place

# The words that say "branch" in the registers of Spain and Latin America, Germany, Austria and Switzerland, France
# and Belgium, Italy, the Netherlands and in English.
_BRANCH_RE = re.compile(r"\b(?:sucursal|zweigniederlassung|niederlassung|succursale|filiale|sede\s+secondaria"
                        r"|bijkantoor|branch(?:\s+office)?)\b", re.IGNORECASE)
# The English word alone may end a name of its own ("Olive Branch"); the others say a branch wherever they are.
_ENGLISH = "branch"
# After the word: where the branch is, in a few words ("en España", "Deutschland", "de France", "italiana").
_AFTER_RE = re.compile(r"(?:\s+[^\W\d_][^\s\d()]*){0,4}\s*\)?\s*")
_SEPARATOR = ",(–—-"
_LEGAL_WORDS = frozenset(w for form in LEGAL_FORMS_LATIN for w in form)
_MAX_PLACE_WORDS = 3


def _legal_word(word: str) -> bool:
    return word.strip(".,").casefold().replace(".", "") in _LEGAL_WORDS


# In Chinese: a representative office (代表处) or a liaison office (办事处) after a company's name is never a company
# of its own; nor is a branch (分公司, 分支机构) of a foreign company registered under its country's prefix
# (美商…台灣分公司: Taiwan's register writes a foreign firm's branch so). Without the prefix, 分公司 also names a
# subsidiary a group calls its branch, which is its own company.
_ZH_OFFICES = "代表处|代表處|办事处|辦事處|联络处|聯絡處"
_ZH_BRANCHES = "分公司|分支机构|分支機構"
_ZH_FOREIGN = "(?:美|日|英|德|法|韓|韩|荷|瑞|加|澳|新加坡)商"
_ZH_FORM_END = "(?:股份有限公司|有限公司|公司|集团|集團)"
_ZH_BRANCH_RE = re.compile(rf"({_ZH_FOREIGN})?(\S+?{_ZH_FORM_END})\s*(\S{{0,6}}?)({_ZH_OFFICES}|{_ZH_BRANCHES})")
_ZH_HINT = ("处", "處", "分公司", "分支")


def _without_zh_branch(line: str) -> tuple[str, tuple[str, ...]] | None:
    found = _ZH_BRANCH_RE.fullmatch(line.strip())
    if found is None or found.group(4) in _ZH_BRANCHES.split("|") and found.group(1) is None:
        return None
    left_out = (found.group(1) or "", f"{found.group(3)}{found.group(4)} (a branch)")
    return found.group(2), tuple(part for part in left_out if part)


def without_branch(line: str) -> tuple[str, tuple[str, ...]] | None:
    """(the name without a branch's words after it, those words) for a line ending in them; None otherwise."""
    if not line.isascii() and any(hint in line for hint in _ZH_HINT):
        return _without_zh_branch(line)
    folded = line.casefold()
    # Substrings first: every line is asked, few hold a branch's word.
    if not ("branch" in folded or "sucursal" in folded or "succursale" in folded or "niederlassung" in folded
            or "filial" in folded or "secondaria" in folded or "bijkantoor" in folded):
        return None
    found = _BRANCH_RE.search(line)
    if found is None or found.start() == 0 or _AFTER_RE.fullmatch(line, found.end()) is None:
        return None
    after = line[found.end():].strip(" )")
    if any(_legal_word(w) for w in after.split()):
        return None  # "Acme Branch Holdings LLC": the word is the name's
    before = line[: found.start()].rstrip()
    english = found.group(0).casefold().startswith(_ENGLISH)
    opened = before.rfind("(")
    if opened > before.rfind(")"):
        # "Acme Pte Ltd (Singapore Branch)": the bracket holds the branch's words and where it is.
        name, where = before[:opened], before[opened + 1:]
    elif before.endswith(tuple(_SEPARATOR)):
        name, where = before.rstrip(_SEPARATOR + " "), ""
    elif not english or _legal_word(before.split()[-1]):
        name, where = before, ""
    else:
        # "Acme Corp Singapore Branch": a place between the legal form and the word.
        name, where = strip_place(before, most=1)
        if not where or not name or not _legal_word(name.split()[-1]):
            return None
    name = name.strip(_SEPARATOR + " ")
    if not any(c.isalpha() for c in name) or len(where.split()) > _MAX_PLACE_WORDS:
        return None
    branch = " ".join(f"{where} {line[found.start():].strip(' )')}".split())
    return name, (f"{branch} (a branch)",)
