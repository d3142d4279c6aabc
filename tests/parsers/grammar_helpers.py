"""What the operative-grammar tests read off a parsed notice (one copy for test_operative_grammar*.py)."""

from __future__ import annotations

from typing import Any

from policywatch.parsers import parse_text


def read(text: str) -> dict[str, Any]:
    return parse_text(text).to_json()


def acts(ann: dict[str, Any]) -> list[tuple[Any, ...]]:
    return [(a["kind"], a["list"], a["effective"], a["until"], tuple(a["targets"])) for a in ann["actions"]]


def names(ann: dict[str, Any], i: int = 0) -> list[tuple[Any, ...]]:
    """The entities of action ``i``: name_zh, name_en and kind."""
    return [(e["name_zh"], e["name_en"], e["kind"]) for e in ann["actions"][i]["entities"]]


def names_zh_en(ann: dict[str, Any], i: int = 0) -> list[tuple[Any, ...]]:
    return [(e["name_zh"], e["name_en"]) for e in ann["actions"][i]["entities"]]


def quiet(ann: dict[str, Any]) -> None:
    assert not ann["needs_review"], ann["review_reasons"]


def flagged(ann: dict[str, Any], word: str) -> bool:
    return bool(ann["needs_review"]) and any(word in r for r in ann["review_reasons"])


def head(title: str, number: str, day: str) -> str:
    """A www.mofcom.gov.cn article's title and 【…】 metadata block."""
    return f"{title}\n【发布单位】安全与管制局\n【发布文号】{number}\n【发文日期】{day}\n\n"
