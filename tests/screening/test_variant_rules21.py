"""Rules of the twenty-first round (issue 19, held-out 16's layouts): a payment's MT103 party field, an address block
run together with ``;`` or ``/``, a manifest's labels, an attention line, a name in quotes, numbers typed onto a name,
a US address with no break before it, a KYC honorific; initials whose address is in another country; an ERP
export's unit after a Chinese or Japanese name; a Zengin file's half-width kana; Wade-Giles and tone-marked pinyin
with a romanised legal form; a scan's 0 and 1 for O and l. Every name is a listed entity of the shared facts, every
query is written here in the form of a category, and none is a held-out row."""

from __future__ import annotations

import pytest

from policywatch.screening.erp_units import unit_parts
from policywatch.screening.line_parts import read_line
from policywatch.screening.matcher import Matcher, Query
from policywatch.screening.message_lines import read_message, said_country
from policywatch.screening.ocr_digits import read_slips
from policywatch.screening.romanised_lines import read_romanised
from policywatch.screening.zengin import read_zengin

LISTED = [
    {"name_en": "Skydio, Inc.", "country": "US"},
    {"name_en": "Leidos", "country": "US"},
    {"name_en": "Sierra Nevada Corporation", "country": "US"},
    {"name_en": "Cyberlux Corporation", "country": "US"},
    {"name_en": "Domo Tactical Communications", "country": "US"},
    {"name_en": "Neros Technologies", "country": "US"},
    {"name_en": "Blue Force Technologies", "country": "US"},
    {"name_en": "Palmer Luckey", "kind": "person", "country": "US"},
    {"name_en": "Japan Marine United Corporation", "name_zh": "日本海洋联合株式会社", "country": "JP"},
    {"name_en": "General Dynamics Mission Systems", "name_zh": "通用动力任务系统公司", "country": "US"},
    {"name_en": "Mitsubishi Heavy Industries Marine Machinery & Equipment Co., Ltd.",
     "name_zh": "三菱重工海洋机械株式会社", "country": "JP"},
    {"name_en": "Jong Shyn Shipbuilding Co.,Ltd", "name_zh": "中信造船股份有限公司", "country": "TW"},
]
_MATCHER = Matcher(LISTED, threshold=0.85)


def _best(name: str | None, name_zh: str | None = None) -> tuple[str, str] | None:
    """(the listed name, the explanation) of the best hit that is not a related entity."""
    found = [m for m in _MATCHER.match_many([Query(name, name_zh)])[0] if m.reason != "related"]
    return (found[0].matched_name, found[0].explanation) if found else None


@pytest.mark.parametrize(("line", "name", "dropped"), [
    # MT103 option F: only the 1/ lines are the name.
    ("1/SKYDIO INC 2/3000 CLEARVIEW WAY 3/US/SAN MATEO CA", "SKYDIO INC", "3/US/SAN MATEO CA"),
    ("1/LUCKEY PALMER/3/US/NEWPORT BEACH", "LUCKEY PALMER", "3/US/NEWPORT BEACH"),
    # An address block run together: the lines after the name are an address's.
    ("LEIDOS INC;1750 PRESIDENTS ST;RESTON VA", "LEIDOS INC", "RESTON VA"),
    ("SIERRA NEVADA CORP/444 SALOMON CIR/SPARKS NV 89434", "SIERRA NEVADA CORP", "SPARKS NV 89434"),
    ("LEIDOS INC//PO 2045-3318", "LEIDOS INC", "PO 2045-3318"),
    # A manifest's or payment's label, with its colon or, in capitals, without.
    ("CONSIGNEE: CYBERLUX CORPORATION / DURHAM NC 27703 / USA", "CYBERLUX CORPORATION", "CONSIGNEE"),
    ("NOTIFY PARTY NEROS TECHNOLOGIES", "NEROS TECHNOLOGIES", "NOTIFY PARTY"),
    ("FOR ACCOUNT OF DOMO TACTICAL COMMUNICATIONS", "DOMO TACTICAL COMMUNICATIONS", "FOR ACCOUNT OF"),
    # An attention line after the name, with no break before it.
    ("NEROS TECHNOLOGIES ATTN: ACCOUNTS PAYABLE", "NEROS TECHNOLOGIES", "ATTN: ACCOUNTS PAYABLE"),
    # A name in quotes with where it is after it.
    ('"Blue Force Technologies" - Morrisville NC', "Blue Force Technologies", "Morrisville NC"),
    # Numbers typed onto the name, a state's code onto its ZIP, a town after the legal form.
    ("SIERRA NEVADA CORP.0081234", "SIERRA NEVADA CORP.", "0081234"),
    ("SKYDIO INC SAN MATEO CA94402", "SKYDIO INC", "SAN MATEO CA 94402"),
    ("SKYDIO INC SAN MATEO CA", "SKYDIO INC", "SAN MATEO CA"),
    ("DOMO TACTICAL COMMUNICATIONS SAN JOSE CA 95134 USA", "DOMO TACTICAL COMMUNICATIONS", "SAN JOSE CA 95134 USA"),
    # A KYC file's honorific after a name written surname first, and before one in capitals.
    ("LUCKEY, PALMER MR", "LUCKEY, PALMER", "MR"),
    ("MR PALMER LUCKEY", "PALMER LUCKEY", "MR"),
])
def test_a_message_line_is_read_apart(line: str, name: str, dropped: str) -> None:
    parts = read_line(line)
    assert parts is not None, line
    assert parts.name == name
    assert any(dropped in d for d in parts.dropped), parts.dropped


@pytest.mark.parametrize("line", [
    "Raytheon/Lockheed Martin Javelin JV",  # a slash of the name's own: what follows is no address
    "Carrier Corporation",  # a label's word without its colon starts a name
    "MR COFFEE INC",  # an honorific before a legal form is a brand's word
    "L3Harris MS",  # MS after a one-word name is no honorific
    "National Defense Academy of Japan",  # "of Japan" is the name's
    "Leidos",
])
def test_a_name_is_no_message_line(line: str) -> None:
    assert read_message(line) is None


def test_a_message_match_says_which_part_of_the_line() -> None:
    found = _best("1/SKYDIO INC 2/3000 CLEARVIEW WAY 3/US/SAN MATEO CA")
    assert found is not None and found[0] == "Skydio, Inc."
    assert "the name part of '1/SKYDIO INC" in found[1] and "'3/US/SAN MATEO CA'" in found[1]


def test_initials_placed_in_another_country_are_no_hit() -> None:
    assert said_country(("RICHMOND VA 23219",)) == "US"
    assert said_country(("3/JP/YOKOHAMA",)) == "JP"
    assert said_country(("KOBE", "JAPAN")) == "JP"
    assert said_country(("USA",)) is None  # a bare country a file adds to any address
    assert said_country(("KOBE JAPAN", "RICHMOND VA 23219")) is None  # two countries: none
    assert _best("JMU / RICHMOND VA 23219") is None
    found = _best("JMU / KOBE / JAPAN")
    assert found is not None and found[0] == "Japan Marine United Corporation"


def test_an_erp_unit_after_a_chinese_or_japanese_name() -> None:
    assert unit_parts("通用动力任务系统公司 财务部") == ("通用动力任务系统公司", ("财务部",), None)
    assert unit_parts("三菱重工海洋机械株式会社 神戸工場") == ("三菱重工海洋机械株式会社", ("神戸工場",), None)
    # A town after a registered name: the registered name alone is screened too.
    registered = "三菱重工海洋机械株式会社"
    assert unit_parts(f"{registered} 神戸") == (f"{registered} 神戸", (), registered)
    assert unit_parts("通用动力任务系统公司") is None
    found = _best(None, "通用动力任务系统公司 采购部")
    assert found is not None and found[0] == "通用动力任务系统公司"
    assert "'采购部' left out" in found[1]


def test_a_zengin_name_in_half_width_kana() -> None:
    # The legal form's kana before or after the name; small kana written large put back.
    assert read_zengin("ﾈﾂﾄｼｽﾃﾑ(ｶ") is not None
    assert read_zengin("ﾈﾂﾄｼｽﾃﾑ(ｶ").name == "ネットシステム株式会社"  # type: ignore[union-attr]
    kyoto = read_zengin("ｶ)ｷﾖｳﾄｼﾞﾕｳｺｳ")
    assert kyoto is not None and kyoto.name == "株式会社キョウトジュウコウ"
    assert ("Kyoto Juko", "its kana reading in romaji") not in kyoto.extras  # kyoto is no glossary word
    person = read_zengin("ﾙｷｰ ﾊﾟｰﾏｰ")
    assert person is not None and ("Ruki Pama", "its kana reading in romaji") in person.extras
    brand = read_zengin("ｶ)ﾌｼﾞﾂｳｼｽﾃﾑｽﾞ")
    assert brand is not None and ("株式会社富士通システムズ", "its brand's kana written in kanji") in brand.extras
    assert read_zengin("Leidos") is None
    # A listed Japanese name in kanji, met by its reading in romaji.
    found = _best(None, "ﾐﾂﾋﾞｼｼﾞﾕｳｺｳｶｲﾖｳｷｶｲ(ｶ")
    assert found is not None and found[0] == "三菱重工海洋机械株式会社"
    assert "its kana reading in romaji" in found[1]


def test_a_romanised_chinese_name_with_its_legal_form() -> None:
    wade = read_romanised("Chung-hsin Tsao-ch'uan Yu-hsien Kung-ssu")
    assert wade is not None
    assert wade.name == "Chung-hsin Tsao-chuan Yu-hsien Kung-ssu" and wade.without_form == "Chung-hsin Tsao-chuan"
    toned = read_romanised("Zhōngxìn Zàochuán Gōngsī")
    assert toned is not None and toned == ("Zhongxin Zaochuan Gongsi", "Zhongxin Zaochuan")
    assert read_romanised("Leidos") is None and read_romanised("O'Brien Holdings") is None
    found = _best("Chung-hsin Tsao-ch'uan Yu-hsien Kung-ssu")
    assert found is not None and found[0] == "中信造船股份有限公司"
    assert "without its legal form in romanised Chinese" in found[1]


def test_a_scans_digits_between_letters() -> None:
    assert read_slips("N0RTHR0P GRUMMAN") == "NORTHROP GRUMMAN"
    assert read_slips("B1UE F0RCE TECHN0L0GIES") == "BIUE FORCE TECHNOLOGIES"
    assert read_slips("L3HARRIS") is None and read_slips("AREA 51") is None and read_slips("WEB10 INC") is None
    assert read_slips("Cyber1ux") is None  # mixed case: the matcher's own slip reading (ocr_key)
    found = _best("SIERRA NEVADA C0RP0RATI0N")
    assert found is not None and found[0] == "Sierra Nevada Corporation"
    assert "read with a scan's digit slips as letters" in found[1]


def test_japanese_generic_loanwords_meet_the_chinese_generic_words() -> None:
    # マリタイム is 海事 and ジェット 喷气机 as システムズ is 系统: the generic parts of the name, written in katakana.
    listed = [{"name_en": "Mitsubishi Heavy Industries Maritime Systems, Ltd.", "name_zh": "三菱重工海事系统株式会社",
               "country": "JP"},
              {"name_en": "IHI Jet Service Co., Ltd.", "name_zh": "IHI喷气机服务株式会社", "country": "JP"}]
    matcher = Matcher(listed, threshold=0.85)
    for query, want in (("三菱重工マリタイムシステムズ", "Mitsubishi Heavy Industries Maritime Systems, Ltd."),
                        ("IHIジェットサービス（株）", "IHI Jet Service Co., Ltd.")):
        hits = matcher.match(query)
        assert hits and hits[0].entity["name_en"] == want, (query, hits)


def test_a_padded_line_and_a_country_after_a_website_are_read_apart() -> None:
    padded = read_line("Acme Avionics Inc.  IBAN  DE89  3704  0044  0532  0130  00")
    assert padded is not None and padded.name == "Acme Avionics Inc."
    assert padded.dropped == ("IBAN DE89 3704 0044 0532 0130 00",)
    site = read_line("ACAV (acmeavionics.com), USA")
    assert site is not None and site.name == "ACAV" and site.dropped == ("acmeavionics.com", "USA")
    # A country right after the name is still screened with and without it.
    plain = read_line("Acme Avionics Inc., USA")
    assert plain is not None and ("Acme Avionics Inc.", "without the country after it") in plain.extras
