"""How deep a page nests its elements, measured before any tree is built.

An HTML tree builder spends time that grows with the square of the nesting depth (200,000 nested ``<div>``, 2.2 MB,
did not finish in five minutes), so a hostile page could stall a crawl tick. One linear pass over the tags counts the
depth: elements that never take content (void elements, ``<x/>``), elements whose end tag is optional (``<p>``,
``<li>``, table cells: the builder closes them itself) and the raw text of ``<script>``/``<style>`` and comments are
not counted, so a real page measures a few dozen levels and only a hostile one comes near the limit.
"""

from __future__ import annotations

import re

from policywatch.parsers.errors import NestingTooDeepError

MAX_DEPTH = 1_000

# No bracket inside the tag: each attempt stops at the next "<", so the pass stays linear on "<a<a<a…".
_TAG = re.compile(r"<(?P<close>/?)(?P<name>[A-Za-z][A-Za-z0-9:-]*)(?P<attrs>[^<>]*)>")
_VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
                   "track", "wbr", "basefont", "bgsound", "frame", "keygen"})
_OPTIONAL_END = frozenset({"p", "li", "dt", "dd", "tr", "td", "th", "thead", "tbody", "tfoot", "option", "optgroup",
                           "colgroup", "caption", "rt", "rp"})
_RAW_END = {name: re.compile(rf"</{name}\s*>", re.IGNORECASE) for name in ("script", "style", "textarea", "title")}


def nesting_depth(page: str, limit: int = MAX_DEPTH) -> int:
    """The deepest nesting of elements in ``page``; stops counting once past ``limit``."""
    depth = deepest = 0
    pos = 0
    while (lt := page.find("<", pos)) >= 0:
        if page.startswith("<!--", lt):
            end = page.find("-->", lt + 4)
            if end < 0:
                break
            pos = end + 3
            continue
        m = _TAG.match(page, lt)
        if m is None:
            pos = lt + 1
            continue
        pos = m.end()
        name = m.group("name").lower()
        if name in _VOID or name in _OPTIONAL_END:
            continue
        if m.group("close"):
            depth = max(0, depth - 1)
            continue
        if name in _RAW_END:
            end_tag = _RAW_END[name].search(page, pos)
            pos = end_tag.end() if end_tag else len(page)
            continue
        if m.group("attrs").rstrip().endswith("/"):
            continue
        depth += 1
        if depth > deepest:
            deepest = depth
            if deepest > limit:
                break
    return deepest


def check_depth(page: str, *, source: str | None, limit: int = MAX_DEPTH) -> None:
    """Refuse a page nested deeper than ``limit`` before a tree is built from it (NestingTooDeepError)."""
    depth = nesting_depth(page, limit)
    if depth > limit:
        raise NestingTooDeepError(
            f"the page nests its elements more than {limit} deep: refused before parsing (a real page needs a few "
            "dozen levels)", source=source)
