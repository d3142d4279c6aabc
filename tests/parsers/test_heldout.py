"""The parser on notices it was not built with (tests/parsers/heldout/): the bar of issue 16."""

from __future__ import annotations

from heldout_score import report, run

from policywatch.parsers import parse_text


def test_heldout_fields_entities_and_no_silent_miss() -> None:
    score = run()
    assert score.fields > 400 and score.entities > 30, report(score)
    assert score.right / score.fields >= 0.95, report(score) + "\n" + "\n".join(score.wrong)
    assert score.silent == [], report(score)
    assert score.negatives_wrong == [], report(score)


def test_impossible_date_is_a_warning_and_needs_review() -> None:
    text = ("不可靠实体清单工作机制公告〔2026〕9号\n"
            "不可靠实体清单工作机制决定将示例公司（Example Inc.）列入不可靠实体清单。\n"
            "本公告自公布之日起实施。\n不可靠实体清单工作机制\n2025年02月30日\n")
    ann = parse_text(text)
    assert ann.published is None and ann.actions[0].effective is None
    assert any("2025年02月30日" in w for w in ann.warnings)
    assert ann.needs_review and any("impossible date" in r for r in ann.review_reasons)


def test_relevant_notice_with_no_action_read_is_flagged() -> None:
    text = ("不可靠实体清单工作机制公告〔2026〕10号\n不可靠实体清单工作机制对有关企业的处理措施作如下调整，详见附件。\n"
            "不可靠实体清单工作机制\n2026年3月3日\n")
    ann = parse_text(text)
    assert ann.actions == ()
    assert ann.needs_review and ann.review_reasons[0].endswith("with no action read")


def test_year_out_of_range_does_not_crash() -> None:
    text = ("商务部公告2026年第99号\n经批准，自9999年12月31日起，商务部公告2024年第46号第二款继续暂停实施1年。\n"
            "商务部\n2026年1月1日\n")
    ann = parse_text(text)
    assert ann.needs_review
    assert all(a.until is None for a in ann.actions)
