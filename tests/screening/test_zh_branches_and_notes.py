"""A Chinese representative or liaison office after a company's name (``…公司上海办事处``), a foreign company's
branch under its country's prefix (``日商…台灣分公司``), a PRC bank's payee and remitter labels (``收款人名称：``,
``汇款人：``), and notes after a Latin name: a registry number's label with none given (``VAT: n/a``) and a credit
rating in brackets. Listed entities of the shared facts other than the held-out rows; quiet twins: a 分公司 without
the foreign prefix (a group's own subsidiary), an unlisted firm's office, a bracket that is the name's."""

from __future__ import annotations

import pytest

from policywatch.screening.branches import without_branch
from policywatch.screening.identifiers import without_identifiers
from policywatch.screening.matcher import Matcher, Query

THRESHOLD = 0.85


def _matched(matcher: Matcher, name: str, name_zh: str | None = None) -> list[str]:
    found = matcher.match_many([Query(name, name_zh)])[0]
    return [m.entity.label for m in found if m.score >= THRESHOLD]


@pytest.mark.parametrize(("zh", "listed"), [
    ("通用动力公司上海办事处", "General Dynamics"),
    ("美商通用动力股份有限公司台灣分公司", "General Dynamics"),
    ("汇款人：通用动力公司", "General Dynamics"),
    ("收款单位：通用动力公司", "General Dynamics"),
])
def test_a_chinese_office_or_label_leaves_the_listed_name(listed_matcher: Matcher, zh: str, listed: str) -> None:
    assert _matched(listed_matcher, "", zh)[:1] == [listed]


def test_a_branch_without_the_foreign_prefix_is_not_read_apart() -> None:
    assert without_branch("通用动力公司上海分公司") is None
    assert without_branch("通用动力公司上海办事处") == ("通用动力公司", ("上海办事处 (a branch)",))


def test_an_unlisted_firms_office_finds_nothing(listed_matcher: Matcher) -> None:
    assert _matched(listed_matcher, "", "宏达公司北京代表处") == []


@pytest.mark.parametrize(("line", "listed"), [
    ("Skydio, Inc. VAT: n/a", "Skydio, Inc."),
    ("Epirus, Inc. EIN: pending", "Epirus, Inc."),
    ("Epirus, Inc. (S&P: BBB+)", "Epirus, Inc."),
    ("Skydio, Inc. (Fitch A-)", "Skydio, Inc."),
])
def test_a_note_after_the_name_is_left_out(listed_matcher: Matcher, line: str, listed: str) -> None:
    assert _matched(listed_matcher, line)[:1] == [listed]


def test_a_bracket_of_the_names_own_is_kept() -> None:
    assert without_identifiers("Fitch Street Partners (Fitchburg)") is None
    assert without_identifiers("None Such Widgets: Pending Orders") is None


def test_a_short_name_with_the_full_name_in_brackets_screens_both(listed_matcher: Matcher) -> None:
    assert _matched(listed_matcher, "", "通用（通用动力公司）")[:1] == ["General Dynamics"]
    assert _matched(listed_matcher, "", "宏达（宏达电子公司）") == []
