"""exportcontrol.mofcom.gov.cn: the column list is a form POST answering JSON (``pageInfo.rows``).

POST answers cannot be asked for conditionally, so an unchanged page is recognised by its content hash.
"""

from __future__ import annotations

import json

from policywatch.crawler.context import CrawlContext, ListResult
from policywatch.parsers.listing import parse_exportcontrol_list

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


def _last_page(payload: str, number: int) -> bool:
    info = json.loads(payload).get("pageInfo") or {}
    total, size = info.get("total"), info.get("pageSize")
    if isinstance(total, int) and isinstance(size, int) and size > 0:
        return number * size >= total
    return True
