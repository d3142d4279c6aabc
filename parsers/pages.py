"""Article pages → Announcement: decode, recognise the template, take the body, strip boilerplate, parse the text.

Templates (SOURCES.md §2–5): www/aqygzj.mofcom JPaaS articles (meta ArticleTitle/PubDate,
``div.art-con.art-con-bottonmLine``), the exportcontrol mirror (boilerplate ``本站转载…``, SSI errors), customs
EasySite (``.easysite-news-peruse`` / ``#easysiteText``), MFA pages, and plain text.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from selectolax.lexbor import LexborHTMLParser as HTMLParser
from selectolax.lexbor import LexborNode as Node

from policywatch.parsers.announcement import PageHints, build
from policywatch.parsers.chrome import SSI_ERROR, without_boilerplate
from policywatch.parsers.dates import parse_date
from policywatch.parsers.decoding import decode_body
from policywatch.parsers.depth import check_depth
from policywatch.parsers.errors import EmptyDocumentError, RedirectPageError, TruncatedDocumentError
from policywatch.parsers.text import clean
from policywatch.parsers.types import Announcement

_HTML_SNIFF = re.compile(r"<\s*(?:!doctype|html|head|body|div|p|meta|table)\b", re.IGNORECASE)
_HTML_END = re.compile(r"</\s*html\s*>", re.IGNORECASE)
_BLOCK_TAGS = re.compile(r"<\s*(?:br|/?p|/?div|/?li|/?tr|/?h[1-6]|/?table|/?ul|/?ol|/?section)\b[^>]*>", re.IGNORECASE)
_CELL_TAGS = re.compile(r"<\s*/?\s*t[dh]\b[^>]*>", re.IGNORECASE)
_ANY_TAG = re.compile(r"<[^>]+>")
# Pages that only forward to the article: window.location.href='…' or the _cofing1={href:"…"} object.
_JS_REDIRECT = re.compile(
    r"""(?:window\.location(?:\.href)?\s*=\s*|_cofing1\s*=\s*\{\s*href\s*:\s*)["'](?P<url>[^"']+)["']"""
)


@dataclass(frozen=True, slots=True)
class Template:
    name: str
    body: tuple[str, ...]
    title: tuple[str, ...]
    date: tuple[str, ...]
    strip: tuple[str, ...] = ()


TEMPLATES: tuple[Template, ...] = (
    Template("mofcom", ("div.art-con.art-con-bottonmLine", "div.art-con"), ("div.art-title",), ()),
    Template("customs", (".easysite-news-peruse", "#easysiteText"), (".easysite-news-title", "h2"),
             (".easysite-news-describe",), (".easysite-news-operation",)),
    Template("mfa", ("#News_Body_Txt_A", ".news-main .content"), (".news-title", "h1"), (".news-main .time",)),
    Template("exportcontrol", (".article-content",), (".article-title", "h1"), (".article-date",)),
    # Older mofcom and TRS templates, then anything with an article element.
    Template("generic", ("#zoom", ".TRS_Editor", "article", ".content"), ("div.art-title", ".article-title", "h1"),
             ()),
)
_SITE_SUFFIX = re.compile(
    r"\s*[_|｜-]\s*(?:中华人民共和国商务部|中国出口管制信息网|中华人民共和国外交部|中华人民共和国海关总署|海关总署|商务部)\s*$"
)


def parse_article(body: bytes, *, url: str | None = None, content_type: str | None = None) -> Announcement:
    """Any article page (or plain-text bytes) → Announcement.

    Raises EmptyDocumentError (no body, boilerplate only, SSI error), TruncatedDocumentError (the page stops before
    ``</html>``), NestingTooDeepError (elements nested past ``depth.MAX_DEPTH``) or ParseError (undecodable).
    """
    text, hints = _read(body, url=url, content_type=content_type)
    return build(text, url=url, hints=hints)


def article_text(body: bytes, *, url: str | None = None, content_type: str | None = None) -> str:
    """The plain text ``parse_article`` reads a page (or plain-text bytes) as, for what else a notice says (its
    stated reason); raises as ``parse_article`` does."""
    return _read(body, url=url, content_type=content_type)[0]


def _read(body: bytes, *, url: str | None, content_type: str | None) -> tuple[str, PageHints | None]:
    if not body or not body.strip():
        raise EmptyDocumentError("the page is empty", source=url)
    text = decode_body(body, content_type)
    if not _HTML_SNIFF.search(text[:2048]):
        return text, None
    if not _HTML_END.search(text[-4096:]):
        raise TruncatedDocumentError("the page stops before </html>: truncated download", source=url)
    return extract(text, url=url)


def extract(page: str, *, url: str | None = None) -> tuple[str, PageHints]:
    """The article's plain text (title line first) and what the template says of title and date."""
    check_depth(page, source=url)
    tree = HTMLParser(page)
    for junk in tree.css("script, style, noscript"):
        junk.decompose()
    template, node = _find_body(tree)
    if node is None:
        _raise_if_forwarding(tree, page, url)
        raise EmptyDocumentError("the page has no article body (no known template matched)", source=url)
    for selector in template.strip:
        for junk in node.css(selector):
            junk.decompose()
    body = _strip_boilerplate(node_text(node))
    if not body or body.replace(SSI_ERROR, "").strip() == "":
        _raise_if_forwarding(node, page, url)
        reason = "server-side include error instead of a body" if SSI_ERROR in page else "no body, boilerplate only"
        raise EmptyDocumentError(f"the page has {reason}", source=url)
    title = _meta(tree, "ArticleTitle") or _first_text(tree, template.title) or _page_title(tree)
    date_text = _meta(tree, "PubDate") or _first_text(tree, template.date)
    published = parse_date(date_text) if date_text else None
    if title and title not in body.split("\n", 3)[:3]:
        body = f"{title}\n{body}"
    return body, PageHints(title=title, published=published)


def script_redirect(page: str) -> str | None:
    """Where a page forwards by script (``window.location.href='…'``, the ``_cofing1={href:"…"}`` object), if it
    does: the one definition the parser and the crawler's fetcher share."""
    m = _JS_REDIRECT.search(page)
    return m.group("url") if m else None


def _raise_if_forwarding(scope: HTMLParser | Node, page: str, url: str | None) -> None:
    """An empty body that forwards elsewhere names the place, so the caller can fetch the article itself."""
    frame = scope.css_first("iframe[src]")
    if frame is not None and frame.attributes.get("src"):
        target = frame.attributes["src"] or ""
        raise RedirectPageError(f"the body is an iframe: fetch {target}", target=target, source=url)
    scripted = script_redirect(page)
    if scripted:
        raise RedirectPageError(f"the page redirects by script: fetch {scripted}", target=scripted, source=url)


def _find_body(tree: HTMLParser) -> tuple[Template, Node | None]:
    for template in TEMPLATES:
        for selector in template.body:
            node = tree.css_first(selector)
            if node is not None:
                return template, node
    return TEMPLATES[-1], None


def node_text(node: Node) -> str:
    """Text with a line break for every block element, entities decoded, whitespace normalised."""
    # Cells stay on their row's line: a metadata table keeps 【发布文号】 beside its value.
    raw = _BLOCK_TAGS.sub("\n", _CELL_TAGS.sub(" ", node.html or ""))
    return clean(html.unescape(_ANY_TAG.sub("", raw)))


def _strip_boilerplate(text: str) -> str:
    return clean(without_boilerplate(text))


def _page_title(tree: HTMLParser) -> str | None:
    node = tree.css_first("title")
    value = _SITE_SUFFIX.sub("", clean(node.text())) if node is not None else ""
    return value or None


def _meta(tree: HTMLParser, name: str) -> str | None:
    node = tree.css_first(f'meta[name="{name}"]')
    value = node.attributes.get("content") if node is not None else None
    return value.strip() if value and value.strip() else None


def _first_text(tree: HTMLParser, selectors: tuple[str, ...]) -> str | None:
    for selector in selectors:
        node = tree.css_first(selector)
        if node is not None:
            value = clean(node.text(separator=" "))
            if value:
                return value
    return None


__all__ = ["extract", "parse_article"]
