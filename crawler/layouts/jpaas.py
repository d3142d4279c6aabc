"""Hanweb JPaaS column pages (www.mofcom.gov.cn, aqygzj): a JS shell whose list comes from the unit API.

The shell's ``queryData`` is read every time (never hard-coded): on a 304 the copy kept as evidence is
read instead. Pages are walked with ``pageNo``/``pageSize`` until a page holds only links already seen or
the last page is reached (a backfill walks on to the oldest item); a repeated page, ``success:false``, a
missing ``data.html``, a pagination element that contradicts the request, and captcha words are all
failures, never "nothing new".
"""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import Field

from policywatch.crawler.context import CrawlContext, ListResult, api_key
from policywatch.crawler.errors import ApiError, StalledPaginationError
from policywatch.crawler.http import decode
from policywatch.crawler.layout import Layout, LayoutOptions
from policywatch.parsers.errors import LayoutError
from policywatch.parsers.listing import ListApiError, UnitPage, parse_jpaas_shell, parse_jpaas_unit
from policywatch.parsers.types import Link

# A backfill walks until the oldest item; this only stops a column that never ends (a site bug).
BACKFILL_MAX_PAGES = 5000
DEFAULTS = {"parseType": "bulidstatic", "pageType": "column", "editType": "null"}


def discover(ctx: CrawlContext) -> list[ListResult]:
    results: list[ListResult] = []
    for shell_url in ctx.source.urls:
        results.extend(_walk_column(ctx, shell_url))
    return results


def _walk_column(ctx: CrawlContext, shell_url: str) -> list[ListResult]:
    page_size = int(ctx.source.option("page_size", 20))
    max_pages = int(ctx.source.option("max_pages", 10))
    shell_result, api, query = _shell(ctx, shell_url)
    results = [shell_result]
    previous: list[str] | None = None
    for number in range(1, max_pages + 1):
        params = {**DEFAULTS, **query, "pageNo": number, "pageSize": page_size}
        page, key = ctx.get(api, params=params)
        if page.not_modified:
            results.append(ctx.unchanged_result(key))
            break
        unit = _checked_unit(page.text(), key, shell_url, number, page_size, previous)
        results.append(ctx.list_result(key, page, unit.links))
        previous = [link.url for link in unit.links]
        if all(url in ctx.seen for url in previous):
            break
        if _last(unit, number, page_size):
            break
    else:
        ctx.say(f"stopped after max_pages={max_pages}")
    return results


def backfill(ctx: CrawlContext, since: int | None) -> Iterator[ListResult]:
    """Each column page by page until its oldest item (``max_pages`` does not apply; ``since`` stops at the first
    page whose items are all older than that year)."""
    page_size = int(ctx.source.option("page_size", 20))
    for shell_url in ctx.source.urls:
        shell_result, api, query = _shell(ctx, shell_url)
        yield shell_result
        previous: list[str] | None = None
        for number in range(1, BACKFILL_MAX_PAGES + 1):
            params = {**DEFAULTS, **query, "pageNo": number, "pageSize": page_size}
            key = api_key(api, params)
            if key in ctx.done and (kept := ctx.kept_text(key)) is not None:
                unit = _checked_unit(kept, key, shell_url, number, page_size, previous)
                result = ctx.skipped_result(key)
            else:
                page, key = ctx.get(api, params=params)
                if page.not_modified:
                    # A backfill goes on past an unchanged page: its kept copy says how many pages follow.
                    kept = ctx.kept_text(key)
                    if kept is None:
                        raise LayoutError("304 for a list page but no earlier copy is kept", source=key)
                    unit = _checked_unit(kept, key, shell_url, number, page_size, previous)
                    result = ctx.unchanged_result(key)
                else:
                    unit = _checked_unit(page.text(), key, shell_url, number, page_size, previous)
                    result = ctx.list_result(key, page, unit.links)
            yield result
            previous = [link.url for link in unit.links]
            if _last(unit, number, page_size) or _older_than(unit.links, since):
                break
        else:
            ctx.say(f"stopped after {BACKFILL_MAX_PAGES} pages")


def _older_than(links: list[Link], since: int | None) -> bool:
    return since is not None and bool(links) and all(
        link.listed_on is not None and link.listed_on.year < since for link in links)


def _last(unit: UnitPage, number: int, page_size: int) -> bool:
    if unit.count is not None:
        return number * page_size >= unit.count
    return len(unit.links) < page_size


def _shell(ctx: CrawlContext, shell_url: str) -> tuple[ListResult, str, dict[str, str]]:
    """The column shell (its ``queryData``), fetched conditionally; a 304 is read from the kept copy."""
    if shell_url in ctx.done and (kept := ctx.kept_text(shell_url)) is not None:
        api, query = parse_jpaas_shell(kept, base_url=shell_url)
        return ctx.skipped_result(shell_url), api, query
    shell, shell_key = ctx.get(shell_url)
    if shell.not_modified:
        _validators, digest = ctx.baseline(shell_key)
        body = ctx.previous_body(digest)
        if body is None:
            raise LayoutError("304 for the column shell but no earlier copy is kept", source=shell_url)
        shell_result = ctx.unchanged_result(shell_key)
        text = decode(body)
    else:
        text = shell.text()
        shell_result = ctx.list_result(shell_key, shell, [])
    api, query = parse_jpaas_shell(text, base_url=shell_url)
    return shell_result, api, query


def _checked_unit(text: str, key: str, shell_url: str, number: int, page_size: int,
                  previous: list[str] | None) -> UnitPage:
    try:
        unit = parse_jpaas_unit(text, base_url=shell_url)
    except ListApiError as exc:
        raise ApiError(exc.reason, url=key) from exc
    urls = [link.url for link in unit.links]
    if unit.page_no is not None and unit.page_no != number:
        raise StalledPaginationError(f"asked for pageNo={number}, the answer says pageNo={unit.page_no}", url=key)
    if urls == previous:
        raise StalledPaginationError(f"page {number} repeats page {number - 1}", url=key)
    if unit.rows is not None and unit.rows != page_size:
        raise LayoutError(f"asked for pageSize={page_size}, pagination says rows={unit.rows}", source=key)
    if len(urls) > page_size:
        raise LayoutError(f"page holds {len(urls)} items, more than pageSize={page_size}", source=key)
    return unit


class JpaasOptions(LayoutOptions):
    page_size: int | None = Field(default=None, ge=1, le=200)
    max_pages: int | None = Field(default=None, ge=1, le=1000)


LAYOUTS = (
    Layout("jpaas", frozenset({"jpaas_unit"}), discover, backfill, JpaasOptions),
)
