"""Static list pages: one server-rendered page per URL, read by the list parser the source names.

Serves three layouts that differ only in that parser: ``aqygzj_home`` (the 安全与管制局 home page, newest items),
``customs`` (customs.gov.cn EasySite lists; a plain client usually gets 412 plus a JS cookie page, which the
fetcher reports as a challenge and never bypasses) and ``link_pattern`` (a page read by the URL pattern of its
articles: the MFA 反制措施 column).

A backfill also walks a page's older list pages when the source names them in ``older_pages``, relative to the
list URL (``index_{n}.shtml``: TRS WCM sites name their pages ``index.shtml``, ``index_1.shtml`` …; not
confirmed for the MFA column, SOURCES §5a), until one answers 404.
"""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import urljoin

from pydantic import Field

from policywatch.crawler.context import CrawlContext, ListResult
from policywatch.crawler.errors import HTTPStatusError
from policywatch.crawler.layout import Layout, LayoutOptions
from policywatch.parsers.listing import parse_aqygzj_home, parse_customs_list, parse_link_pattern
from policywatch.parsers.types import Link

BACKFILL_MAX_PAGES = 5000  # only stops a list that never ends (a site bug)


def _links(ctx: CrawlContext, text: str, url: str) -> list[Link]:
    parser = ctx.source.list_parser
    if parser == "aqygzj_home":
        return parse_aqygzj_home(text, base_url=url)
    if parser == "customs_list":
        return parse_customs_list(text, base_url=url)
    return parse_link_pattern(text, base_url=url, pattern=str(ctx.source.option("pattern", r"\.s?html$")))


def discover(ctx: CrawlContext) -> list[ListResult]:
    results: list[ListResult] = []
    for url in ctx.source.urls:
        page, key = ctx.get(url)
        if page.not_modified:
            results.append(ctx.unchanged_result(key))
            continue
        results.append(ctx.list_result(key, page, _links(ctx, page.text(), url)))
    return results


def backfill(ctx: CrawlContext, since: int | None) -> Iterator[ListResult]:
    older = ctx.source.option("older_pages", None)
    for url in ctx.source.urls:
        for number in range(BACKFILL_MAX_PAGES if older else 1):
            page_url = url if number == 0 else urljoin(url, str(older).format(n=number))
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
            links = _links(ctx, page.text(), page_url)
            yield ctx.list_result(key, page, links)
            if since is not None and links and all(
                    link.listed_on is not None and link.listed_on.year < since for link in links):
                break


class LinkPatternOptions(LayoutOptions):
    pattern: str | None = Field(default=None, min_length=1, max_length=500)
    # The older list pages a backfill walks, relative to the page: ``index_{n}.shtml``.
    older_pages: str | None = Field(default=None, min_length=1, max_length=200, pattern=r"\{n\}")


LAYOUTS = (
    Layout("aqygzj_home", frozenset({"aqygzj_home"}), discover, backfill),
    Layout("customs", frozenset({"customs_list"}), discover, backfill),
    Layout("link_pattern", frozenset({"link_pattern"}), discover, backfill, LinkPatternOptions),
)
