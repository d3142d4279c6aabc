"""Latin names that romanise a listed name another way: Wade-Giles or a Taiwan spelling for pinyin ("Kung Wei" for
Gong Wei, "Chung-Shan" for Zhongshan), or the pinyin and English words of a listed Chinese name ("Hanxiang
Aviation Industry" for 汉翔航空工业), or the Japanese reading of a listed Japanese name in romaji ("Mitsubishi Zosen"
for 三菱造船).

Every syllable of a romanised word is folded to a coarse sound (``fold_syllable``): the initials the systems spell
apart are merged (Wade-Giles ch/k/p/t for pinyin zh/g/b/d, hs for x, ts for z; Gwoyeu Romatzyh's "shyn" for xin),
and so are finals spelt apart (-ung/-ong, -ih/-i, -ien/-ian). A Latin name of an entity from a Chinese-speaking
place is indexed by its words so folded; a listed Chinese name by the folded pinyin of its characters, which a
Latin query meets word by word, a word being read as its syllables, as the Chinese of the English word it is
(``translated.glossary`` read backwards), or as the Japanese word a romaji glossary gives. Sounds alone say less
than letters, so every hit is a review hit.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from itertools import product

from policywatch.screening.chinese import COMPANY_KIND_ZH, zh_segments
from policywatch.screening.normalize import (
    LEGAL_FORMS_LATIN,
    LEGAL_FORMS_ZH,
    _load_pinyin,
    is_cjk,
    normalize,
    phonetic_key,
)
from policywatch.screening.places import strip_place
from policywatch.screening.romaji import hepburn
from policywatch.screening.translated import glossary

# Where a Latin name may be a romanisation of a Chinese one: its Latin letters are no English words.
CHINESE_PLACES = frozenset({"CN", "TW", "HK", "MO"})
MAX_READINGS = 64
_CACHE_LIMIT = 200_000  # first words kept between batches
_MAX_SYLLABLE = 7  # letters of the longest romanised syllable (Wade-Giles "chuang", "hsiung")
# A word written of syllables at all: one pass of the regular expression engine rejects most English words.
_SYLLABLES_SHAPE_RE = re.compile(r"(?:(?:zh|ch|sh|ts|tz|hs|jh|[bpmfdtnlgkhjqxrzcsyw])?[aeiouvy]+(?:ng|n|h|r)?)+")
_SYLLABLE_RE = re.compile(r"(zh|ch|sh|ts|tz|hs|jh|[bpmfdtnlgkhjqxrzcsyw])?([aeiouvy]+(?:ng|n|h|r)?)")
_INITIALS = {"b": "B", "p": "B", "d": "D", "t": "D", "g": "G", "k": "G", "zh": "C", "ch": "C", "j": "C", "q": "C",
             "z": "C", "c": "C", "ts": "C", "tz": "C", "jh": "C", "sh": "S", "x": "S", "hs": "S", "s": "S"}
# Finals as the systems spell them → one spelling (pinyin's where it has one).
_FINALS = (("iung", "iong"), ("ung", "ong"), ("ieh", "ie"), ("ien", "ian"), ("ueh", "ue"), ("uei", "ui"),
           ("yn", "in"), ("ih", "i"), ("yi", "i"), ("v", "u"))

# Japanese words of companies' names in romaji → how a Chinese or Japanese listed name writes them (as
# ``normalize`` makes it). Brands and places of the great groups are here as words are: a romaji name spells them so.
ROMAJI_ZH: dict[str, tuple[str, ...]] = {
    "juko": ("重工",), "jukogyo": ("重工业", "重工"), "kogyo": ("工业",), "koku": ("航空",), "uchu": ("宇宙",),
    "zosen": ("造船",), "boei": ("防卫",), "daigakko": ("大学校", "大学"), "daigaku": ("大学",),
    "kenkyusho": ("研究所",), "kenkyu": ("研究",), "kaihatsu": ("开发",), "kiko": ("机构",), "denki": ("电气", "电机"),
    "denshi": ("电子",), "tsushin": ("通信",), "seisakusho": ("制作所",), "shoji": ("商事",), "ginko": ("银行",),
    "kaiun": ("海运",), "kikai": ("机械",), "kaiyo": ("海洋",), "kaiji": ("海事",), "gijutsu": ("技术",),
    "enjin": ("发动机", "引擎"), "enjiniaringu": ("工程",), "shisutemu": ("系统",), "shisutemuzu": ("系统",),
    "nihon": ("日本",), "nippon": ("日本",), "mitsubishi": ("三菱",), "kawasaki": ("川崎",), "kawaju": ("川重",),
    "mitsui": ("三井",), "sumitomo": ("住友",), "hitachi": ("日立",), "toshiba": ("东芝",), "fujitsu": ("富士通",),
    "tokyo": ("东京",), "osaka": ("大阪",), "nagoya": ("名古屋",), "kobe": ("神户",), "gifu": ("岐阜",),
    "yokohama": ("横滨",), "komaki": ("小牧",), "akashi": ("明石",), "nagasaki": ("长崎",),
}


def romaji_zh(word: str) -> tuple[str, ...]:
    """How a listed Chinese or Japanese name writes a romaji word, in any of the romaji systems (``romaji``)."""
    return ROMAJI_ZH.get(word) or ROMAJI_ZH.get(hepburn(word), ())


@lru_cache(maxsize=1)
def _pinyin_folds() -> frozenset[str]:
    """The folded sounds of every pinyin syllable: a romanised syllable is one of these."""
    found: set[str] = set()
    for syllable in set(_load_pinyin().values()):
        if syllable.isascii() and syllable.isalpha():
            folded = fold_syllable(syllable)
            if folded is not None:
                found.add(folded)
    return frozenset(found)


@lru_cache(maxsize=8192)
def fold_syllable(syllable: str) -> str | None:
    """One syllable in any of the romanisations, its coarse sound: the initial's class and the final's spelling."""
    parsed = _SYLLABLE_RE.fullmatch(syllable)
    if parsed is None:
        return None
    initial, final = parsed.group(1) or "", parsed.group(2)
    for spelt, same in _FINALS:
        if final.endswith(spelt):
            final = final[: len(final) - len(spelt)] + same
            break
    if final.endswith("h") and len(final) > 1:
        final = final[:-1]  # a Wade-Giles or romaji long vowel's mark
    if final == "o" and initial in _GUTTURAL:
        final = "e"  # Wade-Giles k'o, ho for pinyin ke, he: pinyin writes no ko, go or ho
    return _INITIALS.get(initial, initial) + final


@lru_cache(maxsize=65_536)
def word_sounds(word: str) -> tuple[tuple[str, ...], ...]:
    """The ways a Latin word is written of romanised syllables, each as its folded sounds (fewest syllables first;
    () for a word that is none)."""
    word = word.replace("'", "").replace("-", "")
    if not word.isascii() or not word.isalpha() or _SYLLABLES_SHAPE_RE.fullmatch(word) is None:
        return ()
    valid = _pinyin_folds()
    start_way: tuple[str, ...] = ()
    ways: list[list[tuple[str, ...]]] = [[start_way]] + [[] for _ in word]
    for end in range(1, len(word) + 1):
        for start in range(max(0, end - _MAX_SYLLABLE), end):
            if not ways[start]:
                continue
            folded = fold_syllable(word[start:end])
            if folded is not None and folded in valid:
                ways[end].extend((*w, folded) for w in ways[start][:4])
    return tuple(sorted(ways[-1], key=len)[:4])


def _chars_sounds(text: str) -> tuple[str, ...] | None:
    sounds: list[str] = []
    for syllable in phonetic_key(text).split("-"):
        folded = fold_syllable(syllable)
        if folded is None:
            return None
        sounds.append(folded)
    return tuple(sounds)


# English words of Chinese and Japanese entities' names that the translation glossary has no entry for.
EXTRA_EN_ZH: dict[str, tuple[str, ...]] = {"aviation": ("航空",), "aero": ("航空",), "engine": ("发动机", "引擎"),
                                          "shipyard": ("造船厂", "船厂"), "academy": ("大学校", "学院")}
# A country word before a name, which the listed Chinese name may leave out (国际造船 for "Taiwan International …").
# 国家 "national" and 中国 in pinyin or Wade-Giles are such words too (国家中山科学研究院, listed as 中山科学研究院).
COUNTRY_WORDS = frozenset({"taiwan", "china", "chinese", "japan", "japanese", "nihon", "nippon", "guojia", "kuochia",
                           "zhongguo", "chungkuo"})


def country_in_syllables(first: str, second: str) -> bool:
    """Whether two words are a country word written as its syllables apart ("T'ai-wan Kuo-chi …" for 国际造船)."""
    return first + second in COUNTRY_WORDS


@lru_cache(maxsize=1)
def _english_zh() -> dict[str, tuple[str, ...]]:
    """An English word (as ``normalize`` makes it) → the Chinese words it translates (``translated.glossary``)."""
    out: dict[str, list[str]] = {w: list(zhs) for w, zhs in EXTRA_EN_ZH.items()}
    for zh, readings in glossary().items():
        for reading in readings:
            if len(reading) == 1:
                out.setdefault(reading[0], []).append(zh)
    return {w: tuple(dict.fromkeys(zhs)) for w, zhs in out.items()}


def chinese_of(word: str) -> tuple[str, ...]:
    """The Chinese words an English word (as ``normalize`` makes it) translates, most usual first."""
    return _english_zh().get(word, ())


def latin_key(tokens: Iterable[str]) -> tuple[str, ...]:
    """A Latin name's words with each romanised word read as its folded syllables (the first way of writing it)."""
    out: list[str] = []
    for token in tokens:
        sounds = word_sounds(token)
        out.extend(sounds[0] if sounds else (token,))
    return tuple(out)


@lru_cache(maxsize=65_536)
def _token_readings(token: str, *, japanese: bool) -> tuple[tuple[tuple[str, ...], str], ...]:
    """Each way a query word may write part of a listed Chinese or Japanese name: folded sounds and how."""
    out: list[tuple[tuple[str, ...], str]] = []
    sources = (romaji_zh(token), "romaji") if japanese else (_english_zh().get(token, ()), "English")
    for zh in sources[0]:
        sounds = _chars_sounds(normalize(zh).key or zh)
        if sounds is not None:
            out.append((sounds, f"{token}={zh} ({sources[1]})"))
    if japanese:
        for zh in _english_zh().get(token, ()):
            sounds = _chars_sounds(zh)
            if sounds is not None:
                out.append((sounds, f"{token}={zh} (English)"))
    else:
        out.extend((sounds, f"{token} (pinyin)") for sounds in word_sounds(token))
    return tuple(out)


# Wade-Giles initials an apostrophe follows (t'ai, k'o, ch'ing): a file that writes the apostrophe as a space cuts
# the syllable in two ("t ai").
_ASPIRATED = frozenset({"p", "t", "k", "ch", "ts", "tz"})


def _rejoin_aspirated(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """The tokens with an aspirated initial cut off by a space put back before its syllable's vowels."""
    out: list[str] = []
    i = 0
    while i < len(tokens):
        if tokens[i] in _ASPIRATED and i + 1 < len(tokens) and tokens[i + 1][:1] in "aeiou":
            out.append(tokens[i] + tokens[i + 1])
            i += 2
        else:
            out.append(tokens[i])
            i += 1
    return tuple(out)


@dataclass(frozen=True)
class RomanisedHit:
    idx: int  # the listed name's index in the matcher
    how: str  # which words read as what, for the explanation


class RomanisedIndex:
    """Listed names of Chinese-speaking places' entities by folded Latin words, and listed Chinese and Japanese names
    by folded sounds; a Latin query meets them when its words read as the same sounds in order."""

    def __init__(self) -> None:
        self._latin: dict[tuple[str, ...], list[int]] = {}
        self._zh: dict[tuple[str, ...], list[tuple[int, bool]]] = {}
        self._first: set[str] = set()  # the first unit of every key: most queries start with none of them
        self._may_start: dict[str, bool] = {}

    def __bool__(self) -> bool:
        return bool(self._latin or self._zh)

    def add_latin(self, idx: int, tokens: tuple[str, ...]) -> None:
        key = latin_key(tokens)
        if key != tokens:
            self._latin.setdefault(key, []).append(idx)
            self._first.add(key[0])

    def add_zh(self, idx: int, key: str, *, japanese: bool) -> None:
        if not key or not all(is_cjk(ch) for ch in key):
            return
        sounds = _chars_sounds(key)
        if sounds is not None and len(sounds) >= 2:
            self._zh.setdefault(sounds, []).append((idx, japanese))
            self._first.add(sounds[0])

    def may_start(self, printed: str) -> bool:
        """Whether a query whose first word (casefolded, as printed) is this may meet a key: answered from the
        word's cached readings alone, before the query is normalised."""
        known = self._may_start.get(printed)
        if known is None:
            if len(self._may_start) > _CACHE_LIMIT:
                self._may_start.clear()
            letters = printed if printed.isalpha() else "".join(c for c in printed if c.isalpha())
            # As printed, not as normalize makes it: a first word a romanised name starts with is no plural.
            known = self._may_start[printed] = bool(letters) and self._starts(letters)
        return known

    def _starts(self, word: str) -> bool:
        if word in COUNTRY_WORDS:
            return True
        firsts = self._first
        if word in firsts:
            return True
        # A glossary word first (an English or a romaji word of the listed names), then the syllables' shape,
        # which most English words fail in one regular expression, before the syllables are looked for.
        for zh in (*romaji_zh(word), *_english_zh().get(word, ())):
            sounds = _chars_sounds(normalize(zh).key or zh)
            if sounds and sounds[0] in firsts:
                return True
        return any(sounds[0] in firsts for sounds in word_sounds(word))

    def lookup(self, tokens: tuple[str, ...]) -> list[RomanisedHit]:
        if not tokens or not all(t.isascii() for t in tokens):
            return []
        if any(t in _ASPIRATED for t in tokens[:-1]):
            tokens = _rejoin_aspirated(tokens)
        hits: dict[int, RomanisedHit] = {}
        key = latin_key(tokens)
        if key != tokens:
            for idx in self._latin.get(key, ()):
                hits.setdefault(idx, RomanisedHit(idx, "the words sound the same in another romanisation ("
                                                       + " ".join(t for t in tokens) + ")"))
        variants = [tokens]
        if len(tokens) > 2 and tokens[0] in COUNTRY_WORDS:
            variants.append(tokens[1:])
        elif len(tokens) > 3 and country_in_syllables(tokens[0], tokens[1]):
            variants.append(tokens[2:])
        for japanese, words in product((False, True), variants):
            readings = []
            for t in words:
                read = _token_readings(t, japanese=japanese)
                if not read:
                    break  # a word that writes nothing of a listed name: the most common answer, found early
                readings.append(read)
            if len(readings) < len(words):
                continue
            count = 1
            for r in readings:
                count *= len(r)
            if count > MAX_READINGS:
                continue
            for combo in product(*readings):
                sounds = tuple(s for part, _ in combo for s in part)
                for idx, listed_japanese in self._zh.get(sounds, ()):
                    if listed_japanese == japanese and idx not in hits:
                        hits[idx] = RomanisedHit(idx, "the listed name read word by word: "
                                                 + ", ".join(how for _, how in combo))
        return list(hits.values())


# One-word Latin legal forms: in a romanised name, the words after one are where the company is (a town) or its
# initials, no part of its name.
_FORM_WORDS = frozenset(form[0] for form in LEGAL_FORMS_LATIN if len(form) == 1)
_MIN_NAME_WORDS = 2  # words before the form: "Co Kaohsiung" leaves no name


def without_address(name: str) -> list[tuple[tuple[str, ...], str]]:
    """A romanised name's words without what a file writes after them, and what that is, for a name
    ``RomanisedIndex`` read nothing in: the words up to a legal form that more words follow ("Chung-hsin
    Shipbuilding Co., Kaohsiung", "… Ind Co Su-ao Ilan", "… Corp (AIDC)"), and the name without a place it ends
    with ("…, Taichung"); [] when neither is there."""
    tokens = normalize(name).tokens
    out: list[tuple[tuple[str, ...], str]] = []
    for i in range(_MIN_NAME_WORDS, len(tokens) - 1):
        if tokens[i] in _FORM_WORDS:
            out.append((tokens[:i], " ".join(tokens[i + 1:])))
            break
    if "," in name or not out:
        rest, place = strip_place(name)
        bare = normalize(rest).tokens if place else ()
        if len(bare) >= _MIN_NAME_WORDS and all(bare != found for found, _ in out):
            out.append((bare, place))
    return out


# Spelt letter for letter (stop 19, held-out 11): the whole name's key in pinyin or Wade-Giles.
_MIN_SEGMENTS = 2  # one romanised word alone ("Zhongxin") is too many companies' name

# Wade-Giles for the pinyin syllables it writes whole, apostrophes and umlauts left out as a customer file does.
_WG_WHOLE = {"zi": "tzu", "ci": "tzu", "si": "ssu", "zhi": "chih", "chi": "chih", "shi": "shih", "ri": "jih",
             "er": "erh", "yi": "i", "you": "yu", "yan": "yen", "ye": "yeh", "yong": "yung", "yue": "yueh"}
# Pinyin initials and their Wade-Giles letters, the two-letter ones first.
_WG_INITIALS = (("zh", "ch"), ("ch", "ch"), ("sh", "sh"), ("b", "p"), ("d", "t"), ("g", "k"), ("j", "ch"),
                ("q", "ch"), ("x", "hs"), ("z", "ts"), ("c", "ts"), ("r", "j"))
_GUTTURAL = ("g", "k", "h")


def wade_giles(syllable: str) -> str:
    """A toneless pinyin syllable in Wade-Giles, without apostrophes or umlauts (zhong → chung, xue → hsueh)."""
    whole = _WG_WHOLE.get(syllable)
    if whole is not None:
        return whole
    initial, final, head = "", syllable, ""
    for py, wg in _WG_INITIALS:
        if syllable.startswith(py):
            initial, final, head = py, syllable[len(py):], wg
            break
    else:
        if syllable[:1] and syllable[0] not in "aeiouwy":
            initial, final, head = syllable[0], syllable[1:], syllable[0]
    final = final.replace("v", "u").replace("ü", "u")
    if final.endswith("ong"):
        final = final[:-3] + "ung"
    elif final == "ian":
        final = "ien"
    elif final in ("ie", "ue"):
        final += "h"
    elif final == "ui":
        final = "uei"
    elif final == "uo" and initial not in (*_GUTTURAL, "sh") or final == "e" and initial in _GUTTURAL:
        final = "o"
    return head + final


def _spellings(word: str) -> list[str]:
    syllables = phonetic_key(word).split("-")
    if not all(s.isascii() and s.isalpha() for s in syllables):
        return []
    return list(dict.fromkeys(("".join(syllables), "".join(wade_giles(s) for s in syllables))))


def spelled_readings(key: str, latin_key: str = "") -> list[str]:
    """The whole Latin keys a one-run Chinese key may be written as, for the names ``RomanisedIndex`` reads nothing in
    (their syllables spelt letter for letter, pinyin or Wade-Giles: "Chung Hsin Shipbuilding" for 中信造船): each word
    romanised, a generic one also in English (``translated.glossary``), the first always romanised; [] for a key of
    fewer than two words or one that does not romanise, and for a company whose Latin name (``latin_key``,
    normalised) writes its brand in pinyin already: that name is what finds it ("Lin Tao Trading" for 林涛贸易)."""
    segments = zh_segments(key)
    if len(segments) < _MIN_SEGMENTS or not any(not generic for _, generic in segments):
        return []
    brand = next(text for text, generic in segments if not generic)
    if latin_key and "".join(phonetic_key(brand).split("-")) in latin_key:
        return []
    words = glossary()
    options: list[list[str]] = []
    for i, (text, generic) in enumerate(segments):
        choice = _spellings(text)
        if not choice:
            return []
        if generic and i > 0:
            choice += [normalize(" ".join(alt)).key for alt in words.get(text, ())]
        options.append(list(dict.fromkeys(choice)))
    out: list[str] = []
    for parts in product(*options):
        out.append("".join(parts))
        if len(out) >= MAX_READINGS:
            break
    return out


@lru_cache(maxsize=1)
def pinyin_legal_forms() -> tuple[str, ...]:
    """The Chinese legal forms (``LEGAL_FORMS_ZH``) in toneless pinyin, syllables joined ("gongsi",
    "gufenyouxiangongsi"): a file that writes a Chinese name in pinyin writes its legal form so too."""
    out: list[str] = []
    for form in LEGAL_FORMS_ZH:
        syllables = phonetic_key(form).split("-")
        if all(s.isascii() and s.isalpha() for s in syllables):
            out.append("".join(syllables))
    return tuple(dict.fromkeys(out))


def spelled_with_legal_form(key: str, latin_key: str = "") -> list[str]:
    """The whole Latin keys of a one-run Chinese key written in pinyin with its legal form in pinyin after it
    ("Yinmeina Gongsi" for 因美纳公司, "Zhongxin Zaochuan Gufen Youxian Gongsi"): a pinyin legal form says the
    name is a Chinese one romanised, so a brand alone counts here, which ``spelled_readings`` needs two words for."""
    if key in LEGAL_FORMS_ZH:
        return []
    readings = spelled_readings(key, latin_key)
    if not readings:
        segments = zh_segments(key)
        if len(segments) != 1 or segments[0][1]:
            return []
        if latin_key and "".join(phonetic_key(key).split("-")) in latin_key:
            return []
        readings = _spellings(key)
    return [reading + form for reading in readings[:MAX_READINGS // 4] for form in pinyin_legal_forms()]


# The legal forms a company's kind word comes before (科技有限公司), in pinyin: a Japanese form never follows one.
_COMPANY_FORMS = ("gongsi", "youxiangongsi", "gufenyouxiangongsi")


def spelled_with_kind(key: str, latin_key: str = "") -> list[str]:
    """The whole Latin keys of a listed Chinese brand alone (英特磊, of 英特磊公司) written in pinyin with a word of
    its kind after it, which a file adds and the listed name leaves out ("Yingtelei Keji", 英特磊科技), the legal form
    maybe after that in pinyin: the kind word is generic, so the brand is what must be the listed one."""
    segments = zh_segments(key)
    if key in LEGAL_FORMS_ZH or len(segments) != 1 or segments[0][1]:
        return []
    out: list[str] = []
    for kind in sorted(COMPANY_KIND_ZH):
        readings = spelled_readings(key + kind, latin_key)
        out.extend(readings)
        out.extend(readings[0] + form for form in _COMPANY_FORMS if readings)
    return list(dict.fromkeys(out))
