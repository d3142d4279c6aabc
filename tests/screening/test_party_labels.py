"""A party's role before its name in a Chinese, Japanese or Korean trade document (收货人：, 託運人：, 荷受人：,
수하인:) and the town after its legal form are no part of the name: the name matches as written alone, and the match
says what was left out. Names of listed entities other than the held-out rows; negatives in the same form."""

from __future__ import annotations

import pytest

from policywatch.screening.matcher import Matcher, Query
from policywatch.screening.party_labels import read_party

THRESHOLD = 0.85


def test_a_label_and_a_place_are_read_apart() -> None:
    assert read_party("收货人：通用动力陆地系统公司 斯特林高地") == ("通用动力陆地系统公司", ("收货人：", "斯特林高地"))
    assert read_party("託運人：中山科學研究院（桃園）") == ("中山科學研究院", ("託運人：", "（桃園）"))
    assert read_party("开证申请人：波音防务、空间与安全集团") == ("波音防务、空间与安全集团", ("开证申请人：",))
    assert read_party("通用动力陆地系统公司") is None and read_party("SHIPPER: GDLS") is None


@pytest.mark.parametrize(
    ("line", "listed"),
    [
        ("收货人：通用动力陆地系统公司 斯特林高地", "General Dynamics Land Systems"),
        ("託運人：中山科學研究院（桃園）", "National Chung-Shan Institute of Science & Technology"),
        ("开证申请人：波音防务、空间与安全集团", "Boeing Defense, Space & Security"),
    ],
)
def test_a_labelled_party_matches_its_listed_name(listed_matcher: Matcher, line: str, listed: str) -> None:
    found = listed_matcher.match_many([Query("", line)])[0]
    assert found and found[0].matched_name != "" and found[0].entity.label == listed
    assert found[0].score >= THRESHOLD and "left out" in found[0].explanation


def test_an_unlisted_labelled_party_finds_nothing(listed_matcher: Matcher) -> None:
    assert listed_matcher.match_many([Query("", "收货人：通用电气公司 波士顿")])[0] == []
