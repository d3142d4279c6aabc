"""The parser raises only its own errors: every real text, mutated line by line, parses or raises ParseError.

A crash of any other kind would fail the whole crawl tick of its source (issue 17 item 2), so the mutations aim
at the parser's joints: annex branch lines, numbered items, dates far out of range, periods, brackets cut off.
"""

from __future__ import annotations

from fixture_paths import announcements_dir
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from policywatch.parsers import ParseError, parse_text

TEXTS = [p.read_text(encoding="utf-8") for p in sorted(announcements_dir().glob("*.txt"))]
INSERTS = st.sampled_from([
    "- 分支机构", "—", "附件", "附", "一、", "（一）", "1.", "自9999年12月31日起暂停相关措施1年", "9999年12月31日",
    "2025年02月30日", "0000年00月00日", "继续暂停相关措施99999999天", "等99999家", "（", "）", "、", "第二款暂停实施",
    "不可靠实体清单工作机制公告〔9999〕99999号", "商务部令二〇二五年第六号", "二、企业", "决定将列入不可靠实体清单",
    "- 分支二", "（2025年1月2日）", "暂停4月31日公告（不可靠实体清单工作机制〔2025〕7号）相关措施90天", "",
])


@st.composite
def mutated(draw: st.DrawFn) -> str:
    lines = draw(st.sampled_from(TEXTS)).split("\n")
    for _ in range(draw(st.integers(1, 4))):
        op = draw(st.sampled_from(["insert", "delete", "duplicate", "cut", "swap"]))
        i = draw(st.integers(0, max(len(lines) - 1, 0)))
        if op == "insert":
            lines.insert(i, draw(INSERTS | st.text(max_size=30)))
        elif op == "delete" and lines:
            del lines[i]
        elif op == "duplicate" and lines:
            lines.insert(i, lines[i])
        elif op == "cut" and lines and lines[i]:
            lines[i] = lines[i][: draw(st.integers(0, len(lines[i])))]
        elif op == "swap" and len(lines) > 1:
            j = draw(st.integers(0, len(lines) - 1))
            lines[i], lines[j] = lines[j], lines[i]
    return "\n".join(lines)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated())
def test_parse_returns_or_raises_parse_error(text: str) -> None:
    try:
        ann = parse_text(text)
    except ParseError:
        return
    assert ann.doc_id


def test_annex_branch_list_interrupted_by_a_line() -> None:
    # Branch lines ("- …") on both sides of an extra line raised ValueError (… is not in list) before.
    text = ("不可靠实体清单工作机制公告〔2026〕11号\n决定将甲公司等2家实体列入不可靠实体清单（见附件）。\n附件\n"
            "1.甲公司（A Inc.）\n- 分支一\n（2025年1月2日）\n- 分支二\n2.乙公司（B Inc.）\n")
    ann = parse_text(text)
    first = ann.actions[0].entities[0]
    assert first.name_en == "A Inc." and first.branches == ("分支一", "分支二")
    assert len(ann.actions[0].entities) == 2
