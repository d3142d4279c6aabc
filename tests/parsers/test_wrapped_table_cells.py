"""A name table whose cells wrap onto a second line: the row is one entity, read whole, whether the table rules off
every row or only numbers its rows. A table merging a country cell down over two companies stays two rows. Texts
written for these tests (issue 16); the entities are real listed ones (shared facts), numbers and dates made up."""

from __future__ import annotations

from grammar_helpers import acts as _acts
from grammar_helpers import names_zh_en as _zh_en
from grammar_helpers import quiet as _quiet
from grammar_helpers import read as _read

from policywatch.parsers.text_tables import flatten_tables

_MITSUBISHI = ("三菱重工发动机与涡轮增压器株式会社", "Mitsubishi Heavy Industries Engine & Turbocharger, Ltd.")
_KAWAJU = ("川重岐阜工程株式会社", "KAWAJU Gifu Engineering Co., Ltd.")


def _ecl_add(table: str) -> str:
    return ("商务部公告2048年第31号\n关于将2家日本实体列入出口管制管控名单的公告\n\n"
            "根据《中华人民共和国出口管制法》有关规定，商务部决定将下表所列2家日本实体列入出口管制管控名单。\n\n"
            f"{table}\n\n本公告自公布之日起施行。\n\n商务部\n2048年3月4日\n")


_RULED = ("┌──┬──────────┬────────────────┐\n"
          "│序号│中文名称        │英文名称                  │\n"
          "├──┼──────────┼────────────────┤\n"
          "│1 │三菱重工发动机与涡轮│Mitsubishi Heavy Industries│\n"
          "│  │增压器株式会社      │Engine & Turbocharger, Ltd.│\n"
          "├──┼──────────┼────────────────┤\n"
          "│2 │川重岐阜工程株式会社│KAWAJU Gifu Engineering   │\n"
          "│  │                  │Co., Ltd.                 │\n"
          "└──┴──────────┴────────────────┘")
_NUMBERED = ("+----+----------------------+------------------------------+\n"
             "| 序号 | 中文名称 | 英文名称 |\n"
             "+----+----------------------+------------------------------+\n"
             "| 1 | 三菱重工发动机与涡轮 | Mitsubishi Heavy Industries |\n"
             "|   | 增压器株式会社 | Engine & Turbocharger, Ltd. |\n"
             "| 2 | 川重岐阜工程株式会社 | KAWAJU Gifu Engineering |\n"
             "|   |  | Co., Ltd. |\n"
             "+----+----------------------+------------------------------+")
_ONE_LINE = ("+----+----+----+\n| 序号 | 中文名称 | 英文名称 |\n+----+----+----+\n"
             f"| 1 | {_MITSUBISHI[0]} | {_MITSUBISHI[1]} |\n| 2 | {_KAWAJU[0]} | {_KAWAJU[1]} |\n+----+----+----+")


def test_a_row_wrapped_in_a_table_ruling_every_row_is_one_entity() -> None:
    ann = _read(_ecl_add(_RULED))
    assert _acts(ann) == [("add", "ECL", "2048-03-04", None, ())]
    assert _zh_en(ann) == [_MITSUBISHI, _KAWAJU]
    _quiet(ann)


def test_a_row_wrapped_under_an_empty_number_cell_is_one_entity() -> None:
    ann = _read(_ecl_add(_NUMBERED))
    assert _zh_en(ann) == [_MITSUBISHI, _KAWAJU]
    assert ann["actions"] == _read(_ecl_add(_ONE_LINE))["actions"]  # metamorphic: the wrap changes nothing read
    _quiet(ann)


def test_a_cell_merged_down_over_two_rows_leaves_two_rows() -> None:
    # No number column: an empty first cell is the country of the row above, not a wrap.
    rows = flatten_tables(["| 国别 | 名称 |", "| 日本 | 甲公司 |", "|  | 乙公司 |"])
    assert rows == ["国别 名称", "日本 甲公司", "乙公司"]
