"""Other names a line gives the same party after its name: ``a.k.a.``, ``aka``, ``also known as``, ``f/k/a``,
``n/k/a``, ``d/b/a``, ``t/a`` (trading as), ``formerly`` …, run on (``Acme Holdings Inc. a.k.a. Acme``) or in
brackets (``Acme Holdings Inc (a.k.a. Acme)``).

Each side is a name of one party: each is screened, the best hit is kept, and its explanation says which side it
came from (the name before the word, or the name after it and what the word calls it).
"""

from __future__ import annotations

import re

# Longer words first, so that "formerly known as" is not read as "formerly"; the dotted and slashed forms and the
# bare letters are one word each.
_WORDS = (r"formerly known as|also known as|now known as|doing business as|trading as|formerly"
          r"|a\.k\.a|f\.k\.a|n\.k\.a|d\.b\.a|f/k/a|n/k/a|d/b/a|a/k/a|t/a|fka|nka|dba|aka")
OTHER_NAME_RE = re.compile(rf"\s*,?\s+\b({_WORDS})\b\.?\s+", re.IGNORECASE)
BRACKETED_OTHER_RE = re.compile(rf"\s*\(\s*({_WORDS})\b\.?\s+([^()]+?)\s*\)\s*$", re.IGNORECASE)

_ROLES = {"formerly": "formerly known as", "formerly known as": "formerly known as", "fka": "formerly known as",
          "now known as": "now known as", "nka": "now known as", "dba": "doing business as",
          "doing business as": "doing business as", "aka": "also known as", "also known as": "also known as",
          "ta": "trading as", "trading as": "trading as"}
ROLES = frozenset(_ROLES.values())


def role(word: str) -> str:
    """What a line's word before another name calls it (``a.k.a.`` → "also known as")."""
    key = word.casefold().replace(".", "").replace("/", "")
    return _ROLES[" ".join(key.split())]


def may_name_other(line: str) -> bool:
    """Whether a line of letters and a name's own signs may hold one of the words (a cheap test before the regex)."""
    # "aka", the dotted forms, and the "as" of "known as", "trading as", "doing business as": each test is a
    # substring's, as every plain name is asked.
    folded = line.casefold()
    return "aka" in folded or ".k.a" in folded or "d.b.a" in folded or " as " in folded


def told_first(word: str) -> str:
    """How a hit on the name before the word tells where in the line it was (``LineParts.told``)."""
    return f"the name before {word.strip()!r} in"
