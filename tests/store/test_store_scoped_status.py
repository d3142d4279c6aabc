"""A status change naming some entities of a cited listing changes those entities only (issue 16, round 6):
the parser carries the named entities on the action, and the store records one event per entity."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.engine import Engine
from sqlmodel import Session

from policywatch.parsers import parse_text
from policywatch.store import list_state, record, session_scope

LISTING = """不可靠实体清单工作机制公告〔2027〕5号
【发布单位】安全与管制局
【发布文号】不可靠实体清单工作机制公告〔2027〕5号
【发文日期】2027年3月2日

""" + ("根据《不可靠实体清单规定》第二条、第八条和第十条的有关规定，不可靠实体清单工作机制决定，"
       "将北辰雷达公司（Polaris Radar Inc.）、蓝湾动力公司（Bluebay Power Corp.）和锐峰系统公司（Sharpeak Systems LLC）"
       "列入不可靠实体清单，并采取以下处理措施：禁止上述企业从事与中国有关的进出口活动；"
       "禁止上述企业在中国境内新增投资。") + """

本公告自公布之日起施行。

不可靠实体清单工作机制
2027年3月2日
"""

SUSPENSION = """不可靠实体清单工作机制公告〔2027〕9号
【发布单位】安全与管制局
【发布文号】不可靠实体清单工作机制公告〔2027〕9号
【发文日期】2027年3月28日

""" + ("根据《不可靠实体清单规定》有关规定，应有关企业申请，不可靠实体清单工作机制决定，"
       "自2027年4月1日起至2027年9月30日，暂停对不可靠实体清单工作机制公告〔2027〕5号所列"
       "北辰雷达公司（Polaris Radar Inc.）和蓝湾动力公司（Bluebay Power Corp.）"
       "采取的处理措施。") + """

不可靠实体清单工作机制
2027年3月28日
"""


def _status(engine: Engine, day: dt.date) -> dict[str | None, str]:
    with Session(engine) as session:
        return {e.name_en: e.status for e in list_state(session, day, "UEL")}


def test_a_suspension_of_two_named_entities_leaves_the_third_active(engine: Engine) -> None:
    listing, suspension = parse_text(LISTING), parse_text(SUSPENSION)
    assert len(listing.actions[0].entities) == 3
    assert [e.name_en for e in suspension.actions[0].entities] == ["Polaris Radar Inc.", "Bluebay Power Corp."]
    for ann in (listing, suspension):
        with session_scope(engine) as session:
            record(session, ann)
    assert _status(engine, dt.date(2027, 3, 31)) == {
        "Polaris Radar Inc.": "active", "Bluebay Power Corp.": "active", "Sharpeak Systems LLC": "active"}
    assert _status(engine, dt.date(2027, 5, 1)) == {
        "Polaris Radar Inc.": "suspended", "Bluebay Power Corp.": "suspended", "Sharpeak Systems LLC": "active"}
