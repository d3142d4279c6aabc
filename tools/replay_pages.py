"""The replay site's page templates (``replay_templates/``, jinja2): article pages and list pages in the real
sites' markup (SOURCES §2–§5a, §9) — the 【发布单位】 block, the misspelled ``art-con-bottonmLine`` div, alias copies,
the exportcontrol ``本站转载…`` boilerplate, year indexes, JPaaS shells and unit fragments, the aqygzj home page,
the MFA column and the customs 412 challenge. Used by ``build_replay_site.py``.

Escaping is ``html.escape`` (the ``h`` filter; ``text`` leaves quotes alone), as the pages have always been
written, so the generated site stays byte-identical.
"""

from __future__ import annotations

import html
import json
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import jinja2
from replay_texts import Doc, ymd_padded

TEMPLATES = Path(__file__).resolve().parent / "replay_templates"
BOILERPLATE = "本站转载、编译或摘编的作品，仅供参考，其版权归原作者所有；如有侵权，请与本站联系。"
NAV = [
    ("首页", "/"), ("新闻发布", "/xwfb/index.html"), ("政务公开", "/zwgk/index.html"), ("政策发布", "/zcfb/index.html"),
    ("部令公告", "/zcfb/blgg/index.html"), ("公告", "/zcfb/blgg/gg/index.html"), ("部令", "/zcfb/blgg/bl/index.html"),
    ("政策解读", "/zcjd/index.html"), ("政府信息公开", "/zfxxgk/index.html"), ("对外贸易管理", "/zfxxgk/dwmygl.html"),
    ("新闻发言人谈话", "/xwfb/xwfyrth/index.html"), ("统计数据", "/tjsj/index.html"), ("互动交流", "/hdjl/index.html"),
    ("办事服务", "/bsfw/index.html"), ("专题专栏", "/ztzl/index.html"), ("机构设置", "/jgsz/index.html"),
]
WWW_SITE, AQ_SITE = "中华人民共和国商务部", "商务部安全与管制局"
EC_SITE, MFA_SITE = "中国出口管制信息网", "中华人民共和国外交部"


def _paragraphs(lines: list[str]) -> str:
    return "\n".join(f"<p>{html.escape(line)}</p>" for line in lines if line)


_ENV = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=False, keep_trailing_newline=True,
                          undefined=jinja2.StrictUndefined)
_ENV.filters.update(h=html.escape, text=lambda s: html.escape(s, quote=False), paragraphs=_paragraphs)


def page(template: str, *, site: str, title: str, meta: dict[str, str] | None = None, **context: Any) -> str:
    """One page in the site's chrome (head, navigation, footer)."""
    return _ENV.get_template(template).render(site=site, title=title, meta=meta or {"SiteName": site}, nav=NAV,
                                              **context)


def _article_meta(doc: Doc, site: str, time: str) -> dict[str, str]:
    return {"SiteName": site, "ArticleTitle": doc.title, "PubDate": f"{doc.published.isoformat()} {time}"}


def article(doc: Doc, url: str, lines: list[str], *, alias: bool) -> str:
    """The page of ``doc`` at ``url``: the template of the host it is on."""
    host = urlsplit(url).netloc
    if host == "exportcontrol.mofcom.gov.cn":
        return page("exportcontrol_article.html.j2", site=EC_SITE, title=f"{doc.title}_{EC_SITE}",
                    meta=_article_meta(doc, EC_SITE, "18:00"), doc=doc, lines=lines, boilerplate=BOILERPLATE)
    if host == "www.mfa.gov.cn":
        return page("mfa_article.html.j2", site=MFA_SITE, title=f"{doc.title}_{MFA_SITE}",
                    meta=_article_meta(doc, MFA_SITE, "10:00"), doc=doc, lines=lines)
    site = WWW_SITE if host == "www.mofcom.gov.cn" else AQ_SITE
    head: list[str] = []
    # 2025 No.21's page under /zcfb/blgg/art/ has no metadata block.
    if "/zcfb/blgg/art/" not in url and doc.number and not lines[0].startswith("【"):
        head = ["【发布单位】安全与管制局", f"【发布文号】{doc.number}", f"【发文日期】{ymd_padded(doc.published)}"]
    return page("jpaas_article.html.j2", site=site, title=f"{doc.title}_{site}",
                meta=_article_meta(doc, site, "18:00"), doc=doc, lines=head + lines, alias=alias)


def _paths(items: list[tuple[Doc, str]]) -> list[tuple[Doc, str]]:
    return [(d, urlsplit(u).path) for d, u in items]


def year_index(year: int, items: list[tuple[Doc, str]]) -> str:
    return page("year_index.html.j2", site=WWW_SITE, title=f"{year}年公告_{WWW_SITE}", year=year, items=_paths(items))


def jpaas_shell(column: str, query: dict[str, str], site: str, api: str) -> str:
    data = {**query, "parseType": "bulidstatic", "pageType": "column", "editType": "null"}
    pseudo = json.dumps(data, ensure_ascii=False).replace('"', "'")
    return page("jpaas_shell.html.j2", site=site, title=f"{column}_{site}", column=column, api=api, query=pseudo)


def unit_pages(items: list[tuple[Doc, str]], page_size: int) -> list[str]:
    """The unit API's JSON answers, one per page of ``page_size`` items."""
    pages = []
    total = len(items)
    fragment = _ENV.get_template("unit_fragment.html.j2")
    for start in range(0, total, page_size):
        html_ = fragment.render(items=_paths(items[start : start + page_size]), page_size=page_size, total=total,
                                number=start // page_size + 1, pages=(total + page_size - 1) // page_size)
        pages.append(json.dumps({"code": "200", "success": True, "msg": "操作成功", "data": {"html": html_}},
                                ensure_ascii=False))
    return pages


def aqygzj_home(items: list[tuple[Doc, str]]) -> str:
    return page("aqygzj_home.html.j2", site=AQ_SITE, title=AQ_SITE, items=_paths(items))


def mfa_index(items: list[tuple[Doc, str]], number: int = 0, count: int = 1) -> str:
    """One list page of the MFA column: page ``number`` (0 = index.shtml) of ``count``, with the TRS pager."""
    rows = [(d, urlsplit(u).path.split("/fzcqdcs/")[1]) for d, u in items]
    return page("mfa_index.html.j2", site=MFA_SITE, title=f"反制措施_{MFA_SITE}", items=rows, number=number,
                count=count)


def customs_challenge() -> str:
    return (TEMPLATES / "customs_challenge.html").read_text(encoding="utf-8")
