"""Normalisation: what a printed name becomes before it is compared."""

from __future__ import annotations

import pytest

from policywatch.screening.normalize import LEGAL_FORMS_ZH, name_key, normalize, phonetic_key, token_weight


@pytest.mark.parametrize(
    ("printed", "tokens"),
    [
        ("SKYDIO, INC", ("skydio",)),
        ("Skydio Inc.", ("skydio",)),
        ("TCOM,Limited Partnership", ("tcom",)),
        ("Jong Shyn Shipbuilding Co.,Ltd", ("jong", "shyn", "shipbuilding")),
        ("Cyberlux\u2002Corporation", ("cyberlux",)),  # U+2002 inside a name (ECL No.21 #7)
        ("\u200cHigh Point Aerotechnologies", ("high", "point", "aerotechnology")),  # U+200C (ECL No.21 #1)
        ("Gibbs&Cox, Inc.", ("gibbs", "cox")),
        ("Gibbs & Cox, Inc.", ("gibbs", "cox")),
        ("The Boeing Company", ("boeing",)),
        ("UAB Urbo Bankas", ("urbo", "bank")),
        ("Engineering,  Inc.", ("engineering",)),
        ("L.L.C. Holdings LLC", ("l", "l", "c", "holding")),
        ("斯凱迪奧有限公司", ("斯凯迪奥",)),  # traditional → simplified, legal form dropped
        ("美国PVH集团", ("pvh",)),  # 美国 as a qualifier, 集团 as a legal form
        ("美国因美纳公司", ("因美纳",)),
        ("美国光子公司", ("美国光子",)),  # 美国 is part of the name: 光子 alone would be generic
        ("洛克希德·马丁公司", ("洛克希德马丁",)),
        ("波音防务、空间与安全集团", ("波音防务空间与安全",)),
        ("AEVEX 航天公司", ("aevex", "aerospace")),  # a Latin brand: the generic word in English
        ("AEVEX航天公司", ("aevex", "aerospace")),
        ("IHI原动机株式会社", ("ihi", "原动机")),
        ("Teledyne FLIR公司", ("teledyne", "flir")),
        ("A&B Trading Co.", ("a", "b", "trading")),  # single letters are part of the name, not stopwords
        ("TechInsights Inc.", ("techinsight",)),
    ],
)
def test_printed_names_normalise(printed: str, tokens: tuple[str, ...]) -> None:
    assert normalize(printed).tokens == tokens


def test_a_name_that_is_only_a_legal_form_keeps_it() -> None:
    assert normalize("Company Limited").tokens
    assert normalize("公司").tokens == ("公司",)


def test_spacing_does_not_change_the_key() -> None:
    assert normalize("Iron Mountain Solutions").key == normalize("IronMountain Solutions").key
    # "Tech" alone is folded to "technology": the printed words still give the same key.
    assert normalize("Tech Insights Inc.").surface_key == normalize("TechInsights").surface_key
    assert normalize("Aero Vironment").key == normalize("AeroVironment, Inc.").key


def test_dropped_parts_are_reported_for_explanations() -> None:
    assert set(normalize("The Skydio, Inc.").dropped) == {"inc", "the"}


def test_generic_words_weigh_less_than_distinctive_ones() -> None:
    assert token_weight("technology") < token_weight("skydio")
    assert token_weight("系统") < token_weight("斯凯迪奥")


def test_homophone_spellings_share_a_phonetic_key() -> None:
    # UEL 2025 No.10 prints 伊比鲁斯公司, MFA order 19 伊庇鲁斯公司 (Epirus, Inc.).
    assert phonetic_key(normalize("伊比鲁斯公司").tokens[0]) == phonetic_key(normalize("伊庇鲁斯公司").tokens[0])
    assert phonetic_key("通用动力") != phonetic_key("通用电气")


@pytest.mark.parametrize("latin", ["Skydio Inc.", "Lockheed Martin Co., Ltd.", "General Dynamics IT", "The Boeing Co",
                                   "Epirus JV", "Elbit Systems of America", "AeroVironment & Sons", "L3Harris 1"])
def test_a_latin_name_with_a_chinese_legal_form_is_keyed_as_normalize_keys_it(latin: str) -> None:
    # name_key reads the Latin part alone (speed); every legal form it may be followed by gives normalize's key.
    for form in LEGAL_FORMS_ZH:
        for name in (f"{latin} {form}", f"{latin}{form}", f"{latin}\u3000{form} "):
            assert name_key(name) == normalize(name).key, name
    assert name_key("Skydio 有限公司") == normalize("Skydio").key == "skydio"
    assert name_key("斯凯迪奥有限公司") == normalize("斯凯迪奥有限公司").key
