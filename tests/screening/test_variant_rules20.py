"""Rules of the twentieth round (issue 19, the rewrite probe's case, article, punctuation and connector losses): a line
all in capitals read again in mixed case; a leading "The" left out before any reading; "and" for the ampersand
inside initials or between characters; the punctuation a file strips (a department with no separator before it, a
website or e-mail address without its dots, an exchange and ticker without a colon, a parent note without brackets,
Taiwan's (股) without its brackets). Every name is a listed entity of the shared facts; every query is written here,
none is a labelled or held-out row."""

from __future__ import annotations

from variant_helpers import top_match as _top

from policywatch.screening.capitals import recased
from policywatch.screening.departments import department_tail
from policywatch.screening.line_parts import read_line
from policywatch.screening.matcher import Matcher
from policywatch.screening.normalize import normalize

LISTED = [
    {"name_en": "Northrop Grumman Systems Corporation", "name_zh": "诺斯罗普·格鲁曼系统公司", "country": "US"},
    {"name_en": "General Atomics Aeronautical Systems, Inc.", "name_zh": "通用原子航空系统公司", "country": "US"},
    {"name_en": "Japan Marine United Corporation", "name_zh": "日本海洋联合株式会社", "country": "JP"},
    {"name_en": "System Studies & Simulation", "name_zh": "系统研究与模拟公司", "country": "US"},
    {"name_en": "Fujitsu Defense & National Security, Ltd.", "name_zh": "富士通防卫与国家安全株式会社",
     "country": "JP"},
    {"name_en": "Aerospace Industrial Development Corp.", "name_zh": "汉翔航空工业股份有限公司", "country": "TW"},
    {"name_en": "Illumina, Inc.", "name_zh": "因美纳公司", "country": "US"},
    {"name_en": "Insitu, Inc.", "name_zh": "英斯图公司", "country": "US"},
    {"name_en": "Anduril Industries", "name_zh": "安杜里尔公司", "country": "US"},
    {"name_en": "Skydio, Inc.", "name_zh": "斯凯迪奥公司", "country": "US"},
    {"name_en": "Red Cat Holdings, Inc.", "name_zh": "红猫控股公司", "country": "US"},
    {"name_en": "Teledyne Brown Engineering, Inc.", "name_zh": "特励达·布朗工程公司", "country": "US"},
    {"name_en": "Shield AI, Inc.", "name_zh": "护盾人工智能公司", "country": "US"},
    {"name_en": "Palmer Luckey", "kind": "person", "country": "US"},
]
_MATCHER = Matcher(LISTED, threshold=0.85)


def _found(query: str) -> tuple[str, str, float] | None:
    return _top(_MATCHER, query)


def _why(query: str) -> str:
    return next(m.explanation for m in _MATCHER.match(query) if m.reason != "related")


# -- a line all in capitals ---------------------------------------------------------------------------------------

def test_a_line_in_capitals_is_recased_by_the_listed_words() -> None:
    def listed(word: str) -> bool:
        return word in {"insitu", "system", "corp"}

    def caps(letters: str) -> bool:
        return letters in {"BAE", "LLC"}

    def initials(letters: str) -> bool:
        return letters in {"NGSC", "GAASI"}

    def cased(line: str) -> str | None:
        return recased(line, listed_word=listed, in_listed_capitals=caps, initials=initials)

    assert cased("NGSC ELKRIDGE MD") == "NGSC Elkridge MD"  # initials first, a town, a state's code
    assert cased("INSITU HOOD RIVER OR") == "Insitu Hood River OR"  # a listed word is a word, not initials
    assert cased("BAE SYSTEMS CORP") == "BAE Systems Corp"  # a listed name writes BAE in capitals
    assert cased("GA ASI PALMDALE") == "GA ASI Palmdale"  # initials in two parts stay initials
    assert cased("XYZW") is None  # initials alone: nothing to read otherwise
    # No word a reading goes by (no initials the index holds, no state's code after a town): left as it is.
    assert cased("ACME WIDGETS CORP") is None
    assert cased("NORTHWIND HOLDINGS LLC") is None  # a legal form in capitals is the form


def test_initials_and_a_site_in_capitals_are_found_as_in_mixed_case() -> None:
    for line, mixed in (("NGSC SYKESVILLE MD", "NGSC Sykesville MD"),
                        ("NGSC FLIGHT OPERATIONS PALMDALE", "NGSC Flight Operations Palmdale"),
                        ("AIDC KANGSHAN PLANT", "AIDC Kangshan Plant")):
        found, as_mixed = _found(line), _found(mixed)
        assert found is not None and as_mixed is not None and found[0] == as_mixed[0], line
        assert found[1] == "acronym" and found[2] < 0.85  # an acronym stays a review hit
        assert f"read in mixed case as {mixed!r}" in _why(line)


def test_a_name_in_capitals_already_matched_says_nothing_of_case() -> None:
    found = [m for m in _MATCHER.match("ANDURIL INDUSTRIES") if m.reason != "related"]
    assert found and found[0].reason == "exact" and "mixed case" not in found[0].explanation


def test_an_honorific_and_a_street_in_capitals_are_left_out() -> None:
    parts = read_line("MR. PALMER LUCKEY")
    assert parts is not None and parts.name == "PALMER LUCKEY"
    street = read_line("ILLUMINA, INC., 9885 TOWNE CENTRE DR, SAN DIEGO CA 92121")
    assert street is not None and street.name == "ILLUMINA, INC."
    assert _found("ILLUMINA, INC., 9885 TOWNE CENTRE DR, SAN DIEGO CA 92121") == ("Illumina, Inc.", "exact", 1.0)


def test_a_line_in_capitals_of_no_listed_name_stays_clean() -> None:
    for line in ("BLUE HERON ROOFING ELKRIDGE MD", "ACME YOKOHAMA SHIPYARD", "NORTHWIND TRADING CO LTD"):
        assert _found(line) is None, line


# -- a leading "The" ----------------------------------------------------------------------------------------------

def test_a_leading_the_is_left_out_before_every_reading() -> None:
    assert normalize("The 因美纳公司").key == normalize("因美纳公司").key
    assert _found("The 因美纳公司") == ("因美纳公司", "exact", 1.0)
    found = _found("The NGSC Elkridge MD")
    assert found is not None and found[0] == "Northrop Grumman Systems Corporation" and found[1] == "acronym"
    parts = read_line("The Shield AI Inc.")
    assert parts is not None and parts.name == "Shield AI Inc." and "The" in parts.dropped
    assert read_line("Theodore Widgets") is None  # a word that starts with "the" is no article


# -- "and" for "&" --------------------------------------------------------------------------------------------------

def test_and_inside_initials_is_the_ampersand() -> None:
    parts = read_line("SSandS Colorado Springs")
    assert parts is not None and parts.name == "SS&S Colorado Springs"
    found = _found("SSandS")
    assert found is not None and found[0] == "System Studies & Simulation" and found[1] == "acronym"
    assert read_line("Grandview Standard Co") is None  # "and" inside a word in small letters is the word's


def test_and_between_characters_joins_them_as_the_ampersand_does() -> None:
    assert (normalize("富士通ディフェンスandナショナルセキュリティ").key
            == normalize("富士通ディフェンス&ナショナルセキュリティ").key)


# -- punctuation a file strips ------------------------------------------------------------------------------------

def test_taiwan_short_form_without_its_brackets() -> None:
    assert normalize("漢翔航空工業 股 公司").key == normalize("汉翔航空工业股份有限公司").key
    assert normalize("红猫控股公司").key == "红猫控股"  # 控股公司 is a holding company, not (股)公司


def test_a_department_with_no_separator_before_it() -> None:
    assert department_tail("Anduril Industries Accounts Payable") == ("Anduril Industries", "Accounts Payable")
    assert department_tail("Skydio Inc Attn Procurement") == ("Skydio Inc", "Attn Procurement")
    assert department_tail("Illumina Inc Department of Clinical Genomics") == (
        "Illumina Inc", "Department of Clinical Genomics")
    assert department_tail("Red Cat Shipping") is None  # a word that ends a company's name is the name's
    found = _found("Anduril Industries Accounts Payable")
    assert found is not None and found[0] == "Anduril Industries"


def test_a_website_or_address_without_its_dots() -> None:
    parts = read_line("Teledyne Brown Engineering tbe com")
    assert parts is not None and parts.name == "Teledyne Brown Engineering"
    mail = read_line("Red Cat Holdings <ap@example com>")
    assert mail is not None and mail.name == "Red Cat Holdings"
    alone = read_line("skydio com")
    assert alone is not None and alone.name == "skydio"
    assert read_line("Shield AI") is None and read_line("shield ai") is None  # "ai" alone is a word, not a domain
    assert _found("Teledyne Brown Engineering tbe com") == ("Teledyne Brown Engineering, Inc.", "exact", 1.0)


def test_an_exchange_and_a_parent_note_without_punctuation() -> None:
    ticker = read_line("NASDAQ RCAT")
    assert ticker is not None and ticker.name == "RCAT (NASDAQ)"
    listed = read_line("Illumina Inc NASDAQ ILMN")
    assert listed is not None and listed.name == "Illumina Inc"
    parent = read_line("Insitu Inc a Boeing company")
    assert parent is not None and parent.name == "Insitu Inc" and "a Boeing company" in parent.dropped
    assert read_line("Coalition for a Prosperous America") is None
    assert _found("Insitu Inc a Boeing company") == ("Insitu, Inc.", "exact", 1.0)
