"""A stock ticker with where the company sits or trades after it ("ABCD Denver CO", "XYZ (NASDAQ)"): a customer file
writes a listed company by its ticker. A ticker is letters of the name in order, from its first letter: each of the
name's own words gives its first letter and maybe more ("LMT" for Lockheed Martin, "ILMN" for a one-word name),
and a legal form may give its initial last ("VSEC" for VSE Corporation).

Every word giving its first letter keeps a parent's ticker off its units' names, which have words of their own.
Letters in order are many strings, so a ticker is read with a place or an exchange after it, only for a single
listed company, and as a review hit. A ticker alone ("ABCD") is read only in the stricter shape a ticker is made in
(``reads_alone``): a one-word name's every consonant ("LDOS" for Leidos, never "SAIC" for Saronic), or more letters
only from a distinctive word and only its consonants ("LMT" for Lockheed Martin, never "DHL" for Dedrone Holdings,
whose L is of a word every holding company has).

A data vendor writes a ticker with its venue's suffix (``ABCD.N`` New York, ``ABCD.OQ`` Nasdaq, ``ABC.TO`` Toronto,
``ABC.L`` London): the suffix says an exchange trades it, as an exchange's name after it does, and in which country,
which the listed company must be of (``ticker_at_venue``). A venue's numeric code (``1234.T``) has no letters to read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from policywatch.screening.abbreviated import letters_in_order
from policywatch.screening.normalize import GENERIC_WORDS, HOLDING_WORDS, LEGAL_FORMS_LATIN, _latin_word
from policywatch.screening.places import strip_place

TICKER_LEN = (3, 5)
_ONE_WORD_MIN = 4
_EXCHANGE_RE = re.compile(r"\s*(?:\(\s*)?(?:NASDAQ|NYSE|AMEX|OTC|OTCQX|OTCQB|TSE|TWSE|LSE)(?:\s*\))?\s*:?\s*",
                          re.IGNORECASE)
_TICKER_RE = re.compile(r"([A-Z]{2,5})\b(.*)")
# An exchange after a ticker says a ticker it is: a two-letter one is read too.
EXCHANGE_TICKER_MIN = 2
# Legal forms of firms whose shares no exchange trades: an exchange's ticker never names one.
_UNTRADED_FORMS = frozenset({"llc", "lp", "llp", "partnership"})
_WORD_RE = re.compile(r"[A-Za-z0-9]+")
_LINKING = frozenset({"of", "and", "the", "by", "for", "de"})
_LEGAL_WORDS = frozenset(w for form in LEGAL_FORMS_LATIN for w in form) | {"corporation", "incorporated",
                                                                          "company", "limited"}


@dataclass(frozen=True)
class _Listed:
    entity: int
    name: str
    words: tuple[str, ...]  # the name's own words, casefolded
    legal: str  # the initials of its legal form's words
    generic: tuple[bool, ...]  # per word: a generic word ("Holdings", "Communications"), which gives its initial only
    partial: bool = False  # the name with its words of a holding company's kind left out
    untraded: bool = False  # its legal form is an LLC's or a partnership's (``_UNTRADED_FORMS``)


def _reads(key: str, words: tuple[str, ...], legal: str) -> bool:
    """Whether the key is the words' letters in order, each word from its first letter, then maybe the legal
    form's initials."""

    def walk(at: int, word: int) -> bool:
        if word == len(words):
            rest = key[at:]
            return not rest or legal.startswith(rest)
        text = words[word]
        if at >= len(key) or key[at] != text[0]:
            return False
        # This word gives its first letter, then any of its other letters in order.
        at += 1
        if walk(at, word + 1):
            return True
        pos = 1
        while at < len(key):
            pos = text.find(key[at], pos) + 1
            if not pos:
                return False
            at += 1
            if walk(at, word + 1):
                return True
        return False

    return walk(0, 0)


_VOWELS = frozenset("AEIOU")


def reads_alone(key: str, words: tuple[str, ...], legal: str, generic: tuple[bool, ...]) -> bool:
    """Whether a ticker written alone is the words' letters in the shape a ticker is made in: of one word, its first
    letter and every consonant after it in order, vowels maybe among them ("LDOS", "HDSN"); of more, each word's
    first letter, then more letters only of a distinctive word and only consonants ("LMT"); then maybe the legal
    form's initials ("VSEC" for VSE Corporation)."""
    for cut in range(len(key), 0, -1):
        rest = key[cut:]
        if rest and not legal.startswith(rest):
            break
        if _alone(key[:cut], words, generic):
            return True
    return False


def _alone(key: str, words: tuple[str, ...], generic: tuple[bool, ...]) -> bool:
    if len(words) == 1:
        word = words[0]
        skeleton = "".join(c for c in word[1:] if c not in _VOWELS)
        return (key[:1] == word[:1] and letters_in_order(key[1:], word)
                and "".join(c for c in key[1:] if c not in _VOWELS) == skeleton)

    def walk(at: int, word: int) -> bool:
        if word == len(words):
            return at == len(key)
        text = words[word]
        if at >= len(key) or key[at] != text[0]:
            return False
        if walk(at + 1, word + 1):
            return True
        if generic[word]:
            return False
        pos, at = 1, at + 1
        while at < len(key) and key[at] not in _VOWELS:
            pos = text.find(key[at], pos) + 1
            if not pos:
                return False
            at += 1
            if walk(at, word + 1):
                return True
        return False

    return walk(0, 0)


_LAST_SYLLABLE_RE = re.compile(r"[^AEIOUY]*[AEIOUY]+[^AEIOUY]*$")


def _one_word_ticker(key: str, word: str, legal: str) -> bool:
    """A one-word name's letters in order are many strings: its ticker has four letters or more and ends with the
    word's last consonant (or the legal form's initial), or with a letter of its last syllable, as a skeleton of
    the whole word does ("CYBL" for Cyberlux)."""
    consonants = [c for c in word if c.isalpha() and c not in "AEIOUY"]
    if len(key) < _ONE_WORD_MIN or not consonants:
        return False
    last = _LAST_SYLLABLE_RE.search(word[1:])
    return (key[-1] == consonants[-1] or bool(legal) and key[-1] == legal[0]
            or last is not None and key[-1] in last.group(0))


class TickerIndex:
    """Listed Latin names by first letter, for ``lookup`` of a ticker."""

    def __init__(self) -> None:
        self._by_letter: dict[str, list[_Listed]] = {}

    def add(self, entity: int, name: str) -> None:
        if not name.isascii():
            return
        words = [w.casefold() for w in _WORD_RE.findall(name)]
        legal: list[str] = []
        while len(words) > 1 and words[-1] in _LEGAL_WORDS:
            legal.insert(0, words.pop())
        own = tuple(w.upper() for w in words if w not in _LINKING)
        if own and own[0].isalpha():
            initials = "".join(w[0] for w in legal).upper()
            generic = tuple(_latin_word(w.casefold()) in GENERIC_WORDS for w in own)
            untraded = not _UNTRADED_FORMS.isdisjoint(legal)
            self._by_letter.setdefault(own[0][0], []).append(_Listed(entity, name, own, initials, generic,
                                                                     untraded=untraded))
            # A ticker may leave out the words that say what kind of company it is (HDSN-style for "Hudson
            # Technologies"), never a unit's trade words, which keep a parent's ticker off its units.
            distinct = tuple(w for w in own if _latin_word(w.casefold()) not in HOLDING_WORDS)
            if distinct and distinct != own and distinct[0] == own[0]:
                # Alone, a ticker never leaves words out: "SRNC" is Saronic's skeleton, too little to say it is
                # Saronic Technologies.
                self._by_letter[own[0][0]].append(_Listed(entity, name, distinct, initials,
                                                          tuple(True for _ in distinct), partial=True,
                                                          untraded=untraded))

    def lookup(self, key: str, *, alone: bool = False, exchange: bool = False) -> list[tuple[int, str]]:
        """The listed company whose ticker the key may be (none when more than one entity's names fit); ``alone``:
        the key is written with nothing after it, and read only in a ticker's stricter shape (``reads_alone``);
        ``exchange``: an exchange is written before it, so it may have two letters and names no LLC or
        partnership."""
        shortest = EXCHANGE_TICKER_MIN if exchange else TICKER_LEN[0]
        if not (shortest <= len(key) <= TICKER_LEN[1] and key.isalpha() and key.isupper()):
            return []
        found: dict[int, str] = {}
        strict: set[int] = set()
        for listed in self._by_letter.get(key[0], ()):
            if exchange and listed.untraded or not _reads(key, listed.words, listed.legal):
                continue
            initials = "".join(w[0] for w in listed.words)
            if len(key) < TICKER_LEN[0] and key != initials:
                continue  # two letters name a company only as the initials of its every word
            if exchange and key == initials and len(key) >= TICKER_LEN[0] and not listed.legal:
                # An exchange says the letters are a traded company's real ticker; a name with no legal form (a
                # group's business unit, a trade name) has no shares of its own, and its initials are anyone's
                # ("NYSE: RMD" is ResMed, not Raytheon Missiles & Defense).
                continue
            if len(listed.words) > 1 or _one_word_ticker(key, listed.words[0], listed.legal):
                found.setdefault(listed.entity, listed.name)
            if alone and not listed.partial and reads_alone(key, listed.words, listed.legal, listed.generic):
                found.setdefault(listed.entity, listed.name)
                strict.add(listed.entity)
        if len(found) != 1 or alone and not strict:
            return []
        return sorted(found.items())


# Venue suffixes (Reuters' instrument codes) → the exchange's country.
VENUE_COUNTRIES: dict[str, str] = {
    "N": "US", "O": "US", "OQ": "US", "A": "US", "K": "US", "P": "US", "PK": "US", "TO": "CA", "V": "CA", "CN": "CA",
    "T": "JP", "OS": "JP", "L": "GB", "HK": "HK", "KS": "KR", "KQ": "KR", "TW": "TW", "TWO": "TW", "SS": "CN",
    "SZ": "CN", "DE": "DE", "F": "DE", "PA": "FR", "AS": "NL", "MI": "IT", "SW": "CH", "AX": "AU", "SI": "SG",
    "TA": "IL", "NS": "IN", "BO": "IN"}
_VENUE_RE = re.compile(r"\s*([A-Z]{2,5})\.([A-Z]{1,3})\s*")


def ticker_at_venue(name: str) -> tuple[str, str, str] | None:
    """(the ticker, its venue's suffix, the venue's country) of a name written as a ticker with a venue's suffix
    (``ABCD.OQ``); None for any other name, a numeric code or an unknown suffix."""
    found = _VENUE_RE.fullmatch(name) if "." in name else None
    if found is None or found.group(2) not in VENUE_COUNTRIES:
        return None
    return found.group(1), found.group(2), VENUE_COUNTRIES[found.group(2)]


def on_exchange(context: str) -> bool:
    """Whether what follows a ticker is an exchange ("(NYSE)", "NASDAQ")."""
    return _EXCHANGE_RE.fullmatch(context) is not None


def ticker_with_context(name: str) -> tuple[str, str] | None:
    """The ticker a name starts with and what after it says so (an exchange, or a place as ``places.strip_place``
    reads it); None for any other name."""
    found = _TICKER_RE.fullmatch(name.strip()) if name.isascii() else None
    if found is None:
        return None
    key, rest = found.group(1), found.group(2).strip()
    if not rest:
        return None
    if on_exchange(rest):
        return key, rest
    if len(key) < TICKER_LEN[0]:
        return None
    head, place = strip_place(name)
    if place and head == key:
        return key, place
    return None
