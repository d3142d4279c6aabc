"""English renderings of the measures (issue 15 item 11): every measure the parser reads from the real notices in
``../shared`` has one, and a measure the table does not know says so plainly instead of guessing."""

from __future__ import annotations

from pathlib import Path

import pytest

from policywatch.parsers import parse_text
from policywatch.parsers.measures import NO_RENDERING, english, english_or_note


def _measures(texts: list[Path]) -> dict[str, str]:
    """Every distinct measure parsed from ``texts``, with the first file it came from."""
    found: dict[str, str] = {}
    for path in texts:
        for action in parse_text(path.read_text(encoding="utf-8")).actions:
            for measure in action.measures:
                found.setdefault(measure, path.name)
    return found


def test_every_measure_of_the_real_notices_has_an_english_rendering(text_files: list[Path]) -> None:
    measures = _measures(text_files)
    assert len(measures) >= 25  # the real texts hold this many distinct phrasings (read them all)
    missing = {m: name for m, name in measures.items() if english(m) is None}
    assert not missing, "no English rendering for:\n" + "\n".join(f"  {n}: {m}" for m, n in missing.items())


@pytest.mark.parametrize(("zh", "en"), [
    ("禁止上述企业从事与中国有关的进出口活动",
     "Prohibit the above companies from engaging in import and export activities related to China"),
    ("禁止上述实体在中国境内新增投资", "Prohibit the above entities from making new investments in China"),
    ("禁止上述企业高级管理人员入境", "Prohibit senior managers of the above companies from entering China"),
    ("禁止向上述28家美国实体出口两用物项；正在开展的相关出口活动应当立即停止",
     "Prohibit the export of dual-use items to the above 28 US entities; related export activities under way "
     "must stop immediately"),
    ("禁止出口经营者向上述二十家实体出口两用物项",
     "Prohibit exporters from exporting dual-use items to the above 20 entities"),
    ("冻结其在我国境内的动产、不动产及其他各类财产",
     "Freeze their movable property, immovable property and all other property in China"),
    ("对其本人及直系亲属不予签发签证、不准入境（包括香港、澳门）",
     "Refuse visas to the person and their immediate family members and bar them from entering China "
     "(including Hong Kong and Macao)"),
    ("禁止其向中国出口基因测序仪", "Prohibit them from exporting gene sequencers to China"),
])
def test_standard_phrasings_with_their_subject(zh: str, en: str) -> None:
    assert english(zh) == en


def test_an_unknown_measure_or_subject_says_so_instead_of_guessing() -> None:
    for zh in ("对上述企业处以罚款", "禁止上述神秘组织在中国境内新增投资", "禁止其向中国出口量子计算机",
               "禁止上述企业从事与中国有关的进出口活动；另行规定的其他措施"):
        assert english(zh) is None, zh  # a half-known compound is not rendered by halves
        assert english_or_note(zh) == NO_RENDERING
    assert NO_RENDERING == "no English rendering — read the Chinese"
    assert english("  禁止上述企业在中国境内新增投资。") == (
        "Prohibit the above companies from making new investments in China")
