"""Hanweb JPaaS column pages (www.mofcom.gov.cn, aqygzj): a JS shell whose list comes from the unit API.

The shell's ``queryData`` is read every time (never hard-coded): on a 304 the copy kept as evidence is
read instead. Pages are walked with ``pageNo``/``pageSize`` until a page holds only links already seen or
the last page is reached; a repeated page, ``success:false``, a missing ``data.html``, a pagination
element that contradicts the request, and captcha words are all failures, never "nothing new".
"""

from __future__ import annotations

from policywatch.crawler.context import CrawlContext, ListResult
from policywatch.crawler.errors import ApiError, StalledPaginationError
from policywatch.crawler.http import decode
from policywatch.parsers.errors import LayoutError
from policywatch.parsers.listing import ListApiError, parse_jpaas_shell, parse_jpaas_unit

DEFAULTS = {"parseType": "bulidstatic", "pageType": "column", "editType": "null"}


def discover(ctx: CrawlContext) -> list[ListResult]:
    results: list[ListResult] = []
    for shell_url in ctx.source.urls:
        results.extend(_walk_column(ctx, shell_url))
    return results


def _walk_column(ctx: CrawlContext, shell_url: str) -> list[ListResult]:
    page_size = int(ctx.source.option("page_size", 20))
    max_pages = int(ctx.source.option("max_pages", 10))
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
    results = [shell_result]
    previous: list[str] | None = None
    for number in range(1, max_pages + 1):
        params = {**DEFAULTS, **query, "pageNo": number, "pageSize": page_size}
        page, key = ctx.get(api, params=params)
        if page.not_modified:
            results.append(ctx.unchanged_result(key))
            break
        try:
            unit = parse_jpaas_unit(page.text(), base_url=shell_url)
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
        results.append(ctx.list_result(key, page, unit.links))
        previous = urls
        if all(url in ctx.seen for url in urls):
            break
        if unit.count is not None and number * page_size >= unit.count:
            break
        if unit.count is None and len(urls) < page_size:
            break
    else:
        ctx.say(f"stopped after max_pages={max_pages}")
    return results
