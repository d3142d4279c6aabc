"""Korean names in hangul read as Latin letters: a Korean file writes a listed Latin name ("Acme Shipping LLC") as
its sounds in hangul (애크미 쉬핑 LLC). The words a company's name is made of are English loanwords a glossary
gives back (쉬핑 shipping, 홀딩스 holdings); every other syllable is romanised (Revised Romanization), so a brand
comes back as Korean spells it ("Hanhwa"), which the fuzzy match meets as one more spelling. Sounds say less than
letters: every hit on such a reading is a review hit.
"""

from __future__ import annotations

import re

_FIRST, _LAST = 0xAC00, 0xD7A3
_INITIALS = ("g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h")
_MEDIALS = ("a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi",
            "yu", "eu", "ui", "i")
_FINALS = ("", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "p", "l", "l", "p", "l", "m", "p", "p", "t", "t",
           "ng", "t", "t", "k", "t", "p", "t")
# An initial ㄹ after a final ㄹ is written "l" ("pilli"), else "r".
_LIQUID = 5

# English words of companies' names as Korean writes them, and Korean words of a company's kind, in English.
GLOSSARY: dict[str, str] = {
    "쉬핑": "shipping", "쉽핑": "shipping", "시핑": "shipping", "해운": "shipping", "홀딩스": "holdings",
    "홀딩": "holding", "지주": "holdings", "인터내셔널": "international", "인터내셔날": "international",
    "오션": "ocean", "해양": "ocean", "마린": "marine", "조선소": "shipyard", "조선": "shipbuilding",
    "시스템즈": "systems", "시스템": "systems", "에어로스페이스": "aerospace", "항공우주": "aerospace",
    "디펜스": "defense", "테크놀로지스": "technologies", "테크놀로지": "technology",
    "인더스트리즈": "industries", "인더스트리": "industries", "엔지니어링": "engineering", "솔루션즈": "solutions",
    "솔루션": "solutions", "코퍼레이션": "corporation", "컴퍼니": "company", "그룹": "group", "아메리카": "america",
    "미국": "usa", "에너지": "energy", "일렉트로닉스": "electronics", "전자": "electronics",
    "중공업": "heavy industries", "인포메이션": "information", "커뮤니케이션즈": "communications",
    "커뮤니케이션": "communications", "애비에이션": "aviation",
    # Sino-Korean words of a trade, which no sound of the English gives back (방위우주안보, Defense, Space &
    # Security).
    "방위": "defense", "방산": "defense", "우주": "space", "안보": "security", "항공": "aviation", "기술": "technology",
    "산업": "industries", "정보": "information", "통신": "communications",
    "엘엘씨": "llc", "인크": "inc", "주식회사": "", "유한회사": "llc", "유한책임회사": "llc",
}
# Short English words Korean writes as a word of their own, read only so: inside a word they are other sounds
# (앤 of 앤더슨, Anderson).
WHOLE_WORDS: dict[str, str] = {"앤": "and", "오브": "of", "더": "the"}
# The English plural's s as Korean writes it after a word (인더스트리스, 시스템즈), when it ends the run.
_PLURAL_ENDS = ("스", "즈")
_GLOSSARY_RE = re.compile("|".join(sorted(map(re.escape, GLOSSARY), key=len, reverse=True)))
_HANGUL_RE = re.compile(r"[\uac00-\ud7a3]+")


def has_hangul(text: str) -> bool:
    # Asked of every row: most are ASCII, and the regex scans the rest in C.
    return not text.isascii() and _HANGUL_RE.search(text) is not None


def romanise_syllables(run: str) -> str:
    """A run of hangul syllables in Revised Romanization, without hyphens ("한화" → "hanhwa")."""
    out: list[str] = []
    last_final = ""
    for ch in run:
        code = ord(ch) - _FIRST
        initial, medial, final = code // 588, (code % 588) // 28, code % 28
        head = _INITIALS[initial]
        if initial == _LIQUID:
            head = "l" if last_final == "l" else "r"
        out.append(head + _MEDIALS[medial] + _FINALS[final])
        last_final = _FINALS[final]
    return "".join(out)


def _plural(english: str) -> str:
    if english.endswith("s"):
        return english
    return f"{english[:-1]}ies" if english.endswith("y") else f"{english}s"


def _read_run(run: str) -> str:
    if run in WHOLE_WORDS:
        return WHOLE_WORDS[run]
    words: list[str] = []
    at = 0
    for found in _GLOSSARY_RE.finditer(run):
        if found.start() > at:
            words.append(romanise_syllables(run[at:found.start()]))
        english = GLOSSARY[found.group(0)]
        at = found.end()
        if english and run[at:] in _PLURAL_ENDS:
            # A loanword's plural the glossary writes singular or not at all (인더스트리스 for 인더스트리즈).
            english = _plural(english)
            at = len(run)
        if english:
            words.append(english)
    if at < len(run):
        words.append(romanise_syllables(run[at:]))
    return " ".join(words)


def latin_reading(text: str) -> str | None:
    """The name with its hangul read as Latin words (glossary words in English, the rest romanised), the Latin
    part as it is; None for a name without hangul."""
    if not has_hangul(text):
        return None
    reading = _HANGUL_RE.sub(lambda m: f" {_read_run(m.group(0))} ", text)
    return " ".join(reading.split()) or None
