"""``parsers/reasons.py`` on every real text in ../shared: the justification each states, checked by hand
against the text (the sentence, the qualifier of the listed entities, or only the issuer's purpose)."""

from __future__ import annotations

from pathlib import Path

import pytest

from policywatch.parsers.reasons import stated_reason

SECURITY = "为维护国家安全和利益，履行防扩散等国际义务"  # the ECL notices' purpose (no conduct stated)
SOVEREIGNTY = "为维护国家主权、安全和发展利益"  # the UEL notices' purpose
TAIWAN_ARMS = "参与对台湾地区军售"
# Read in each text by hand: the sentence that says what the target (or its government) did, else the qualifier
# of the listed entities, else the purpose. None: the text lists nobody and states no why (suspensions).
EXPECTED: dict[str, str | None] = {
    "mfa-order-017.txt": "日本参议员石平长期在台湾、钓鱼岛、历史、涉疆、涉藏、涉港等问题上散布谬论，公然参拜靖国神社，"
                         "严重违背中日四个政治文件精神和一个中国原则，严重干涉中国内政，严重损害中国主权和领土完整。",
    "mfa-order-018.txt": "日本自卫队前统合幕僚长岩崎茂公然同“台独”分裂势力勾连，"
                         "严重违背一个中国原则和中日四个政治文件精神，严重干涉中国内政，严重损害中国主权和领土完整。",
    "mfa-order-019.txt": "美国近日宣布向中国台湾地区大规模出售武器，严重违反一个中国原则和中美三个联合公报，"
                         "严重干涉中国内政，严重损害中国主权和领土完整。",
    "mofcom-2024-046.txt": "为维护国家安全和利益、履行防扩散等国际义务",
    "mofcom-2025-001.txt": SECURITY,
    "mofcom-2025-013.txt": SECURITY,
    "mofcom-2025-021.txt": SECURITY,
    "mofcom-2025-022.txt": SECURITY,
    "mofcom-2025-035.txt": SECURITY,
    "mofcom-2025-051.txt": SECURITY,
    "mofcom-2025-072.txt": None,
    "mofcom-2026-011.txt": "参与提升日本军事实力",
    "order-2025-005.txt": "2025年7月18日，欧盟在第18轮对俄罗斯制裁中将两家中国金融机构列入制裁名单，"
                          "严重违反国际法和国际关系基本准则，严重损害中国企业合法权益。",
    "qa-2025-05-14-uel-suspension.txt": None,
    "qa-2025-08-12-uel-adjustment.txt": None,
    "qa-2025-10-14-hanwha-countermeasure.txt": "美东时间10月14日，美国开始实施对中国海事、物流和造船领域"
                                               "301调查的最终措施，严重违反国际法和国际关系基本准则，"
                                               "严重损害中国企业合法权益。",
    "qa-2025-11-05-uel-adjustment.txt": None,
    "qa-2026-01-06-japan-dual-use.txt": "日本领导人近期公然发表涉台错误言论，暗示武力介入台海可能性，粗暴干涉中国内政，"
                                        "严重违背一个中国原则，性质和影响极其恶劣。",
    "uel-2025-001.txt": TAIWAN_ARMS,
    "uel-2025-002.txt": TAIWAN_ARMS,
    "uel-2025-003.txt": TAIWAN_ARMS,
    "uel-2025-004.txt": "上述两家实体违反正常的市场交易原则，中断与中国企业的正常交易，对中国企业采取歧视性措施，"
                        "严重损害中国企业合法权益。",
    "uel-2025-005.txt": SOVEREIGNTY,
    "uel-2025-006.txt": SOVEREIGNTY,
    "uel-2025-007.txt": SOVEREIGNTY,
    "uel-2025-008.txt": SOVEREIGNTY,
    "uel-2025-009.txt": SOVEREIGNTY,
    "uel-2025-010.txt": SOVEREIGNTY,
}


def test_every_shared_text_is_checked(text_files: list[Path]) -> None:
    assert sorted(p.name for p in text_files) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_stated_reason_of_each_text(name: str, texts_dir: Path) -> None:
    text = (texts_dir / name).read_text(encoding="utf-8")
    reason = stated_reason(text)
    assert reason == EXPECTED[name]
    if reason is not None:
        assert reason in text  # in the notice's own words, never a paraphrase


def test_legal_basis_and_measures_are_never_the_reason() -> None:
    basis = "依据《中华人民共和国反外国制裁法》第三条、第四条规定，中方决定对某公司采取以下反制措施："
    warning = "任何国家和地区的组织和个人，违反上述规定，将依法追究法律责任。"
    assert stated_reason(basis + "\n一、禁止我国境内的组织、个人与其进行有关交易、合作等活动。\n" + warning) is None
    assert stated_reason("鉴于某参议员的有关言行，" + basis) == "某参议员的有关言行"
