"""aqygzj.mofcom.gov.cn home page: server-rendered, lists the newest notices, Q&As and news."""

from __future__ import annotations

from policywatch.crawler.context import CrawlContext, ListResult
from policywatch.parsers.listing import parse_aqygzj_home


def discover(ctx: CrawlContext) -> list[ListResult]:
    results: list[ListResult] = []
    for url in ctx.source.urls:
        page, key = ctx.get(url)
        if page.not_modified:
            results.append(ctx.unchanged_result(key))
            continue
        results.append(ctx.list_result(key, page, parse_aqygzj_home(page.text(), base_url=url)))
    return results
