"""Words a counterparty file shortens ("Hvy Inds", "Msl Systems", "Gen. Atomics", "Expl Agency"): another spelling
of a listed name's words, which the fixed table in ``normalize.ABBREVIATIONS`` cannot list in full.

A short query word (3–5 letters) that is no word of any listed name and no known abbreviation is read as a
shortening of a longer listed word that starts with the same letter and holds its letters in order ("hvy" → heavy,
"msls" → missiles, "expl" → exploration). Which word it shortens is decided by the names it could belong to: only the
words of a listed name that shares another word with the query are tried, and the query is rewritten with that
name's word (``WordAbbreviations.rewrites``). The rewritten name then goes through the ordinary matcher, so it must
still match its listed name in full; ``Matcher`` caps such a match below an exact one and says which words it read.

Cheap for the rows that have no such word: the per-word answer is cached, and a name none of whose words could be a
shortening is answered by one dictionary lookup per word.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from policywatch.screening.normalize import ABBREVIATIONS, LEGAL_FORMS_LATIN, STOPWORDS, _latin_word, token_weight

MIN_SHORT, MAX_SHORT = 3, 5
# A longer word is read as the cut-off start of a listed word ("Aerotech" for Aerotechnologies), or as a
# contraction that ends as the word does; letters left out from inside a long word are otherwise too weak a sign.
MAX_PREFIX = 12
MIN_EXTRA = 2  # a shortening leaves out two letters or more: one letter less is a typo, which the matcher handles
MIN_CONTRACTED = 3  # letters a contraction of a longer word leaves out from inside it
MAX_REWRITES = 6
# Three letters may shorten a common word of company names ("Def", "Msl"), not a distinctive one: "Dra" is no
# evidence of "Dragon". A distinctive word needs four letters or more ("Expl" for Exploration).
MIN_SHORT_DISTINCTIVE = 4
_WORD_RE = re.compile(r"[A-Za-z]+")
_SHORT_RE = re.compile(rf"\b[A-Za-z]{{{MIN_SHORT},{MAX_PREFIX}}}\b")
_LINK_OR_LEGAL = frozenset({*STOPWORDS, *(w for form in LEGAL_FORMS_LATIN for w in form)})


def letters_in_order(letters: str, word: str) -> bool:
    """Whether ``letters`` stand in ``word`` in that order, after its first letter."""
    at = 1
    for char in letters:
        at = word.find(char, at) + 1
        if not at:
            return False
    return True


def shortens(short: str, word: str) -> bool:
    """Whether ``short`` can be a shortening of ``word``: the same first letter, then its letters in order."""
    if short[0] != word[0] or len(word) < len(short) + MIN_EXTRA:
        return False
    return letters_in_order(short[1:], word)


class WordAbbreviations:
    """The listed names' words, for reading a query's short words as shortenings of them."""

    def __init__(self, names: Iterable[str], *, distinctive: float) -> None:
        self._distinctive = distinctive  # the token weight from which a word is distinctive (matcher.DISTINCTIVE)
        self._name_words: list[tuple[str, ...]] = []
        self._name_keys: list[frozenset[str]] = []  # its words as normalize makes them ("info" is information)
        self._names_of: dict[str, list[int]] = {}
        by_first: dict[str, set[str]] = {}
        for name in names:
            words = tuple(dict.fromkeys(w.casefold() for w in _WORD_RE.findall(name)))
            idx = len(self._name_words)
            self._name_words.append(words)
            self._name_keys.append(frozenset(_latin_word(w) for w in words))
            for word in words:
                self._names_of.setdefault(word, []).append(idx)
                if len(word) >= MIN_SHORT + MIN_EXTRA and word not in _LINK_OR_LEGAL:
                    by_first.setdefault(word[0], set()).add(word)
        self._by_first = {first: tuple(sorted(words)) for first, words in by_first.items()}
        self._longer = lru_cache(maxsize=65_536)(self._compute_longer)

    def _compute_longer(self, word: str) -> tuple[str, ...]:
        short = word.casefold()
        if short in self._names_of or short in _LINK_OR_LEGAL:
            return ()
        candidates = self._by_first.get(short[0], ())
        if len(short) > MAX_SHORT:
            # A longer word is the cut-off start of a listed word, or a contraction of it that keeps its first and
            # last letters and leaves three or more out from inside ("Engrng" for Engineering).
            return tuple(w for w in candidates if w.startswith(short) and len(w) >= len(short) + MIN_EXTRA
                         or w[-1] == short[-1] and len(w) >= len(short) + MIN_CONTRACTED and shortens(short, w))
        # A known abbreviation ("Tech") is written out by normalize already; it may still shorten another listed
        # word ("Technical"), which only this reading finds.
        known = ABBREVIATIONS.get(short)
        return tuple(w for w in candidates
                     if shortens(short, w) and (known is None or _latin_word(w) != known)
                     and (len(short) >= MIN_SHORT_DISTINCTIVE or token_weight(_latin_word(w)) < self._distinctive))

    def longer(self, word: str) -> tuple[str, ...]:
        """The listed words a query word may shorten (empty for most words: one cached lookup)."""
        if not MIN_SHORT <= len(word) <= MAX_PREFIX:
            return ()
        return self._longer(word)

    def may_shorten(self, name: str) -> bool:
        """Whether a word of the name may be a shortening: the cheap check most names end with (a cached lookup
        per short word, in C)."""
        return any(map(self._longer, _SHORT_RE.findall(name)))

    def rewrites(self, name: str) -> list[tuple[str, list[tuple[str, str]]]]:
        """The query written out for each listed name it may shorten: (rewritten name, [(short, word) …])."""
        spans = [(m.start(), m.end(), m.group(0)) for m in _WORD_RE.finditer(name)]
        shorts = {i: self.longer(w) for i, (_, _, w) in enumerate(spans)}
        shorts = {i: found for i, found in shorts.items() if found}
        if not shorts:
            return []
        others = {w.casefold() for i, (_, _, w) in enumerate(spans) if i not in shorts}
        others -= _LINK_OR_LEGAL
        # The query's other words as normalize makes them: "Info Tech" shares information, technology with a name.
        other_keys = {_latin_word(w) for w in others}
        names = {idx for found in shorts.values() for word in found for idx in self._names_of[word]}
        out: dict[str, list[tuple[str, str]]] = {}
        for idx in sorted(names):
            words = self._name_words[idx]
            if other_keys.isdisjoint(self._name_keys[idx]):
                continue  # the name shares no other word with the query: nothing says the short word is its word
            # A listed word is written out once: when two query words may shorten it ("MHI … MACHY" for
            # machinery), the one with more of its letters does, the other stays as printed (initials, maybe).
            taken: dict[str, int] = {}
            for i in shorts:
                full = next((w for w in shorts[i] if w in words and w not in others), None)
                if full is not None and (full not in taken or len(spans[i][2]) > len(spans[taken[full]][2])):
                    taken[full] = i
            chosen = {i: full for full, i in taken.items()}
            text, read, last = [], [], 0
            for i, (start, end, word) in enumerate(spans):
                full = chosen.get(i)
                if full is None:
                    continue
                text.append(name[last:start] + full)
                read.append((word, full))
                # "Gen." → "General": the dot of the shortening goes with it.
                last = end + 1 if name[end : end + 1] == "." else end
            if read:
                out.setdefault("".join(text) + name[last:], read)
            if len(out) >= MAX_REWRITES:
                break
        return list(out.items())
