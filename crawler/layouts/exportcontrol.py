"""exportcontrol.mofcom.gov.cn: the column list is a form POST answering JSON (``pageInfo.rows``).

POST answers cannot be asked for conditionally, so an unchanged page is recognised by its content hash. A
backfill walks every page of each column.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

from pydantic import Field

from policywatch.crawler.context import CrawlContext, ListResult, api_key
from policywatch.crawler.layout import Layout, LayoutOptions
from policywatch.parsers.listing import parse_exportcontrol_list

# A backfill walks until the last page; this only stops a column that never ends (a site bug).
BACKFILL_MAX_PAGES = 5000
HEADERS = {
    "Accept": "application/json, text/javascript, */*; q=0.01",
    "X-Requested-With": "XMLHttpRequest",
}


def discover(ctx: CrawlContext) -> list[ListResult]:
    max_pages = int(ctx.source.option("max_pages", 5))
    column_ids = [str(c) for c in ctx.source.option("column_ids", [])]
    results: list[ListResult] = []
    for api in ctx.source.urls:
        referer = api.split("/edi_ecms_web_front/")[0] + "/"
        for column in column_ids:
            for number in range(1, max_pages + 1):
                data = {"pageNumber": number, "columnID": column}
                page, key = ctx.post(api, data=data, headers={**HEADERS, "Referer": referer})
                links = parse_exportcontrol_list(page.text(), base_url=referer)
                result = ctx.list_result(key, page, links)
                results.append(result)
                if result.unchanged or all(link.url in ctx.seen for link in links):
                    break
                if _last_page(page.text(), number):
                    break
    return results


def backfill(ctx: CrawlContext, since: int | None) -> Iterator[ListResult]:
    """Each column's pages until the last (``pageInfo.total``); ``max_pages`` does not apply."""
    column_ids = [str(c) for c in ctx.source.option("column_ids", [])]
    for api in ctx.source.urls:
        referer = api.split("/edi_ecms_web_front/")[0] + "/"
        for column in column_ids:
            for number in range(1, BACKFILL_MAX_PAGES + 1):
                data = {"pageNumber": number, "columnID": column}
                key = api_key(api, data)
                if key in ctx.done and (kept := ctx.kept_text(key)) is not None:
                    yield ctx.skipped_result(key)
                    text = kept
                else:
                    page, key = ctx.post(api, data=data, headers={**HEADERS, "Referer": referer})
                    text = page.text()
                    links = parse_exportcontrol_list(text, base_url=referer)
                    yield ctx.list_result(key, page, links)
                    if since is not None and links and all(
                            link.listed_on is not None and link.listed_on.year < since for link in links):
                        break
                if _last_page(text, number):
                    break


def _last_page(payload: str, number: int) -> bool:
    info = json.loads(payload).get("pageInfo") or {}
    total, size = info.get("total"), info.get("pageSize")
    if isinstance(total, int) and isinstance(size, int) and size > 0:
        return number * size >= total
    return True


class ExportcontrolOptions(LayoutOptions):
    column_ids: list[str] | None = Field(default=None, max_length=100)
    max_pages: int | None = Field(default=None, ge=1, le=1000)


LAYOUTS = (
    Layout("exportcontrol", frozenset({"exportcontrol_json"}), discover, backfill, ExportcontrolOptions),
)
