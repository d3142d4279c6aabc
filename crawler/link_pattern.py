"""A static list page read by the URL pattern of its articles (used for the MFA 反制措施 column)."""

from __future__ import annotations

from policywatch.crawler.context import CrawlContext, ListResult
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
