"""Hostile notice texts (issue 17 items 2 and 7): the parser raises only ParseError, and an impossible date is
a warning that makes the notice need review, never a date of its own."""

from __future__ import annotations

import pytest
from fault_ledger import Ledger

from policywatch.parsers import ParseError, parse_text

CASES = {
    "annex branch list interrupted by one line": (
        "不可靠实体清单工作机制公告〔2026〕11号\n决定将甲公司等2家实体列入不可靠实体清单（见附件）。\n附件\n"
        "1.甲公司（A Inc.）\n- 分支一\n（2025年1月2日）\n- 分支二\n2.乙公司（B Inc.）\n"
    ),
    "year 9999 with a period": (
        "商务部公告2026年第99号\n经批准，自9999年12月31日起，商务部公告2024年第46号第二款继续暂停实施1年。\n"
        "商务部\n2026年1月1日\n"
    ),
    "impossible date 2025年02月30日": (
        "不可靠实体清单工作机制公告〔2026〕13号\n"
        "不可靠实体清单工作机制决定将示例公司（Example Inc.）列入不可靠实体清单。\n"
        "本公告自公布之日起实施。\n不可靠实体清单工作机制\n2025年02月30日\n"
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_hostile_notice_text(case: str, ledger: Ledger) -> None:
    survived = False
    try:
        ann = parse_text(CASES[case])
        dates = [a.effective for a in ann.actions] + [a.until for a in ann.actions] + [ann.published]
        survived = case.startswith("annex") or (ann.needs_review and not any(d and d.year > 2200 for d in dates))
        if case.startswith("impossible"):
            survived = survived and ann.published is None and any("02月30日" in r for r in ann.review_reasons)
    except ParseError:
        survived = True
    finally:
        ledger.note(f"parser: {case}", survived, 0, 0)
    assert survived
