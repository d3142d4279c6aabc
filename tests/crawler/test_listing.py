"""List-page parsers on the replay site's pages and on small hand-written pages."""

from __future__ import annotations

import datetime as dt
import json
import re
from importlib import resources
from pathlib import Path

import pytest

from policywatch.parsers.errors import LayoutError
from policywatch.parsers.listing import (
    ListApiError,
    parse_aqygzj_home,
    parse_customs_list,
    parse_exportcontrol_list,
    parse_jpaas_shell,
    parse_jpaas_unit,
    parse_year_index,
)

SITE = Path(str(resources.files("policywatch.config") / "demo" / "site"))
WWW = "https://www.mofcom.gov.cn"
UNIT = "www.mofcom.gov.cn/api-gateway/jpaas-publish-server/front/page/build/unit"


def read(rel: str) -> str:
    return (SITE / rel).read_text(encoding="utf-8")


def test_year_index_takes_links_of_that_year_only() -> None:
    links = parse_year_index(read("www.mofcom.gov.cn/zcfb/blgg/gg/2025/index.html"),
                             base_url=f"{WWW}/zcfb/blgg/gg/2025/index.html", year=2025)
    assert links and all(link.url.startswith(f"{WWW}/zcfb/blgg/gg/2025") for link in links)
    assert any("/gg/2025nswbgg/art/" in link.url for link in links)
    assert all(link.listed_on and link.listed_on.year == 2025 for link in links)
    with pytest.raises(LayoutError, match="year index 2024 yielded zero items"):
        parse_year_index(read("www.mofcom.gov.cn/zcfb/blgg/gg/2025/index.html"), base_url=WWW + "/", year=2024)


def test_jpaas_shell_and_unit_pages() -> None:
    api, query = parse_jpaas_shell(read("www.mofcom.gov.cn/zwgk/zcfb/index.html"), base_url=f"{WWW}/zwgk/zcfb/")
    assert api == f"{WWW}/api-gateway/jpaas-publish-server/front/page/build/unit"
    assert query["webId"] == "8f43c7ad3afc411fb56f281724b73708" and query["parseType"] == "bulidstatic"
    page = parse_jpaas_unit(read(f"{UNIT}/zcfb-page-1.json"), base_url=f"{WWW}/zwgk/zcfb/")
    # The copy pages the column at the page size mofcom-zcfb asks for (5).
    assert (page.rows, page.page_no) == (5, 1) and page.count and page.count > 10
    assert len(page.links) == 5
    first = page.links[0]
    assert first.url.startswith(f"{WWW}/zwgk/zcfb/art/") and isinstance(first.listed_on, dt.date)
    assert not first.title.endswith("…")  # the full title comes from the title attribute


@pytest.mark.parametrize(
    ("payload", "error"),
    [
        ('{"success": false, "msg": "busy"}', ListApiError),
        ('{"success": true, "data": {}}', LayoutError),
        ('{"success": true, "data": {"html": "<ul class=\\"txtList_01\\"></ul>"}}', LayoutError),
        ("<html>not json</html>", LayoutError),
    ],
)
def test_unit_failures_are_errors_never_empty_lists(payload: str, error: type[Exception]) -> None:
    with pytest.raises(error):
        parse_jpaas_unit(payload, base_url=WWW + "/")


def test_shell_without_query_data_is_a_layout_error() -> None:
    with pytest.raises(LayoutError, match="queryData"):
        parse_jpaas_shell("<html><body><ul></ul></body></html>", base_url=WWW + "/")


def test_exportcontrol_rows() -> None:
    base = "http://exportcontrol.mofcom.gov.cn/"
    # 2024 No.46, the column's oldest row, is on its second page.
    rel = "exportcontrol.mofcom.gov.cn/edi_ecms_web_front/front/column/getColumnList/zcfggzqd-page-2.json"
    links = parse_exportcontrol_list(read(rel), base_url=base)
    by_url = {link.url: link for link in links}
    listed = by_url[f"{base}article/zcfg/gnzcfg/zcfggzqd/202412/1072.html"].listed_on
    assert listed == dt.date(2024, 12, 17)  # the portal lists 2024 No.46 two weeks late
    with pytest.raises(LayoutError):
        parse_exportcontrol_list(json.dumps({"pageInfo": {"rows": []}}), base_url=base)


def test_customs_list_markup() -> None:
    html = (
        '<div class="pubCon"><ul class="conList_ul">'
        '<li><a href="/customs/302249/2480148/6789/index.html" title="海关总署公告2025年第1号">海关总署公告…</a>'
        "<span>2025-01-03</span></li></ul></div>"
    )
    links = parse_customs_list(html, base_url="http://www.customs.gov.cn/customs/302249/2480148/index.html")
    assert links[0].url == "http://www.customs.gov.cn/customs/302249/2480148/6789/index.html"
    assert links[0].title == "海关总署公告2025年第1号" and links[0].listed_on == dt.date(2025, 1, 3)
    with pytest.raises(LayoutError):
        parse_customs_list(read("www.customs.gov.cn/customs/302249/2480148/index.html"), base_url="http://x/")


def test_aqygzj_home_links() -> None:
    links = parse_aqygzj_home(read("aqygzj.mofcom.gov.cn/index.html"), base_url="https://aqygzj.mofcom.gov.cn/")
    # Newest first: Order 2026 No.1, then 2025 notices (SOURCES §3: links matching /art/<year>/art_<hex>.html).
    assert links and all(re.search(r"/art/20\d\d/art_[0-9a-f]{32}\.html$", link.url) for link in links)
    assert "/art/2026/" in links[0].url


def test_every_listed_page_exists() -> None:
    """The replay site is self-consistent: every link on a list page has a page behind it."""
    index = parse_year_index(read("www.mofcom.gov.cn/zcfb/blgg/gg/2025/index.html"), base_url=WWW + "/", year=2025)
    for link in index:
        assert (SITE / ("www.mofcom.gov.cn" + link.url.removeprefix(WWW))).is_file(), link.url
