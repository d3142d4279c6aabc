"""Measures numbered first, then assigned by number: ``决定采取下列三项措施：一、…二、…三、…`` followed by
``第一项、第二项措施适用于A（…）和B（…）。第三项措施适用于C（…）。``. Each assignment is a group of its own, with the
measures its numbers name."""

from __future__ import annotations

import re

from policywatch.parsers.numerals import CN_NUMBER_CHARS, to_int

# "决定采取下列三项措施：", "决定采取以下措施：".
_HEAD = re.compile(rf"决定采取(?:下列|以下|如下)(?:[{CN_NUMBER_CHARS}\d]{{1,3}}项)?(?:反制(?:裁)?)?措施[：:]")
_ITEM = re.compile(rf"^\s*(?P<n>[{CN_NUMBER_CHARS}]{{1,3}})、\s*(?P<text>.+?)[；;。]?$")
_NTH = rf"第(?P<n>[{CN_NUMBER_CHARS}\d]{{1,3}})项"
# "第一项、第二项措施适用于…。", "第三项措施针对…。"
_ASSIGNED = re.compile(rf"(?:^|(?<=[。\n]))\s*(?P<ns>第[{CN_NUMBER_CHARS}\d]{{1,3}}项(?:\s*(?:、|和|及|与)\s*"
                       rf"第[{CN_NUMBER_CHARS}\d]{{1,3}}项)*)(?:措施)?(?:适用于|针对)(?P<run>[^。]+)。")


def assigned_measures(body: str) -> list[tuple[tuple[str, ...], str]]:
    """(the measures, the names they apply to) for each assignment, or [] when the text does not number its
    measures first; an assignment naming a number no measure has gives [] too (the text is not read so)."""
    head = _HEAD.search(body)
    if head is None:
        return []
    measures: dict[int, str] = {}
    for line in body[head.end():].split("\n"):
        if (item := _ITEM.match(line)) is not None:
            measures[to_int(item.group("n"))] = item.group("text").strip()
        elif line.strip() and measures:
            break
    out: list[tuple[tuple[str, ...], str]] = []
    for m in _ASSIGNED.finditer(body, head.end()):
        numbers = [to_int(n.group("n")) for n in re.finditer(_NTH, m.group("ns"))]
        if not numbers or any(n not in measures for n in numbers):
            return []
        out.append((tuple(measures[n] for n in numbers), m.group("run").strip()))
    return out
