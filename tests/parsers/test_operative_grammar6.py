"""The operative-sentence grammar on wordings new to the parser (issue 16, seventh round): texts written for these
tests in the forms where the seventh blind set found misses, each in wordings of its own — never copies of any
held-out text. Names, numbers and dates are made up."""

from __future__ import annotations

from typing import Any

import pytest

from policywatch.parsers import parse_text


def _read(text: str) -> dict[str, Any]:
    return parse_text(text).to_json()


def _acts(ann: dict[str, Any]) -> list[tuple[Any, ...]]:
    return [(a["kind"], a["list"], a["effective"], a["until"], tuple(a["targets"])) for a in ann["actions"]]


def _names(ann: dict[str, Any], i: int = 0) -> list[tuple[Any, ...]]:
    return [(e["name_zh"], e["name_en"]) for e in ann["actions"][i]["entities"]]


def _quiet(ann: dict[str, Any]) -> None:
    assert not ann["needs_review"], ann["review_reasons"]


def _head(title: str, number: str, day: str) -> str:
    return f"{title}\n【发布单位】安全与管制局\n【发布文号】{number}\n【发文日期】{day}\n\n"


# ---------------------------------------------------------------- 1. a scope picked out of a cited listing

UEL_NO = "不可靠实体清单工作机制公告〔2027〕11号"
UEL_TAIL = "\n\n不可靠实体清单工作机制\n2027年6月2日\n"
CITED = "不可靠实体清单工作机制〔2026〕4号公告"
GULL = ("海鸥测绘公司", "Seagull Survey Inc.")
RIDGE = ("岭峰光学公司", "Ridgepeak Optics, LLC")
GULL_ZH = "海鸥测绘公司（Seagull Survey Inc.）"
RIDGE_ZH = "岭峰光学公司（Ridgepeak Optics, LLC）"


def _uel(sentence: str) -> dict[str, Any]:
    return _read(_head(UEL_NO, UEL_NO, "2027年6月2日") + sentence + UEL_TAIL)


@pytest.mark.parametrize("sentence", [
    # the names after 所列实体中的, the date and the verb after them
    f"经研究，工作机制决定，对{CITED}所列实体中的{GULL_ZH}、{RIDGE_ZH}，自2027年6月10日起暂停实施处理措施90天。",
    # 所列的实体中的 … 和 …
    f"工作机制决定，对{CITED}所列的实体中的{GULL_ZH}和{RIDGE_ZH}，自2027年6月10日起暂停实施处理措施90天。",
    # the listing first, then 其中的
    f"工作机制决定，对{CITED}所列实体，其中的{GULL_ZH}、{RIDGE_ZH}，自2027年6月10日起暂停实施处理措施90天。",
    # the date first, the names before the verb
    f"工作机制决定，自2027年6月10日起，对{CITED}所列实体中的{GULL_ZH}、{RIDGE_ZH}暂停实施处理措施90天。",
    # the names after the verb
    f"工作机制决定，自2027年6月10日起暂停实施对{CITED}所列实体中的{GULL_ZH}和{RIDGE_ZH}的处理措施90天。",
])
def test_a_suspension_of_names_picked_out_of_a_listing_carries_them(sentence: str) -> None:
    ann = _uel(sentence + "该公告所列其余实体的处理措施继续执行。")
    assert _acts(ann) == [("suspend", "UEL", "2027-06-10", "2027-09-08", ("UEL-2026-4",))]
    assert _names(ann) == [GULL, RIDGE]
    _quiet(ann)  # the scope doubt of review.py is silent once the names are read


def test_a_suspension_of_a_whole_listing_still_names_no_one() -> None:
    ann = _uel(f"工作机制决定，对{CITED}所列实体，自2027年6月10日起暂停实施处理措施90天。")
    assert _acts(ann) == [("suspend", "UEL", "2027-06-10", "2027-09-08", ("UEL-2026-4",))]
    assert _names(ann) == []
    _quiet(ann)


def test_picked_names_that_are_not_read_are_still_doubted() -> None:
    ann = _uel(f"工作机制决定，对{CITED}所列实体中的部分实体，自2027年6月10日起暂停实施处理措施90天。"
               "该公告所列其他实体的处理措施不变。")
    assert _names(ann) == []
    assert ann["needs_review"]


# ---------------------------------------------------------------- 4. a second list in the same answer

def test_a_second_list_opened_with_yi_is_a_change_of_its_own() -> None:
    ann = _read("商务部新闻发言人就有关清单措施答问\n来源：商务部新闻办公室　2027-08-03 10:00\n\n"
                "问：请介绍有关清单措施的安排。\n\n"
                "答：经研究，自2027年8月15日起，中方将对不可靠实体清单工作机制公告〔2026〕2号所列实体继续暂停相关措施"
                "90天；对商务部公告2026年第9号所列实体，也继续暂停相关措施90天。\n")
    assert _acts(ann) == [("suspend", "UEL", "2027-08-15", "2027-11-13", ("UEL-2026-2",)),
                          ("suspend", "ECL", "2027-08-15", "2027-11-13", ("MOFCOM-2026-9",))]
    _quiet(ann)
