"""Acronyms: the initials a company uses for itself ("GDIT" for General Dynamics Information Technology).

``AcronymIndex`` holds, for every Latin listed name, the initials of its words in a few readings:

- ``all words``: every word, linking words included ("Lockheed Martin Missiles and Fire Control" → LMMAFC);
- ``without linking words`` (of, and, & …) → LMMFC; with a one-word legal form (Inc., Corporation) → GAASI;
- ``repeated initials once`` ("Boeing Defense, Space & Security" → BDSS → BDS);
- ``distinctive words`` only, the generic ones ("Technology", "Systems", "Info") left out (IP Video Market Info → IPVM);
- ``ex read as X``: a word that starts with the sound "ex" gives the letter X (Japan Aerospace eXploration Agency →
  JAXA), the one letter a company commonly takes from inside a word;
- ``without its country``: a trailing "of Japan" or a leading "National" left out (NDA, CSIST);
- ``letters inside a word``: a lower-case word ending in a generic word gives both initials (Aerotechnologies → AT).

A second index holds each split of a name into an acronym part (two words or more) and the rest in words, for
queries such as "GD Land Systems" or "General Dynamics IT" (``part_lookup``).

A word written in capitals (IHI) gives itself; a word with capitals inside it gives them ("AeroVironment" → AV), and
a code with digits its capitals and digits ("L3Harris" → L3H).

Only query names made of nothing but acronym-looking tokens are looked up: written in capitals, 2–8 letters
(single capitals together, "G.D.I.T.", count as one), once legal forms are dropped. A token that is a word of a
listed name ("IHI", "VSE") among others is a name, not initials: the ordinary matcher handles it; alone it is
looked up too ("JMU"). An acronym alone never proves
who a company is, so every hit is scored into the review band below the threshold: never a match on its own.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from policywatch.screening.abbreviated import letters_in_order
from policywatch.screening.normalize import GENERIC_WORDS, LEGAL_FORMS_LATIN, STOPWORDS, _latin_word, is_linking
from policywatch.screening.places import strip_place
from policywatch.screening.sites import site_after_initials, strip_site

LINKING_WORDS: frozenset[str] = frozenset({*STOPWORDS, "on", "de", "du", "des", "et", "und", "von"})


def _without_linking(words: list[str]) -> list[str]:
    """The words that are not linking words (``normalize.is_linking``: "for a" links as "for" does)."""
    folded = [w.casefold() for w in words]
    return [w for i, w in enumerate(words) if not is_linking(folded, i, LINKING_WORDS)]
# Legal forms whose initial a company keeps in its acronym (General Atomics Aeronautical Systems Inc. = GA-ASI; Ltd as
# Limited, since a Japanese "Co., Ltd." keeps it: MHI Aero Engines, Ltd. = MHIAEL).
_INITIALLED_LEGAL = frozenset({"inc", "incorporated", "corp", "corporation", "company", "co", "limited", "ltd"})
_CO_LEGAL = frozenset({"corporation", "corp", "company"})
_LEGAL_TAILS: tuple[tuple[str, ...], ...] = LEGAL_FORMS_LATIN
# The forms by their last word, in their order: a name is tried only against forms its last word can end.
_LEGAL_BY_LAST: dict[str, list[tuple[str, ...]]] = {}
for _form in _LEGAL_TAILS:
    _LEGAL_BY_LAST.setdefault(_form[-1], []).append(_form)
_LEGAL_WORDS = frozenset({w for form in LEGAL_FORMS_LATIN for w in form} | {"the"})
MIN_LEN, MAX_LEN = 2, 8
# A key several entities share says nothing about which one it is.
MAX_ENTITIES_PER_KEY = 2
# Review band: a fraction of the threshold, above a related-entity hit (0.8) and below any match.
RANK_FACTORS = (0.93, 0.91, 0.89)
SHORT_FACTOR = 0.97  # two letters are weaker evidence than three
_WORD_RE = re.compile(r"[A-Za-z0-9]+")
_EX_RE = re.compile(r"[Ee]x[b-df-hj-np-tv-z]")
_CJK_RE = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
# A word in capitals (or with a digit, L3H) and a word after it: the shape of an acronym with a place after it.
_SITE_SHAPE_RE = re.compile(r"\W*([A-Z][A-Z0-9&-]*[A-Z0-9])\b.*\s\w")
# Or an acronym in two words ("NEC NSS": the parent's initials, then the unit's) before the place.
_SITE_SHAPE2_RE = re.compile(r"\W*([A-Z][A-Z0-9&-]*[A-Z0-9])\s+([A-Z][A-Z0-9&-]*[A-Z0-9])\s+\w")
# An acronym for the first or last words of a listed name with the other words written out ("GD Land Systems",
# "General Dynamics IT"): the part in words must be the rest of that name word for word.
PART_READING = "initials of part of the name, the rest in words"
PART_FACTOR = 0.91
PART_MAX = 5  # letters of the acronym part: a longer capitalised word is a name of its own
# Words that say where a company is, not which: a company's acronym often leaves them out (National Defense Academy
# of Japan = NDA, National Chung-Shan Institute … = CSIST), a trailing "of <country>" or a leading one.
COUNTRY_WORDS = frozenset({"japan", "america", "usa", "us", "taiwan", "china", "korea", "national", "american",
                           "japanese", "international", "europe", "asia"})
# Generic words written inside one word ("Aerotechnologies", "Techsystems"): each part gives its initial.
_COMPOUND_TAILS = ("technologies", "technology", "systems", "system", "dynamics", "solutions", "sciences",
                   "space", "defense", "defence", "works", "tech")
_MIN_COMPOUND_HEAD = 3
# A word in capitals after the first words of a listed name ("Teledyne FLIR"): the unit's own initials or brand under
# its group's name, which a customer file writes alone ("FLIR", "FLIR Portland").
OWN_WORD_READING = "its own word in capitals after its group's name"
NAME_READING = "the name itself, one word in capitals"
# The initials of the unit's own words after its group's or partners' names (``AcronymIndex.add_unit``).
UNIT_READING = "initials of its own words after its group's name"
UNIT_MIN_WORDS = 3
OWN_WORDS_MAX = 2  # distinctive words of the name written after its initials ("XYZ Xeno")
UNIT_MIN_LETTERS = 3
_OWN_WORD_MIN = 3  # two capitals ("AI" of Shield AI) are a word of a trade more often than a brand
FIRST_LETTERS_READING = "the first letter of each word, a word in capitals too"
_RANK = {FIRST_LETTERS_READING: 2,
         "without its country": 1, "letters inside a word": 1, OWN_WORD_READING: 1, UNIT_READING: 2, NAME_READING: 0,
         "all words": 0, "without linking words": 0, "with its legal form": 1, "repeated initials once": 1,
         "ex read as X": 1, "distinctive words only": 2, "first syllables": 2}
# A ticker or short name of a company's letters in order: the initials of its distinctive words, the last written with
# more of its letters (Red Six → RSIX, Blue Force → BFRC), of two distinctive words or three. Read only for a
# query that no other reading found, three to five letters.
TICKER_READING = "a ticker: the initials of its distinctive words, the last with more of its letters in order"
TICKER_LEN = (3, 5)
TICKER_MAX_WORDS = 3
# A short name made of the first letters of a name's words, all of them or the first two (Maritime Tactical Systems =
# MARTAC).
SYLLABLE_LETTERS = 3


@dataclass(frozen=True, slots=True)
class AcronymHit:
    """One listed name whose initials are the query's acronym."""

    entity: int
    name: str
    key: str
    reading: str
    factor: float  # the score as a fraction of the threshold

    def explanation(self, query: str) -> str:
        return (f"acronym: {query!r} is the initials of {self.name!r} ({self.key}, {self.reading}); an acronym "
                f"alone is a review hit, never a match")


def _word_initials(word: str, *, ex_as_x: bool = False) -> str:
    if any(c.isdigit() for c in word) and any(c.islower() for c in word):
        return "".join(c for c in word if c.isupper() or c.isdigit())  # L3Harris → L3H
    if len(word) >= 2 and (word.isupper() or any(c.isdigit() for c in word)):
        return word.upper()  # a word that is itself initials or a code (IHI, L3) is kept whole
    if ex_as_x and _EX_RE.match(word):
        return "X"  # a word read "ex…" gives the letter it sounds like (Japan Aerospace eXploration Agency: JAXA)
    capitals = [c for c in word if c.isupper()]
    if word[:1].isupper() and len(capitals) >= 2:
        return "".join(capitals)  # AeroVironment → AV, HavocAI → HAI
    return word[:1].upper()


def _strip_legal(words: list[str]) -> tuple[list[str], list[str]]:
    """The words without trailing legal forms and a leading "The", and the legal forms dropped."""
    folded = [w.casefold() for w in words]
    legal: list[str] = []
    changed = True
    while changed and folded:
        changed = False
        for form in _LEGAL_BY_LAST.get(folded[-1], ()):
            n = len(form)
            if len(folded) > n and tuple(folded[-n:]) == form:
                legal[:0] = words[-n:]
                del words[-n:], folded[-n:]
                changed = True
                break
    if len(words) > 1 and folded[0] == "the":
        words = words[1:]
    return words, legal


def _core_words(words: list[str]) -> list[tuple[str, bool]]:
    """The words without linking words, each with whether it is the second of a pair joined by "and" under the same
    initial as the word before it ("Space & Security": written with one S)."""
    out: list[tuple[str, bool]] = []
    again = False
    folded_words = [w.casefold() for w in words]
    for i, word in enumerate(words):
        folded = folded_words[i]
        if is_linking(folded_words, i, LINKING_WORDS):
            nxt = words[i + 1] if i + 1 < len(words) else ""
            again = (folded == "and" and bool(out) and bool(nxt)
                     and _word_initials(out[-1][0]) == _word_initials(nxt))
            continue
        out.append((word, again))
        again = False
    return out


def _letters(text: str) -> str:
    """An acronym as a key: its letters and digits, the dots, hyphens and ampersands that join them left out (GA-ASI,
    DS&S, L.M.)."""
    return "".join(_WORD_RE.findall(text))


def _pairs_once(words: list[str]) -> list[str]:
    """The words without linking words, a pair joined by "and" with one initial counted once ("Space & Security")."""
    return [word for word, again in _core_words(words) if not again]


def readings(name: str) -> dict[str, str]:
    """Acronym key → the reading it comes from, for one printed listed name (best reading per key)."""
    return dict(_readings(name))


@lru_cache(maxsize=65_536)
def _readings(name: str) -> tuple[tuple[str, str], ...]:
    # Cached: every Matcher built on the same list reads the same names.
    return tuple(_compute_readings(name).items())


def _compute_readings(name: str) -> dict[str, str]:
    if _CJK_RE.search(name):
        return {}
    words, legal = _strip_legal(_WORD_RE.findall(name.replace("&", " and ")))
    if len(words) == 1 and words[0].isupper() and words[0].isalpha() and _OWN_WORD_MIN <= len(words[0]) <= MAX_LEN:
        # A name that is one word in capitals ("XYZT Corporation") is its own acronym: a file writes it with the
        # site after it ("XYZT Denver"), which the place reading then finds.
        return {words[0]: NAME_READING}
    if len(words) < 2 and not (words and sum(c.isupper() for c in words[0]) >= 2 and not words[0].isupper()):
        return {}  # one plain word: its initial is one letter
    core = _without_linking(words)
    distinctive = [w for w in core if _latin_word(w.casefold()) not in GENERIC_WORDS]
    keys: dict[str, str] = {}

    def add(parts: list[str], reading: str, *, ex_as_x: bool = False) -> None:
        key = "".join(_word_initials(w, ex_as_x=ex_as_x) for w in parts)
        if (MIN_LEN <= len(key) <= MAX_LEN and sum(c.isalpha() for c in key) >= 2
                and key.casefold() not in {w.casefold() for w in words}):
            current = keys.get(key)
            if current is None or _RANK[reading] < _RANK[current]:
                keys[key] = reading

    add(words, "all words")
    add(core, "without linking words")
    if legal and legal[0].casefold() in _INITIALLED_LEGAL:
        # The first legal form only: "Marvin Engineering Company, Inc." is MEC, the Inc. never in it.
        add([*core, legal[0]], "with its legal form")
        if legal[0].casefold() in _CO_LEGAL:  # Lockheed Martin Corporation = LMCO: the form's first two letters
            add([*core, "CO"], "with its legal form")
    paired = _pairs_once(words)
    if paired != core:
        add(paired, "repeated initials once")
    if distinctive and distinctive != core:
        add(distinctive, "distinctive words only")
    if any(len(w) >= _OWN_WORD_MIN and w.isupper() and w.isalpha() for w in core):
        # A word in capitals, a brand or the group's initials ("IHI", "KAWAJU"), gives its first letter only, as
        # the others do, when the unit is named by each word's initial ("IHI Jet Service" → IJS).
        add([w[0] for w in core], FIRST_LETTERS_READING)
    if any(_EX_RE.match(w) for w in core):
        add(core, "ex read as X", ex_as_x=True)
    if len(words) >= 4 and words[-2].casefold() == "of" and words[-1].casefold() in COUNTRY_WORDS:
        add(_without_linking(words[:-2]), "without its country")
    if len(core) >= 3 and core[0].casefold() in COUNTRY_WORDS:
        add(core[1:], "without its country")
    for word in core[1:]:
        folded = word.casefold()
        if (word.isupper() and word.isalpha() and _OWN_WORD_MIN <= len(word) <= MAX_LEN
                and _latin_word(folded) not in GENERIC_WORDS and folded not in COUNTRY_WORDS):
            keys.setdefault(word, OWN_WORD_READING)
    split = [part for w in core for part in _compound_parts(w)]
    if len(split) != len(core):
        add(split, "letters inside a word")
    syllables = [w for w in core if len(w) > SYLLABLE_LETTERS]
    if len(syllables) == len(core) and 2 <= len(core) <= 3:
        for part in {tuple(syllables), tuple(syllables[:2])}:
            key = "".join(w[:SYLLABLE_LETTERS].upper() for w in part)
            if len(key) <= MAX_LEN and key.isalpha() and key not in keys:
                keys[key] = "first syllables"
    return keys


def _compound_parts(word: str) -> list[str]:
    """A lower-case word ending in a generic word, as its two parts ("Aerotechnologies" → Aero, technologies)."""
    folded = word.casefold()
    if word[1:].islower():
        for tail in _COMPOUND_TAILS:
            if folded.endswith(tail) and len(folded) - len(tail) >= _MIN_COMPOUND_HEAD:
                return [word[: -len(tail)], tail.capitalize()]
    return [word]


def _rest_key(text: str) -> str:
    """The words of a name's part as one key, plurals and abbreviations folded as ``normalize`` does."""
    return "".join(_latin_word(w) for w in _WORD_RE.findall(text.casefold()))


def _join_letters(words: list[str]) -> list[str]:
    """Single capitals at the start or the end written as one word ("G.D. Land Systems" → GD Land Systems)."""
    out: list[str] = []
    for word in words:
        if len(word) == 1 and word.isupper() and out and len(out[-1]) >= 1 and out[-1].isupper() and (
                len(out) == 1 or all(len(c) == 1 for c in out)):
            out[-1] += word
        else:
            out.append(word)
    if len(out) >= 2 and len(out[-1]) == 1 and out[-1].isupper():
        while len(out) >= 2 and len(out[-2]) == 1 and out[-2].isupper():
            out[-2:] = [out[-2] + out[-1]]
    return out


@lru_cache(maxsize=65_536)
def part_readings(name: str) -> tuple[tuple[str, bool, str], ...]:
    """(acronym, acronym comes first, the other words as printed) for each split of a listed name in two parts
    where the acronym part has two words or more: "General Dynamics Land Systems" → ("GD", True, "Land Systems"),
    ("GDLS" is ``readings``), ("LS", False, "General Dynamics")."""
    if _CJK_RE.search(name):
        return ()
    words, _ = _strip_legal(_WORD_RE.findall(name.replace("&", " and ")))
    core = _without_linking(words)
    out: list[tuple[str, bool, str]] = []
    for k in range(1, len(core)):
        head, tail = core[:k], core[k:]
        for part, rest, first in ((head, tail, True), (tail, head, False)):
            key = "".join(_word_initials(w) for w in part)
            # One word gives an acronym part only when it is a compound with initials of its own (L3Harris → L3H).
            if len(part) < 2 and (key == part[0].upper() or not any(c.islower() for c in part[0])):
                continue
            if MIN_LEN <= len(key) <= PART_MAX and key.isalnum() and sum(c.isalpha() for c in key) >= 2:
                out.append((key, first, " ".join(rest)))
                if first:
                    out.extend((key, first, " ".join(short)) for short in _without_generic_tail(rest))
    return tuple(out)


def _without_generic_tail(rest: list[str]) -> list[list[str]]:
    """The words after an acronym part without the generic words that end them, when a word is left: a customer
    file writes "XYZ Aerospace" for the listed "X Y Z Aerospace Systems" ([] when none end them)."""
    end = len(rest)
    while end > 1 and _latin_word(rest[end - 1].casefold()) in GENERIC_WORDS:
        end -= 1
    return [rest[:end]] if end < len(rest) else []


ALIAS_READING = "a given alias"
_ACRONYM_ALIAS_RE = re.compile(r"[A-Z][A-Z0-9.&-]{1,7}")


def is_acronym_alias(alias: str) -> bool:
    """An alias written as one word in capitals, 2–8 characters: a ticker or initials, not a name."""
    return _ACRONYM_ALIAS_RE.fullmatch(alias.strip()) is not None and sum(c.isalpha() for c in alias) >= 2


MIXED_READING = "initials of some of the name's words, the others in words"
_MIXED_TOKEN_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9&]*")
_MIXED_CACHE_LIMIT = 100_000
_PREFIX_MIN = 4  # a word cut short ("Aero" for Aeronautics) keeps this many letters


def _is_initials(token: str) -> bool:
    """A token written in capitals, two letters or more (digits and & may be in it: L3H, DS&S)."""
    return token.isupper() and sum(c.isalpha() for c in token) >= 2


@dataclass(frozen=True, slots=True)
class MixedForm:
    """A listed name's words (linking words and legal forms aside) as ``mixed_lookup`` aligns a query on them."""

    words: tuple[str, ...]  # casefolded, plurals and abbreviations folded (normalize._latin_word)
    initials: tuple[str, ...]  # each word's initials (_word_initials); a first legal form's initial after them
    # A word whose initial an acronym may leave out: the second of a pair joined by "and" with one initial
    # ("Space & Security": BDS for Boeing Defense, Space & Security).
    optional: tuple[bool, ...]

    def runs(self, token: str) -> list[tuple[int, int]]:
        """The (start, end) runs of words a query token can stand for: one word it is (or begins, four letters or
        more), or the words whose initials it is."""
        out: list[tuple[int, int]] = []
        folded = token.casefold()
        word = _latin_word(folded)
        n = len(self.words)
        for i, listed in enumerate(self.words):
            if word == listed or len(folded) >= _PREFIX_MIN and listed.startswith(folded):
                out.append((i, i + 1))
        if _is_initials(token):
            letters = token.replace("&", "")
            for start in range(len(self.initials)):
                out.extend((start, end) for end in self._initials_end(letters, 0, start, start)
                           if end - start >= 2 or end == start + 1 and end > n)
        return out

    def _initials_end(self, letters: str, at: int, k: int, start: int) -> list[int]:
        out: list[int] = []
        if at == len(letters):
            out.append(k)
            while k < len(self.initials) and self.optional[k]:  # a left-out initial ends the run too
                k += 1
                out.append(k)
            return out
        if k >= len(self.initials):
            return []
        initial = self.initials[k]
        if letters.startswith(initial, at):
            out.extend(self._initials_end(letters, at + len(initial), k + 1, start))
        if k > start and self.optional[k]:
            out.extend(self._initials_end(letters, at, k + 1, start))
        return out

    def covered_by(self, tokens: list[str]) -> bool:
        """Whether the tokens, in order, stand for runs that cover every word of the name (each run starting where
        the one before started or later, and no later than it ended; initials may repeat a word before them,
        "Xeno XYW", a word may not repeat initials before it), with one set of initials of two words or more, and the
        words written out not the whole name (that is a name, for the ordinary matcher)."""
        n = len(self.words)
        head, folded = tokens[0], tokens[0].casefold()
        if not (head.startswith(self.initials[0]) and _is_initials(head) or self.words[0].startswith(folded)
                or self.words[0] == _latin_word(folded)):
            return False  # most listed names: the first token stands for none of their first words
        first = [run for run in self.runs(head) if run[0] == 0]
        if not first:
            return False
        options = [first]
        for token in tokens[1:]:
            runs = self.runs(token)
            if not runs:
                return False
            options.append(runs)

        def walk(k: int, start: int, end: int, initials: bool, spelled: frozenset[int]) -> bool:
            if k == len(options):
                return end >= n and initials and len(spelled) < n
            for s, e in options[k]:
                if k == 0 and s != 0 or k > 0 and not (start <= s <= end and e >= end and (s, e) != (start, end)):
                    continue
                is_initials = e - s >= 2 and _is_initials(tokens[k])
                if not is_initials and s < end:
                    continue  # a word after initials that hold it: "XYZ Zone" is XYZ's own name (MTS Systems)
                if walk(k + 1, s, e, initials or is_initials,
                         spelled if is_initials else spelled | set(range(s, min(e, n)))):
                    return True
            return False

        return walk(0, 0, 0, False, frozenset())


def mixed_form(name: str) -> MixedForm | None:
    """The ``MixedForm`` of a Latin listed name of two words or more, else None."""
    if _CJK_RE.search(name):
        return None
    words, legal = _strip_legal(_WORD_RE.findall(name.replace("&", " and ")))
    if len(words) < 2:
        return None
    pairs = _core_words(words)
    core = [word for word, _ in pairs]
    optional = [again for _, again in pairs]
    if len(core) < 2:
        return None
    initials = [_word_initials(w) for w in core]
    if legal and legal[0].casefold() in _INITIALLED_LEGAL:
        initials.append(_word_initials(legal[0].capitalize()))
        optional.append(False)
    return MixedForm(tuple(_latin_word(w.casefold()) for w in core), tuple(initials), tuple(optional))


def _ticker_words(name: str) -> tuple[str, ...]:
    """A Latin name's distinctive words in capitals, legal forms, linking and generic words aside (() for a name
    with none, more than ``TICKER_MAX_WORDS``, or a word with a digit)."""
    if _CJK_RE.search(name):
        return ()
    words, _ = _strip_legal(_WORD_RE.findall(name.replace("&", " and ")))
    distinctive = tuple(w.upper() for w in _without_linking(words) if _latin_word(w.casefold()) not in GENERIC_WORDS)
    if not distinctive or len(distinctive) > TICKER_MAX_WORDS or not all(w.isalpha() for w in distinctive):
        return ()
    return distinctive


def _is_ticker(key: str, words: tuple[str, ...]) -> bool:
    """Whether the key is the initials of the words but the last, then the last word's first letter and one or more
    of its other letters in order ("R" + "CAT")."""
    initials = "".join(w[0] for w in words[:-1])
    last, rest = words[-1], key[len(initials):]
    if len(words) < 2 or not key.startswith(initials) or len(rest) < 2:
        return False  # one word's letters in order are too many strings to say whose they are (SRNC, Saronic)
    return rest[0] == last[0] and letters_in_order(rest[1:], last)


# Initials, maybe with where the unit is, then the name they stand for after a dash ("XYZ - Xeno Yarrow Zone", "XYZ
# Denver - Xeno Yarrow Zone"): a customer file gives both, and the name in words is the evidence.
_INITIALS_DASH_RE = re.compile(r"\s*([A-Z][A-Z0-9&.]{1,7})((?:\s+[A-Z][\w.]*){0,3}?)\s*[-–—:]\s+(\S.*)")


# Initials, then, with no dash, the words they are the initials of ("DTC DEPOSITORY TRUST CO").
_INITIALS_SPELLED_RE = re.compile(r"\s*([A-Z][A-Z0-9&.]{1,7})\s+([A-Za-z][\w.,&' -]*)")


def initials_then_name(name: str) -> tuple[str, str] | None:
    """(the name after the dash, the initials and place before it) when the initials before a dash are one of the
    name's acronyms (``readings``) and what else is before it is a place; None for any other name. "CPA - Coalition
    Provisional Authority" is read so too: the name in words then decides, as any name does. Without a dash, the
    initials must be those of the very words after them (``spelled_after``)."""
    found = _INITIALS_DASH_RE.fullmatch(name) if name.isascii() else None
    if found is None:
        return spelled_after(name)
    head, where, rest = found.group(1), found.group(2).strip(), found.group(3).strip()
    if where:
        before, place = strip_place(f"{head} {where}", most=1)
        if before != head or not place:
            return None
    if _letters(head) not in readings(rest):
        return None
    return rest, f"its initials {head}" + (f" and {where}" if where else "")


def spelled_after(name: str) -> tuple[str, str] | None:
    """(the words, "its initials X") when a name opens with the initials of the words that follow it: a customer
    file writes a body's short form before its name ("DTC DEPOSITORY TRUST CO"), and those initials are that
    body's, not a listed name's with the same letters."""
    found = _INITIALS_SPELLED_RE.fullmatch(name) if name.isascii() else None
    if found is None:
        return None
    head, rest = found.group(1), found.group(2).strip()
    letters, words = _letters(head).upper(), _WORD_RE.findall(rest)
    if len(words) < 2 or not letters.isalpha() or words[0][0].upper() != letters[0]:
        return None  # most names: the second word does not start with the first initial
    every = "".join(w[0] for w in words).upper()
    kept = "".join(w[0] for w in _without_linking(words)).upper()
    if letters not in (every, kept) and letters not in readings(rest):
        return None
    if strip_place(name)[0] == head:
        return None  # "AV Arlington VA": a known town and its state, whatever their initials
    return rest, f"its initials {head}"


# The first word of a name when it holds a small letter.
_LOWER_FIRST_WORD_RE = re.compile(r"[^A-Za-z0-9]*([A-Za-z0-9]*[a-z][A-Za-z0-9]*)")


def plainly_not_acronym(name: str) -> bool:
    """True when ``AcronymIndex.query_key`` refuses the name on its first checks (not ASCII; a first word with a
    small letter that is no legal form), answered without splitting the name: most names in a screening run."""
    if not name.isascii():
        return True
    found = _LOWER_FIRST_WORD_RE.match(name)
    return found is not None and found.group(1).casefold() not in _LEGAL_WORDS


class AcronymIndex:
    """Acronym key → listed names; ``lookup`` answers a query name that looks like an acronym."""

    def __init__(self, vocabulary: set[str]) -> None:
        self._keys: dict[str, dict[int, tuple[int, str, str]]] = {}  # key → entity → (rank, name, reading)
        # Words of listed names: a query token that is one of them is a name, not initials.
        self._vocabulary = vocabulary
        # (acronym, acronym first, normalised key of the other words) → entity → listed name
        self._parts: dict[tuple[str, bool, str], dict[int, str]] = {}
        self._part_acronyms: set[str] = set()
        # First letter of a listed name → (entity, name, its words) for ``mixed_lookup``.
        self._mixed: dict[str, list[tuple[int, str, MixedForm]]] = {}
        self._mixed_cache: dict[str, list[AcronymHit]] = {}
        self._lookup_cache: dict[str, list[AcronymHit]] = {}
        # First letter → (entity, listed name, its distinctive words in capitals) for ``_ticker_hits``.
        self._tickers: dict[str, list[tuple[int, str, tuple[str, ...]]]] = {}

    def add(self, entity: int, name: str) -> None:
        words = _ticker_words(name)
        if words:
            self._tickers.setdefault(words[0][0], []).append((entity, name, words))
        form = mixed_form(name)
        if form is not None:
            self._mixed.setdefault(form.initials[0][:1], []).append((entity, name, form))
        for key, first, rest in part_readings(name):
            rest_key = _rest_key(rest)
            if rest_key:
                self._parts.setdefault((key, first, rest_key), {}).setdefault(entity, name)
                self._part_acronyms.add(key)
        for key, reading in readings(name).items():
            by_entity = self._keys.setdefault(key, {})
            rank = _RANK[reading]
            current = by_entity.get(entity)
            if current is None or rank < current[0]:
                by_entity[entity] = (rank, name, reading)

    def query_key(self, name: str) -> str | None:
        """The acronym a query name is, or None when it is not only an acronym."""
        if not name.isascii() or not any(c.isupper() for c in name):
            return None
        words = _WORD_RE.findall(name)
        # Most names have a word in lower case that is no legal form: not an acronym, whatever the rest.
        if any(not w.isupper() and w.casefold() not in _LEGAL_WORDS for w in words):
            return None
        words, _ = _strip_legal(words)
        if len(words) > 1 and all(len(w) == 1 for w in words):
            words = ["".join(words)]  # G.D.I.T.
        if not words or any(not w.isupper() for w in words):
            return None
        if any(w.casefold() in GENERIC_WORDS for w in words):
            return None
        # A word of a listed name ("VSE", "IHI") is that name, not initials; alone it may be both (JMU, of JMU
        # Defense Systems, is Japan Marine United): the index answers, the ordinary matcher too.
        if len(words) > 1 and any(w.casefold() in self._vocabulary for w in words):
            return None
        if len(words) > 1 and any(len(w) > MAX_LEN for w in words):
            return None
        key = "".join(words)
        if not MIN_LEN <= len(key) <= MAX_LEN + 2 or sum(c.isalpha() for c in key) < 2:
            return None
        return key

    def part_query(self, name: str) -> tuple[str, bool, str] | None:
        """(acronym, acronym first, the other words) of a query written as an acronym of part of a name and the
        rest in words ("MHI Aero Engines"), when its acronym is one the index holds; else None."""
        if not name.isascii():
            return None
        words = _WORD_RE.findall(name)
        if (len(words) < 2 or words[0] not in self._part_acronyms and words[-1] not in self._part_acronyms
                and len(words[0]) > 1 and len(words[-1]) > 1 and not self._legal_tail(words)):
            return None  # most names: neither end is an acronym the index holds
        words, _ = _strip_legal(_join_letters(words))
        if len(words) < 2:
            return None
        for i, first in ((0, True), (len(words) - 1, False)):
            word = words[i]
            if (word in self._part_acronyms and word.isupper()
                    and word.casefold() not in self._vocabulary and word.casefold() not in GENERIC_WORDS):
                rest = words[1:] if first else words[:-1]
                # The rest written out, not more initials ("NEC NSS": NEC is a word of the listed name)
                if any(not w.isupper() or w.casefold() in self._vocabulary for w in rest):
                    return word, first, " ".join(rest)
        return None

    def _legal_tail(self, words: list[str]) -> bool:
        """The last word may end a legal form ("Kratos UAS Inc."): the acronym may be before it."""
        return words[-1].casefold() in _LEGAL_BY_LAST and any(w in self._part_acronyms for w in words[1:-1])

    def part_lookup(self, name: str) -> list[AcronymHit]:
        found = self.part_query(name)
        if found is None:
            return []
        key, first, rest = found
        entities = self._parts.get((key, first, _rest_key(rest)), {})
        if not entities or len(entities) > MAX_ENTITIES_PER_KEY:
            return []
        return [AcronymHit(e, listed, key, f"{PART_READING}: {rest!r}", PART_FACTOR)
                for e, listed in sorted(entities.items())]

    def lookup(self, name: str) -> list[AcronymHit]:
        if not name.isascii():
            return self._lookup(name)  # answered on its first check: no acronym is written in Chinese
        cached = self._lookup_cache.get(name)
        if cached is None:
            if len(self._lookup_cache) > _MIXED_CACHE_LIMIT:
                self._lookup_cache.clear()
            # Asked twice per name in a run (blocking, then matching), the place and mixed readings included.
            cached = self._lookup_cache[name] = self._lookup_placed(name)
        return cached

    def _lookup_placed(self, name: str) -> list[AcronymHit]:
        hits = self._lookup(name)
        if not hits and spelled_after(name) is not None:
            return []  # the initials are those of the words after them: no listed name's acronym
        # A name all in capitals is no word and initials with a place after them ("ACME WIDGETS CORP").
        if hits or not (self.may_have_place(name) or name.count(" ") >= 2 and name.isascii() and not name.isupper()
                                and self.may_be_mixed(name)):
            return hits
        # A customer file often writes where the unit is after its acronym ("XYZ Denver", "AB-CD Osaka, Japan"), or
        # after a word and initials ("Xeno YWZ Denver"): the place is no part of the name, and what is left is
        # looked up as any acronym.
        own = self._with_own_words(name)
        if own:
            return own
        at, site = strip_site(name)
        if site and site_after_initials(name) is None:  # initials, then a site's name: the second reading's
            # "XYZ Denver Plant", "XYZ (Denver Ops)": the site, and the place it names, are no part of the name.
            found = self._lookup(at) or self._placed(at)
            return [AcronymHit(h.entity, h.name, h.key, f"{h.reading}; {site!r} after it is a site", h.factor)
                    for h in found]
        return self._placed(name)

    def _with_own_words(self, name: str) -> list[AcronymHit]:
        """Initials, then one or two distinctive words of the very name they stand for ("XYZ Xeno" for Xeno Yarrow
        Zone): the word says which of the names with those initials is meant, and another body's word ("XYZ Acme")
        says it is none of them."""
        words = _WORD_RE.findall(name)
        if not 2 <= len(words) <= 1 + OWN_WORDS_MAX or not words[0].isupper() or not words[0].isalpha():
            return []
        found = self._keys.get(words[0])
        rest = [_latin_word(w.casefold()) for w in words[1:]]
        if not found or any(w.isupper() or w.casefold() in _LEGAL_WORDS for w in words[1:]) or any(
                w in GENERIC_WORDS or w in COUNTRY_WORDS for w in rest):
            return []
        best_rank = min(rank for rank, _, _ in found.values())
        hits = [AcronymHit(e, listed, words[0], f"{reading}, then its own word {' '.join(words[1:])!r}", PART_FACTOR)
                for e, (rank, listed, reading) in sorted(found.items())
                if rank == best_rank and set(rest) <= {_latin_word(w.casefold()) for w in _WORD_RE.findall(listed)}]
        return hits if len(hits) == 1 else []

    def _placed(self, name: str) -> list[AcronymHit]:
        rest, place = strip_place(name)
        if not place:
            return []
        found = self._lookup(rest)
        if not found:
            # "XYZ TSUKUBA SPACE CENTER IBARAKI": the prefecture after a site, the site after the initials.
            site = site_after_initials(rest)
            if site is not None:
                found = [AcronymHit(h.entity, h.name, h.key, f"{h.reading}; {site[1]!r} after it is a site",
                                    h.factor) for h in self._lookup(site[0])]
        return [AcronymHit(h.entity, h.name, h.key, f"{h.reading}; {place!r} after it is a place", h.factor)
                for h in found]

    def add_unit(self, entity: int, name: str, shared: Callable[[str], bool]) -> None:
        """The initials of a listed name's own words after its group's or partners' names ("Acme/Brill Corp
        Widget Test Lab" → WTL): the distinctive words it starts with that other entities' names hold too
        (``shared``, asked of a word as ``normalize`` makes it) are left out, when three words or more are left."""
        if _CJK_RE.search(name):
            return
        words, _ = _strip_legal(_WORD_RE.findall(name.replace("&", " and ")))
        core = _without_linking(words)
        k = 0
        while k < len(core) and _latin_word(core[k].casefold()) not in GENERIC_WORDS and shared(
                _latin_word(core[k].casefold())):
            k += 1
        unit = core[k:]
        if not k or len(unit) < UNIT_MIN_WORDS:
            return
        key = "".join(_word_initials(w) for w in unit)
        # Three initials of generic words ("Advanced Test Labs": ATL) are too common a string to say whose they are.
        generic = all(_latin_word(w.casefold()) in GENERIC_WORDS for w in unit)
        if UNIT_MIN_LETTERS + generic <= len(key) <= MAX_LEN and key.isalpha():
            self._keys.setdefault(key, {}).setdefault(entity, (_RANK[UNIT_READING], name, UNIT_READING))

    def add_alias(self, entity: int, alias: str, listed: str) -> None:
        """A given alias in capitals (``is_acronym_alias``) of the listed name, as an acronym key of the entity."""
        key = _letters(alias)
        self._keys.setdefault(key, {})[entity] = (0, listed, f"{ALIAS_READING} {alias!r}")

    def holds(self, letters: str) -> bool:
        """Whether the letters are an acronym key of a listed name, whole or of a part of it."""
        return letters in self._keys or letters in self._part_acronyms

    def may_have_place(self, name: str) -> bool:
        """Whether the name starts with an acronym the index holds and has words after it, which may be a place:
        answered without reading the places, for the few names that do."""
        found = _SITE_SHAPE_RE.match(name)
        if found is None:
            return False
        head = _letters(found.group(1))
        if head in self._keys or head in self._part_acronyms or self._ticker_hits(head):
            return True
        if found.group(1).casefold() not in self._vocabulary:
            return False  # the two-word form starts with a listed name's own word in capitals (NEC, IHI)
        two = _SITE_SHAPE2_RE.match(name)
        return two is not None and _letters(two.group(1) + two.group(2)) in self._keys

    def may_be_mixed(self, name: str) -> bool:
        """Whether the name has a word in capitals that is no legal form and another word, and starts with the first
        letter of a listed name: the few names ``mixed_lookup`` reads."""
        tokens = _MIXED_TOKEN_RE.findall(name)
        return (len(tokens) >= 2 and tokens[0][:1].upper() in self._mixed and name.isascii()
                and any(_is_initials(t) and t.casefold() not in _LEGAL_WORDS for t in tokens))

    def mixed_lookup(self, name: str) -> list[AcronymHit]:
        """A name written as initials of some of a listed name's words and the others in words, in the name's order
        ("XY Widgets Z" for Xeno Yarrow Widgets Zone, "Xeno YWZ", "XYW Zone"), when no other reading found it."""
        if not self.may_be_mixed(name):
            return []
        cached = self._mixed_cache.get(name)
        if cached is None:
            if len(self._mixed_cache) > _MIXED_CACHE_LIMIT:
                self._mixed_cache.clear()
            # Asked twice per name in a run (blocking, then matching): answered once.
            cached = self._mixed_cache[name] = self._mixed_hits(name)
        return cached

    def _mixed_hits(self, name: str) -> list[AcronymHit]:
        words, _ = _strip_legal(_MIXED_TOKEN_RE.findall(name))
        tokens = [w for w in _without_linking(words) if w.strip("&")]
        if len(tokens) < 2:
            return []
        found = {entity: listed for entity, listed, form in self._mixed.get(tokens[0][:1].upper(), ())
                 if form.covered_by(tokens)}
        if not found or len(found) > MAX_ENTITIES_PER_KEY:
            return []
        return [AcronymHit(e, listed, " ".join(tokens), MIXED_READING, PART_FACTOR)
                for e, listed in sorted(found.items())]

    def _ticker_hits(self, key: str) -> list[AcronymHit]:
        """The listed names whose ticker the key may be (``TICKER_READING``), when few enough."""
        if not (TICKER_LEN[0] <= len(key) <= TICKER_LEN[1] and key.isalpha() and key.isupper()):
            return []
        found = {entity: name for entity, name, words in self._tickers.get(key[0], ()) if _is_ticker(key, words)}
        if not found or len(found) > MAX_ENTITIES_PER_KEY:
            return []
        return [AcronymHit(e, name, key, TICKER_READING, RANK_FACTORS[2]) for e, name in sorted(found.items())]

    def _lookup(self, name: str) -> list[AcronymHit]:
        key = self.query_key(name)
        if key is None:
            return self.part_lookup(name) or self.mixed_lookup(name)
        found = self._keys.get(key)
        if not found:
            # A ticker names a share, never a company with its legal form after it ("ABC, Inc." is named ABC).
            return [] if _strip_legal(_WORD_RE.findall(name))[1] else self._ticker_hits(key)
        best_rank = min(rank for rank, _, _ in found.values())
        best = {e: v for e, v in found.items() if v[0] == best_rank}
        if len(best) > MAX_ENTITIES_PER_KEY:
            return []
        short = SHORT_FACTOR if len(key) == MIN_LEN else 1.0
        return [AcronymHit(e, listed, key, reading, RANK_FACTORS[rank] * short)
                for e, (rank, listed, reading) in sorted(best.items())]
