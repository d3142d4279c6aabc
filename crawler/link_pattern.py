"""A static list page read by the URL pattern of its articles (used for the MFA 反制措施 column).

A backfill also walks the older list pages, named as TRS WCM sites name them (``index.shtml``, then
``index_1.shtml``, ``index_2.shtml`` …; not confirmed for the MFA column, SOURCES §5a), until one answers 404.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from policywatch.crawler.context import CrawlContext, ListResult
from policywatch.crawler.errors import HTTPStatusError
from policywatch.parsers.listing import parse_link_pattern


def discover(ctx: CrawlContext) -> list[ListResult]:
    pattern = str(ctx.source.option("pattern", r"\.s?html$"))
    results: list[ListResult] = []
    for url in ctx.source.urls:
        page, key = ctx.get(url)
        if page.not_modified:
            results.append(ctx.unchanged_result(key))
            continue
        results.append(ctx.list_result(key, page, parse_link_pattern(page.text(), base_url=url, pattern=pattern)))
    return results


_INDEX = re.compile(r"/index(\.s?html?)$")
BACKFILL_MAX_PAGES = 5000


def backfill(ctx: CrawlContext, since: int | None) -> Iterator[ListResult]:
    pattern = str(ctx.source.option("pattern", r"\.s?html$"))
    for url in ctx.source.urls:
        match = _INDEX.search(url)
        for number in range(BACKFILL_MAX_PAGES if match else 1):
            page_url = url if number == 0 or match is None else _INDEX.sub(f"/index_{number}{match.group(1)}", url)
            if page_url in ctx.done:
                yield ctx.skipped_result(page_url)
                continue
            try:
                page, key = ctx.get(page_url)
            except HTTPStatusError as exc:
                if exc.status == 404 and number > 0:
                    break  # past the last list page
                raise
            if page.not_modified:
                yield ctx.unchanged_result(key)
                continue
            links = parse_link_pattern(page.text(), base_url=page_url, pattern=pattern)
            yield ctx.list_result(key, page, links)
            if since is not None and links and all(
                    link.listed_on is not None and link.listed_on.year < since for link in links):
                break
