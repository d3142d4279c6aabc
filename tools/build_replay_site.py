"""Write the replay site (``config/demo/site/``) from the public facts in ``facts.json``: the site layout.

Three modules: ``replay_texts.py`` (each notice's facts and our own wording of its body), ``replay_pages.py``
with ``replay_templates/`` (the pages' markup, jinja2) and this one — which page goes where: the
www.mofcom.gov.cn year indexes, JPaaS column shells with their unit API answers, alias copies under a second
column, the exportcontrol list API, the aqygzj home page, the MFA column and a customs list that answers a 412
challenge (SOURCES.md §2–§5a, §9).

A few notices have no known page under a listed column (MOFCOM 2025 No.79 has no known URL at all; the
spokesperson answers of 2025-05-14/08-12 have none; Order 2026 No.1 is known only on an export-control portal
column no source polls; the older UEL listings a backfill reaches). They get replay-only addresses whose
``art_`` id is derived from the doc_id (``sha256("replay:" + key)``), listed in the site's README.

    .venv/bin/python tools/build_replay_site.py [--facts PATH] [--out DIR]
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import shutil
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))  # the sibling modules, however this file is loaded

from replay_pages import (  # noqa: E402
    AQ_SITE,
    WWW_SITE,
    aqygzj_home,
    article,
    customs_challenge,
    jpaas_shell,
    mfa_index,
    unit_pages,
    year_index,
)
from replay_texts import EXTRA_EVENTS, HISTORY, Doc, body  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
DEFAULT_OUT = REPO / "config" / "demo" / "site"
WWW = "https://www.mofcom.gov.cn"
AQ = "https://aqygzj.mofcom.gov.cn"
EC = "http://exportcontrol.mofcom.gov.cn"
MFA_COLUMN = "https://www.mfa.gov.cn/web/wjb_673085/zfxxgk_674865/gknrlb/fzcqdcs/"
UNIT_API = "/api-gateway/jpaas-publish-server/front/page/build/unit"
EC_API = "/edi_ecms_web_front/front/column/getColumnList"


# JPaaS columns: (shell path, queryData, the source that polls it). The www /zwgk/zcfb/ and aqygzj values are
# the ones SOURCES.md records; the spokesperson column's ids are replay-only (the crawler reads them from the
# shell anyway). The page size is the client's choice on JPaaS (OpenSanctions asks aqygzj for 99999 at once):
# each column is paged at the ``page_size`` its source's YAML asks for, so a backfill walks several pages.
COLUMNS = {
    "zcfb": (WWW, "/zwgk/zcfb/index.html", {
        "webId": "8f43c7ad3afc411fb56f281724b73708", "pageId": "fc8bdff48fa345a48b651c1285b70b8f",
        "tagId": "分页列表", "tplSetId": "52551ea0e2c14bca8c84792f7aa37ead"}, "mofcom-zcfb", "政策发布"),
    "xwfyrth": (WWW, "/xwfb/xwfyrth/index.html", {
        "webId": "8f43c7ad3afc411fb56f281724b73708", "pageId": hashlib.sha256(b"replay:xwfyrth").hexdigest()[:32],
        "tagId": "分页列表", "tplSetId": "52551ea0e2c14bca8c84792f7aa37ead"}, "mofcom-xwfyrth", "新闻发言人谈话"),
    "gzjgfxwj": (AQ, "/flzc/gzjgfxwj/index.html", {
        "webId": "b28941ad4e064442856787562c9a4961", "pageId": "79d6d2c4e44d458180d37dd4f0996645",
        "tagId": "信息列表", "tplSetId": "DDBav9QvwJVbs9iznQVmO"}, "aqygzj-gzjgfxwj", "规章及规范性文件"),
}
SOURCES_DIR = REPO / "config" / "sources"
# Where the server fixes the page size (the exportcontrol column API answers ``pageInfo.pageSize``; the MFA
# column is static pages index.shtml, index_1.shtml …), SOURCES.md records no size: the copy's pages are this
# short so that a backfill walks several of them, in the real structure.
EC_PAGE_SIZE = 2
MFA_PAGE_SIZE = 2
# The copy's own robots.txt (no real one is recorded in SOURCES.md): the site search is kept from crawlers, every
# column and article a source reads is allowed. The other hosts have none (404: everything allowed).
ROBOTS = {"www.mofcom.gov.cn": "User-agent: *\nDisallow: /search\n"}


def page_size(source: str) -> int:
    """The JPaaS ``page_size`` a source asks for (config/sources/<source>.yml), so the copy answers it."""
    data = yaml.safe_load((SOURCES_DIR / f"{source}.yml").read_text(encoding="utf-8"))
    return int(data["options"]["page_size"])


# The portal's 国内政策法规 columns (SOURCES §4): zcfggzqd (rules and lists) and gzjgfxwj (规章及规范性文件). No
# source in config/sources/ polls gzjgfxwj, so what is only there also gets a replay-only aqygzj address.
EC_COLUMNS = {"zcfggzqd": "/article/zcfg/gnzcfg/zcfggzqd/", "gzjgfxwj": "/article/zcfg/gnzcfg/gzjgfxwj/",
              "gndt": "/article/gndt/"}


def replay_id(key: str) -> str:
    return hashlib.sha256(f"replay:{key}".encode()).hexdigest()[:32]


# Addresses for notices whose page under a listed column is not known (see the module docstring).
REPLAY_URLS: dict[str, list[str]] = {
    "mofcom-2025-079.txt": [f"{WWW}/zcfb/blgg/gg/2025/art/2025/art_{replay_id('MOFCOM-2025-79')}.html"],
    "mofcom-2025-070.txt": [f"{WWW}/zcfb/blgg/gg/2025/art/2025/art_{replay_id('MOFCOM-2025-70')}.html"],
    "mofcom-2026-011.txt": [f"{WWW}/zcfb/blgg/gg/2026/art/2026/art_{replay_id('MOFCOM-2026-11')}.html"],
    "qa-2025-05-14-uel-suspension.txt": [f"{WWW}/xwfb/xwfyrth/art/2025/art_{replay_id('QA-2025-05-14')}.html"],
    "qa-2025-08-12-uel-adjustment.txt": [f"{WWW}/xwfb/xwfyrth/art/2025/art_{replay_id('QA-2025-08-12')}.html"],
    # The ECL answers of the same days share the UEL answers' doc_id prefix (as on 2025-11-05): the address
    # key adds the list so the two pages differ.
    "qa-2025-05-14-ecl-suspension": [f"{WWW}/xwfb/xwfyrth/art/2025/art_{replay_id('QA-2025-05-14-ECL')}.html"],
    "qa-2025-08-12-ecl-adjustment": [f"{WWW}/xwfb/xwfyrth/art/2025/art_{replay_id('QA-2025-08-12-ECL')}.html"],
    # Order 2026 No.1 sits under /flzc/gzjgfxwj/ as Order 2025 No.7 does, so the aqygzj sources reach it.
    "order-2026-001": [f"{AQ}/flzc/gzjgfxwj/art/2026/art_{replay_id('MOFCOM-ORDER-2026-1')}.html"],
    # Older UEL listings, under their year's 公告 index as UEL No.2/3/5/6 of 2025 are (SOURCES §2).
    "uel-2023-001": [f"{WWW}/zcfb/blgg/gg/2023/art/2023/art_{replay_id('UEL-2023-1')}.html"],
    "uel-2024-001": [f"{WWW}/zcfb/blgg/gg/2024/art/2024/art_{replay_id('UEL-2024-1')}.html"],
}

# Listed in the spokesperson column although it lives under /syxwfb/ (JPaaS columns link across columns).
XWFYRTH_EXTRA = ["qa-2025-11-05-uel-adjustment.txt"]
EC_LISTED_ON = {"mofcom-2024-046.txt": "2024-12-17", "qa-2025-11-05-ecl-adjustment.txt": "2025-11-06"}


def load_docs(facts: dict[str, Any]) -> list[Doc]:
    docs: list[Doc] = []
    for key, fact in {**facts, **EXTRA_EVENTS, **HISTORY}.items():
        known = fact.get("known") or {}
        published = fact.get("published") or known.get("published")
        number = fact.get("number") or known.get("number")
        doc_id = fact.get("doc_id")
        if key == "qa-2025-10-14-hanwha-countermeasure.txt":
            doc_id = None
        title = fact.get("title") or known.get("title") or (
            "公布对部分钢铁产品实施出口许可证管理" if key == "mofcom-2025-079.txt" else number
        )
        urls = [u for u in [fact.get("url")] if u] + list(fact.get("alias_urls") or [])
        urls += REPLAY_URLS.get(key, [])
        docs.append(Doc(key, doc_id, number, fact.get("issuer"), title, dt.date.fromisoformat(published),
                        fact["actions"], urls))
        if key == "qa-2025-10-14-hanwha-countermeasure.txt":
            # The order the answer reports: its facts are under ``known`` (SOURCES §3, INDEX.md).
            action = dict(fact["actions"][0], effective=known["actions[0].effective"],
                          entities=known["actions[0].entities"])
            docs.append(Doc("order-2025-006", known["reports"], known["number"], "商务部", known["title"],
                            dt.date.fromisoformat(known["published"]), [action], [known["url"]]))
    return docs


def build(facts: dict[str, Any], out: Path) -> dict[str, int]:
    if out.exists():
        shutil.rmtree(out)
    docs = load_docs(facts)
    files: dict[str, str] = {}

    def put(url: str, text: str) -> None:
        parts = urlsplit(url)
        path = parts.path if not parts.path.endswith("/") else parts.path + "index.html"
        files[f"{parts.netloc}{path}"] = text

    listed: dict[str, list[tuple[Doc, str]]] = defaultdict(list)
    for doc in docs:
        lines = body(doc, facts)
        for i, url in enumerate(doc.urls):
            put(url, article(doc, url, lines, alias=i > 0))
            parts = urlsplit(url)
            if parts.netloc == "www.mofcom.gov.cn" and parts.path.startswith("/zcfb/blgg/gg/"):
                listed[f"gg-{parts.path.split('/')[4][:4]}"].append((doc, url))
            elif parts.netloc == "www.mofcom.gov.cn" and parts.path.startswith("/zwgk/zcfb/art/"):
                listed["zcfb"].append((doc, url))
            elif parts.netloc == "www.mofcom.gov.cn" and parts.path.startswith("/xwfb/xwfyrth/art/"):
                listed["xwfyrth"].append((doc, url))
            elif parts.netloc == "aqygzj.mofcom.gov.cn" and parts.path.startswith("/flzc/gzjgfxwj/art/"):
                listed["gzjgfxwj"].append((doc, url))
            elif parts.netloc == "exportcontrol.mofcom.gov.cn":
                column = next(c for c, prefix in EC_COLUMNS.items() if parts.path.startswith(prefix))
                listed[f"ec-{column}"].append((doc, url))
            elif parts.netloc == "www.mfa.gov.cn":
                listed["mfa"].append((doc, url))
        if doc.key in XWFYRTH_EXTRA:
            listed["xwfyrth"].append((doc, doc.urls[0]))

    def newest(items: list[tuple[Doc, str]]) -> list[tuple[Doc, str]]:
        return sorted(items, key=lambda item: (item[0].published, item[1]), reverse=True)

    for year in (2023, 2024, 2025, 2026):
        put(f"{WWW}/zcfb/blgg/gg/{year}/index.html", year_index(year, newest(listed[f"gg-{year}"])))
    routes: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for column, (base, shell, query, source, title) in COLUMNS.items():
        site = WWW_SITE if base == WWW else AQ_SITE
        put(base + shell, jpaas_shell(title, query, site, UNIT_API))
        host = urlsplit(base).netloc
        size = page_size(source)
        for number, payload in enumerate(unit_pages(newest(listed[column]), size), 1):
            name_ = f"{column}-page-{number}.json"
            files[f"{host}{UNIT_API}/{name_}"] = payload
            params = {**query, "pageNo": number, "pageSize": size}
            routes[host].append({"method": "GET", "params": params, "file": name_})
    for host, entries in routes.items():
        files[f"{host}{UNIT_API}/_routes.json"] = json.dumps(entries, ensure_ascii=False, indent=1)
    put(f"{AQ}/", aqygzj_home(newest(listed["gzjgfxwj"])[:4]))
    ec_routes = []
    for column in EC_COLUMNS:
        items = newest(listed[f"ec-{column}"])
        rows = [
            {"id": int(urlsplit(u).path.rsplit("/", 1)[1].split(".")[0]), "title": d.title,
             "url": urlsplit(u).path, "publishTimeStr": EC_LISTED_ON.get(d.key, d.published.isoformat()),
             "source": "商务部"}
            for d, u in items
        ]
        for number, start in enumerate(range(0, len(rows), EC_PAGE_SIZE), 1):
            info = {"pageNumber": number, "pageSize": EC_PAGE_SIZE, "total": len(rows),
                    "pages": -(-len(rows) // EC_PAGE_SIZE), "rows": rows[start : start + EC_PAGE_SIZE]}
            name_ = f"{column}-page-{number}.json"
            files[f"exportcontrol.mofcom.gov.cn{EC_API}/{name_}"] = json.dumps({"code": 200, "pageInfo": info},
                                                                               ensure_ascii=False)
            ec_routes.append({"method": "POST", "params": {"columnID": column, "pageNumber": number}, "file": name_})
    files[f"exportcontrol.mofcom.gov.cn{EC_API}/_routes.json"] = json.dumps(ec_routes, ensure_ascii=False, indent=1)
    orders = newest(listed["mfa"])
    count = -(-len(orders) // MFA_PAGE_SIZE)
    for number, start in enumerate(range(0, len(orders), MFA_PAGE_SIZE)):
        name_ = "index.shtml" if number == 0 else f"index_{number}.shtml"
        put(MFA_COLUMN + name_, mfa_index(orders[start : start + MFA_PAGE_SIZE], number, count))
    customs = "www.customs.gov.cn/customs/302249/2480148/index.html"
    files[customs] = customs_challenge()
    files[customs + ".meta.json"] = json.dumps(
        {"status": 412, "headers": {"Content-Type": "text/html; charset=utf-8",
                                    "Set-Cookie": "FSSBBIl1UgzbN7N80S=replay; Path=/"}}, indent=1)
    for host, rules in ROBOTS.items():
        files[f"{host}/robots.txt"] = rules
    files["README.md"] = readme(docs)
    for rel, text in files.items():
        path = out / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return {"files": len(files), "notices": len(docs), "pages": sum(len(d.urls) for d in docs)}


def readme(docs: list[Doc]) -> str:
    replay_only = [u for urls in REPLAY_URLS.values() for u in urls]
    lines = [
        "# Replay site",
        "",
        "Generated by `tools/build_replay_site.py` from the public facts in",
        "`../shared/fixtures/announcements/facts.json`.",
        "Do not edit by hand: change the generator and run it again. The notice bodies are our own short texts",
        "stating the facts in the notices' phrasing patterns; the page structure follows SOURCES.md.",
        "",
        "Layout: `<host>/<path>`. API endpoints are folders with `_routes.json`; `<file>.meta.json` sets a status.",
        "`www.mofcom.gov.cn/robots.txt` is the copy's own (no real one is recorded); the other hosts have none.",
        "",
        f"Notices: {len(docs)}. Replay-only addresses (no real page is known under a column a source polls):",
        "",
        *[f"- {u}" for u in replay_only],
        "",
    ]
    return "\n".join(lines)


__all__ = ["EXTRA_EVENTS", "HISTORY", "Doc", "build", "load_docs"]


def main() -> None:
    shared = Path(os.environ.get("POLICYWATCH_SHARED", REPO.parent / "shared"))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--facts", type=Path, default=shared / "fixtures" / "announcements" / "facts.json")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args()
    facts = json.loads(args.facts.read_text(encoding="utf-8"))
    print(json.dumps(build(facts, args.out)))


if __name__ == "__main__":
    main()
