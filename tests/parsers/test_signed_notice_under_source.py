"""A notice of another body printed under its page's 来源 line (the section that posted it), titled as a notice and
signed above its date: its issuer is the signature, and it is no press office's Q&A (no ``QA-`` doc_id). A Q&A
under a 来源 line keeps the source as its issuer. Texts written for these tests (issue 16)."""

from __future__ import annotations

from grammar_helpers import read as _read

_SIGNED = (
    "某市生态环境局关于调整某市重点排污单位名录的公告\n来源：执法监督处　　2049年3月2日\n\n"
    "现将名录调整情况公告如下：将3家单位移出名录。\n\n某市生态环境局\n2049年3月2日\n")
_QA = (
    "来源：商务部新闻办公室　　2049-03-02 16:00\n\n商务部新闻发言人就有关问题答记者问\n\n"
    "问：请介绍有关情况。\n答：商务部将依法办理。\n")


def test_a_signed_notice_under_a_source_line_is_issued_by_its_signature() -> None:
    ann = _read(_SIGNED)
    assert ann["issuer"] == "某市生态环境局" and not ann["doc_id"].startswith("QA-")


def test_a_qa_under_a_source_line_keeps_the_source() -> None:
    ann = _read(_QA)
    assert ann["issuer"] == "商务部新闻办公室" and ann["doc_id"].startswith("QA-")
