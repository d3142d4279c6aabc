"""Counterparty screening: match names against listed entities, with a score in 0–1 and a reason.

Pure and fast. ``Matcher(entities)`` indexes every name of every entity once; ``match`` / ``match_many`` then:

1. normalise each query name (``normalize.normalize``: NFKC, casefold, traditional → simplified, legal forms …);
2. exact match on the normalised key (spaces ignored, so "Iron Mountain" = "IronMountain") → score 1.0;
3. token similarity in bulk: the new query tokens of a batch that may carry a typo are compared with the entity
   vocabulary in one ``rapidfuzz.process.cdist`` call (optimal-string-alignment edits); the others can only match
   exactly or, for Chinese, by pronunciation, which dictionaries answer. Results are cached per token. Edits are
   allowed by length (none for short or numeric tokens, one from 5 letters, two from 9; Chinese one from 7);
4. candidates are the entity names that share an informative token with the query; each is scored by a weighted
   Dice over aligned tokens, where generic words ("technology", "bank", "系统") weigh a quarter of a
   distinctive word. A candidate whose informative tokens all went unmatched is never a match, so two companies
   that share only generic words ("Technology Co., Ltd.") stay apart;
5. a query that names the parent of a listed unit, or a sibling unit of the same parent (``_related_shape``), is a
   ``related`` review hit below the threshold, never a match, however similar the names.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any, NamedTuple

import numpy as np
from rapidfuzz import process
from rapidfuzz.distance import OSA

from policywatch.screening import arabic, cyrillic, romanised_korean
from policywatch.screening.abbreviated import WordAbbreviations
from policywatch.screening.acronyms import (
    COUNTRY_WORDS,
    RANK_FACTORS,
    AcronymIndex,
    initials_then_name,
    is_acronym_alias,
    plainly_not_acronym,
    spelled_after,
)
from policywatch.screening.bracketed import Bracketed, bracketed_part
from policywatch.screening.capitals import in_capitals, recased
from policywatch.screening.chinese import (
    COMPANY_KIND_ZH,
    SOUND_GRAM,
    SOUND_MIN_SIMILARITY,
    TRANSLITERATION_CHARS,
    ZhForm,
    ZhScore,
    ZhSound,
    dot_short_forms,
    dot_stems,
    latin_renderings,
    rendering_keys,
    sound_similarity,
    zh_form,
    zh_rendering,
    zh_segments,
    zh_sound,
)
from policywatch.screening.chinese import score as zh_score
from policywatch.screening.cut_names import CUT_FACTOR, may_be_cut
from policywatch.screening.cut_names import build as build_cut_names
from policywatch.screening.cyrillic import may_be_romanised
from policywatch.screening.departments import DEPARTMENT_WORDS, department_tail, may_have_care_of
from policywatch.screening.han_viet import HanVietIndex, has_vietnamese
from policywatch.screening.hangul import GLOSSARY as HANGUL_GLOSSARY
from policywatch.screening.hangul import has_hangul, latin_reading
from policywatch.screening.japanese_loans import (
    has_katakana,
    katakana_words,
    marked_romaji,
    may_be_romaji_loans,
    romaji_words,
)
from policywatch.screening.line_parts import OWNER_ROLE, read_line
from policywatch.screening.loan_sounds import Profile, SoundWords
from policywatch.screening.message_lines import said_country
from policywatch.screening.mixed_scripts import in_chinese, may_be_mixed, pinyin_initials, script_runs
from policywatch.screening.normalize import (
    ABBREVIATIONS,
    COUNTRY_QUALIFIERS_ZH,
    GENERIC_WORDS,
    HOLDING_WORDS,
    LEGAL_FORMS_LATIN,
    LEGAL_FORMS_ZH,
    LEGAL_PREFIXES_LATIN,
    STOPWORDS,
    TAIWAN_WORDS,
    NormalName,
    _latin_word,
    clean_text,
    is_cjk,
    legal_kinds_differ,
    name_key,
    normalize,
    phonetic_key,
    token_weight,
)
from policywatch.screening.persons import PersonIndex
from policywatch.screening.romanised import (
    CHINESE_PLACES,
    RomanisedIndex,
    country_in_syllables,
    spelled_readings,
    spelled_with_kind,
    spelled_with_legal_form,
    without_address,
    word_sounds,
)
from policywatch.screening.romanised_korean import may_be_romanised_korean
from policywatch.screening.site_stems import MIN_STEM, initials_before_legal
from policywatch.screening.site_stems import build as build_stems
from policywatch.screening.site_tail import initials_then_brand, initials_then_site
from policywatch.screening.sites import (
    may_have_place_tail,
    may_have_site,
    site_after_initials,
    strip_place_tail,
    strip_site,
    town_and_state,
)
from policywatch.screening.synonyms import america_key, may_swap, zh_swaps
from policywatch.screening.tickers import TickerIndex, on_exchange, ticker_at_venue, ticker_with_context
from policywatch.screening.translated import (
    BRAND_OWN_CHARS,
    SAME_WORDS_BONUS,
    TranslationIndex,
    glossary,
    glossary_chars,
)
from policywatch.screening.zh_variants import renderings_without_last_nasal, without_state

# Tuned on tests/screening/labelled.csv (benchmarks/screening.py prints the figures at this value).
DEFAULT_THRESHOLD = 0.85
THRESHOLD_ENV = "POLICYWATCH_SCREEN_THRESHOLD"
DISTINCTIVE = 0.5  # token weight from which a token can carry a match on its own
PHONETIC_CREDIT = 0.95
CONFLICT_FACTOR = 0.9
RELATED_FACTOR = 0.8  # a related-entity hit scores below the threshold band of a match: review, never a match
ACRONYM_ALIAS_FACTOR = RANK_FACTORS[0]  # a hit on a given alias in capitals: the best acronym's place in review
STEM_FACTOR = RANK_FACTORS[1]  # a website's initials and words: below an acronym of every word
TICKER_FACTOR = RANK_FACTORS[2]  # a ticker read from a name's letters: the weakest acronym reading's place
# Another transliteration found by sound alone: a review hit from this fraction of the threshold, higher the more alike.
SOUND_FACTOR = 0.9
SOUND_SLOPE = 0.25
# A listed unit's own words without its group's or partners' names before them (``_related_shape``): review band.
UNIT_ONLY = "unit only"
UNIT_ONLY_FACTOR = 0.9
# The listed unit with a generic or group word left out, its own word kept ("Hanwha Philly" for Hanwha Philly
# Shipyard): the short form a company's customers use, a review hit in the unit-only band.
SHORT_FORM = "short form"
PINYIN_FACTOR = 0.9  # a Latin name that is the pinyin of a listed name only in Chinese: tones unknown, review band
# A listed name written only in Chinese, two to four characters: a Chinese person's name, which a Latin file writes in
# pinyin, surname first or last ("Wang Lin", "Lin Wang").
_PINYIN_NAME_RE = re.compile(r"[\u3400-\u9fff]{2,4}")
OWNER_FACTOR = 0.95  # a hit on the owner a division's line names (``line_parts``): below one on its own name
_DOTTED_PERSON_RE = re.compile(r"[\u3400-\u9fff]+(?:·[\u3400-\u9fff]+)+")
_DOTTED_MIN = 6  # letters of the joined pinyin: fewer ("anwude") is too many other names' pinyin
ABBREVIATED_MAX = 0.95  # a match once shortened words are written out: below an exact match, as any fuzzy one
RELATED_MIN = 0.7  # the similarity, as a fraction of the threshold, from which a parent or sibling is shown
# HOLDING_WORDS (normalize): one the query adds still names the parent ("Mitsubishi Heavy Industries Group"), and one
# the query leaves out of the listed name is no unit of it ("Anduril" is Anduril Industries).
_MAX_EDITS = 2
_CDIST_CHUNK = 2048
_NO_SIMS: dict[int, tuple[float, int]] = {}  # shared by every token that matches nothing (never written to)
_CACHE_LIMIT = 500_000  # distinct query tokens kept between batches; a long screening run starts afresh past it
# A doubled letter typed at the next letter ("Grumann" for Grumman) is two edits but one slip of the finger.
_DOUBLED_RE = re.compile(r"([a-z])\1")
# The English words ``hangul`` reads its glossary's Korean words as: English already, not read by sound.
_HANGUL_ENGLISH = frozenset(w for words in HANGUL_GLOSSARY.values() for w in words.split())


def moved_double_key(token: str) -> str | None:
    """The token with its one doubled letter typed once, when it has exactly one (else None)."""
    found = _DOUBLED_RE.findall(token)
    return _DOUBLED_RE.sub(r"\1", token) if len(found) == 1 else None


# Spellings of one sound that a file writes for a name as it hears it: a doubled letter written once ("Gibs"), an h
# that is not sounded after a vowel ("Jon" for John, "Sara") or after a first t ("Tomas"), the ending of a name's
# last sound, -y, -ey, -ie, -ee or -i ("Luckie" for Luckey), f, k and ks written ph, c, ck or x ("Filip", "Erik",
# "Cocks" for Cox), i written y between consonants ("Smyth"), and a silent e at the end ("Coxe"). Short words are read
# so too, where edits are not.
_SLIP_SOUNDS = (("ph", "f"), ("ck", "k"), ("x", "ks"))
_SLIP_HARD_C_RE = re.compile(r"c(?![eiyh])")
_SLIP_H_RE = re.compile(r"(?<=[aeiou])h(?![aeiou])|(?<=^t)h")
_SLIP_END_RE = re.compile(r"(?:ie|ey|ee|y|i)$")
# A y between consonants is the vowel i ("Smyth" for Smith, "Lynn"), as romanisations and old spellings write it.
_SLIP_Y_RE = re.compile(r"(?<=[b-df-hj-np-tv-xz])y(?=[b-df-hj-np-tv-xz])")
_SLIP_MIN = 3
_SLIP_EDITS = 3  # x for cks ("Cox", "Cocks") is three edits and one sound
_SLIP_MAX = 8  # from 9 letters a word may carry two edits (``allowed_edits``), which find these too


def sound_slip_key(token: str) -> str | None:
    """The token with the spellings of one sound folded (``_SLIP_H_RE`` …), for a Latin word of 3 letters or more;
    two words with the same key are one slip of spelling apart (None for other tokens)."""
    if len(token) < _SLIP_MIN or not token.isascii() or not token.isalpha():
        return None
    key = token
    for spelt, sound in _SLIP_SOUNDS:
        if spelt in key:
            key = key.replace(spelt, sound)
    if "c" in key:
        key = _SLIP_HARD_C_RE.sub("k", key)
    if _DOUBLED_RE.search(key):
        key = _DOUBLED_RE.sub(r"\1", key)
    if "h" in key:
        key = _SLIP_H_RE.sub("", key)
    if "y" in key:
        key = _SLIP_Y_RE.sub("i", key)
    if len(key) > _SLIP_MIN and key[-1] == "e" and key[-2] not in "aeiouy":
        key = key[:-1]  # a silent e at the end ("Coxe" for Cox, "Browne"), as old spellings of a name write it
    return _SLIP_END_RE.sub("y", key) if len(key) > _SLIP_MIN and key[-1] in "eiy" else key


# What a scanner or a retyped fax makes of letters: "rn" for m, "vv" for w, 0 for O, 1 for l, and l for a capital I
# (casefolded, l and i are one letter here). A listed word the token is once these are folded is one slip away.
_OCR_PAIRS = (("rn", "m"), ("vv", "w"), ("0", "o"), ("1", "l"), ("l", "i"))
_OCR_MIN = 4
_OCR_SLIP = -2  # the "edits" a scan's slip is noted with (-1: the same pronunciation)


def ocr_key(token: str) -> str | None:
    """The token with the letters a scan confuses folded (``_OCR_PAIRS``), for a Latin word of 4 characters or more;
    None for other tokens."""
    if len(token) < _OCR_MIN or not token.isascii() or not token.isalnum() or token.isdigit():
        return None
    key = token
    for seen, letter in _OCR_PAIRS:
        if seen in key:
            key = key.replace(seen, letter)
    return key if key.isalpha() else None


def default_threshold() -> float:
    """The threshold in force: ``POLICYWATCH_SCREEN_THRESHOLD`` when set, else the tuned default."""
    raw = os.environ.get(THRESHOLD_ENV)
    if not raw:
        return DEFAULT_THRESHOLD
    try:
        value = float(raw)
    except ValueError as exc:
        raise ValueError(f"{THRESHOLD_ENV}={raw!r} is not a number; set it to a score between 0 and 1") from exc
    if not 0.0 < value <= 1.0:
        raise ValueError(f"{THRESHOLD_ENV}={raw!r} is outside (0, 1]; set it to a score between 0 and 1")
    return value


_CODE_MIN_LETTERS = 5
_DIGITS_RE = re.compile(r"\d+")


def _digits(token: str) -> tuple[str, ...]:
    return tuple(_DIGITS_RE.findall(token))


@lru_cache(maxsize=65_536)
def allowed_edits(token: str) -> int:
    """How many typing errors a token may carry and still be the same word."""
    if not token.isalpha():
        # Tokens are letters and digits only: the number must match exactly (``_same_digits``), and a code's letters
        # (L3Harris) may carry one typo from five letters, as a word's may.
        return 1 if not token.isdigit() and sum(c.isalpha() for c in token) >= _CODE_MIN_LETTERS else 0
    n = len(token)
    if is_cjk(token):
        return 0 if n < 7 else (1 if n < 10 else 2)
    return 0 if n <= 4 else (1 if n <= 8 else 2)


class Query(NamedTuple):
    """One counterparty to screen: its main name, an optional Chinese name and aliases (a tuple: a million of them
    are built in a run, at a fifth of a frozen dataclass's cost)."""

    name: str
    name_zh: str | None = None
    aliases: tuple[str, ...] = ()

    def names(self) -> list[str]:
        seen: list[str] = []
        for value in (self.name, self.name_zh, *self.aliases):
            if value and value.strip() and value not in seen:
                seen.append(value)
        return seen


@dataclass(frozen=True)
class Match:
    """One entity a query matched: ``entity`` is the object given to ``Matcher`` (a ListEntry, an Entity row …)."""

    entity: Any
    score: float
    query_name: str
    matched_name: str
    # exact | fuzzy | acronym (initials of a listed name: review band) | alias (a name a user or notice gave)
    # | related (a parent or sibling of a listed unit: review band, not a match)
    reason: str
    explanation: str

    def to_json(self) -> dict[str, Any]:
        return {
            "score": round(self.score, 3),
            "query_name": self.query_name,
            "matched_name": self.matched_name,
            "reason": self.reason,
            "explanation": self.explanation,
        }


@dataclass(slots=True)
class _Unit:
    """A token, or two adjacent tokens written together ("iron"+"mountain" ~ "ironmountain")."""

    text: str
    positions: tuple[int, ...]
    weight: float
    allowed: int
    distinctive: bool  # at least one of its words can carry a match on its own


@dataclass(slots=True)
class _Name:
    entity: int
    original: str
    norm: NormalName
    units: list[_Unit]
    unit_vocab: list[int] = field(default_factory=list)
    total: float = 0.0
    distinctive: bool = False
    alias_of: tuple[str, str] | None = None  # a given alias: (the entity's printed name, where the alias comes from)
    parent: bool = False  # another entity's listed name starts with this one: it names units of its own
    # Its words after the first that no other entity's name starting with the same word holds ("philly" of Hanwha
    # Philly Shipyard among the Hanwha names): a query that keeps one names this unit, not the group.
    own: frozenset[str] = frozenset()
    brand_shared: bool = False  # other entities' names start with its first word: a group with several units
    person: bool = False
    # Tokens its group's or partners' names take before the unit's own words (two or more, one distinctive); else 0.
    unit_start: int = 0

    def why(self, rule: str, text: str) -> tuple[str, str]:
        """The reason and explanation of a match on this name by ``rule``: a given alias says so first."""
        if self.alias_of is None:
            return rule, f"{rule}: {text}"
        listed, source = self.alias_of
        return "alias", f"alias: {self.original!r} is an alias of {listed!r} (source: {source}); {rule}: {text}"


_QUICK_WORD_RE = re.compile(r"[a-z0-9]+")
# Characters a rendering's brand starts with: a transliteration's, no glossary word's (泰莱达…, not 红色…).
_BRAND_CHARS = TRANSLITERATION_CHARS - glossary_chars()
_CAPS_HEAD_RE = re.compile(r"\s*[A-Z][A-Z0-9&-]")  # initials or a ticker first: a site's or a ticker's shape
_BARE_TICKER_RE = re.compile(r"\s*[A-Z]{3,5}\s*")  # a ticker with nothing after it (``tickers.reads_alone``)
_AMERICA_RE = re.compile(r"\b(?:usa|us|america)\b", re.IGNORECASE)
_SECOND_TRIGGERS = frozenset(DEPARTMENT_WORDS | {"usa", "us", "america"})
_THE_RE = re.compile(r"\s*the\s+", re.IGNORECASE)
_PUNCT_AS_SPACE = str.maketrans({c: " " for c in ",;:()[]/-.&'\"!?*+#@"})
_COMMA_COUNTRY_RE = re.compile(r"([^,]*[A-Za-z][^,]*?)\s*,\s*(?:Taiwan|Japan|USA|U\.S\.A\.|Korea|China|Germany|"
                               r"France|UK|Israel|India)\.?\s*", re.IGNORECASE)
_ZH_ONLY_RE = re.compile(r"[\u3400-\u9fff\uf900-\ufaff·・、\s]+")
_BRAND_ZH_RE = re.compile(r"\s*([A-Za-z][A-Za-z0-9 .&'-]*?)\s*"
                          r"([\u3400-\u9fff\uf900-\ufaff][\u3400-\u9fff\uf900-\ufaff·]*)\s*")
BRAND_ZH_SCORE = 0.9  # a brand kept in Latin letters and the rest of the listed Chinese name: a match
_ZH_LEGAL_TAIL_RE = re.compile(r"([\x20-\x7e]*[a-zA-Z0-9][\x20-\x7e]*?)\s*([\u4e00-\u9fff]+)\s*")
_PREFIX = 4
_CAPITAL_WORD_RE = re.compile(r"[A-Za-z0-9]{2,}")  # a listed name's word written in capitals ("BAE", "IHI")
_LEGAL_WORDS = frozenset(w for form in LEGAL_FORMS_LATIN for w in form)
_LEADING_DROPPED = LEGAL_PREFIXES_LATIN | {"the"}
# Abbreviations of several words (JV): normalize makes them several tokens, which the quick words do not.
_SEVERAL_WORDS = frozenset(short for short, full in ABBREVIATIONS.items() if " " in full)


def _in_syllables(word: str) -> bool:
    """Whether a Latin word is written of romanised Chinese syllables (``romanised.word_sounds``): its zh is pinyin's,
    not a Russian ж's."""
    return bool(word_sounds(word))


@lru_cache(maxsize=65_536)
def _quick_token(word: str) -> tuple[str, int]:
    """A casefolded ASCII word as ``normalize`` makes it a token (abbreviation, plural), with its allowed edits."""
    token = _latin_word(word)
    return token, allowed_edits(token)


# A word in capitals or a lone capital letter: the name may be an acronym (GDIT, G.D.I.T.).
_MAYBE_ACRONYM_RE = re.compile(r"[A-Z][0-9]?[A-Z]|\b[A-Z]\b")


def _unit_start(tokens: tuple[str, ...], shared: Callable[[str], bool]) -> int:
    """How many first tokens are its group's or partners' names: distinctive words other entities' names hold, when
    two words or more are left and one of them is distinctive; else 0."""
    k = 0
    while k < len(tokens) and token_weight(tokens[k]) >= DISTINCTIVE and shared(tokens[k]):
        k += 1
    rest = tokens[k:]
    return k if len(rest) >= 2 and any(token_weight(t) >= DISTINCTIVE for t in rest) else 0


def _pair_keys(a: str, b: str) -> list[tuple[str, int]]:
    """The unit keys two adjacent casefolded words give: as tokens written together, and as printed."""
    (ta, ea), (tb, eb) = _quick_token(a), _quick_token(b)
    keys = [(ta + tb, min(ea, eb))]
    if (a, b) != (ta, tb):
        keys.append((a + b, min(allowed_edits(a), allowed_edits(b))))
    return keys


def _units(norm: NormalName) -> list[_Unit]:
    tokens = norm.tokens
    weights = [token_weight(t) for t in tokens]
    units = [_Unit(t, (i,), w, allowed_edits(t), w >= DISTINCTIVE)
             for i, (t, w) in enumerate(zip(tokens, weights, strict=True))]
    for i in range(len(tokens) - 1):
        a, b = tokens[i], tokens[i + 1]
        if not is_cjk(a) and not is_cjk(b):
            # Written together, two words may carry only the typos each could carry alone ("red hat" ≠ "redcat").
            allowed = min(allowed_edits(a), allowed_edits(b))
            units.append(_Unit(a + b, (i, i + 1), weights[i] + weights[i + 1], allowed,
                               max(weights[i], weights[i + 1]) >= DISTINCTIVE))
    return units


def _unit_keys(norm: NormalName) -> list[tuple[str, int]]:
    """The (text, allowed edits) of ``_units(norm)``, without building the units."""
    tokens = norm.tokens
    keys = [(t, allowed_edits(t)) for t in tokens]
    for i in range(len(tokens) - 1):
        a, b = tokens[i], tokens[i + 1]
        if not is_cjk(a) and not is_cjk(b):
            keys.append((a + b, min(keys[i][1], keys[i + 1][1])))
    return keys


# Countries a group's unit is named after ("… of America", "… Japan"), as normalize makes them tokens.
_UNIT_COUNTRIES = frozenset({"america", "usa", "us", "japan", "taiwan", "korea", "china", "europe", "asia"})
# What kind of company a name's words say, not which: "Heavy Industries" (重工) as "Industries" alone.
_KIND_WORDS = HOLDING_WORDS | {"heavy"}


_SLIP_WORD_MIN = 4


def _one_slip(typed: str, listed: str) -> bool:
    """Whether two Latin words of four letters or more, with the same first letter, are one edit apart."""
    return (min(len(typed), len(listed)) >= _SLIP_WORD_MIN and typed[0] == listed[0] and typed.isalpha()
            and listed.isalpha() and OSA.distance(typed, listed, score_cutoff=1) <= 1)


_ABBREVIATION_LEN = (2, 5)


def _abbreviates(short: str, words: list[str]) -> bool:
    """Whether ``short`` is letters of the words in order, each word's first letter among them ("stl" for st louis)."""
    if not _ABBREVIATION_LEN[0] <= len(short) <= _ABBREVIATION_LEN[1] or not short.isalpha():
        return False

    def walk(at: int, word: int) -> bool:
        if word == len(words):
            return at == len(short)
        text = words[word]
        if at >= len(short) or short[at] != text[0]:
            return False
        end = at + 1
        pos = 1
        while True:
            if walk(end, word + 1):
                return True
            if end >= len(short):
                return False
            pos = text.find(short[end], pos) + 1
            if not pos:
                return False
            end += 1

    return walk(0, 0)


def _short_form(name: _Name, used_e: set[int]) -> list[str]:
    """The unit's own words (``_Name.own``) a query kept that leaves out only the kind of company inside the listed
    name ("Kawasaki Aerospace Systems" for … Heavy Industries Aerospace Systems …), or one generic word at its end
    while other listed units share its first word ("Hanwha Philly" for Hanwha Philly Shipyard): its short form, not
    its group's name ("Northrop Grumman", "General Atomics", "Elbit Systems" are the parent's). [] otherwise."""
    tokens = name.norm.tokens
    if 0 not in used_e:
        return []
    kept = [tokens[e] for e in sorted(used_e) if e > 0 and tokens[e] in name.own]
    if not kept:
        return []
    missing = [i for i in range(len(tokens)) if i not in used_e]
    if max(used_e) > max(missing):  # a gap inside: only the kind of company may be left out
        if all(tokens[i] in _KIND_WORDS for i in missing):
            return kept
        # Or one generic word before the country the unit is the group's arm in ("Acme America" for Acme Systems of
        # America): the country kept says the unit, the group's name has none.
        country = tokens[max(used_e)] in _UNIT_COUNTRIES and len(missing) == 1
        return kept if country and tokens[missing[0]] in GENERIC_WORDS else []
    # A group's name ends in its brand ("Northrop Grumman"); a query ending in a generic word of the unit's ("JMU
    # Defense" for JMU Defense Systems) names the unit.
    last = tokens[max(used_e)]
    if (len(missing) == 1 and tokens[missing[0]] in GENERIC_WORDS and tokens[missing[0]] not in COUNTRY_WORDS
            and (name.brand_shared or last in GENERIC_WORDS)):
        return kept
    return []


REORDERED_SCORE = 0.9  # a Chinese name's words in another order: a match, below the same name's


def _zh_words(norm: NormalName) -> tuple[str, ...] | None:
    """A one-run Chinese name's words (``chinese.zh_segments``) sorted, when it has two or more; else None."""
    if len(norm.tokens) != 1 or not is_cjk(norm.key):
        return None
    words = [text for text, _ in zh_segments(norm.key)]
    return tuple(sorted(words)) if len(words) >= 2 else None


def _unit_after(query_key: str, listed_key: str) -> bool:
    """The query is the listed Chinese name with more after it, and not only the kind of company (工业, 控股)."""
    if not query_key.startswith(listed_key) or len(query_key) == len(listed_key):
        return False
    rest = query_key[len(listed_key):]
    for word in COMPANY_KIND_ZH:
        rest = rest.replace(word, "")
    return bool(rest)


def _without_kind(key: str, *, keep: int) -> str:
    """A Chinese key without the words that say what kind of company it is (工业, 科技 …) after its first ``keep``
    characters (the brand)."""
    for word in COMPANY_KIND_ZH:
        if word in key[keep:]:
            key = key[:keep] + key[keep:].replace(word, "")
    return key


# Where a legal form or a country word says a company is registered: a query that says another country than the
# listed entity's ("Shield AI GmbH", a German company, against the listed "Shield AI, Inc.") names another
# company of the same group, a related entity. Inc. and Corporation are written in many countries, never by a
# British or German company.
_AMERICAN_STYLE = frozenset({"US", "CA", "PH", "TW", "JP", "KR", "CN", "HK", "SG", "IL", "AU", "IN"})
JURISDICTIONS: dict[str, frozenset[str]] = {
    "plc": frozenset({"GB", "IE"}), "gmbh": frozenset({"DE", "AT", "CH"}), "ag": frozenset({"DE", "AT", "CH"}),
    "株式会社": frozenset({"JP"}), "kk": frozenset({"JP"}), "llc": frozenset({"US"}), "inc": _AMERICAN_STYLE,
    "incorporated": _AMERICAN_STYLE, "corp": _AMERICAN_STYLE, "corporation": _AMERICAN_STYLE,
    "美国": frozenset({"US"}), "日本": frozenset({"JP"}), "台湾": frozenset({"TW"}), "台湾地区": frozenset({"TW"}),
    "韩国": frozenset({"KR"}), "英国": frozenset({"GB"}), "德国": frozenset({"DE"}), "法国": frozenset({"FR"}),
}


ANOTHER_COUNTRY = "another country"


def another_country(dropped: Iterable[str], listed_dropped: Iterable[str]) -> str | None:
    """The legal form or country word of a query that says another country than the listed name's legal form
    (``JURISDICTIONS``), when none of the query's says the same country; else None."""
    where = next((JURISDICTIONS[d] for d in listed_dropped if d in JURISDICTIONS), None)
    if where is None:
        return None
    said = [d for d in dropped if d in JURISDICTIONS]
    if not said or any(not where.isdisjoint(JURISDICTIONS[d]) for d in said):
        return None
    return said[0]


def _review_alias(match: Match, cut: float) -> Match:
    """A match on an alias in capitals, scored into the review band: initials alone never prove who a company is."""
    score = min(match.score, cut * ACRONYM_ALIAS_FACTOR)
    return replace(match, score=score, explanation=match.explanation + "; the alias is an acronym: a review hit, "
                                                                       "never a match")


def _of_country(entity: Any, where: frozenset[str]) -> bool:
    """Whether an entity may be of one of these countries: its own country, or else its names' legal forms
    (``JURISDICTIONS``: "Inc." is never British) when they say one."""
    country = entity_field(entity, "country")
    if country is not None:
        return bool(country in where)
    said = [JURISDICTIONS[d] for n in entity_names(entity) for d in normalize(n).dropped if d in JURISDICTIONS]
    return not said or any(not where.isdisjoint(places) for places in said)


def given_aliases(entity: Any) -> list[tuple[str, str]]:
    """The (alias, source) pairs a user or a notice gave for an entity (``given_aliases``, attribute or key)."""
    value = entity.get("given_aliases") if isinstance(entity, dict) else getattr(entity, "given_aliases", None)
    return [(alias, source) for alias, source in value or () if isinstance(alias, str) and alias.strip()]


def entity_field(entity: Any, key: str) -> Any:
    """One field of an entity (``country``, ``kind``), as an attribute or a dict key."""
    return entity.get(key) if isinstance(entity, dict) else getattr(entity, key, None)


def entity_names(entity: Any) -> list[str]:
    """Every name an entity is known by: ``name_en``, ``name_zh`` and ``aliases`` (attributes or dict keys)."""
    def get(key: str) -> Any:
        return entity.get(key) if isinstance(entity, dict) else getattr(entity, key, None)

    names: list[str] = []
    for value in (get("name_en"), get("name_zh"), *(get("aliases") or ())):
        if isinstance(value, str) and value.strip() and value not in names:
            names.append(value)
    return names


def _sound_key(sound: ZhSound, gram: str) -> tuple[str, frozenset[str], str]:
    """A letter triple of a name's sound, under its first sound and generic words: two names that differ in either
    never sound alike (``sound_similarity``), so they need not be counted."""
    return sound.head, sound.generic, gram


def _read_lines(queries: Sequence[Query]) -> tuple[Sequence[Query], dict[int, dict[str, tuple[str, str]]], set[int]]:
    """Each query as its lines' name parts (``line_parts``): the asked queries, per rewritten row each asked
    name → (the line it was read from, which part of it the name is), and the rows whose name part ended where its
    column did (maybe cut inside its last word)."""
    asked: list[Query] | None = None
    read: dict[int, dict[str, tuple[str, str]]] = {}
    column_cut: set[int] = set()
    for qi, query in enumerate(queries):
        name_parts = read_line(query.name) if query.name else None
        zh_parts = read_line(query.name_zh) if query.name_zh else None
        if name_parts is None and zh_parts is None:
            continue
        if asked is None:
            asked = list(queries)
        parts: dict[str, tuple[str, str]] = {}
        extras: list[str] = []
        name, name_zh = query.name, query.name_zh
        for line, found in ((query.name, name_parts), (query.name_zh, zh_parts)):
            if found is None or line is None:
                continue
            left_out = f" ({', '.join(repr(d) for d in found.dropped)} left out)" if found.dropped else ""
            parts.setdefault(found.name, (line, f"{found.told or 'the name part of'} {line!r}{left_out}"))
            for text, role in found.extras:
                parts.setdefault(text, (line, f"{text!r}, {role} in {line!r}"))
                extras.append(text)
            if line == query.name:
                name = found.name
                if found.cut:
                    column_cut.add(qi)
            else:
                name_zh = found.name
        asked[qi] = Query(name, name_zh, (*extras, *query.aliases))
        read[qi] = parts
    return (queries if asked is None else asked), read, column_cut


def _drop_foreign_initials(read: dict[int, dict[str, tuple[str, str]]], results: list[list[Match]]) -> None:
    """Initials whose line puts them in another country than the listed entity's (``JMU / SPRINGFIELD VA``
    against a Japanese JMU) are another body's with the same initials: no hit."""
    for qi, parts in read.items():
        if not any(m.reason == "acronym" for m in results[qi]):
            continue
        said = {said_country(found.dropped) for line, _ in parts.values() if (found := read_line(line)) is not None}
        country = next((c for c in said if c is not None), None)
        if country is not None:
            where = frozenset({country})
            results[qi] = [m for m in results[qi] if m.reason != "acronym" or _of_country(m.entity, where)]


def ranked(matches: Iterable[Match]) -> list[Match]:
    """A row's matches best first; a tie in the order of the listed names."""
    return sorted(matches, key=lambda m: (-m.score, m.matched_name))


def offered(row: list[Match], offers: Iterable[Match], *, better: bool = False) -> list[Match]:
    """``row`` with each offered match taken in where nothing but a related hit names its entity (a second reading
    never overrides a first one's match), or, ``better``, also where it scores above the match it finds there."""
    best = {id(m.entity): m for m in row}
    for m in offers:
        current = best.get(id(m.entity))
        if current is None or current.reason == "related" or better and current.score < m.score:
            best[id(m.entity)] = m
    return ranked(best.values())


def _written_out_reason(match: Match) -> str:
    """The reason of a match of a name whose shortened words were written out: a fuzzy one, unless an alias or an
    acronym made it."""
    return match.reason if match.reason in ("alias", "acronym") else "fuzzy"


def _from_part(match: Match, parts: dict[str, tuple[str, str]]) -> Match:
    """A match of a line's part, told as the line's: its printed text, and which part of it matched."""
    part = parts.get(match.query_name)
    if part is None:
        return match
    line, which = part
    # The owner a division's line names after it is the party too, but a hit on the line's own name says more.
    score = match.score * OWNER_FACTOR if OWNER_ROLE in which else match.score
    return replace(match, score=score, query_name=line, explanation=f"{match.reason}: {which}; {match.explanation}")


def _latin_then_form(name: str) -> bool:
    """A Latin name with only a Chinese legal form after it ("Nortech Sunex 有限公司")."""
    return any(name.endswith(form) and name[: -len(form)].isascii() for form in LEGAL_FORMS_ZH)


class Matcher:
    """Screens names against a fixed set of entities; build once per entity set, call ``match`` many times."""

    def __init__(self, entities: Iterable[Any], *, threshold: float | None = None, blocking: bool = True) -> None:
        self.entities: list[Any] = list(entities)
        self.threshold = default_threshold() if threshold is None else threshold
        self._names: list[_Name] = []
        self._exact: dict[str, list[int]] = {}
        self._vocab: list[str] = []
        self._vocab_index: dict[str, int] = {}
        self._postings: dict[int, list[int]] = {}
        self._phonetic: dict[str, list[int]] = {}
        self._sim_cache: dict[tuple[str, int], dict[int, tuple[float, int]]] = {}
        self._posted_cache: dict[tuple[str, int], bool] = {}
        self._word_posted: dict[str, bool] = {}
        self._pair_posted: dict[tuple[str, str], bool] = {}
        self._head_hit: dict[str, bool] = {}  # a word of 4+ letters → may a name starting with it be listed?
        self.blocking = blocking  # False: every name through the full pipeline (tests check both agree)
        self._generic_only: list[int] = []
        self._allowed: list[int] = []
        self._listed_words: frozenset[str] | None = None  # built the first time a line in capitals is read
        self._listed_capitals: frozenset[str] = frozenset()
        self._initials_known: dict[str, bool] = {}
        # Where a dotted transliteration ends, as the listed names show it: their short forms are cut there.
        stems = frozenset(stem for entity in self.entities for original in entity_names(entity)
                          for stem in dot_stems(original))
        for index, entity in enumerate(self.entities):
            printed = entity_names(entity)
            for original in printed:
                self._add_name(index, original)
                placed = _COMMA_COUNTRY_RE.fullmatch(original)
                if placed is not None and placed.group(1) not in printed:
                    # "CSBC Corporation, Taiwan": the place after a comma says where, the name is before it.
                    self._add_name(index, placed.group(1))
            for original in printed:
                for short in dot_short_forms(original, stems):
                    if short not in printed:
                        self._add_name(index, short, alias_of=(original, "short form of a transliteration in parts"))
            for alias, source in given_aliases(entity):
                if alias not in printed:
                    self._add_name(index, alias, alias_of=(printed[0] if printed else alias, source))
        self._post_generic_only()
        self._mark_parents()
        self._exact_prefixes = frozenset(key[:_PREFIX] for key in self._exact)
        self._prefix_lengths = sorted({min(len(key), _PREFIX) for key in self._exact})
        # Chinese names, blocked by pairs of adjacent distinctive sounds: a query meets only names sharing half.
        self._zh_forms: dict[int, ZhForm] = {}
        self._zh_block: dict[tuple[str, str], list[int]] = {}
        self._zh_need: dict[int, int] = {}
        self._zh_need_coarse: dict[int, int] = {}
        self._zh_sounds: dict[int, ZhSound] = {}
        self._zh_sound_block: dict[tuple[str, frozenset[str], str], list[int]] = {}
        # The (first sound, generic words) of every listed sound: a query's sound under none of them meets no triple.
        self._zh_sound_heads: set[tuple[str, frozenset[str]]] = set()
        for idx, name in enumerate(self._names):
            form = zh_form(name.norm)
            if form is None:
                continue
            keys = form.bigrams()
            if not keys:
                continue
            self._zh_forms[idx] = form
            self._zh_need[idx] = (len(keys) + 1) // 2
            for key in keys:
                self._zh_block.setdefault(key, []).append(idx)
            # By initial sounds too (chinese.coarse), every pair (all but one from four): other transliterations.
            loose = form.coarse_bigrams()
            if len(loose) >= 2:  # the loose reading needs three distinctive syllables or more
                self._zh_need_coarse[idx] = len(loose) if len(loose) <= 3 else len(loose) - 1
                for key in loose:
                    self._zh_block.setdefault(key, []).append(idx)
            sound = zh_sound(form)
            if sound is not None:
                self._zh_sounds[idx] = sound
                self._zh_sound_heads.add((sound.head, sound.generic))
                for gram in sound.grams():
                    self._zh_sound_block.setdefault(_sound_key(sound, gram), []).append(idx)
        self._brands = self._brand_renderings()
        # Chinese names by their words in any order: 海洋工程国际 is 国际海洋工程 with 国际 put last, as English does.
        self._zh_reordered: dict[tuple[str, ...], list[int]] = {}
        for idx, listed in enumerate(self._names):
            reordered = _zh_words(listed.norm)
            if reordered is not None:
                self._zh_reordered.setdefault(reordered, []).append(idx)
        # Latin names by consonant skeleton (``chinese.latin_renderings``): a Chinese rendering of one meets it.
        self._renderings: dict[tuple[str, frozenset[str]], list[int]] = {}
        # The same without one generic word before the country the unit is named after (埃比特美国 for … Systems of
        # America), as the Latin short form (``_short_form``): a rendering of the unit's short name.
        self._short_renderings: dict[tuple[str, frozenset[str]], list[tuple[int, str]]] = {}
        for idx, name in enumerate(self._names):
            if name.original.isascii():
                for rendering in dict.fromkeys(latin_renderings(name.norm)):
                    self._renderings.setdefault(rendering, []).append(idx)
                    skeleton, generic = rendering
                    if len(generic) >= 2 and not generic.isdisjoint(_UNIT_COUNTRIES):
                        for word in generic - _UNIT_COUNTRIES:
                            self._short_renderings.setdefault((skeleton, generic - {word}), []).append((idx, word))
        # Latin names by their words in English: a Chinese translation of one word for word meets it.
        self._translations = TranslationIndex()
        self._glossary_chars = glossary_chars()
        self._translation_starts = frozenset(w[0] for w in glossary()) | TRANSLITERATION_CHARS
        for idx, name in enumerate(self._names):
            if name.original.isascii():
                self._translations.add(idx, name.norm.tokens)
        self._romanised = self._romanised_index()
        # Latin listed words by sound, for a name another script writes by its sounds (``loan_sounds``).
        self._han_viet = HanVietIndex()
        for idx, name in enumerate(self._names):
            if not name.original.isascii() and entity_field(self.entities[name.entity], "country") in CHINESE_PLACES:
                self._han_viet.add(idx, name.norm.key)
        self._sounds = SoundWords({t for name in self._names if name.original.isascii() for t in name.norm.tokens})
        self._america: dict[str, list[int]] = {}
        for idx, name in enumerate(self._names):
            america = america_key(name.norm.tokens)
            if america is not None:
                self._america.setdefault(america, []).append(idx)
        self._second_variants()
        self._tickers = TickerIndex()
        for name in self._names:
            self._tickers.add(name.entity, name.original)
        words = {w for name in self._names for w in (*name.norm.tokens, *name.norm.surface)}
        self._acronyms = AcronymIndex(words)
        # A given alias in capitals (a ticker, "XYZ", or the initials a filing uses) is an acronym: an acronym key of
        # its own, and its hits stay in the review band like any acronym's (``_review_alias``).
        self._acronym_aliases: frozenset[str] = frozenset(
            name.original for name in self._names if name.alias_of is not None and is_acronym_alias(name.original))
        # Which entities' names hold each word: a group's or a partner's name ("Lockheed Martin") is in others too.
        word_entities: dict[str, set[int]] = {}
        for name in self._names:
            for token in name.norm.tokens:
                word_entities.setdefault(token, set()).add(name.entity)

        def shared_with(entity: int) -> Callable[[str], bool]:
            return lambda word: bool(word_entities.get(word, set()) - {entity})

        brands: dict[str, set[int]] = {}
        for name in self._names:
            if name.norm.tokens:
                brands.setdefault(name.norm.tokens[0], set()).add(name.entity)
        for name in self._names:
            name.unit_start = _unit_start(name.norm.tokens, shared_with(name.entity))
            tokens = name.norm.tokens
            group = brands.get(tokens[0], set()) - {name.entity} if tokens else set()
            name.own = frozenset(t for t in tokens[1:] if t not in HOLDING_WORDS
                                 and not word_entities.get(t, set()) & group)
            name.brand_shared = bool(group)
            name.person = entity_field(self.entities[name.entity], "kind") == "person"

        for name in self._names:
            self._acronyms.add(name.entity, name.original)
            self._acronyms.add_unit(name.entity, name.original, shared_with(name.entity))
            if name.alias_of is not None and name.original in self._acronym_aliases:
                self._acronyms.add_alias(name.entity, name.original, name.alias_of[0])
        fuzzy_ids = [v for v, allowed in enumerate(self._allowed) if allowed > 0]
        self._fuzzy_vocab = [self._vocab[v] for v in fuzzy_ids]
        self._fuzzy_ids = np.array(fuzzy_ids, dtype=np.int64)
        self._fuzzy_allowed = np.array([self._allowed[v] for v in fuzzy_ids], dtype=np.int32)
        self._fuzzy_len = np.array([len(self._vocab[v]) for v in fuzzy_ids], dtype=np.int32)
        # The numbers in each such word: a typo may change its letters, never its number (L3Harrris, not L4Harris).
        self._fuzzy_digits = [_digits(self._vocab[v]) for v in fuzzy_ids]
        self._moved_double: dict[str, list[int]] = {}
        for v in fuzzy_ids:
            single = moved_double_key(self._vocab[v])
            if single is not None:
                self._moved_double.setdefault(single, []).append(v)
        # Chinese names as Latin letters, pinyin or Wade-Giles (``romanised.spelled_readings``):
        # "Chung Hsin Shipbuilding" for 中信造船.
        self._romanized: dict[str, list[int]] = {}
        latin_keys = {index: " ".join(normalize(n).key for n in entity_names(entity) if n.isascii())
                      for index, entity in enumerate(self.entities)}
        for idx, listed in enumerate(self._names):
            if len(listed.norm.tokens) == 1 and is_cjk(listed.norm.key):
                for reading in (*spelled_readings(listed.norm.key, latin_keys[listed.entity]),
                                *spelled_with_legal_form(listed.norm.key, latin_keys[listed.entity]),
                                *spelled_with_kind(listed.norm.key, latin_keys[listed.entity])):
                    self._romanized.setdefault(reading, []).append(idx)
        self._romanized_heads = frozenset(key[:_PREFIX] for key in self._romanized)
        self._pinyin = self._pinyin_names()
        # The first word a Latin query written as one of those has: one or more syllables from the key's start.
        self._pinyin_heads = frozenset(key[:n] for key in self._pinyin for n in range(1, len(key) + 1))
        self._slips: dict[str, list[int]] = {}
        for v, word in enumerate(self._vocab):
            slip = sound_slip_key(word)
            if slip is not None:
                self._slips.setdefault(slip, []).append(v)
        self._ocr: dict[str, list[int]] = {}
        for v, word in enumerate(self._vocab):
            folded = ocr_key(word)
            if folded is not None:
                self._ocr.setdefault(folded, []).append(v)
        self._abbreviations = WordAbbreviations((n.original for n in self._names if n.original.isascii()),
                                               distinctive=DISTINCTIVE)
        self._cut_names = build_cut_names((idx, n.entity, n.original) for idx, n in enumerate(self._names))
        self._stems = build_stems((idx, n.entity, n.original) for idx, n in enumerate(self._names))

    def _match_recased(self, queries: Sequence[Query], results: list[list[Match]], cut: float) -> None:
        """Names in capitals nothing matched, read once more in mixed case (``capitals``): the readings that go by
        case (initials and a site after them, a word of a name and initials) then see the name a file writing in mixed
        case would have written. Names matched already are left as they are: case changes no other reading."""
        redo: list[tuple[int, str, str]] = []
        for qi, query in enumerate(queries):
            name = query.name
            if not name or not in_capitals(name) or any(m.reason != "related" for m in results[qi]):
                continue
            cased = self._recase(name)
            if cased is not None:
                redo.append((qi, name, cased))
        if not redo:
            return
        asked = [Query(cased) for _, _, cased in redo]
        found = self._match_plain(asked, cut)
        self._match_abbreviated(asked, found, cut)
        self._match_second_readings(asked, found, cut)
        for (qi, original, cased), matches in zip(redo, found, strict=True):
            results[qi] = offered(results[qi], (replace(m, query_name=original, explanation=(
                f"{m.reason}: {original!r} read in mixed case as {cased!r} (the name is all in capitals); "
                + m.explanation)) for m in matches if m.reason != "related"))

    def _recase(self, line: str) -> str | None:
        """A line in capitals as a file in mixed case writes it (``capitals``), by the listed names' words."""
        if self._listed_words is None:
            words = {w for name in self._names for w in (*name.norm.tokens, *name.norm.surface)}
            self._listed_words = frozenset(w.casefold() for w in words)
            self._listed_capitals = frozenset(
                w for name in self._names if name.original.isascii()
                for w in _CAPITAL_WORD_RE.findall(name.original) if w.isupper())
        return recased(line, listed_word=self._listed_words.__contains__,
                       in_listed_capitals=self._listed_capitals.__contains__, initials=self._known_initials)

    def _known_initials(self, letters: str) -> bool:
        """Whether letters in capitals are an acronym or a ticker of a listed name (kept per word: a file in capitals
        repeats its words, and a ticker is read by walking the listed names)."""
        known = self._initials_known.get(letters)
        if known is None:
            if len(self._initials_known) > _CACHE_LIMIT:
                self._initials_known.clear()
            known = self._initials_known[letters] = (self._acronyms.holds(letters)
                                                     or bool(self._tickers.lookup(letters)))
        return known

    def _romanised_index(self) -> RomanisedIndex:
        """The names of entities from Chinese-speaking places and Japan that a Latin name may romanise otherwise
        (``romanised``): their Latin names by folded syllables, their Chinese or Japanese names by sound."""
        index = RomanisedIndex()
        for idx, name in enumerate(self._names):
            country = entity_field(self.entities[name.entity], "country")
            if country in CHINESE_PLACES:
                if name.original.isascii():
                    index.add_latin(idx, name.norm.tokens)
                else:
                    index.add_zh(idx, name.norm.key, japanese=False)
                    # The name as printed, in Taiwan's words (航太, which normalize makes 航天): a romanised name
                    # spells the words it was written with.
                    printed = name.norm.key
                    for taiwan, mainland in TAIWAN_WORDS.items():
                        if taiwan in name.original and mainland in printed:
                            printed = printed.replace(mainland, taiwan)
                    if printed != name.norm.key:
                        index.add_zh(idx, printed, japanese=False)
            elif country == "JP" and not name.original.isascii():
                index.add_zh(idx, name.norm.key, japanese=True)
        return index

    def _match_second_readings(self, queries: Sequence[Query], results: list[list[Match]], cut: float,
                               column_cut: Collection[int] = ()) -> None:
        """Queries nothing matched, read once more, each reading a review hit that says why: without a department
        after the name (``departments``); as another romanisation of a listed name (``romanised``); as initials with
        a site, or a ticker (``sites``, ``tickers``); with one word said another way (``synonyms``); as a person's
        given name with a letter dropped (``persons``); as a listed Chinese name shortened (``zh_variants``)."""
        asked: list[Query] = []
        # (row, name as printed, its hangul, Cyrillic or Arabic read as Latin words, the script)
        foreign_script: list[tuple[int, str, str, str]] = []
        # (row, name as printed, how the asked name was read from it, the countries a match must be of or None)
        asked_for: list[tuple[int, str, str, frozenset[str] | None]] = []
        # Bound once: this loop sees every name nothing matched, most of a screening run.
        may_start = self._romanised.may_start if self._romanised else None
        may_hold = self._persons.may_hold
        no_trigger = _SECOND_TRIGGERS.isdisjoint
        caps_head = _CAPS_HEAD_RE.match
        stateless, glossary_chars_, america = self._stateless, self._glossary_chars, bool(self._america)
        romanized_heads = self._romanized_heads
        for qi, query in enumerate(queries):
            already = results[qi]
            if already and any(m.reason != "related" for m in already):
                if all(m.score < cut for m in already):
                    # Review hits only: a bracketed part may have led the Chinese name's sounds astray.
                    for original in query.names():
                        part = bracketed_part(original) if not original.isascii() else None
                        if part is not None:
                            self._ask_bracketed(qi, original, part, asked, asked_for)
                continue
            for original in (query.name,) if query.name_zh is None and not query.aliases else query.names():
                # Most names here are no listed name at all: cheap checks on the printed name come first, and the
                # name is normalised only for a reading it may have.
                if not original.isascii():
                    # Read already by the first pass (a cached answer), or a Latin name with a Chinese legal form
                    # after it, keyed by its Latin part.
                    text = name_key(original)
                    if may_swap(text) or america and "america" in text:  # 美国 is read as America
                        self._offer_synonyms(qi, original, results, cut)
                    if text[:2] in stateless or (
                            len(text) >= 2 and text[0] in _BRAND_CHARS and text[1] in _BRAND_CHARS
                            and all(c in TRANSLITERATION_CHARS or c in glossary_chars_ for c in text)):
                        self._offer_variants(qi, original, results, cut)
                    part = bracketed_part(original) if "(" in original or "（" in original else None
                    if part is not None:
                        self._ask_bracketed(qi, original, part, asked, asked_for)
                    if has_hangul(original):
                        # A Latin note after a comma (", USA") is the file's: the reading is of the name alone.
                        head, _, tail = original.partition(",")
                        reading = latin_reading(head if tail.isascii() else original)
                        if reading is not None:
                            foreign_script.append((qi, original, self._heard(
                                reading, frozenset(original.casefold().split())), "Korean"))
                    else:
                        foreign = self._script_reading(original)
                        if foreign is not None:
                            foreign_script.append((qi, original, *foreign))
                    continue
                words = original.casefold().translate(_PUNCT_AS_SPACE).split()
                if not words:
                    continue
                if words[0] == "the" and len(words) > 1:
                    # The article normalize drops: the readings below see the name as written after it.
                    words = words[1:]
                    original_bare = _THE_RE.sub("", original, count=1)
                else:
                    original_bare = original
                # The first word after a legal form before the name ("Kabushiki Kaisha …"), which normalize drops.
                first = next((w for w in words if w not in _LEADING_DROPPED), words[0])
                if may_start is not None and (may_start(first) or len(words) > 3
                                              and country_in_syllables(words[0], words[1])):
                    self._offer_romanised(qi, original, results, cut)
                if may_be_romanised(original):
                    # A Russian rendering in Latin letters (LOKKHID MARTIN): read as the Cyrillic it romanises.
                    russian = cyrillic.from_romanised(original, pinyin=_in_syllables)
                    foreign = self._script_reading(russian) if russian is not None else None
                    if foreign is not None:
                        foreign_script.append((qi, original, foreign[0], "romanised Russian"))
                if may_be_romanised_korean(original):
                    # A Korean rendering in Latin letters (Rokhideu Mateun, read as Russian too for its kh): read as
                    # the hangul it romanises.
                    korean = romanised_korean.from_romanised(original)
                    reading = latin_reading(korean[0]) if korean is not None else None
                    if korean is not None and reading is not None:
                        foreign_script.append((qi, original, self._heard(reading, korean[1]), "romanised Korean"))
                if may_be_romaji_loans(words):
                    # A foreign name in Japanese romaji (Sisutemu for Systems), read as its loanwords and sounds.
                    foreign = self._script_reading(original)
                    if foreign is not None:
                        foreign_script.append((qi, original, foreign[0], "Japanese romaji"))
                head = words[0] if len(words[0]) >= _PREFIX else "".join(words[:_PREFIX])
                if head[:_PREFIX] in romanized_heads and not any(m.reason != "related" for m in results[qi]):
                    self._offer_romanized(qi, original, results, cut)
                if len(words) == 2 and may_hold(words):
                    self._offer_variants(qi, original_bare, results, cut)
                if not no_trigger(words) or may_have_care_of(original):  # America, a department's word, c/o
                    if america and _AMERICA_RE.search(original):
                        self._offer_synonyms(qi, original, results, cut)
                    cut_off = department_tail(original)
                    if cut_off is not None:
                        asked.append(Query(cut_off[0]))
                        asked_for.append((qi, original, f"{cut_off[1]!r} after the name is a department or "
                                                        f"addressee, ignored", None))
                if caps_head(original_bare):
                    self._offer_site(qi, original_bare, results, cut)
                if len(words) == 1 and len(words[0]) >= MIN_STEM and original.islower():
                    self._offer_stem(qi, original, results, cut)
                filled = qi in column_cut and original == query.name
                if ((may_be_cut(original_bare) or filled)
                        and not any(m.reason != "related" for m in results[qi])):
                    self._offer_cut(qi, original_bare, results, cut, filled=filled)
        if foreign_script:
            self._offer_script_readings(foreign_script, results, cut)
        if not asked:
            return
        found = self._match_plain(asked, cut)
        self._match_abbreviated(asked, found, cut)
        for (qi, original, how, where), matches in zip(asked_for, found, strict=True):
            # A bracketed country not the listed entity's is another company of its group.
            results[qi] = offered(results[qi], (
                replace(m, query_name=original, explanation=f"{m.reason}: {how}; " + m.explanation)
                for m in matches if m.reason != "related" and (where is None or _of_country(m.entity, where))),
                better=True)

    @staticmethod
    def _ask_bracketed(qi: int, original: str, part: Bracketed, asked: list[Query],
                       asked_for: list[tuple[int, str, str, frozenset[str] | None]]) -> None:
        """A name in characters with a bracketed part (``bracketed``): the name without it is asked, a country in
        the brackets kept as a condition on the match; a Latin part (an acronym, the English name) is asked alone."""
        where = JURISDICTIONS.get(clean_text(part.inner))
        asked.append(Query(part.rest))
        asked_for.append((qi, original, f"{part.inner!r} in brackets read apart" + (
            ", the country the listed entity's" if where else ""), where))
        if part.latin:
            asked.append(Query(part.inner))
            asked_for.append((qi, original, f"{part.inner!r}, the Latin name in brackets, read on its own", None))

    def _second_variants(self) -> None:
        """Listed names as the second reading also reads them: persons by their words (``persons``), Chinese names
        without a state, Latin names without a word's last nasal (``zh_variants``)."""
        self._persons = PersonIndex()
        self._stateless: dict[str, list[tuple[int, ZhForm]]] = {}
        self._nasal_renderings: dict[tuple[str, frozenset[str]], list[int]] = {}
        for idx, name in enumerate(self._names):
            if name.original.isascii():
                if entity_field(self.entities[name.entity], "kind") == "person":
                    self._persons.add(idx, name.norm.tokens)
                for key in renderings_without_last_nasal(name.norm):
                    self._nasal_renderings.setdefault(key, []).append(idx)
                continue
            stateless = without_state(name.norm.key) if is_cjk(name.norm.key) else None
            form = zh_form(NormalName(stateless, (stateless,), ())) if stateless else None
            if stateless and form is not None:
                self._stateless.setdefault(stateless[:2], []).append((idx, form))

    def _offer_variants(self, qi: int, original: str, results: list[list[Match]], cut: float) -> None:
        """A person's given name with a letter dropped; a Chinese name that leaves out a listed branch's state or a
        Latin word's last nasal."""
        norm = normalize(original)
        found: list[tuple[int, float, str]] = []
        if original.isascii():
            found.extend((hit.idx, cut * PINYIN_FACTOR, f"the given name {hit.typed} is {hit.given} with a letter "
                                                         f"dropped, the other name the same")
                         for hit in self._persons.lookup(norm.tokens))
            found.extend((hit.idx, cut * PINYIN_FACTOR, f"a surname with the initial {hit.typed.upper()} of the given "
                                                         f"name {hit.given}")
                         for hit in self._persons.initial_lookup(original))
        elif norm.tokens and all(is_cjk(t) for t in norm.tokens):
            key = norm.key
            form = zh_form(norm) if (self._stateless.get(key[:2]) or self._nasal_renderings) else None
            if form is not None:
                for idx, listed in self._stateless.get(key[:2], ()):
                    scored = zh_score(form, listed)
                    if scored is not None and not scored.related and scored.score >= cut:
                        found.append((idx, cut * PINYIN_FACTOR, f"the listed name without its state: {scored.why}"))
                rendering = zh_rendering(form)
                if rendering is not None:
                    for rkey in rendering_keys(rendering[0], rendering[1]):
                        found.extend((idx, cut * PINYIN_FACTOR, f"a Chinese rendering of the Latin name, "
                                                                f"{rendering[2]} sounds as it does without a word's "
                                                                f"last n (consonants {rkey[0]})")
                                     for idx in self._nasal_renderings.get(rkey, ()))
        self._offer_review(qi, original, results, found)

    def _offer_review(self, qi: int, original: str, results: list[list[Match]],
                      found: list[tuple[int, float, str]]) -> None:
        """Review hits (listed name index, score, how it was read) for a row, each kept only where nothing better
        than a related hit names its entity."""
        if not found:
            return
        names = [(self._names[idx], score, how) for idx, score, how in found]
        results[qi] = offered(results[qi], (
            Match(self.entities[name.entity], score, original, name.original,
                  *name.why("fuzzy", f"{original!r} ~ {name.original!r}: {how}; a review hit"))
            for name, score, how in names))

    def _offer_synonyms(self, qi: int, original: str, results: list[list[Match]], cut: float) -> None:
        """One word said another way (``synonyms``): another translation of a Chinese word, America for USA."""
        norm = normalize(original)
        found: list[tuple[int, str]] = []
        america = america_key(norm.tokens) if self._america else None
        if america is not None:
            found.extend((idx, "USA, US and America read as one") for idx in self._america.get(america, ()))
        if not original.isascii() and any(is_cjk(t) for t in norm.tokens):
            for key, word, other in zh_swaps(norm.key):
                found.extend((idx, f"{word} read as {other}, another translation of the same English word")
                             for idx in self._exact.get(key, ()))
        self._offer_review(qi, original, results, [(idx, cut * PINYIN_FACTOR, how) for idx, how in found])

    def _offer_site(self, qi: int, original: str, results: list[list[Match]], cut: float) -> None:
        """Initials with their site after them ("XYZ Nagoya Works", ``sites``): the initials are looked up alone;
        else a ticker with a place or an exchange after it (``tickers``)."""
        if spelled_after(original) is not None:
            return  # "DTC DEPOSITORY TRUST CO": the words after the initials are what they stand for
        found = site_after_initials(original) or town_and_state(original) or initials_then_site(original)
        offers: list[tuple[int, float, str, str]] = []
        if found is not None:
            head, site = found
            offers = [(hit.entity, hit.factor, hit.name, hit.explanation(head)
                       + f"; {site!r} after it is a site of the unit (a town and its state, or a plant, "
                       f"works or centre)") for hit in self._acronyms.lookup(head)]
        branded = initials_then_brand(original) if not offers else None
        if branded is not None:
            head, brand = branded
            brand_tokens = normalize(brand).tokens
            offers = [(hit.entity, hit.factor, hit.name, hit.explanation(head)
                       + f"; {brand!r} in brackets after it is the first words of the listed name, its group's")
                      for hit in self._acronyms.lookup(head)
                      if normalize(hit.name).tokens[: len(brand_tokens)] == brand_tokens]
        ticker = ticker_with_context(original) if not offers else None
        if ticker is not None:
            key, context = ticker
            offers = [(entity, TICKER_FACTOR, listed, f"acronym: {key!r} is a ticker of {listed!r} (its words' "
                                                      f"letters in order, each from its first; {context!r} after it "
                                                      f"says where it sits or trades); a review hit, never a match")
                      for entity, listed in self._tickers.lookup(key, exchange=on_exchange(context))]
        elif not offers and (venue := ticker_at_venue(original)) is not None:
            key, suffix, country = venue
            where = frozenset({country})
            offers = [(entity, TICKER_FACTOR, listed, f"acronym: {key!r} is a ticker of {listed!r} (its words' "
                                                      f"letters in order, each from its first); '.{suffix}' after it "
                                                      f"is a venue's suffix, of an exchange in {country}; a review "
                                                      f"hit, never a match")
                      for entity, listed in self._tickers.lookup(key, exchange=True)
                      if _of_country(self.entities[entity], where)]
        elif not offers and _BARE_TICKER_RE.fullmatch(original):
            key = original.strip()
            offers = [(entity, TICKER_FACTOR, listed, f"acronym: {key!r} alone is a ticker of {listed!r} (each "
                                                      f"word's first letter, more only of a distinctive word's "
                                                      f"consonants, or a one-word name's every consonant); a review "
                                                      f"hit, never a match")
                      for entity, listed in self._tickers.lookup(key, alone=True)]
        if not offers:
            return
        results[qi] = offered(results[qi], (Match(self.entities[index], cut * factor, original, listed, "acronym", why)
                                            for index, factor, listed, why in offers))

    def _heard(self, reading: str, printed: frozenset[str]) -> str:
        """A hangul reading with each romanised word that sounds like a listed Latin word written as it; the
        glossary's English words and the Latin words as printed (``printed``, casefolded) are kept."""
        words = reading.split()
        fixed = frozenset(i for i, w in enumerate(words) if w.casefold() in printed or w in _HANGUL_ENGLISH)
        return self._sounds.reading(words, Profile.KOREAN, fixed).text

    def _script_reading(self, original: str) -> tuple[str, str] | None:
        """A name in Cyrillic or Arabic script, or a foreign name in Japanese katakana or its romaji with a long
        vowel's mark, read as Latin words (``cyrillic``, ``arabic``, ``japanese_loans``), each that sounds like a
        listed Latin word written as it (``loan_sounds``), and the script's name; None for another name."""
        for module, profile, script in ((cyrillic, Profile.CYRILLIC, "Cyrillic"), (arabic, Profile.ARABIC, "Arabic")):
            read = module.latin_words(original)
            if read is not None:
                words, fixed = read
                return self._sounds.reading(words, profile, fixed).text, script
        japanese = katakana_words(original) if has_katakana(original) else romaji_words(original)
        if japanese is not None:
            words, fixed = japanese
            return self._sounds.reading(words, Profile.JAPANESE, fixed).text, "Japanese"
        return None

    def _offer_script_readings(self, read: list[tuple[int, str, str, str]], results: list[list[Match]],
                               cut: float) -> None:
        """Names in hangul, Cyrillic or Arabic read as Latin words (``hangul``, ``cyrillic``, ``arabic``), screened
        together as Latin names: review hits, or related ones, since a reading is of sounds."""
        found = self._match_plain([Query(reading) for _, _, reading, _ in read], cut)
        for (qi, original, reading, script), matches in zip(read, found, strict=True):
            how = f"{'an' if script[0] in 'AEIOU' else 'a'} {script} rendering, read from {script} as {reading!r}"
            # Scaled, not capped: the readings' order stays that of their similarity.
            results[qi] = offered(results[qi], (
                replace(m, query_name=original, explanation=f"related: {how}; {m.explanation}")
                if m.reason == "related" else
                replace(m, score=cut * PINYIN_FACTOR * min(m.score, 1.0), query_name=original,
                        explanation=f"{m.reason}: {how}; {m.explanation}; sounds alone: a review hit")
                for m in matches))

    def _match_printed(self, queries: Sequence[Query], results: list[list[Match]], cut: float) -> None:
        """Names nothing matched, as printed (the line readers fold a Vietnamese name's marks, which tell it from
        toned pinyin, and split a line of two scripts at the first): a Vietnamese name read as a listed Chinese
        name in Hán-Việt (``han_viet``), a line of Latin and Chinese parts (``mixed_scripts``), a foreign name in
        romaji with a long vowel's mark (``japanese_loans``)."""
        mixed: list[tuple[int, str, list[tuple[str, bool]]]] = []  # (row, name as printed, its Latin and Chinese runs)
        romaji: list[tuple[int, str, str, str]] = []  # (row, name as printed, its romaji read as Latin words, script)
        for qi, query in enumerate(queries):
            for name in (query.name, query.name_zh):
                if not name or name.isascii() or any(m.reason != "related" for m in results[qi]):
                    continue
                if _latin_then_form(name):
                    # "Nortech Sunex 有限公司": a Latin name and a Chinese legal form name nothing the plain pass did
                    # not read (it drops the form); a sixth of a bank's rows are so.
                    continue
                if self._han_viet and has_vietnamese(name):
                    self._offer_review(qi, name, results, [(hit.idx, cut * PINYIN_FACTOR, f"{hit.how}; sounds alone")
                                                           for hit in self._han_viet.lookup(name)])
                runs = script_runs(name) if may_be_mixed(name) else None
                if runs is not None:
                    mixed.append((qi, name, runs))
                elif marked_romaji(name):
                    foreign = self._script_reading(name)
                    if foreign is not None:
                        romaji.append((qi, name, foreign[0], "Japanese romaji"))
        if mixed:
            self._offer_mixed(mixed, results, cut)
        if romaji:
            self._offer_script_readings(romaji, results, cut)

    def _offer_mixed(self, mixed: list[tuple[int, str, list[tuple[str, bool]]]], results: list[list[Match]],
                     cut: float) -> None:
        """Lines of Latin and Chinese parts (``mixed_scripts``): a match of one part that the other part names too
        (any hit of the same entity, or the Chinese part's own pinyin initials); else a review hit on the line with
        its English words in Chinese."""
        asked: list[Query] = []
        plan: list[tuple[int, str, str, str, int, str | None, int]] = []
        for qi, original, runs in mixed:
            latins = [text for text, cjk in runs if not cjk]
            latin = " ".join(latins)
            chinese = "".join(text for text, cjk in runs if cjk)
            reading = in_chinese(runs)
            # Each Latin run apart too, when there are several: one may be the file's note ("…, USA").
            runs_apart = latins if len(latins) > 1 else []
            plan.append((qi, original, latin, chinese, len(asked), reading, len(runs_apart)))
            asked.extend([Query(latin), Query(chinese), *([Query(reading)] if reading else []),
                          *(Query(text) for text in runs_apart)])
        found = self._match_plain(asked, cut)
        for qi, original, latin, chinese, at, reading, apart in plan:
            latin_hits, zh_hits = found[at], found[at + 1]
            first_apart = at + 2 + (reading is not None)
            latin_hits = [m for hits in (latin_hits, *found[first_apart:first_apart + apart]) for m in hits]
            offers: list[Match] = []
            initials = pinyin_initials(latin, chinese)
            for part, hits, other, other_hits in ((chinese, zh_hits, latin, latin_hits),
                                                  (latin, latin_hits, chinese, zh_hits)):
                named = {id(m.entity) for m in other_hits}
                for m in hits:
                    if m.reason == "related":
                        continue
                    if id(m.entity) in named:
                        why = f"{other!r} beside it names the same listed entity"
                    elif initials and part == chinese:
                        why = f"{latin!r} before it is the pinyin initials of {chinese} ({phonetic_key(chinese)})"
                    else:
                        continue
                    offers.append(replace(m, query_name=original, explanation=f"{m.reason}: {part!r}, one script's "
                                                                              f"part of {original!r}; {why}; "
                                                                              f"{m.explanation}"))
            if reading is not None:
                offers.extend(replace(m, score=cut * PINYIN_FACTOR * min(m.score, 1.0), query_name=original,
                                      explanation=f"{m.reason}: {original!r} with its English words in Chinese, "
                                                  f"{reading!r}; {m.explanation}; a review hit")
                              for m in found[at + 2] if m.reason != "related")
            results[qi] = offered(results[qi], offers, better=True)

    def _offer_stem(self, qi: int, original: str, results: list[list[Match]], cut: float) -> None:
        """A website's name of one word (``site_stems``): a listed name's first words as initials and its other words
        run together, or initials and a legal form (looked up as an acronym)."""
        label = original.strip()
        hit = self._stems.lookup(label)
        offers: list[Match] = []
        if hit is not None:
            name = self._names[hit[0]]
            offers.append(Match(self.entities[name.entity], cut * STEM_FACTOR, original, name.original, "acronym",
                                f"acronym: {hit[1]} of {name.original!r}; a review hit, never a match"))
        split = initials_before_legal(label) if not offers else None
        if split is not None:
            head, tail = split
            offers = [Match(self.entities[h.entity], cut * h.factor, original, h.name, "acronym",
                            f"{h.explanation(head)}; {label!r} is {head!r} and {tail!r}, its legal form, run together "
                            f"as a website's name writes them")
                      for h in self._acronyms.lookup(head + tail[0].upper()) or self._acronyms.lookup(head)]
        if offers:
            results[qi] = offered(results[qi], offers)

    def _offer_cut(self, qi: int, original: str, results: list[list[Match]], cut: float, *,
                   filled: bool = False) -> None:
        """A name in capitals cut at a vendor master's field width (``cut_names``): the one listed name it starts."""
        hit = self._cut_names.lookup(original, filled=filled)
        if hit is not None:
            self._offer_review(qi, original, results, [(hit[0], cut * CUT_FACTOR, hit[1])])

    def _offer_romanised(self, qi: int, original: str, results: list[list[Match]], cut: float) -> None:
        hits = self._romanised.lookup(normalize(original).tokens)
        after = ""
        for tokens, left_out in () if hits else without_address(original):
            # A town or the initials after the name: the romanised words are read without them.
            hits = self._romanised.lookup(tokens)
            if hits:
                after = f", {left_out!r} after the name left out"
                break
        self._offer_review(qi, original, results,
                           [(hit.idx, cut * PINYIN_FACTOR, f"{hit.how}{after}; sounds alone") for hit in hits])

    def _pinyin_names(self) -> dict[str, list[int]]:
        """Toneless pinyin, syllables joined, surname first and last → the names of entities known only by a Chinese
        name of a person's shape (``_PINYIN_NAME_RE``): a Latin file can write them only so; and the names of
        foreign persons in characters, their parts split by a dot."""
        out: dict[str, list[int]] = {}
        for idx, name in enumerate(self._names):
            if _DOTTED_PERSON_RE.fullmatch(name.original) and entity_field(self.entities[name.entity],
                                                                            "kind") == "person":
                # A foreign person's name in Chinese characters (帕尔默·卢基), which a file may give in pinyin
                # (Pà'ěrmò Lújī): its parts' syllables joined, in its order and turned round.
                parts = ["".join(phonetic_key(p).split("-")) for p in name.original.split("·")]
                if all(p.isascii() and p.isalpha() for p in parts) and len("".join(parts)) >= _DOTTED_MIN:
                    for key in dict.fromkeys(("".join(parts), "".join(parts[::-1]))):
                        out.setdefault(key, []).append(idx)
                continue
            if not _PINYIN_NAME_RE.fullmatch(name.original) or any(
                    n.isascii() for n in entity_names(self.entities[name.entity])):
                continue
            syllables = phonetic_key(name.original).split("-")
            if all(s.isascii() and s.isalpha() for s in syllables):
                for key in dict.fromkeys(("".join(syllables), "".join(syllables[1:] + syllables[:1]))):
                    out.setdefault(key, []).append(idx)
        return out

    def _match_reordered(self, original: str, norm: NormalName, cut: float,
                         offer: Callable[[int, Match], None]) -> None:
        """A Chinese name with a listed name's words in another order (``_zh_words``): a match, each word the same."""
        words = _zh_words(norm)
        if words is None:
            return
        for idx in self._zh_reordered.get(words, ()):
            name = self._names[idx]
            if name.norm.key != norm.key:
                offer(name.entity, Match(self.entities[name.entity], max(cut, REORDERED_SCORE), original,
                                         name.original, *name.why("fuzzy", f"{original!r} ~ {name.original!r}: the "
                                                                           f"same words in another order "
                                                                           f"({' '.join(words)})")))

    def _offer_romanized(self, qi: int, original: str, results: list[list[Match]], cut: float) -> None:
        """A Latin name that is a listed Chinese name in pinyin or Wade-Giles word for word, its generic words maybe
        in English (``romanised.spelled_readings``), where ``RomanisedIndex`` read nothing: a review hit, since a
        romanisation drops the tones and the characters."""
        self._offer_review(qi, original, results, [
            (idx, cut * PINYIN_FACTOR, f"the listed Chinese name romanised (pinyin "
                                       f"{phonetic_key(self._names[idx].norm.key)}, or Wade-Giles), generic words "
                                       "maybe in English, a legal form maybe in pinyin")
            for idx in self._romanized.get(normalize(original).key, ())])

    def _match_pinyin(self, original: str, norm: NormalName, cut: float, offer: Callable[[int, Match], None]) -> None:
        """A Latin name that is the pinyin of a listed Chinese-only name: a review hit, since many characters share
        one toneless reading."""
        for idx in self._pinyin.get(norm.key, ()):
            name = self._names[idx]
            offer(name.entity, Match(self.entities[name.entity], cut * PINYIN_FACTOR, original, name.original,
                                     *name.why("fuzzy", f"{original!r} ~ {name.original!r}: the pinyin of the listed "
                                                        f"Chinese name ({phonetic_key(name.original)}), tones "
                                                        f"unknown; a review hit")))

    def _add_name(self, entity: int, original: str, alias_of: tuple[str, str] | None = None) -> None:
        norm = normalize(original)
        if not norm.tokens:
            return
        units = _units(norm)
        name = _Name(entity=entity, original=original, norm=norm, units=units, alias_of=alias_of)
        name.total = sum(u.weight for u in units if len(u.positions) == 1)
        name.distinctive = any(u.distinctive for u in units)
        idx = len(self._names)
        self._names.append(name)
        self._exact.setdefault(norm.key, []).append(idx)
        if norm.surface_key != norm.key:
            self._exact.setdefault(norm.surface_key, []).append(idx)
        for unit in units:
            v = self._vocab_index.get(unit.text)
            if v is None:
                v = self._vocab_index[unit.text] = len(self._vocab)
                self._vocab.append(unit.text)
                self._allowed.append(unit.allowed)
                if is_cjk(unit.text):
                    self._phonetic.setdefault(phonetic_key(unit.text), []).append(v)
            self._allowed[v] = min(self._allowed[v], unit.allowed)
            name.unit_vocab.append(v)
            if unit.distinctive:
                self._post(v, idx)
        if not name.distinctive:
            self._generic_only.append(idx)

    def _brand_renderings(self) -> dict[str, list[tuple[int, tuple[str, ...], str, str, str]]]:
        """First English word → (entity, English tokens, Chinese key, its brand part, printed Chinese name) for each
        entity with an English and a Chinese name whose Chinese name starts with a distinctive run: a query that keeps
        the Latin brand and writes the rest in Chinese ("Kratos无人机系统公司") meets it (``_match_brand_zh``)."""
        out: dict[str, list[tuple[int, tuple[str, ...], str, str, str]]] = {}
        for index, entity in enumerate(self.entities):
            printed = entity_names(entity)
            english = [normalize(n) for n in printed if n.isascii()]
            chinese = [(n, normalize(n)) for n in printed if _ZH_ONLY_RE.fullmatch(n)]
            for en in english[:1]:
                if not en.tokens or token_weight(en.tokens[0]) < DISTINCTIVE:
                    continue
                for printed_zh, zh in chinese:
                    if len(zh.tokens) != 1 or not is_cjk(zh.key):
                        continue
                    head, is_generic = zh_segments(zh.key)[0]
                    if not is_generic and len(head) >= 2:
                        out.setdefault(en.tokens[0], []).append((index, en.tokens, zh.key, head, printed_zh))
        return out

    def _match_brand_zh(self, original: str, cut: float, offer: Callable[[int, Match], None]) -> None:
        """A Latin brand and the rest in Chinese ("Teledyne布朗工程公司"): the listed entity whose English name
        starts with the brand and whose Chinese name is its brand's rendering followed by the same rest."""
        found = _BRAND_ZH_RE.fullmatch(original)
        if found is None:
            return
        latin, rest = normalize(found.group(1)).tokens, normalize(found.group(2)).key
        if not latin or not rest or not is_cjk(rest):
            return
        rest = _without_kind(rest, keep=0)  # "Anduril科技公司" is 安杜里尔公司: the kind of company is no part of it
        rest_distinctive = any(not generic for _, generic in zh_segments(rest)) if rest else False
        for index, en_tokens, zh_key, head, printed_zh in self._brands.get(latin[0], ()):
            if en_tokens[: len(latin)] != latin or (len(latin) == len(en_tokens) and rest):
                continue
            # The query's Chinese part is the listed Chinese name after the rendering of the brand: two characters
            # or more from the start of its first distinctive run (特励达 of 特励达布朗工程 for "Teledyne").
            if not rest_distinctive and any(token_weight(t) >= DISTINCTIVE for t in en_tokens[len(latin):]):
                continue  # "Teledyne工程" is not Teledyne Brown Engineering: the listed name has more of its own
            zh_key = _without_kind(zh_key, keep=len(head))
            brand = len(zh_key) - len(rest)
            if zh_key.endswith(rest) and 2 <= brand <= len(head):
                head = zh_key[:brand]
                score = max(cut, BRAND_ZH_SCORE)
                offer(index, Match(self.entities[index], score, original, printed_zh, "fuzzy",
                                   f"fuzzy: {original!r} ~ {printed_zh!r}: the Latin brand {found.group(1).strip()!r} "
                                   f"is rendered {head} in the listed Chinese name, and the rest is the same ({rest})"))

    def _mark_parents(self) -> None:
        """Flag the listed names that other entities' listed names start with (Lockheed Martin → … Aeronautics)."""
        heads: dict[tuple[str, ...] | str, set[int]] = {}
        for name in self._names:
            tokens = name.norm.tokens
            for n in range(1, len(tokens)):
                heads.setdefault(tokens[:n], set()).add(name.entity)
            if len(tokens) == 1 and is_cjk(tokens[0]):
                for n in range(2, len(tokens[0])):
                    heads.setdefault(tokens[0][:n], set()).add(name.entity)
        for name in self._names:
            tokens = name.norm.tokens
            key: tuple[str, ...] | str = tokens[0] if len(tokens) == 1 and is_cjk(tokens[0]) else tokens
            name.parent = bool(heads.get(key, set()) - {name.entity})

    def _post(self, v: int, idx: int) -> None:
        posting = self._postings.setdefault(v, [])
        if not posting or posting[-1] != idx:
            posting.append(idx)

    def _post_generic_only(self) -> None:
        """A name made only of generic words ("Applied Technologies Group") must match in full, so it is found
        through one of its words: the one fewest listed names share (then the longest), not through "group"."""
        frequency: dict[str, int] = {}
        for name in self._names:
            for token in set(name.norm.tokens):
                frequency[token] = frequency.get(token, 0) + 1
        for idx in self._generic_only:
            name = self._names[idx]
            tokens = name.norm.tokens
            anchor = min(range(len(tokens)), key=lambda i: (frequency[tokens[i]], -len(tokens[i]), i))
            for unit, v in zip(name.units, name.unit_vocab, strict=True):
                if anchor in unit.positions:
                    self._post(v, idx)

    # -- token similarity, in bulk -------------------------------------------------------------------------

    def _fill_sim_cache(self, keys: Iterable[tuple[str, int]]) -> None:
        """Similarities of new query tokens to the entity vocabulary: exact and homophone by lookup, typos in bulk.

        Only tokens that may carry a typo go to ``cdist``, and only against vocabulary that may carry one too: a
        short or numeric token can only match exactly, which a dictionary answers.
        """
        if len(self._sim_cache) > _CACHE_LIMIT:
            self._sim_cache.clear()
        new = [k for k in dict.fromkeys(keys) if k not in self._sim_cache]
        fuzzy: list[tuple[str, int]] = []
        for key in new:
            text, allowed = key
            sims: dict[int, tuple[float, int]] = {}
            exact = self._vocab_index.get(text)
            if exact is not None:
                sims[exact] = (1.0, 0)
            if is_cjk(text):
                for v in self._phonetic.get(phonetic_key(text), ()):
                    sims.setdefault(v, (PHONETIC_CREDIT, -1))
            if exact is None and len(text) <= _SLIP_MAX:
                self._add_slips(text, sims)
            if exact is None and self._ocr:
                self._add_ocr_slips(text, sims)
            if allowed > 0:
                fuzzy.append(key)
                if exact is None and self._moved_double:
                    self._add_moved_double(text, sims)
            self._sim_cache[key] = sims or _NO_SIMS
        if not fuzzy or not self._fuzzy_vocab:
            return
        for start in range(0, len(fuzzy), _CDIST_CHUNK):
            chunk_keys = fuzzy[start : start + _CDIST_CHUNK]
            chunk = [text for text, _ in chunk_keys]
            dist = process.cdist(
                chunk, self._fuzzy_vocab, scorer=OSA.distance, score_cutoff=_MAX_EDITS, dtype=np.int32, workers=-1
            )
            q_allowed = np.array([allowed for _, allowed in chunk_keys], dtype=np.int32)
            q_len = np.array([len(t) for t in chunk], dtype=np.int32)
            ok = (dist > 0) & (dist <= np.minimum(q_allowed[:, None], self._fuzzy_allowed[None, :]))
            rows, cols = np.nonzero(ok)
            if not len(rows):
                continue
            d = dist[rows, cols]
            credit = 1.0 - 0.5 * d / np.maximum(q_len[rows], self._fuzzy_len[cols])
            vocab_ids = self._fuzzy_ids[cols]
            numbers = self._fuzzy_digits
            for r, col, v, c, e in zip(rows.tolist(), cols.tolist(), vocab_ids.tolist(), credit.tolist(), d.tolist(),
                                       strict=True):
                key = chunk_keys[r]
                if numbers[col] and _digits(key[0]) != numbers[col] or not numbers[col] and not key[0].isalpha():
                    continue
                sims = self._sim_cache[key]
                if sims is _NO_SIMS:
                    sims = self._sim_cache[key] = {}
                sims[v] = (c, e)

    def _add_slips(self, text: str, sims: dict[int, tuple[float, int]]) -> None:
        """Listed words one slip of spelling from the token (``sound_slip_key``): one edit, whatever its length. A
        token of more letters (``_SLIP_MAX``) may carry two edits anyway, and is left to ``cdist``."""
        slip = sound_slip_key(text)
        for v in self._slips.get(slip, ()) if slip is not None else ():
            word = self._vocab[v]
            if OSA.distance(word, text, score_cutoff=_SLIP_EDITS) <= _SLIP_EDITS:
                sims.setdefault(v, (1.0 - 0.5 / max(len(word), len(text)), 1))

    def _add_ocr_slips(self, text: str, sims: dict[int, tuple[float, int]]) -> None:
        """Listed words the token is once a scan's confusions are folded (``ocr_key``): one slip, whatever the edits
        ("grurnman" for grumman is two)."""
        key = ocr_key(text)
        for v in self._ocr.get(key, ()) if key is not None else ():
            word = self._vocab[v]
            if word != text and self._allowed[v] > 0:
                sims.setdefault(v, (1.0 - 0.5 / max(len(word), len(text)), _OCR_SLIP))

    def _add_moved_double(self, text: str, sims: dict[int, tuple[float, int]]) -> None:
        """Listed words of the same length the token is with its doubled letter moved by one: one edit."""
        single = moved_double_key(text)
        for v in self._moved_double.get(single, ()) if single is not None else ():
            word = self._vocab[v]
            if len(word) == len(text) and word != text:
                sims.setdefault(v, (1.0 - 0.5 / len(text), 1))

    # -- scoring ---------------------------------------------------------------------------------------------

    def _score(self, q_units: list[_Unit], q_total: float, name: _Name) -> tuple[float, str, str]:
        """The weighted Dice of a query and a listed name, why, and "parent" / "sibling" when the query names a
        related entity of the listed unit rather than the unit ("" otherwise)."""
        pairs: list[tuple[float, float, int, int, int]] = []
        for qi, qu in enumerate(q_units):
            sims = self._sim_cache.get((qu.text, qu.allowed), {})
            if not sims:
                continue
            # A Chinese character in place of another is another word (太空/航空), not a typo: Chinese runs meet by
            # sound in chinese.score, and here only as they are or as homophones.
            cjk_query = is_cjk(qu.text)
            for ei, v in enumerate(name.unit_vocab):
                hit = sims.get(v)
                if hit is not None and not (hit[1] > 0 and cjk_query):
                    eu = name.units[ei]
                    pairs.append((hit[0] * (qu.weight + eu.weight), hit[0], qi, ei, hit[1]))
        if not pairs:
            return 0.0, "", ""
        pairs.sort(reverse=True)
        used_q: set[int] = set()
        used_e: set[int] = set()
        q_to_e: dict[int, int] = {}
        matched = 0.0
        distinctive_hit = False
        notes: list[str] = []
        for value, _sim, qi, ei, edits in pairs:
            qu, eu = q_units[qi], name.units[ei]
            if used_q.intersection(qu.positions) or used_e.intersection(eu.positions):
                continue
            used_q.update(qu.positions)
            used_e.update(eu.positions)
            if len(qu.positions) == len(eu.positions):
                q_to_e.update(zip(qu.positions, eu.positions, strict=True))
            matched += value
            distinctive_hit = distinctive_hit or eu.distinctive
            if edits > 0:
                notes.append(f"{qu.text}~{eu.text} ({edits} edit{'s' if edits > 1 else ''})")
            elif edits == _OCR_SLIP:
                notes.append(f"{qu.text}~{eu.text} (letters a scan confuses: rn/m, vv/w, 0/o, 1/l, l/I)")
            elif edits < 0:
                notes.append(f"{qu.text}~{eu.text} (same pronunciation)")
            elif qu.text != eu.text or len(qu.positions) != len(eu.positions):
                notes.append(f"{qu.text}={eu.text}")
            else:
                notes.append(qu.text)
        # A legal form inside the query ("Gifu Engineering Co., Acme", the name turned round at its comma) says
        # nothing of which company: unmatched, it weighs nothing, as the trailing one normalize drops.
        legal = [u for u in q_units if len(u.positions) == 1 and u.positions[0] not in used_q
                 and u.text in _LEGAL_WORDS]
        q_total -= sum(u.weight for u in legal)
        score = matched / (q_total + name.total) if q_total + name.total else 0.0
        if name.distinctive and not distinctive_hit:
            return 0.0, "", ""
        q_positions = {p for u in q_units for p in u.positions}
        if not name.distinctive and (len(used_e) < len(name.norm.tokens) or len(used_q) < len(q_positions)):
            return 0.0, "", ""
        missing_e = [t for i, t in enumerate(name.norm.tokens) if i not in used_e]
        missing_q = sorted({u.text for u in q_units if len(u.positions) == 1 and u.positions[0] not in used_q
                            and u.text not in _LEGAL_WORDS})
        if (len(missing_q) == 1 and len(missing_e) == 1 and _one_slip(missing_q[0], missing_e[0])
                and not name.person):
            # The only word of the query that is not the listed name's is one edit from the only listed word it
            # lacks ("Powr"): a typo of a short word, which the rest of the name, all the same, vouches for. A
            # person's given name a letter off may be another person's: the second reading's (``persons``).
            qu = next(u for u in q_units if len(u.positions) == 1 and u.text == missing_q[0])
            ei = name.norm.tokens.index(missing_e[0])
            eu = next(u for u in name.units if u.positions == (ei,))
            credit = 1.0 - 0.5 / max(len(qu.text), len(eu.text))
            matched += credit * (qu.weight + eu.weight)
            score = matched / (q_total + name.total) if q_total + name.total else 0.0
            notes.append(f"{qu.text}~{eu.text} (1 edit, the rest of the name the same)")
            missing_q, missing_e = [], []
        why = "tokens " + ", ".join(notes)
        if missing_q:
            why += "; not in the listed name: " + ", ".join(missing_q)
        if missing_e:
            why += "; missing from the query: " + ", ".join(missing_e)
        related = ""
        if missing_q or missing_e:
            score, why, related = self._related_shape(name, score, why, q_units, used_q, used_e, q_to_e,
                                                      q_positions, missing_q, missing_e)
        return min(score, 0.999), why, related

    @staticmethod
    def _related_shape(name: _Name, score: float, why: str, q_units: list[_Unit], used_q: set[int],
                       used_e: set[int], q_to_e: dict[int, int], q_positions: set[int], missing_q: list[str],
                       missing_e: list[str]) -> tuple[float, str, str]:
        """Whether a query that is not the listed name word for word names its parent or a sibling unit."""
        # A holding word the query adds ("X Group", "X Holdings") names the parent all the same.
        own_q = [t for t in missing_q if t not in HOLDING_WORDS]
        # The unit's own words: listed words the query lacks, the kind of company aside.
        unit_e = [t for t in missing_e if t not in HOLDING_WORDS]
        if len(own_q) == 1 and len(unit_e) >= 2 and used_e and _abbreviates(own_q[0], unit_e):
            # "Acme STL" for "Acme in St. Louis": the one word of its own is the letters of the listed words the
            # query lacks, each word's first among them.
            return score, why + f"; {own_q[0]} is the letters of {' '.join(unit_e)}: a short form", SHORT_FORM
        if (not own_q and name.unit_start and used_e
                and set(range(name.unit_start)) == set(range(len(name.norm.tokens))) - used_e):
            # The listed name without its group's or partners' names before the unit's own words, which the query
            # has in full ("Kestrel Joint Venture" for "Orvane/Brixley Kestrel Joint Venture"): a review hit.
            return score, why + "; the unit's own words, without its group's name", UNIT_ONLY
        if unit_e and not own_q and len(used_q) >= len(q_positions) - len(missing_q):
            kept = _short_form(name, used_e)
            if kept:
                return score, why + f"; a short form: it keeps the unit's own word {', '.join(kept)}", SHORT_FORM
            # Every word of the query is in the listed name, which has more: the query names the parent of the
            # listed unit ("Mitsubishi Heavy Industries" against "... Shipbuilding"), not the unit itself.
            return score, why, "parent"
        if not own_q:
            return score, why, ""
        head = 0
        while q_to_e.get(head) == head:
            head += 1
        brand = any(token_weight(t) >= DISTINCTIVE for t in name.norm.tokens[:head])
        q_tokens = {u.positions[0]: u.text for u in q_units if len(u.positions) == 1}
        q_own_at = [i for i in q_positions if i not in used_q and q_tokens.get(i) not in HOLDING_WORDS]
        if not missing_e:
            if name.parent and q_own_at and min(q_own_at) > max(used_q):
                # The listed name with a unit's words after it ("Lockheed Martin Space"), where other listed names
                # are units of this one (… Aeronautics, … Ventures): another unit of the listed parent.
                return score, why + "; a unit of the listed parent, as its listed units are", "sibling"
            if brand and any(head <= i < max(used_q) for i in q_own_at):
                # A word put inside the listed name after its brand ("Northrop Grumman Mission Systems" against
                # "Northrop Grumman Systems"): another unit of the same parent, not a longer spelling of this one.
                return score, why + f"; shared: {' '.join(name.norm.tokens[:head])}", "sibling"
            return score, why, ""
        # One word put in place of another ("... Machinery Systems" for "... Maritime Systems"): a sibling unit of
        # the same group, however generic the two words are; when the two share their first words, the brand, and
        # each goes on with its own, it is the parent's name and another unit ("Kawasaki Heavy Industries Motors"
        # against "... Aerospace Systems"): related.
        related = ""
        if brand:
            related = "sibling"
            why += f"; shared: {' '.join(name.norm.tokens[:head])}"
        return score * CONFLICT_FACTOR, why + f" (a word in place of another: score × {CONFLICT_FACTOR})", related

    def _related(self, entity: int, score: float, cut: float, original: str, listed: str, kind: str,
                 why: str) -> Match:
        """A review-band hit on a parent or sibling of a listed unit, scored below every match."""
        shape = (f"{original!r} is {listed!r} without its distinctive part" if kind == "parent"
                 else f"{original!r} is {listed!r}'s name in another country" if kind == ANOTHER_COUNTRY
                 else f"{original!r} shares the first words of {listed!r} and goes on with its own: another unit "
                      f"of the same parent")
        return Match(self.entities[entity], min(score, cut) * RELATED_FACTOR, original, listed, "related",
                     f"related ({kind}): a related entity, not the listed one: {shape}: {why}")

    # -- blocking: most names share no word with any listed name and are answered without normalising them ------

    def _quick_words(self, name: str) -> list[str] | None:
        """The casefolded words of a plain ASCII name, whose tokens and adjacent pairs are a superset of the units
        ``normalize`` + ``_units`` would give; None when the name needs the full pipeline (non-ASCII, "&", an
        apostrophe, a linking word inside, the exact key of a listed name, an acronym)."""
        text = name
        if not name.isascii():
            # A Latin name with a Chinese legal form after it ("Norex Trading 有限公司"): normalize drops the form.
            found = _ZH_LEGAL_TAIL_RE.fullmatch(name)
            if found is None or not found.group(1).strip() or found.group(2) not in LEGAL_FORMS_ZH:
                return None
            text = found.group(1)
        if "&" in text or "'" in text:
            return None
        words = _QUICK_WORD_RE.findall(text.casefold())
        if not words or not STOPWORDS.isdisjoint(words) or not _SEVERAL_WORDS.isdisjoint(words):
            return None
        if words[0] in self._pinyin_heads and "".join(words) in self._pinyin:
            return None  # the pinyin of a listed Chinese name (``_match_pinyin``)
        # The exact key of a listed name, once leading and trailing legal forms are dropped as normalize would.
        start = 0
        while start < len(words) - 1 and words[start] in _LEADING_DROPPED:
            start += 1
        prefixes = self._exact_prefixes
        head_hit = self._head_hit
        for first in range(start + 1):
            # Most names start like no listed name: four letters answer that without joining the words, and a
            # word of four letters or more answers it alone, once per word.
            word = words[first]
            hit = head_hit.get(word)
            if hit is None:
                head = "".join(words[first : first + _PREFIX])
                token_head = "".join(_quick_token(w)[0] for w in words[first : first + _PREFIX])
                hit = any(head[:n] in prefixes or token_head[:n] in prefixes for n in self._prefix_lengths)
                if len(word) >= _PREFIX and len(_quick_token(word)[0]) >= _PREFIX:
                    if len(head_hit) > _CACHE_LIMIT:
                        head_hit.clear()
                    head_hit[word] = hit
            if hit:
                end = len(words)
                ends = [end]
                while end > start + 1 and words[end - 1] in _LEGAL_WORDS:
                    end -= 1
                    ends.append(end)
                for last in ends:
                    if ("".join(words[first:last]) in self._exact
                            or "".join(_quick_token(w)[0] for w in words[first:last]) in self._exact):
                        return None
        # An acronym of part of a name may follow words with small letters ("General Dynamics IT"): asked apart.
        if _MAYBE_ACRONYM_RE.search(name) and (
                (not plainly_not_acronym(name) and self._acronyms.query_key(name) is not None)
                or self._acronyms.part_query(name) is not None
                or (self._acronyms.may_have_place(name) or self._acronyms.may_be_mixed(name))
                and self._acronyms.lookup(name)):
            return None
        return words

    def _block_words(self, quick: list[list[str]]) -> list[bool]:
        """For each word list of ``_quick_words``: could it find a candidate? Flags are kept per word and pair."""
        if len(self._pair_posted) > _CACHE_LIMIT:
            self._pair_posted.clear()
            self._word_posted.clear()
        word_posted, pair_posted = self._word_posted, self._pair_posted
        get_word, get_pair = word_posted.__getitem__, pair_posted.__getitem__
        answers: list[bool] = []
        missed: list[int] = []
        for i, words in enumerate(quick):
            try:
                # Once a word and pair was seen, its answer is a dict lookup done in C (zip and map, no loop).
                answers.append(any(map(get_word, words)) or any(map(get_pair, zip(words, words[1:], strict=False))))
            except KeyError:  # a word or pair not seen yet: found below with the batch's other new ones
                answers.append(False)
                missed.append(i)
        if not missed:
            return answers
        new_words = {w for i in missed for w in quick[i]} - word_posted.keys()
        new_pairs = {p for i in missed for p in zip(quick[i], quick[i][1:], strict=False)} - pair_posted.keys()
        pair_keys = {p: _pair_keys(*p) for p in new_pairs}
        self._fill_sim_cache([_quick_token(w) for w in new_words] + [k for ks in pair_keys.values() for k in ks])
        for w in new_words:
            word_posted[w] = self._posted(_quick_token(w))
        for p, ks in pair_keys.items():
            pair_posted[p] = any(self._posted(k) for k in ks)
        for i in missed:
            words = quick[i]
            answers[i] = any(map(get_word, words)) or any(map(get_pair, zip(words, words[1:], strict=False)))
        return answers

    def _posted(self, key: tuple[str, int]) -> bool:
        """Whether a unit key is similar to any listed unit that finds candidates."""
        found = self._posted_cache.get(key)
        if found is None:
            found = self._posted_cache[key] = any(v in self._postings for v in self._sim_cache.get(key, ()))
        return found

    def match_many(self, queries: Sequence[Query], *, threshold: float | None = None) -> list[list[Match]]:
        """Matches for each query, best first, at or above the threshold (one per entity).

        Blocking first: a plain name none of whose words (or two of them written together) is similar to a word
        that finds a listed name cannot match, and is answered by dictionary lookups alone; only the others are
        normalised and scored against the candidates their words find. Names nothing matched are then read again
        with their shortened words written out (``_match_abbreviated``).
        """
        cut = self.threshold if threshold is None else threshold
        asked, read, column_cut = _read_lines(queries)
        results = self._match_plain(asked, cut)
        self._match_abbreviated(asked, results, cut)
        self._match_second_readings(asked, results, cut, column_cut)
        self._match_recased(asked, results, cut)
        self._match_printed(queries, results, cut)
        for qi, parts in read.items():
            results[qi] = ranked(_from_part(m, parts) for m in results[qi])
        _drop_foreign_initials(read, results)
        return results

    def _match_plain(self, queries: Sequence[Query], cut: float) -> list[list[Match]]:
        """``match_many`` without the second reading of shortened words."""
        if len(self._posted_cache) > _CACHE_LIMIT:
            self._posted_cache.clear()
        quick_of: list[int] = []
        quick_names: list[str] = []
        quick_words: list[list[str]] = []
        # Per query the names for the full pipeline; None (most queries) when there is none: nothing to build.
        full: list[list[str] | None] = [None] * len(queries)
        quick_words_of = self._quick_words
        blocking = self.blocking
        for qi, query in enumerate(queries):
            if query.name_zh is None and not query.aliases:
                # Most counterparties have one name: Query.names() without building its list.
                original = query.name
                if not original or not original.strip():
                    continue
                words = quick_words_of(original) if blocking else None
                if words is None:
                    full[qi] = [original]
                else:
                    quick_of.append(qi)
                    quick_names.append(original)
                    quick_words.append(words)
                continue
            names: list[str] = []
            for original in query.names():
                words = quick_words_of(original) if blocking else None
                if words is None:
                    names.append(original)
                else:
                    quick_of.append(qi)
                    quick_names.append(original)
                    quick_words.append(words)
            full[qi] = names
        for qi, original, may_match in zip(quick_of, quick_names, self._block_words(quick_words), strict=True):
            if may_match:
                listed = full[qi]
                if listed is None:
                    full[qi] = [original]
                else:
                    listed.append(original)
        prepared: list[tuple[int, list[tuple[str, NormalName, list[tuple[str, int]]]]]] = []
        keys = []
        for qi, full_names in enumerate(full):
            if not full_names:
                continue
            items: list[tuple[str, NormalName, list[tuple[str, int]]]] = []
            for original in full_names:
                norm = normalize(original)
                if not norm.tokens:
                    continue
                name_keys = _unit_keys(norm)
                items.append((original, norm, name_keys))
                keys.extend(name_keys)
                placed = _COMMA_COUNTRY_RE.fullmatch(original) if "," in original else None
                if placed is not None:
                    # "Acme Corp., Japan", as a listed name with its country after a comma is read too: the
                    # name before the comma, the country noted as ignored.
                    before = normalize(placed.group(1))
                    if before.tokens and before.key != norm.key:
                        country = original[placed.end(1):].strip(" ,.")
                        before = replace(before, original=original, dropped=(*before.dropped, country))
                        before_keys = _unit_keys(before)
                        items.append((original, before, before_keys))
                        keys.extend(before_keys)
                # "DTC DEPOSITORY TRUST CO": the words after the initials are what they stand for, no site or place.
                spelled_out = spelled_after(original) if " " in original else None
                if spelled_out is None and may_have_site(original) and department_tail(original) is None:
                    # "Acme, Inc. Osaka Branch", "Acme Corp. - Widget Division": a branch or plant is no company of
                    # its own; the name before it is read too, the site noted as ignored. A department after the
                    # name is the second reading's (``departments``).
                    rest, site = strip_site(original)
                    at_site = normalize(rest) if site else None
                    if at_site is not None and at_site.tokens and at_site.key != norm.key:
                        at_site = replace(at_site, original=original, dropped=(*at_site.dropped, site))
                        site_keys = _unit_keys(at_site)
                        items.append((original, at_site, site_keys))
                        keys.extend(site_keys)
                if "-" in original or ":" in original or spelled_out is not None:
                    written_out = initials_then_name(original)
                    if written_out is not None:
                        # "XYZ - Xeno Yarrow Zone", "XYZ XENO YARROW ZONE": the name after the initials is read as a
                        # name, the initials
                        # (and the place after them) noted as ignored.
                        spelled = normalize(written_out[0])
                        if spelled.tokens and spelled.key != norm.key:
                            spelled = replace(spelled, original=original, dropped=(*spelled.dropped,
                                                                                  written_out[1]))
                            spelled_keys = _unit_keys(spelled)
                            items.append((original, spelled, spelled_keys))
                            keys.extend(spelled_keys)
                if spelled_out is None and may_have_place_tail(original):
                    # "Acme Corp., Denver CO": where the customer deals with the company is no part of its name; the
                    # name before the town and its state is read too, the place noted as ignored. Read for its exact
                    # key alone (no keys for similar words): a name one letter from a listed one and a town after it
                    # is another company there as often as a typo.
                    rest, place = strip_place_tail(original)
                    at_place = normalize(rest) if place else None
                    if at_place is not None and at_place.tokens and at_place.key != norm.key:
                        items.append((original, replace(at_place, original=original,
                                                        dropped=(*at_place.dropped, place)), []))
            if items:
                prepared.append((qi, items))
        self._fill_sim_cache(keys)
        results: list[list[Match]] = [[] for _ in queries]
        for qi, items in prepared:
            results[qi] = self._match_prepared(items, cut)
        return results

    def _match_abbreviated(self, queries: Sequence[Query], results: list[list[Match]], cut: float) -> None:
        """Queries nothing matched, read again with their shortened words written out (``abbreviated``): a match
        of the rewritten name is a fuzzy match of the query, capped below an exact one."""
        asked: list[Query] = []
        asked_for: list[tuple[int, str, list[tuple[str, str]]]] = []
        may_shorten = self._abbreviations.may_shorten
        for qi, query in enumerate(queries):
            if results[qi] and any(m.reason != "related" for m in results[qi]):
                continue  # matched already: most rows end here, before any lookup
            if query.name_zh is None and not query.aliases:
                if not may_shorten(query.name):
                    continue  # most names: no word that may be a shortening, one cached lookup per short word
                names = [query.name]
            else:
                names = [n for n in query.names() if may_shorten(n)]
            if not names:
                continue
            for original in names:
                for text, read in self._abbreviations.rewrites(original):
                    asked.append(Query(text))
                    asked_for.append((qi, original, read))
        if not asked:
            return
        found = self._match_plain(asked, cut)
        cap = max(cut, ABBREVIATED_MAX)
        for (qi, original, read), matches in zip(asked_for, found, strict=True):
            words = ", ".join(f"{short}={full}" for short, full in read)
            # An acronym's hit stays one, in the review band ("XYZ Hvy Machy": initials and shortened words).
            results[qi] = offered(results[qi], (
                replace(m, score=min(m.score, cap), query_name=original, reason=_written_out_reason(m),
                        explanation=f"{_written_out_reason(m)}: shortened words written out ({words}); "
                                    + m.explanation)
                for m in matches if m.reason != "related" and (m.score >= cut or m.reason == "acronym")),
                better=True)

    def match(
        self, name: str, name_zh: str | None = None, aliases: Sequence[str] = (), *, threshold: float | None = None
    ) -> list[Match]:
        """Matches for one counterparty, best first."""
        return self.match_many([Query(name, name_zh, tuple(aliases))], threshold=threshold)[0]

    def _match_zh(self, original: str, norm: NormalName, form: ZhForm | None, cut: float, best: dict[int, Match],
                  offer: Callable[[int, Match], None]) -> None:
        """Chinese names by characters and pinyin (``chinese.score``), against the names the blocking finds."""
        if form is None:
            return
        shared: dict[int, int] = {}
        for key in form.bigrams():
            for idx in self._zh_block.get(key, ()):
                shared[idx] = shared.get(idx, 0) + 1
        shared_coarse: dict[int, int] = {}
        loose_keys = form.coarse_bigrams()
        if len(loose_keys) >= 2:  # the loose reading needs three distinctive syllables or more, as indexed
            for key in loose_keys:
                for idx in self._zh_block.get(key, ()):
                    shared_coarse[idx] = shared_coarse.get(idx, 0) + 1
        for idx in shared.keys() | shared_coarse.keys():
            loose = shared_coarse.get(idx, 0) >= self._zh_need_coarse.get(idx, 1 << 30)
            if shared.get(idx, 0) < self._zh_need[idx] and not loose:
                continue
            name = self._names[idx]
            current = best.get(name.entity)
            if current is not None and current.score >= 1.0:
                continue
            listed = self._zh_forms[idx]
            query_form = form
            country = next((c for c in norm.dropped if c in COUNTRY_QUALIFIERS_ZH and c in name.norm.key
                            and c not in norm.key), None)
            if country is not None:
                # The query's country prefix (美国埃尔比特系统), which normalize drops, is the listed name's country
                # word after the brand (埃比特系统美国分公司, "of America"): the same word, kept for this pair.
                query_form = zh_form(NormalName(original, (*norm.tokens, country), norm.dropped)) or form
            found = zh_score(query_form, listed, loose=loose)
            if found is None:
                continue
            if name.parent and not found.related and _unit_after(norm.key, name.norm.key):
                # 洛克希德·马丁太空 against the listed parent 洛克希德·马丁, whose units are listed: another unit.
                found = ZhScore(found.score, "sibling", found.why + "; a unit of the listed parent, as its listed "
                                                                     "units are")
            if found.related and found.score >= cut * RELATED_MIN:
                offer(name.entity, self._related(name.entity, found.score, cut, original, name.original,
                                                 found.related, found.why))
            elif not found.related and found.score >= cut:
                offer(name.entity, Match(self.entities[name.entity], found.score, original, name.original,
                                         *name.why("fuzzy", f"{original!r} ~ {name.original!r}: {found.why}")))

    def _match_zh_sound(self, original: str, form: ZhForm | None, cut: float,
                        offer: Callable[[int, Match], None]) -> None:
        """Another transliteration by the sound of the whole distinctive part (``chinese.zh_sound``), for a Chinese
        name nothing else found: a review hit, below the threshold, since other syllables are weaker evidence."""
        sound = zh_sound(form) if form is not None else None
        if sound is None or (sound.head, sound.generic) not in self._zh_sound_heads:
            return
        shared: dict[int, int] = {}
        for gram in sound.grams():
            for idx in self._zh_sound_block.get(_sound_key(sound, gram), ()):
                shared[idx] = shared.get(idx, 0) + 1
        grams = len(sound.sound) - SOUND_GRAM + 1
        for idx, count in shared.items():
            listed = self._zh_sounds[idx]
            # Two letter triples shared, one for a short name (马文: three triples in all).
            if count < 2 and (count < 1 or min(grams, len(listed.sound) - SOUND_GRAM + 1) > 4):
                continue
            similarity = sound_similarity(sound, listed)
            if similarity < SOUND_MIN_SIMILARITY:
                continue
            name = self._names[idx]
            score = cut * (SOUND_FACTOR + SOUND_SLOPE * (similarity - SOUND_MIN_SIMILARITY))
            offer(name.entity, Match(self.entities[name.entity], score, original, name.original,
                                     *name.why("fuzzy", f"{original!r} ~ {name.original!r}: another transliteration, "
                                                        f"the distinctive part sounds alike ({sound.sound} ~ "
                                                        f"{listed.sound}: {similarity:.2f} by folded pinyin); a "
                                                        f"review hit")))

    def _match_rendering(self, original: str, form: ZhForm, cut: float, offer: Callable[[int, Match], None]) -> None:
        """A Chinese rendering of a name listed in Latin letters (布兰多克无人机 for Brandok Drones), by consonant
        skeleton (``chinese.zh_rendering``), for a Chinese name nothing else found: a review hit, as sounds alone
        are."""
        rendering = zh_rendering(form)
        if rendering is None:
            return
        skeleton, generic, chars = rendering
        found = False
        for key in rendering_keys(skeleton, generic):
            for idx in self._renderings.get(key, ()):
                found = True
                name = self._names[idx]
                offer(name.entity, Match(self.entities[name.entity], cut * PINYIN_FACTOR, original, name.original,
                                         *name.why("fuzzy", f"{original!r} ~ {name.original!r}: a Chinese rendering "
                                                            f"of the Latin name, {chars} sounds as it does "
                                                            f"(consonants {key[0]}); a review hit")))
        if found or not self._short_renderings:
            return
        for key in rendering_keys(skeleton, generic):
            for idx, word in self._short_renderings.get(key, ()):
                name = self._names[idx]
                offer(name.entity, Match(self.entities[name.entity], cut * UNIT_ONLY_FACTOR, original, name.original,
                                         *name.why("fuzzy", f"{original!r} ~ {name.original!r}: a Chinese rendering "
                                                            f"of the unit's short name, {chars} sounds as it does "
                                                            f"(consonants {key[0]}), {word} left out before its "
                                                            f"country; a review hit")))

    def _match_translation(self, original: str, norm: NormalName, cut: float,
                           offer: Callable[[int, Match], None]) -> None:
        """A Chinese name that translates a Latin listed name word for word (``translated``), for a Chinese name
        nothing else found: a review hit, since a word has other translations."""
        if not all(is_cjk(t) for t in norm.tokens):
            return
        for hit in self._translations.lookup("".join(norm.tokens)):
            name = self._names[hit.idx]
            score = cut * (PINYIN_FACTOR - (0.0 if hit.same_words else SAME_WORDS_BONUS))
            offer(name.entity, Match(self.entities[name.entity], score, original, name.original,
                                     *name.why("fuzzy", f"{original!r} ~ {name.original!r}: a word-for-word "
                                                        f"translation of the Latin name ({hit.gloss}); a review "
                                                        f"hit")))

    def _match_prepared(self, items: list[tuple[str, NormalName, list[tuple[str, int]]]], cut: float) -> list[Match]:
        if not items:
            return []
        best: dict[int, Match] = {}

        acronym_aliases = self._acronym_aliases

        def offer(entity: int, match: Match) -> None:
            if acronym_aliases and match.reason == "alias" and match.matched_name in acronym_aliases:
                match = _review_alias(match, cut)
            current = best.get(entity)
            if current is None or match.score > current.score:
                best[entity] = match

        for original, norm, name_keys in items:
            exact = self._exact.get(norm.key, ())
            if norm.surface_key != norm.key:
                exact = (*exact, *self._exact.get(norm.surface_key, ()))
            for idx in exact:
                name = self._names[idx]
                dropped = sorted(set(norm.dropped) | set(name.norm.dropped))
                why = "same name after normalisation"
                if dropped:
                    why += " (ignored: " + ", ".join(dropped) + ")"
                other = another_country(norm.dropped, name.norm.dropped)
                if other is not None:
                    offer(name.entity, self._related(name.entity, 1.0, cut, original, name.original,
                                                     ANOTHER_COUNTRY, f"{why}; {other!r} says another country than "
                                                                      f"the listed entity's: another company of "
                                                                      f"its group"))
                    continue
                offer(name.entity, Match(self.entities[name.entity], 1.0, original, name.original,
                                         *name.why("exact", f"{original!r} = {name.original!r}: {why}")))
            for hit in self._acronyms.lookup(original):
                offer(hit.entity, Match(self.entities[hit.entity], cut * hit.factor, original, hit.name, "acronym",
                                        hit.explanation(original)))
            if (self._zh_forms or self._renderings) and any(is_cjk(t) for t in norm.tokens):
                # One reading of the name for all three: most Chinese names find nothing, and then all run.
                form = zh_form(norm)
                self._match_zh(original, norm, form, cut, best, offer)
                if all(m.reason == "related" for m in best.values()):
                    self._match_zh_sound(original, form, cut, offer)
                if form is not None and all(m.reason == "related" for m in best.values()):
                    self._match_rendering(original, form, cut, offer)
                # A translation ends in a glossary word and starts with one or a rendering: most Chinese names end
                # or start otherwise (纺织, 塑胶; 宏, 鑫) and stop here.
                if (self._translations and norm.tokens[-1][-1] in self._glossary_chars
                        and (norm.tokens[0][0] in self._translation_starts
                             or self._glossary_chars.issuperset(norm.tokens[0][BRAND_OWN_CHARS:]))
                        and all(m.reason == "related" for m in best.values())):
                    self._match_translation(original, norm, cut, offer)
            if self._zh_reordered and len(norm.tokens) == 1 and is_cjk(norm.key):
                self._match_reordered(original, norm, cut, offer)
            if self._brands and not original.isascii():
                self._match_brand_zh(original, cut, offer)
            elif self._pinyin and original.isascii():
                self._match_pinyin(original, norm, cut, offer)
            candidates: set[int] = set()
            for key in name_keys:
                for v in self._sim_cache.get(key, ()):
                    candidates.update(self._postings.get(v, ()))
            candidates.difference_update(exact)
            if not candidates:
                continue
            # Most names share nothing with any listed name: their weighted units are built only when needed.
            units = _units(norm)
            q_total = sum(u.weight for u in units if len(u.positions) == 1)
            for idx in candidates:
                name = self._names[idx]
                if name.entity in best and best[name.entity].score >= 1.0:
                    continue
                score, why, related = self._score(units, q_total, name)
                if related == SHORT_FORM:
                    offer(name.entity, Match(self.entities[name.entity], max(min(score, cut * 0.999),
                                                                             cut * UNIT_ONLY_FACTOR),
                                             original, name.original,
                                             *name.why("fuzzy", f"{original!r} ~ {name.original!r}: {why}; a review "
                                                                f"hit")))
                elif related == UNIT_ONLY:
                    # Every word of the unit is in the query, and nothing else of its own: however few of the
                    # group's words it has, the shape is the evidence.
                    offer(name.entity, Match(self.entities[name.entity], cut * UNIT_ONLY_FACTOR, original,
                                             name.original, *name.why("fuzzy", f"{original!r} ~ {name.original!r}: "
                                                                               f"{why}; a review hit")))
                elif related:
                    # A review-band hit labelled as such, scored below every match so that it never ranks first,
                    # however high the names' similarity: a parent or sibling is never the listed unit.
                    if score >= cut * RELATED_MIN:
                        offer(name.entity, self._related(name.entity, score, cut, original, name.original, related,
                                                         why))
                elif score >= cut:
                    if score < 1.0 and norm.dropped and legal_kinds_differ(norm.dropped, name.norm.dropped):
                        # A near spelling that is a partnership where the listed entity is a company, or the
                        # other way round: another firm more likely than a slip of the pen.
                        score *= CONFLICT_FACTOR
                        why += f"; a partnership's legal form against a company's (score × {CONFLICT_FACTOR})"
                        if score < cut:
                            continue
                    offer(name.entity, Match(self.entities[name.entity], score, original, name.original,
                                             *name.why("fuzzy", f"{original!r} ~ {name.original!r}: {why}")))
        return ranked(best.values())
