"""Issue 17 (hardening, round 2) in the fault matrix: each case was a defect reproduced here before its fix.

Every case reports to the ledger; the pipeline cases end where the clean run ends (``check_recovered``).
"""

from __future__ import annotations

from typing import Any

import pytest
from fault_helpers import ARTICLE, SOURCE, Pipeline, Snapshot
from fault_ledger import Ledger
from test_pipeline_faults import check_recovered

import policywatch.parsers as parsers_pkg


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

    monkeypatch.setattr(parsers_pkg, "parse_article", crashing)
    outcome = pipe.crawl()[SOURCE]
    pipe.plan_and_deliver()
    mid = pipe.snapshot(wait=False)
    assert outcome.outcome == "error" and "ValueError" in (outcome.error or "") and ARTICLE.rsplit("/", 1)[-1] in (
        outcome.error or ""), outcome
    good = set(clean.announcements) - set(mid.announcements)
    assert len(good) == 1 and len(mid.announcements) == len(clean.announcements) - 1, (mid.announcements, good)
    assert mid.health[SOURCE] == ("error", 1) and mid.health_changes[SOURCE] > 0
    assert not mid.baselines.get(SOURCE) and not mid.orphans
    monkeypatch.setattr(parsers_pkg, "parse_article", real)
    pipe.recover()
    final = check_recovered(name, pipe, clean, ledger)
    assert final.health[SOURCE] == ("ok", 0)
