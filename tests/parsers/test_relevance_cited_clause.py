"""A status change of a cited notice's clause is relevant however the clause is written and however long its period
is told, so a shape the grammar cannot read yet is flagged, never silent (issue 16). Texts written for these tests."""

from __future__ import annotations

import pytest

from policywatch.parsers.review import is_relevant


@pytest.mark.parametrize("clause", ["第二款", "第（二）项", "第(3)条", "第2项"])
def test_a_cited_clause_suspended_after_its_period_is_relevant(clause: str) -> None:
    text = (f"商务部公告2048年第3号\n\n商务部公告2025年第61号{clause}，自2048年2月1日起至二〇四八年七月三十一日止"
            "暂停实施。\n\n商务部\n2048年1月20日\n")
    assert is_relevant(text, "MOFCOM-2048-3", "商务部")


def test_a_cited_clause_of_another_domain_with_no_status_verb_is_not() -> None:
    text = ("商务部公告2048年第4号\n\n商务部公告2025年第61号第（二）项所列商品的统计口径，自2048年2月1日起按附件调整。"
            "\n\n商务部\n2048年1月21日\n")
    assert not is_relevant(text, "MOFCOM-2048-4", "商务部")
