"""List-page parsers: one function per site layout, text in, ``list[Link]`` out; zero items is an error.

Pure functions (selectolax, no I/O). Each raises ``LayoutError`` when a page that should list notices
yields none, so a changed layout is never mistaken for "nothing new".
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin, urlsplit

from selectolax.lexbor import LexborHTMLParser as HTMLParser

from policywatch.parsers.depth import check_depth
from policywatch.parsers.errors import LayoutError, ParseError
from policywatch.parsers.types import Link

_DATE = re.compile(r"(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})")
_AQYGZJ_ART = re.compile(r"/art/(\d{4})/art_[0-9a-f]{32}\.html$")


class ListApiError(ParseError):
    """A list API answered with an explicit failure (``success:false``)."""


@dataclass(frozen=True, slots=True)
class UnitPage:
    """One page of a JPaaS unit answer: its links and what its pagination element claims."""

    links: list[Link]
    rows: int | None
    count: int | None
    page_no: int | None


def _tree(page: str, source: str) -> HTMLParser:
    check_depth(page, source=source)  # a hostile list page must not stall the tick either
    return HTMLParser(page)


def _date(text: str | None) -> dt.date | None:
    if not text or not (m := _DATE.search(text)):
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def _clean(text: str | None) -> str:
    return " ".join((text or "").split())


def _dedupe(links: list[Link]) -> list[Link]:
    seen: set[str] = set()
    out: list[Link] = []
    for link in links:
        if link.url not in seen:
            seen.add(link.url)
            out.append(link)
    return out


def _require(links: list[Link], what: str, source: str | None) -> list[Link]:
    if not links:
        raise LayoutError(f"{what} yielded zero items; the page layout may have changed", source=source)
    return links


def _int_attr(node: Any, name: str) -> int | None:
    value = node.attributes.get(name) if node is not None else None
    if value is None:
        return None
    try:
        return int(str(value).strip())
    except ValueError as exc:
        raise LayoutError(f"pagination attribute {name}={value!r} is not a number") from exc


def parse_year_index(text: str, *, base_url: str, year: int) -> list[Link]:
    """www.mofcom.gov.cn ``/zcfb/blgg/gg/<year>/index.html``: every link under ``/zcfb/blgg/gg/<year>…/art/``."""
    pattern = re.compile(rf"/zcfb/blgg/gg/{year}[^/]*/art/")
    tree = _tree(text, base_url)
    links: list[Link] = []
    for a in tree.css("a[href]"):
        href = a.attributes.get("href") or ""
        url = urljoin(base_url, href)
        if not pattern.search(urlsplit(url).path):
            continue
        title = _clean(a.attributes.get("title") or a.text())
        parent = a.parent
        date = _date(parent.text()) if parent is not None else None
        links.append(Link(url=url, title=title, listed_on=date))
    return _require(_dedupe(links), f"year index {year}", base_url)


def parse_jpaas_shell(text: str, *, base_url: str) -> tuple[str, dict[str, str]]:
    """A JPaaS column shell: the unit API URL and its ``queryData`` (single-quoted pseudo-JSON)."""
    tree = _tree(text, base_url)
    for script in tree.css("script[querydata]"):
        raw = script.attributes.get("querydata") or ""
        api = script.attributes.get("url") or ""
        if not api:
            continue
        try:
            data = json.loads(raw.replace("'", '"'))
        except json.JSONDecodeError as exc:
            raise LayoutError(f"queryData is not readable ({exc})", source=base_url) from exc
        if not isinstance(data, dict) or not data.get("webId") or not data.get("pageId"):
            raise LayoutError("queryData lacks webId/pageId", source=base_url)
        return urljoin(base_url, api), {str(k): str(v) for k, v in data.items()}
    raise LayoutError("no unitbuild script with queryData found in the column shell", source=base_url)


def parse_jpaas_unit(payload: str, *, base_url: str) -> UnitPage:
    """A JPaaS unit API answer: ``{"success":true,"data":{"html":"<ul class=txtList_01>…"}}``."""
    try:
        data = json.loads(payload)
    except json.JSONDecodeError as exc:
        raise LayoutError(f"unit API answer is not JSON ({exc})", source=base_url) from exc
    if not isinstance(data, dict):
        raise LayoutError("unit API answer is not a JSON object", source=base_url)
    if data.get("success") is not True:
        detail = data.get("msg") or data.get("message") or data.get("code")
        raise ListApiError(f"unit API answered success:{json.dumps(data.get('success'))} ({detail})", source=base_url)
    inner = data.get("data")
    html = inner.get("html") if isinstance(inner, dict) else None
    if not isinstance(html, str):
        raise LayoutError("unit API answer has no data.html", source=base_url)
    tree = _tree(html, base_url)
    links: list[Link] = []
    for li in tree.css("ul.txtList_01 > li"):
        a = li.css_first("a[href][title]")
        if a is None:
            continue
        span = li.css_first("span")
        links.append(
            Link(
                url=urljoin(base_url, a.attributes.get("href") or ""),
                title=_clean(a.attributes.get("title")),
                listed_on=_date(span.text() if span is not None else None),
            )
        )
    _require(links, "JPaaS unit page", base_url)
    pager = tree.css_first("div.pagination")
    return UnitPage(
        links=_dedupe(links),
        rows=_int_attr(pager, "rows"),
        count=_int_attr(pager, "count"),
        page_no=_int_attr(pager, "pageno"),
    )


def parse_exportcontrol_list(payload: str, *, base_url: str) -> list[Link]:
    """exportcontrol.mofcom.gov.cn ``getColumnList``: ``pageInfo.rows[]`` with title, url, publishTimeStr."""
    try:
        data = json.loads(payload)
    except json.JSONDecodeError as exc:
        raise LayoutError(f"column list answer is not JSON ({exc})", source=base_url) from exc
    info = data.get("pageInfo") if isinstance(data, dict) else None
    rows = info.get("rows") if isinstance(info, dict) else None
    if not isinstance(rows, list):
        raise LayoutError("column list answer has no pageInfo.rows", source=base_url)
    links = [
        Link(url=urljoin(base_url, str(row["url"])), title=_clean(row.get("title")),
             listed_on=_date(row.get("publishTimeStr")))
        for row in rows
        if isinstance(row, dict) and row.get("url")
    ]
    return _require(_dedupe(links), "export-control column list", base_url)


def parse_customs_list(text: str, *, base_url: str) -> list[Link]:
    """customs.gov.cn EasySite list: ``[class^="conList_ul"] li`` > ``a[title]`` + date ``span``."""
    tree = _tree(text, base_url)
    links: list[Link] = []
    for li in tree.css('[class^="conList_ul"] li'):
        a = li.css_first("a[href]")
        if a is None:
            continue
        span = li.css_first("span")
        links.append(
            Link(
                url=urljoin(base_url, a.attributes.get("href") or ""),
                title=_clean(a.attributes.get("title") or a.text()),
                listed_on=_date(span.text() if span is not None else None),
            )
        )
    return _require(_dedupe(links), "customs list", base_url)


def parse_aqygzj_home(text: str, *, base_url: str) -> list[Link]:
    """aqygzj.mofcom.gov.cn home page: every link to ``…/art/<year>/art_<32 hex>.html``."""
    tree = _tree(text, base_url)
    links: list[Link] = []
    for a in tree.css("a[href]"):
        url = urljoin(base_url, a.attributes.get("href") or "")
        if not _AQYGZJ_ART.search(urlsplit(url).path):
            continue
        parent = a.parent
        links.append(
            Link(url=url, title=_clean(a.attributes.get("title") or a.text()),
                 listed_on=_date(parent.text() if parent is not None else None))
        )
    return _require(_dedupe(links), "aqygzj home page", base_url)


def parse_link_pattern(text: str, *, base_url: str, pattern: str) -> list[Link]:
    """A static list page read by URL pattern (e.g. the MFA 反制措施 column): links whose path matches."""
    regex = re.compile(pattern)
    tree = _tree(text, base_url)
    links: list[Link] = []
    for a in tree.css("a[href]"):
        url = urljoin(base_url, a.attributes.get("href") or "")
        if not regex.search(urlsplit(url).path):
            continue
        parent = a.parent
        links.append(
            Link(url=url, title=_clean(a.attributes.get("title") or a.text()),
                 listed_on=_date(parent.text() if parent is not None else None))
        )
    return _require(_dedupe(links), f"list page (links matching {pattern})", base_url)
