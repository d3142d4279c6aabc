"""The operative-sentence grammar on a period shared by two changes, written after its subject: texts written for
these tests (issue 16, after the eleventh blind set found a silent period), never copies of any held-out text.
Names, numbers and dates are made up."""

from __future__ import annotations

from grammar_helpers import acts as _acts
from grammar_helpers import flagged as _flagged
from grammar_helpers import quiet as _quiet
from grammar_helpers import read as _read


def _qa(period_clause: str) -> str:
    return ("商务部新闻发言人就有关清单措施答记者问\n来源：商务部新闻办公室 类型：原创 分类：新闻 2032-03-02 18:00\n\n"
            "问：请介绍有关情况。\n\n"
            "答：中方决定，自北京时间2032年3月5日起，暂停实施2026年6月1日公告（不可靠实体清单工作机制公告〔2026〕4号）"
            f"相关措施，并暂停实施商务部公告2026年第30号相关措施，{period_clause}。\n")


def test_a_period_shared_by_the_two_changes_before_it_ends_both() -> None:
    ann = _read(_qa("上述两项措施的暂停期限均为60天"))
    assert _acts(ann) == [("suspend", "UEL", "2032-03-05", "2032-05-04", ("UEL-2026-4",)),
                          ("suspend", "ECL", "2032-03-05", "2032-05-04", ("MOFCOM-2026-30",))]
    _quiet(ann)


def test_a_period_shared_by_the_measures_named_before_it_ends_both() -> None:
    ann = _read(_qa("以上措施的暂停期限都是一年"))
    assert _acts(ann) == [("suspend", "UEL", "2032-03-05", "2033-03-05", ("UEL-2026-4",)),
                          ("suspend", "ECL", "2032-03-05", "2033-03-05", ("MOFCOM-2026-30",))]
    _quiet(ann)


def test_a_shared_period_in_a_sentence_of_its_own_is_a_doubt_never_silence() -> None:
    # The period stands in the next sentence, which the changes do not read: the stated period raises the doubt.
    ann = _read(_qa("。上述两项措施的暂停期限均为60天"))
    assert [a["until"] for a in ann["actions"]] == [None, None]
    assert _flagged(ann, "states a period")


def test_a_period_read_for_one_change_only_is_a_doubt() -> None:
    # The period follows the first change only: the second suspension has no end, which the reader must check.
    ann = _read(_qa("暂停期限为60天").replace("相关措施，并暂停实施商务部公告2026年第30号相关措施，暂停期限为60天",
                                          "相关措施，暂停期限为60天；并暂停实施商务部公告2026年第30号相关措施"))
    suspensions = [a for a in ann["actions"] if a["kind"] == "suspend"]
    assert len(suspensions) == 2 and any(a["until"] is None for a in suspensions)
    assert _flagged(ann, "states a period")


# ---------------------------------------------------------------- a journalist's question is not the agency's word


def _remarks(answer: str) -> str:
    return ("2033年4月8日外交部发言人答记者问\n\n"
            "问：据报道，美方近日又批准了一项对台军售，中方是否会把参与的美国企业列入反制清单？\n\n"
            f"答：{answer}\n")


def test_a_question_naming_a_listing_does_not_make_an_answer_without_one_relevant() -> None:
    ann = _read(_remarks("中方坚决反对美方售台武器，将视情采取必要措施，坚定维护自身主权和安全利益。"
                         "目前我没有进一步的消息可以提供。"))
    assert ann["actions"] == []
    _quiet(ann)


def test_an_answer_that_lists_is_read_whatever_the_question_asked() -> None:
    ann = _read(_remarks("中方决定，自2033年4月9日起，将西岭防务公司（Westridge Defense Inc.）列入反制清单，"
                         "禁止其与中国境内组织、个人进行交易、合作等活动。"))
    assert _acts(ann) == [("add", "CML", "2033-04-09", None, ())]


def test_an_answer_on_whether_to_take_countermeasures_decides_nothing() -> None:
    ann = _read(_remarks("是否对有关企业采取反制措施、何时采取，中方将依法视情决定。"))
    assert ann["actions"] == []
    _quiet(ann)
