"""Romanised Chinese names: a listed Chinese name written in Latin letters, in pinyin or in Wade-Giles (as Taiwan
writes it: 中山科学研究院 → "Chung-Shan Ko-Hsueh Yen-Chiu-Yuan"), its generic words romanised too or in English
("Han Hsiang Aviation Industry" for 汉翔航空工业).

``readings`` gives the keys (letters only, as ``normalize`` joins a Latin name's tokens) a listed Chinese name may
be written as; the first word is always romanised, so that a Latin name is asked about only when it starts so.
"""

from __future__ import annotations

from itertools import product

from policywatch.screening.chinese import zh_segments
from policywatch.screening.normalize import normalize, phonetic_key
from policywatch.screening.translated import glossary

MAX_READINGS = 64
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


def _romanised(word: str) -> list[str]:
    syllables = phonetic_key(word).split("-")
    if not all(s.isascii() and s.isalpha() for s in syllables):
        return []
    return list(dict.fromkeys(("".join(syllables), "".join(wade_giles(s) for s in syllables))))


def readings(key: str, latin_key: str = "") -> list[str]:
    """The Latin keys a one-run Chinese key may be written as: each word romanised, a generic one also in English
    (``translated.glossary``), the first always romanised; [] for a key of fewer than two words or one that does not
    romanise, and for a company whose Latin name (``latin_key``, normalised) writes its brand in pinyin already:
    that name is what finds it ("Lin Tao Trading" for 林涛贸易)."""
    segments = zh_segments(key)
    if len(segments) < _MIN_SEGMENTS or not any(not generic for _, generic in segments):
        return []
    brand = next(text for text, generic in segments if not generic)
    if latin_key and "".join(phonetic_key(brand).split("-")) in latin_key:
        return []
    words = glossary()
    options: list[list[str]] = []
    for i, (text, generic) in enumerate(segments):
        choice = _romanised(text)
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
