"""The shipped replay site: generated from facts.json, up to date, every page parses to its facts, and the replay
server answers as the real sites do (crawling it is tests/crawler/test_crawl_replay.py)."""

from __future__ import annotations

import filecmp
import importlib.util
import sys
from importlib import resources
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest

from policywatch.offline.replay import ReplayServer
from policywatch.parsers import parse_article

REPO = Path(__file__).resolve().parents[2]
SITE = Path(str(resources.files("policywatch.config") / "demo" / "site"))
# facts.json leaves MOFCOM 2025 No.79's measures empty only because no wording of it is known; our page
# states the licensing measure, so the parser rightly finds one.
MEASURES_STATED_ON_OUR_PAGE = {"MOFCOM-2025-79"}


@pytest.fixture(scope="module")
def generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_replay_site", REPO / "tools" / "build_replay_site.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_replay_site"] = module
    spec.loader.exec_module(module)
    return module


def test_shipped_site_is_what_the_generator_writes(generator: ModuleType, facts: dict[str, Any],
                                                   tmp_path: Path) -> None:
    generator.build(facts, tmp_path / "site")
    compared = filecmp.dircmp(SITE, tmp_path / "site")
    stack = [compared]
    while stack:
        node = stack.pop()
        assert not node.left_only and not node.right_only and not node.diff_files, (
            f"config/demo/site is stale in {node.left}: run tools/build_replay_site.py "
            f"({node.left_only or node.right_only or node.diff_files})"
        )
        stack.extend(node.subdirs.values())


def test_every_page_states_its_facts(generator: ModuleType, facts: dict[str, Any]) -> None:
    docs = generator.load_docs(facts)
    # and the order a spokesperson answer reports, and the events INDEX.md lists without a text
    assert len(docs) == len(facts) + 1 + len(generator.EXTRA_EVENTS) + len(generator.HISTORY)
    problems = []
    for doc in docs:
        for url in doc.urls:
            parts = urlsplit(url)
            body = (SITE / (parts.netloc + parts.path)).read_bytes()
            got = parse_article(body, url=url, content_type="text/html; charset=utf-8").to_json()
            where = f"{doc.key} at {url}"
            if doc.doc_id and not (got["doc_id"] == doc.doc_id or got["doc_id"].startswith(doc.doc_id + "-")):
                problems.append(f"{where}: doc_id {got['doc_id']}")
            if got["published"] != doc.published.isoformat():
                problems.append(f"{where}: published {got['published']}")
            if len(got["actions"]) != len(doc.actions):
                problems.append(f"{where}: {len(got['actions'])} actions, expected {len(doc.actions)}")
                continue
            for mine, want in zip(got["actions"], doc.actions, strict=True):
                for key in ("kind", "list", "until", "until_computed", "targets"):
                    if mine[key] != want[key]:
                        problems.append(f"{where}: {key} {mine[key]!r} != {want[key]!r}")
                if want["effective"] and mine["effective"] != want["effective"]:
                    problems.append(f"{where}: effective {mine['effective']} != {want['effective']}")
                if mine["measures"] != want["measures"] and doc.doc_id not in MEASURES_STATED_ON_OUR_PAGE:
                    problems.append(f"{where}: measures {mine['measures']} != {want['measures']}")
                names = [(e["name_zh"], e["name_en"], e["country"], e["kind"]) for e in mine["entities"]]
                wanted = [(e["name_zh"], e["name_en"], e["country"], e["kind"]) for e in want["entities"]]
                if names != wanted:
                    problems.append(f"{where}: entities differ {set(names) ^ set(wanted)}")
    assert not problems, "\n".join(problems)


def test_no_real_text_is_copied(texts_dir: Path) -> None:
    """Our pages state facts in our own words: no sentence of 30+ characters from a real text appears."""
    pages = "".join(p.read_text(encoding="utf-8") for p in SITE.rglob("*") if p.suffix in {".html", ".shtml"})
    for text in texts_dir.glob("*.txt"):
        for sentence in text.read_text(encoding="utf-8").replace("\n", "").split("。"):
            # Annex lines (names) and measures are facts, stated in facts.json; long prose is not.
            if len(sentence) >= 30 and "（" not in sentence and not sentence.startswith(("一、", "二、", "三、")):
                assert sentence not in pages, f"{text.name}: {sentence[:40]}…"


def test_server_routes_and_refusals(replay: ReplayServer) -> None:
    unit = f"{replay.url}/www.mofcom.gov.cn/api-gateway/jpaas-publish-server/front/page/build/unit"
    assert httpx.get(unit, params={"pageNo": 1}).status_code == 404  # parameters must match a recorded answer
    assert httpx.get(f"{replay.url}/www.mofcom.gov.cn/../../etc/passwd").status_code in (403, 404)
    answer = httpx.get(f"{replay.url}/www.customs.gov.cn/customs/302249/2480148/index.html")
    assert answer.status_code == 412 and "set-cookie" in answer.headers
    page = httpx.get(f"{replay.url}/aqygzj.mofcom.gov.cn/")
    assert page.status_code == 200 and page.headers["etag"]
    again = httpx.get(f"{replay.url}/aqygzj.mofcom.gov.cn/", headers={"If-None-Match": page.headers["etag"]})
    assert again.status_code == 304 and again.content == b""


def test_lists_span_several_pages_in_the_real_structure() -> None:
    """Each list a backfill walks is paged as the real site pages it (SOURCES §2–§5a), several pages deep."""
    import json
    import re

    from policywatch.parsers.listing import parse_jpaas_unit

    unit = "api-gateway/jpaas-publish-server/front/page/build/unit"
    for host, column in [("www.mofcom.gov.cn", "zcfb"), ("www.mofcom.gov.cn", "xwfyrth"),
                         ("aqygzj.mofcom.gov.cn", "gzjgfxwj")]:
        files = sorted((SITE / host / unit).glob(f"{column}-page-*.json"))
        pages = [parse_jpaas_unit(f.read_text(encoding="utf-8"), base_url=f"https://{host}/") for f in files]
        assert len(pages) >= 3, column
        assert [p.page_no for p in pages] == list(range(1, len(pages) + 1))
        assert {p.count for p in pages} == {sum(len(p.links) for p in pages)}
        assert all(len(p.links) == p.rows for p in pages[:-1]) and 0 < len(pages[-1].links) <= pages[0].rows
    api = SITE / "exportcontrol.mofcom.gov.cn/edi_ecms_web_front/front/column/getColumnList"
    for column in ("zcfggzqd", "gndt"):
        infos = [json.loads(f.read_text(encoding="utf-8"))["pageInfo"] for f in sorted(api.glob(f"{column}-page-*"))]
        assert len(infos) >= 2 and [i["pageNumber"] for i in infos] == list(range(1, len(infos) + 1))
        assert {i["total"] for i in infos} == {sum(len(i["rows"]) for i in infos)}
    mfa = SITE / "www.mfa.gov.cn/web/wjb_673085/zfxxgk_674865/gknrlb/fzcqdcs"
    names = sorted(p.name for p in mfa.glob("index*.shtml"))
    assert names == ["index.shtml", "index_1.shtml"]
    for number, name in enumerate(["index.shtml", "index_1.shtml"]):
        text = (mfa / name).read_text(encoding="utf-8")
        assert re.search(rf"countPage = 2; var currentPage = {number};", text) and "<li><a href=\"./20" in text
