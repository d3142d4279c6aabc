"""Text normalisation: the invisible and odd characters the real notices carry, made plain.

Only what matching needs is changed: format characters (U+200C…) are dropped, every space separator (U+2002,
U+3000, NBSP…) becomes an ASCII space, full-width digits and Latin letters become ASCII and the HTML space
entities a Q&A text carries literally (``&ensp;``) become spaces. Chinese punctuation is kept as printed, because
measures are quoted with it.
"""

from __future__ import annotations

import re
import unicodedata

from policywatch.parsers.text_tables import flatten_tables


def _build_table() -> dict[int, str | None]:
    table: dict[int, str | None] = {}
    for cp in range(0x80, 0x10000):
        cat = unicodedata.category(chr(cp))
        if cat == "Cf":
            table[cp] = None
        elif cat == "Zs":
            table[cp] = " "
    for cp in range(0xFF10, 0xFF1A):  # full-width digits
        table[cp] = chr(cp - 0xFEE0)
    for cp in list(range(0xFF21, 0xFF3B)) + list(range(0xFF41, 0xFF5B)):  # full-width Latin letters
        table[cp] = chr(cp - 0xFEE0)
    table[ord("\t")] = " "
    table[ord("\r")] = None
    return table


_TABLE = _build_table()
# One C-level scan finds the few odd characters a text has; only those go through the table.
_ODD = re.compile("[" + "".join(re.escape(chr(cp)) for cp in sorted(_TABLE)) + "]")


def _swap(m: re.Match[str]) -> str:
    return _TABLE[ord(m.group())] or ""
_HTML_SPACES = re.compile(r"&(?:ensp|emsp|nbsp|thinsp|#160|#8194|#12288);", re.IGNORECASE)
_SPACES = re.compile(r" {2,}")
# "两家企业,其在我国境内…": an ASCII comma or semicolon in Chinese prose (a reprint, a copied text) parts clauses as the
# full-width one does; between Latin words ("Teledyne FLIR, LLC") it stays part of a name.
_ASCII_PUNCT_IN_PROSE = re.compile(r"(?<=[\u3400-\u9fff）】》])[ \t]*(?P<p>[,;])[ \t]*(?=[\u3400-\u9fff（【《])")

# "急速飞行公司（美国，Rapid Flight LLC）": a bracket giving the country, then the English name. Every reader of names
# takes a bracket opening with Latin letters for the English name, so the country word goes: it is a place, no name.
_COUNTRY_BEFORE_ENGLISH = re.compile(r"(?<=[\u3400-\u9fff])(?P<open>[（(])[\u4e00-\u9fff]{1,6}[，,、]\s*"
                                     r"(?P<en>[A-Za-z][^（()）\u3400-\u9fff，。；：:]*[）)])")

# Depth-0 splitting must treat every bracket pair the notices use as nesting.
OPEN = "（(《〈〔[【“"
CLOSE = "）)》〉〕]】”"


def clean(text: str) -> str:
    """Normalise a whole text: one space per run, lines stripped, at most one blank line in a row."""
    text = _ODD.sub(_swap, _HTML_SPACES.sub(" ", text))
    lines = flatten_tables([_SPACES.sub(" ", line).strip() for line in text.split("\n")])
    out: list[str] = []
    for line in lines:
        if not line and (not out or not out[-1]):
            continue
        out.append(line)
    while out and not out[-1]:
        out.pop()
    return "\n".join(out)


def squash(text: str) -> str:
    """A string without any whitespace: letter-spaced mastheads (``商 务 部``) become comparable."""
    return "".join(text.split())


def split_depth0(text: str, seps: str) -> list[str]:
    """Split on any of ``seps`` only outside brackets; brackets may be full- or half-width and mixed."""
    parts: list[str] = []
    depth = 0
    start = 0
    for i, ch in enumerate(text):
        if ch in OPEN:
            depth += 1
        elif ch in CLOSE:
            depth = max(0, depth - 1)
        elif depth == 0 and ch in seps:
            parts.append(text[start:i])
            start = i + 1
    parts.append(text[start:])
    return parts


def single_spaced(text: str) -> str:
    """A text with a blank line between most of its lines (a page of one <p> per line, a copy that doubled every
    line break) without its blank lines: there they part no blocks, and the readers of lists and tables take a blank
    line for the end of one."""
    lines = text.split("\n")
    filled = [bool(ln.strip()) for ln in lines]
    adjacent = sum(1 for i in range(len(filled) - 1) if filled[i] and filled[i + 1])
    parted = sum(1 for i in range(len(filled) - 2) if filled[i] and not filled[i + 1] and filled[i + 2])
    return "\n".join(ln for ln in lines if ln.strip()) if parted > adjacent else text


def prose_punctuation(text: str) -> str:
    """``text`` with the ASCII commas and semicolons of its Chinese prose written full-width, as the readers of
    clauses expect."""
    return _ASCII_PUNCT_IN_PROSE.sub(lambda m: "，" if m.group("p") == "," else "；", text)


def english_brackets(text: str) -> str:
    """``text`` with each bracket that prints a country before the English name holding the English name alone."""
    return _COUNTRY_BEFORE_ENGLISH.sub(lambda m: m.group("open") + m.group("en"), text)
