"""HTML pages written for these tests in the real templates (SOURCES.md §2–5), stating facts from facts.json."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from policywatch.parsers import (
    EmptyDocumentError,
    ParseError,
    TruncatedDocumentError,
    decode_body,
    parse_article,
)
from policywatch.parsers.errors import RedirectPageError

PAGES = Path(__file__).parent / "pages"


def page(name: str) -> bytes:
    return (PAGES / name).read_bytes()


def test_mofcom_article_matches_the_facts_of_uel_2025_7(facts: dict[str, Any]) -> None:
    fact = facts["uel-2025-007.txt"]
    ann = parse_article(page("mofcom-uel-2025-007-zwgk.html"), url="https://www.mofcom.gov.cn/zwgk/zcfb/art/x.html")
    assert (ann.doc_id, ann.number, ann.issuer, ann.title) == (
        fact["doc_id"], fact["number"], fact["issuer"], fact["title"])
    assert ann.published and ann.published.isoformat() == fact["published"]
    assert ann.url == "https://www.mofcom.gov.cn/zwgk/zcfb/art/x.html"
    [action] = ann.actions
    want = fact["actions"][0]
    got = action.to_json()
    for name in ("kind", "list", "effective", "until", "targets", "measures"):
        assert got[name] == want[name], name
    assert [e["name_en"] for e in got["entities"]] == [e["name_en"] for e in want["entities"]]
    assert [e["name_zh"] for e in got["entities"]] == [e["name_zh"] for e in want["entities"]]
    assert ann.warnings == ()


def test_alias_copy_under_another_column_gives_the_same_instrument() -> None:
    primary = parse_article(page("mofcom-uel-2025-007-zwgk.html"))
    alias = parse_article(page("mofcom-uel-2025-007-alias.html"))
    assert alias.doc_id == primary.doc_id == "UEL-2025-7"
    assert alias.actions == primary.actions
    # The bodies differ (no metadata block, other markup), so the evidence hash differs.
    assert alias.text_hash != primary.text_hash


def test_gb18030_copy_decodes_to_the_same_announcement() -> None:
    html = page("mofcom-uel-2025-007-alias.html").decode("utf-8").replace("charset=utf-8", "charset=gb2312")
    body = html.encode("gb18030")
    assert decode_body(body) == html
    assert parse_article(body).actions == parse_article(page("mofcom-uel-2025-007-alias.html")).actions
    # Undeclared GB18030 still decodes (UTF-8 fails first).
    assert decode_body(body.replace(b"charset=gb2312", b"")).startswith("<!DOCTYPE html>")


def test_header_charset_wins_over_sniffing() -> None:
    text = "商务部公告2025年第21号"
    assert decode_body(text.encode("gbk"), "text/html; charset=GBK") == text


def test_exportcontrol_mirror_strips_boilerplate(facts: dict[str, Any]) -> None:
    fact = facts["mofcom-2024-046.txt"]
    ann = parse_article(page("exportcontrol-mofcom-2024-046.html"))
    assert ann.doc_id == fact["doc_id"]
    assert ann.number == fact["known"]["number"]
    assert ann.published and ann.published.isoformat() == fact["known"]["published"]
    [action] = ann.actions
    assert (action.kind, action.list) == ("control", "ITEM")
    assert list(action.measures) == fact["actions"][0]["measures"]
    assert action.effective and action.effective.isoformat() == fact["known"]["actions[0].effective"]
    assert "本站转载" not in ann.text


@pytest.mark.parametrize("name, reason", [
    ("exportcontrol-boilerplate-only.html", "boilerplate only"),
    ("exportcontrol-ssi-error.html", "server-side include error"),
])
def test_mirror_page_without_body_is_an_error(name: str, reason: str) -> None:
    with pytest.raises(EmptyDocumentError, match=reason):
        parse_article(page(name))


def test_customs_easysite_article(facts: dict[str, Any]) -> None:
    fact = facts["mofcom-2025-079.txt"]
    ann = parse_article(page("customs-mofcom-2025-079.html"))
    assert (ann.doc_id, ann.number, ann.issuer) == (fact["doc_id"], fact["number"], fact["issuer"])
    assert ann.published and ann.published.isoformat() == fact["published"]
    [action] = ann.actions
    want = fact["actions"][0]
    assert (action.kind, action.list, action.effective.isoformat() if action.effective else None) == (
        want["kind"], want["list"], want["effective"])
    assert "打印本页" not in ann.text


def test_mfa_article(facts: dict[str, Any]) -> None:
    fact = facts["mfa-order-017.txt"]
    ann = parse_article(page("mfa-order-017.html"))
    assert (ann.doc_id, ann.number, ann.title) == (fact["doc_id"], fact["number"], fact["title"])
    [action] = ann.actions
    assert [e.to_json() for e in action.entities] == fact["actions"][0]["entities"]
    assert list(action.measures) == fact["actions"][0]["measures"]


def test_truncated_page_is_an_error() -> None:
    with pytest.raises(TruncatedDocumentError):
        parse_article(page("mofcom-truncated.html"))


def test_page_without_any_body_is_an_error() -> None:
    with pytest.raises(EmptyDocumentError):
        parse_article(b"<html><head><title>x</title></head><body><div class='nav'>home</div></body></html>")
    with pytest.raises(EmptyDocumentError):
        parse_article(b"   ")


def test_plain_text_bytes_go_through_the_text_parser(texts_dir: Path) -> None:
    body = (texts_dir / "uel-2025-008.txt").read_text(encoding="utf-8").encode("gb18030")
    ann = parse_article(body)
    assert ann.doc_id == "UEL-2025-8" and len(ann.actions[0].entities) == 6


def test_errors_are_parse_errors() -> None:
    assert issubclass(TruncatedDocumentError, ParseError) and issubclass(EmptyDocumentError, ParseError)


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "policywatch", "parse", *args], capture_output=True, text=True,
                          timeout=60)


def test_cli_failures_are_one_line_naming_the_file(tmp_path: Path) -> None:
    proc = _cli(str(PAGES / "mofcom-truncated.html"))
    assert proc.returncode == 1
    [line] = proc.stderr.strip().splitlines()
    assert "mofcom-truncated.html" in line and "truncated" in line
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    proc = _cli(str(empty))
    assert proc.returncode == 1 and "empty.txt" in proc.stderr and "empty" in proc.stderr
    proc = _cli(str(tmp_path / "missing.txt"))
    assert proc.returncode == 2
    [line] = proc.stderr.strip().splitlines()
    assert "missing.txt" in line and "no such file" in line


def test_cli_summary_and_gb18030_text(tmp_path: Path, texts_dir: Path) -> None:
    path = tmp_path / "notice.txt"
    path.write_bytes((texts_dir / "uel-2025-004.txt").read_text(encoding="utf-8").encode("gb18030"))
    proc = _cli(str(path), str(PAGES / "customs-mofcom-2025-079.html"))
    assert proc.returncode == 0, proc.stderr
    assert "UEL-2025-4" in proc.stdout and "美国PVH集团" in proc.stdout and "MOFCOM-2025-79" in proc.stdout


@pytest.mark.parametrize("script", [
    "window.location.href='https://www.mofcom.gov.cn/xwfb/art/2025/art_target.html';",
    '_cofing1={href:"https://www.mofcom.gov.cn/xwfb/art/2025/art_target.html",type:1};',
])
def test_script_redirect_names_the_target(script: str) -> None:
    body = f"<html><head><script>{script}</script></head><body></body></html>".encode()
    with pytest.raises(RedirectPageError) as info:
        parse_article(body)
    assert info.value.target == "https://www.mofcom.gov.cn/xwfb/art/2025/art_target.html"


def test_body_in_an_iframe_names_the_frame() -> None:
    body = (b'<html><body><div class="art-con art-con-bottonmLine"><iframe src="/table/1.html"></iframe></div>'
            b"</body></html>")
    with pytest.raises(RedirectPageError, match="iframe") as info:
        parse_article(body)
    assert info.value.target == "/table/1.html"


def test_metadata_in_a_table_and_a_page_title_without_the_number() -> None:
    body = (
        '<html><head><meta name="ArticleTitle" content="公布将16家美国实体列入出口管制管控名单">'
        '<meta name="PubDate" content="2025-04-04 20:00"></head><body><div class="art-con art-con-bottonmLine">'
        "<table><tr><td>【发布文号】</td><td>商务部公告2025年第21号</td></tr>"
        "<tr><td>【发文日期】</td><td>2025年04月04日</td></tr></table>"
        "<p>商务部公告2025年第21号</p><p>公布将16家美国实体列入出口管制管控名单</p></div></body></html>"
    ).encode()
    ann = parse_article(body)
    assert (ann.doc_id, ann.number, ann.published) == ("MOFCOM-2025-21", "商务部公告2025年第21号",
                                                       dt.date(2025, 4, 4))
