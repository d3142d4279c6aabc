"""Entries of two lines: the Chinese name on the numbered line, its English name alone on the next, without
brackets (``1. 日本某株式会社`` / ``Some Corporation``)."""

from __future__ import annotations

import re

from policywatch.parsers.numerals import CIRCLED_CHARS, CN_NUMBER_CHARS

# A numbered line holding a Chinese name and nothing else: no bracket, no mark a sentence or a field would carry.
_CHINESE_ITEM = re.compile(
    rf"^(?:\d{{1,3}}\s*[.．、]|[（(][{CN_NUMBER_CHARS}\d]{{1,4}}[）)]|[{CN_NUMBER_CHARS}]{{1,3}}、|[{CIRCLED_CHARS}])"
    r"\s*[A-Za-z0-9]*[\u3400-\u9fff][^（()）：:，,。；;\s]*$")
# The English name on its own line: Latin letters only, never a number opening another item.
_LATIN_LINE = re.compile(r"^[A-Za-z][A-Za-z0-9 .,&'\-/]*[A-Za-z.]$")


def english_below_joined(body: str) -> str:
    """Each two-line entry written as the one line of a listed name: ``N. 中文名`` over ``English`` →
    ``N. 中文名（English）``; every other line as it is."""
    lines = body.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        below = lines[i + 1].strip() if i + 1 < len(lines) else ""
        if _CHINESE_ITEM.match(line.strip()) and _LATIN_LINE.match(below):
            out.append(f"{line.rstrip()}（{' '.join(below.split())}）")
            i += 2
            continue
        out.append(line)
        i += 1
    return "\n".join(out)
