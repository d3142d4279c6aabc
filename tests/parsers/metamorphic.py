"""Rewrite notices the parser reads right in ways that keep their meaning, and count how many it still reads right,
flags, or gets wrong without a word (issue 16: the next notice will be worded a little differently).

Run it directly: ``python tests/parsers/metamorphic.py [FOLDER ...] [-v]`` (default: every held-out folder that has
been tuned on; a set still blind is never passed here). For each rewrite it prints how many of the cases read right
before stay right, become flagged (wrong but put in front of a human) or go silent (wrong and unflagged). A silent
case is a fragility the grammar has; ``-v`` lists them. ``test_metamorphic.py`` holds the bar.

The rewrites are those a ministry's pages or a reprint really make: half-width brackets and colons, dates in
Chinese numerals or zero-padded, the full-width indent, a page's breadcrumb and footer around the text, the same
start written with another verb.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from heldout_score import Score, score_case
from opencc import OpenCC

from policywatch.parsers import ParseError, parse_text
from policywatch.parsers.traditional import to_simplified

HERE = Path(__file__).parent
# Sets never tuned on stay out, so this probe cannot leak them into a round.
BLIND: frozenset[str] = frozenset()

_DIGITS = "〇一二三四五六七八九"


def _cn_year(year: str) -> str:
    return "".join(_DIGITS[int(d)] for d in year)


def _cn_small(n: int) -> str:
    """1..31 in Chinese numerals as dates write them (十, 十一, 二十, 三十一)."""
    tens, ones = divmod(n, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else _DIGITS[tens] + "十")
    return head + (_DIGITS[ones] if ones else "") if n >= 10 else _DIGITS[ones]


_DATE = re.compile(r"(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日")


def cn_dates(text: str) -> str:
    return _DATE.sub(lambda m: f"{_cn_year(m['y'])}年{_cn_small(int(m['m']))}月{_cn_small(int(m['d']))}日", text)


def padded_dates(text: str) -> str:
    return _DATE.sub(lambda m: f"{m['y']}年{int(m['m']):02d}月{int(m['d']):02d}日", text)


def halfwidth_brackets(text: str) -> str:
    return text.replace("（", "(").replace("）", ")")


def halfwidth_colons(text: str) -> str:
    return text.replace("：", ":")


def square_number_brackets(text: str) -> str:
    return re.sub(r"〔(\d{4})〕", r"[\1]", text)


def indented(text: str) -> str:
    return "\n".join(f"\u3000\u3000{line}" if line.strip() else line for line in text.split("\n"))


def page_chrome(text: str) -> str:
    return ("首页 > 政务公开 > 通知公告\n当前位置：首页 > 公告\n【字体：大 中 小】 【打印】\n\n" + text
            + "\n\n【打印本页】 【关闭窗口】\n扫一扫在手机打开当前页\n")


def other_start_verb(text: str) -> str:
    return text.replace("自发布之日起", "自公布之日起")


_S2T = OpenCC("s2t")


def traditional(text: str) -> str:
    return str(_S2T.convert(text))


def fullwidth_digits(text: str) -> str:
    return re.sub(r"(?<=[\u3400-\u9fff〔第])\d+|\d+(?=[\u3400-\u9fff〕])",
                  lambda m: m.group(0).translate({ord(c): ord(c) + 0xFEE0 for c in "0123456789"}), text)


def spaced_dates(text: str) -> str:
    return _DATE.sub(lambda m: f"{m['y']} 年 {int(m['m'])} 月 {int(m['d'])} 日", text)


def inverted_numbers(text: str) -> str:
    return re.sub(r"商务部公告(\d{4})年第(\d{1,3})号", r"商务部\1年第\2号公告", text)


def blank_lines(text: str) -> str:
    return text.replace("\n", "\n\n")


def round_year_brackets(text: str) -> str:
    return re.sub(r"〔(\d{4})〕", r"（\1）", text)


def items_in_brackets(text: str) -> str:
    return re.sub(r"^(\d{1,2})[.．、]\s*", r"（\1）", text, flags=re.MULTILINE)


def items_with_dunhao(text: str) -> str:
    return re.sub(r"^(\d{1,2})[.．]\s*", r"\1、", text, flags=re.MULTILINE)


def start_today(text: str) -> str:
    return re.sub(r"自(?:本公告)?(?:发布|公布)之日起", "自即日起", text)


def no_blank_lines(text: str) -> str:
    return "\n".join(line for line in text.split("\n") if line.strip())


def ascii_commas(text: str) -> str:
    return text.replace("，", ",").replace("；", ";")


REWRITES: dict[str, Callable[[str], str]] = {
    "dates in Chinese numerals": cn_dates,
    "dates zero-padded": padded_dates,
    "half-width brackets": halfwidth_brackets,
    "half-width colons": halfwidth_colons,
    "[2025] for 〔2025〕": square_number_brackets,
    "full-width indent": indented,
    "breadcrumb and footer": page_chrome,
    "自公布之日起 for 自发布之日起": other_start_verb,
    "Traditional characters": traditional,
    "full-width digits": fullwidth_digits,
    "spaces inside dates": spaced_dates,
    "商务部2025年第1号公告 form": inverted_numbers,
    "a blank line after every line": blank_lines,
    "no blank lines": no_blank_lines,
    "（2025） for 〔2025〕": round_year_brackets,
    "items （1） for 1.": items_in_brackets,
    "items 1、 for 1.": items_with_dunhao,
    "自即日起 for 自发布之日起": start_today,
    "ASCII commas and semicolons": ascii_commas,
}


def _names(want: dict[str, Any]) -> list[str]:
    return [n for a in want["actions"] for e in a["entities"] for n in (e["name_zh"], e["name_en"]) if n]


@dataclass
class Tally:
    changed: int = 0
    right: int = 0
    flagged: int = 0
    silent: list[str] = field(default_factory=list)
    # Rewrites the parser raised on with anything but a ParseError: a crash, worse than silence.
    crashed: list[str] = field(default_factory=list)


def _read(text: str) -> dict[str, Any] | None:
    try:
        return parse_text(text).to_json()
    except ParseError:
        return None


def _right(case: str, got: dict[str, Any] | None, want: dict[str, Any]) -> tuple[bool, bool]:
    """(read right, flagged) by the held-out scorer's own reading of "right"."""
    score = Score()
    score_case(score, case, got, want)
    return bool(score.read_right), bool(got and got.get("needs_review"))


def probe(folders: list[Path]) -> dict[str, Tally]:
    tallies = {name: Tally() for name in REWRITES}
    for folder in folders:
        for txt in sorted(folder.glob("*.txt")):
            want = json.loads(txt.with_suffix(".json").read_text(encoding="utf-8"))
            if not want["relevant"] or want.get("expect_review"):
                continue
            text = txt.read_text(encoding="utf-8")
            if not _right(txt.stem, _read(text), want)[0]:
                continue
            for name, rewrite in REWRITES.items():
                new = rewrite(text)
                read_as = to_simplified(new)
                # A rewrite that touches a name would change the facts, not only the wording.
                if new == text or any(n not in read_as for n in _names(want)):
                    continue
                tally = tallies[name]
                tally.changed += 1
                try:
                    got = _read(new)
                except Exception as exc:  # noqa: BLE001 - the probe reports every crash, whatever it is
                    tally.crashed.append(f"{folder.name}/{txt.stem}: {type(exc).__name__}: {exc}")
                    continue
                right, flagged = _right(txt.stem, got, want)
                if right:
                    tally.right += 1
                elif flagged:
                    tally.flagged += 1
                else:
                    tally.silent.append(f"{folder.name}/{txt.stem}")
    return tallies


def tuned_folders() -> list[Path]:
    return sorted(p for p in HERE.glob("heldout*") if p.is_dir() and p.name not in BLIND)


def report(tallies: dict[str, Tally], verbose: bool = False) -> str:
    lines = []
    for name, t in tallies.items():
        lines.append(f"{name:34} {t.changed:4} rewritten: {t.right:4} right, {t.flagged:3} flagged, "
                     f"{len(t.silent):3} silent" + (f", {len(t.crashed)} CRASHED" if t.crashed else ""))
        if verbose:
            lines.extend(f"    silent: {case}" for case in t.silent)
            lines.extend(f"    crashed: {case}" for case in t.crashed)
    return "\n".join(lines)


if __name__ == "__main__":
    args = [Path(a) for a in sys.argv[1:] if not a.startswith("-")]
    print(report(probe(args or tuned_folders()), "-v" in sys.argv))
