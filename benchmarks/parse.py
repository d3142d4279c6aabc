"""Articles per second: policywatch's parser (selectolax + precompiled regexes) vs a BeautifulSoup + lxml
extraction of the same fields (title, date, body text without boilerplate) on the same pages, in one run.

Pages: the article pages written for the tests (tests/parsers/pages) and, when ../shared is present, each real
notice text wrapped at run time in the JPaaS article template with typical site chrome (navigation, footer,
scripts), so page sizes resemble the live site. Nothing is written to disk.

    .venv/bin/python benchmarks/parse.py [--seconds 2]
"""

from __future__ import annotations

import argparse
import html
import os
import re
import time
from collections.abc import Callable
from pathlib import Path

from bs4 import BeautifulSoup

from policywatch.parsers import ParseError, parse_article
from policywatch.parsers.pages import extract

REPO = Path(__file__).resolve().parent.parent
PAGES = REPO / "tests" / "parsers" / "pages"
SHARED = Path(os.environ.get("POLICYWATCH_SHARED", REPO.parent / "shared")) / "fixtures" / "announcements"

_CHROME_NAV = "".join(f'<li><a href="/col/{i}/index.html" title="栏目{i}">栏目{i}</a></li>' for i in range(160))
_CHROME_FOOT = "".join(f'<a href="https://example.gov.cn/link/{i}">相关链接{i}</a> ' for i in range(120))
_SCRIPT = "<script>" + "var x=1;" * 400 + "</script>"


def jpaas_page(text: str) -> bytes:
    lines = [ln for ln in text.split("\n")]
    title = next((ln.strip() for ln in lines if ln.strip()), "")
    body = "".join(f"<p>{html.escape(ln)}</p>" for ln in lines)
    page = (
        '<!DOCTYPE html><html><head><meta charset="utf-8">'
        '<meta name="SiteName" content="中华人民共和国商务部">'
        f'<meta name="ArticleTitle" content="{html.escape(title)}">'
        f'<meta name="PubDate" content="2025-04-04 10:00"><title>{html.escape(title)}</title>{_SCRIPT}</head><body>'
        f'<div class="nav"><ul>{_CHROME_NAV}</ul></div><div class="art-title">{html.escape(title)}</div>'
        f'<div class="art-con art-con-bottonmLine" ergodic="article">{body}</div>'
        f'<div class="footer">{_CHROME_FOOT}</div>{_SCRIPT}</body></html>'
    )
    return page.encode("utf-8")


def load_pages() -> list[bytes]:
    pages: list[bytes] = []
    for path in sorted(PAGES.glob("*.html")):
        data = path.read_bytes()
        try:
            parse_article(data)
        except ParseError:
            continue  # the fault pages (truncated, boilerplate only) are not articles
        pages.append(data)
    if SHARED.is_dir():
        pages.extend(jpaas_page(p.read_text(encoding="utf-8")) for p in sorted(SHARED.glob("*.txt")))
    return pages


_BODY_SELECTORS = ("div.art-con.art-con-bottonmLine", "div.art-con", ".easysite-news-peruse", "#easysiteText",
                   "#News_Body_Txt_A", ".news-main .content", ".article-content", "#zoom", ".TRS_Editor")
_TITLE_SELECTORS = ("div.art-title", ".easysite-news-title", ".news-title", ".article-title", "h1")
_DATE_SELECTORS = (".easysite-news-describe", ".news-main .time", ".article-date")
_BLOCKS = ("p", "div", "br", "li", "tr", "h1", "h2", "h3", "table")


def bs4_extract(data: bytes) -> tuple[str | None, str | None, str]:
    """The peer: the same fields with BeautifulSoup on lxml."""
    soup = BeautifulSoup(data, "lxml")
    for tag in soup(["script", "style", "noscript"]):
        tag.decompose()
    body = next((n for s in _BODY_SELECTORS if (n := soup.select_one(s)) is not None), None)
    if body is None:
        raise ValueError("no body")
    for junk in body.select(".easysite-news-operation"):
        junk.decompose()
    for tag in body.find_all(_BLOCKS):
        tag.insert_before("\n")
    text = body.get_text()
    lines = [ln.strip() for ln in text.split("\n")]
    text = "\n".join(ln for ln in lines if ln and not ln.startswith("本站转载"))
    meta_title = soup.find("meta", attrs={"name": "ArticleTitle"})
    title = meta_title.get("content") if meta_title else None
    if not title:
        node = next((n for s in _TITLE_SELECTORS if (n := soup.select_one(s)) is not None), None)
        title = node.get_text(" ", strip=True) if node else None
    meta_date = soup.find("meta", attrs={"name": "PubDate"})
    date = meta_date.get("content") if meta_date else None
    if not date:
        node = next((n for s in _DATE_SELECTORS if (n := soup.select_one(s)) is not None), None)
        date = node.get_text(strip=True) if node else None
    return title, date, re.sub(r"[ \t]+", " ", text)


def ours_extract(data: bytes) -> tuple[str, object]:
    return extract(data.decode("utf-8"))


def rate(fn: Callable[[bytes], object], pages: list[bytes], seconds: float) -> float:
    done = 0
    start = time.perf_counter()
    while True:
        for page in pages:
            fn(page)
        done += len(pages)
        elapsed = time.perf_counter() - start
        if elapsed >= seconds:
            return done / elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=2.0, help="time per measurement")
    args = parser.parse_args()
    pages = load_pages()
    size = sum(map(len, pages)) / len(pages)
    print(f"{len(pages)} pages, {size / 1024:.1f} KiB on average")
    for page in pages:  # warm-up, and a check that the peer finds a body wherever we do
        bs4_extract(page)
        parse_article(page)
    full = rate(parse_article, pages, args.seconds)
    ours = rate(ours_extract, pages, args.seconds)
    peer = rate(bs4_extract, pages, args.seconds)
    print(f"policywatch parse_article (extract + full parse): {full:9.1f} articles/s")
    print(f"policywatch extraction only (selectolax):          {ours:9.1f} articles/s")
    print(f"BeautifulSoup + lxml extraction of the same fields: {peer:9.1f} articles/s")
    print(f"ratio, full parse vs bs4+lxml extraction:  {full / peer:5.1f}x (goal >= 5x)")
    print(f"ratio, extraction vs extraction:           {ours / peer:5.1f}x")


if __name__ == "__main__":
    main()
