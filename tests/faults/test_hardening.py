"""Issue 17 (hardening, round 2) in the fault matrix: each case was a defect reproduced here before its fix.

Every case reports to the ledger; the pipeline cases end where the clean run ends (``check_recovered``).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from fault_helpers import ARTICLE, SOURCE, Pipeline, Snapshot
from fault_ledger import Ledger
from test_pipeline_faults import check_recovered

import policywatch.crawler.pipeline as pipeline_mod
import policywatch.parsers as parsers_pkg
from policywatch.offline.replay import Fault, ReplayServer, serve


def test_one_article_crashing_the_parser_never_blocks_the_others(pipe: Pipeline, clean: Snapshot, ledger: Ledger,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """Before: a ``ValueError`` (not a ParseError) in one article's parse failed the whole tick, nothing recorded."""
    name = "one article crashes the parser (ValueError)"
    ledger.note(name, False, 0, 0)
    real = parsers_pkg.parse_article

    def crashing(body: bytes, **kwargs: Any) -> Any:
        if kwargs.get("url", "").endswith(ARTICLE.rsplit("/", 1)[-1]):
            raise ValueError("'附件' is not in list")
        return real(body, **kwargs)

    monkeypatch.setattr(pipeline_mod, "parse_article", crashing)
    outcome = pipe.crawl()[SOURCE]
    pipe.plan_and_deliver()
    mid = pipe.snapshot(wait=False)
    assert outcome.outcome == "error" and "ValueError" in (outcome.error or "") and ARTICLE.rsplit("/", 1)[-1] in (
        outcome.error or ""), outcome
    good = set(clean.announcements) - set(mid.announcements)
    assert len(good) == 1 and len(mid.announcements) == len(clean.announcements) - 1, (mid.announcements, good)
    assert mid.health[SOURCE] == ("error", 1) and mid.health_changes[SOURCE] > 0
    assert not mid.baselines.get(SOURCE) and not mid.orphans
    monkeypatch.setattr(pipeline_mod, "parse_article", real)
    pipe.recover()
    final = check_recovered(name, pipe, clean, ledger)
    assert final.health[SOURCE] == ("ok", 0)


def test_replay_refuses_an_answer_file_outside_its_folder(tmp_path: Path, ledger: Ledger) -> None:
    """Before: ``"file": "../secret.txt"`` in a ``_routes.json`` was served (a 200 with the file outside)."""
    name = "replay route to a file outside the served folder"
    ledger.note(name, False, 0, 0)
    site = tmp_path / "site"
    api = site / "api"
    api.mkdir(parents=True)
    (tmp_path / "secret.txt").write_text("not for the replay site", encoding="utf-8")
    (api / "ok.json").write_text("{}", encoding="utf-8")
    (api / "_routes.json").write_text(json.dumps([{"params": {"q": "bad"}, "file": "../../secret.txt"},
                                                  {"params": {"q": "abs"}, "file": str(tmp_path / "secret.txt")},
                                                  {"params": {"q": "ok"}, "file": "ok.json"}]), encoding="utf-8")
    server = serve(site)
    try:
        _check_replay(server)
    finally:
        server.stop()
    ledger.note(name, True, 0, 0)


def _check_replay(server: ReplayServer) -> None:
    for q in ("bad", "abs"):
        answer = server.answer("GET", "/api", {"q": q}, {})
        assert answer.status == 403 and b"not for the replay site" not in answer.body, answer
    assert server.answer("GET", "/api", {"q": "ok"}, {}).status == 200


@pytest.mark.timeout(120)
def test_a_deeply_nested_article_is_refused_and_the_others_recorded(pipe: Pipeline, clean: Snapshot,
                                                                   ledger: Ledger) -> None:
    """Before: an article of 200,000 nested ``<div>`` stalled the tick (more than five minutes in the tree builder).
    Now it is refused before a tree is built, with an error naming the page; the good articles are recorded."""
    name = "200,000 nested <div> in an article (issue 17 item 5)"
    ledger.note(name, False, 0, 0)
    pipe.replay.set_fault(ARTICLE, Fault("nested", size=200_000))
    outcome = pipe.crawl()[SOURCE]
    pipe.plan_and_deliver()
    mid = pipe.snapshot(wait=False)
    assert outcome.outcome == "error", outcome
    assert ARTICLE.rsplit("/", 1)[-1] in (outcome.error or "") and "deep" in (outcome.error or ""), outcome
    assert len(mid.announcements) == len(clean.announcements) - 1, mid.announcements
    assert mid.health[SOURCE] == ("error", 1) and not mid.baselines.get(SOURCE) and not mid.orphans
    pipe.replay.set_fault(ARTICLE, None)
    pipe.recover()
    check_recovered(name, pipe, clean, ledger)
