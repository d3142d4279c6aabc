"""A name written partly in Latin letters and partly in Chinese characters, in one line: a Latin code or brand
before the Chinese name (ＧＥＯＳＡＴ经纬航太), the pinyin initials of the Chinese name as an ERP's vendor code
carries them (GJZC 国际造船), or a Chinese name with some of its words left in English (三菱重工 Aero Engines 小牧).
The parts are told apart here (``script_runs``); whether they name one listed entity is the matcher's to say: the
Chinese part matching it and the Latin part naming it too, or being the Chinese part's own initials
(``pinyin_initials``), or the whole line with its English words in Chinese (``in_chinese``) matching it.
"""

from __future__ import annotations

import re
import unicodedata

from policywatch.screening.normalize import COUNTRY_QUALIFIERS_ZH, is_cjk, normalize, phonetic_key
from policywatch.screening.romanised import chinese_of

_PART_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9&.'\-]*|[\u3400-\u9fff\uf900-\ufaff]+")
# What may stand between the parts: spaces, and the marks a file joins two names with.
_BETWEEN = " \t,;:/|-·・()（）"
_CJK_RE = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_LATIN_RE = re.compile(r"[A-Za-z\uff21-\uff3a\uff41-\uff5a]")  # full-width letters too: NFKC folds them later
_MIN_INITIALS, _MAX_INITIALS = 2, 8


def may_be_mixed(text: str) -> bool:
    # Asked of every row that is not ASCII and matched nothing: two regex scans, in C.
    return _LATIN_RE.search(text) is not None and _CJK_RE.search(text) is not None


def script_runs(text: str) -> list[tuple[str, bool]] | None:
    """The line's parts in order, each a run of Latin words or of Chinese characters (True), width folded; None
    unless the line is of both scripts and nothing else."""
    text = unicodedata.normalize("NFKC", text)
    runs: list[tuple[str, bool]] = []
    at = 0
    for found in _PART_RE.finditer(text):
        if text[at:found.start()].strip(_BETWEEN):
            return None
        part, cjk = found.group(0), is_cjk(found.group(0))
        if runs and runs[-1][1] == cjk:
            runs[-1] = (f"{runs[-1][0]}{'' if cjk else ' '}{part}", cjk)
        else:
            runs.append((part, cjk))
        at = found.end()
    if text[at:].strip(_BETWEEN) or len({cjk for _, cjk in runs}) < 2:
        return None
    return runs


def pinyin_initials(latin: str, chinese: str) -> bool:
    """Whether a Latin code in capitals is the first letters of the pinyin of the Chinese name's first characters
    (GJZC for 国际造船, guo-ji-zao-chuan): the name's own code, not another name."""
    if not (_MIN_INITIALS <= len(latin) <= _MAX_INITIALS and latin.isalpha() and latin.isupper()):
        return False
    syllables = phonetic_key(chinese[: len(latin)]).split("-")
    return len(syllables) == len(latin) and all(s.isascii() for s in syllables) and "".join(
        s[:1] for s in syllables) == latin.casefold()


def in_chinese(runs: list[tuple[str, bool]]) -> str | None:
    """The line with its Latin words in Chinese (each English word's usual translation), the Chinese as it is;
    None where a Latin word has no translation (a brand, a code) or names a country: a country in Latin letters
    beside a Chinese name is the file's note of where the company is, as often another company of its group."""
    out: list[str] = []
    for text, cjk in runs:
        if cjk:
            out.append(text)
            continue
        for word in normalize(text).tokens:
            zh = chinese_of(word)
            if not zh or zh[0] in COUNTRY_QUALIFIERS_ZH:
                return None
            out.append(zh[0])
    return "".join(out) or None
