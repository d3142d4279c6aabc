"""A vendor-master line read apart (``line_parts``): its name part screened, the numbers, codes, addresses, honorifics
and prefixes around it left out, its other names (f/k/a, d/b/a, a website's stem) screened too. Every name is a
listed entity of the shared facts; every line is written here, none is a held-out row."""

from __future__ import annotations

import pytest

from policywatch.screening.line_parts import read_line
from policywatch.screening.matcher import Matcher

LISTED = [
    {"name_en": "Skydio, Inc.", "country": "US"},
    {"name_en": "Neros Technologies", "country": "US"},
    {"name_en": "Cyberlux Corporation", "country": "US"},
    {"name_en": "Oceaneering International, Inc.", "country": "US"},
    {"name_en": "Blue Force Technologies", "country": "US"},
    {"name_en": "Palmer Luckey", "kind": "person"},
    {"name_en": "石平", "kind": "person"},
]
_MATCHER = Matcher(LISTED, threshold=0.85)


@pytest.mark.parametrize(("line", "name", "dropped"), [
    ("Cyberlux Corporation - Vendor No. 5521", "Cyberlux Corporation", "Vendor No. 5521"),
    ("Neros Technologies VNDR 0192", "Neros Technologies", "VNDR 0192"),
    ("Neros Technologies Supplier 88", "Neros Technologies", "Supplier 88"),
    ("Cyberlux Corporation #B12", "Cyberlux Corporation", "B12"),
    ("Oceaneering International DUNS 123456789", "Oceaneering International", "DUNS 123456789"),
    ("Blue Force Technologies CAGE 1ABC2", "Blue Force Technologies", "CAGE 1ABC2"),
    ("Cyberlux Corporation SWIFT ABCDUS33", "Cyberlux Corporation", "SWIFT ABCDUS33"),
    ("Neros Technologies IBAN DE44 5001 0517 5407 3249 31", "Neros Technologies", "IBAN DE44 5001 0517 5407 3249 31"),
    ("Cyberlux Corporation <billing@cyberlux.com>", "Cyberlux Corporation", "billing@cyberlux.com"),
    ("Oceaneering International, Inc. (www.oceaneering.com)", "Oceaneering International, Inc.",
     "www.oceaneering.com"),
    ("Dr. Palmer Luckey", "Palmer Luckey", "Dr."),
    ("石平先生", "石平", "先生"),
    ("Oceaneering International, Inc., 11911 FM 529 Rd, Houston TX 77041", "Oceaneering International, Inc.",
     "11911 FM 529 Rd, Houston TX 77041"),
    ("USA: Blue Force Technologies", "Blue Force Technologies", "USA"),
    ("Neros Technologies (a Archer company)", "Neros Technologies", "a Archer company"),
])
def test_the_name_part_is_read_apart(line: str, name: str, dropped: str) -> None:
    parts = read_line(line)
    assert parts is not None
    assert parts.name == name
    assert dropped in parts.dropped


@pytest.mark.parametrize("line", ["Skydio, Inc.", "3M Company", "Dr Pepper", "Sir Jony Ive", "Blue Force 2 LLC"])
def test_a_plain_name_is_no_line_of_parts(line: str) -> None:
    assert read_line(line) is None


def test_other_names_are_extra_parts() -> None:
    parts = read_line("Acme Drone Holdings f/k/a Skydio Labs d/b/a Skydio")
    assert parts is not None
    assert parts.name == "Acme Drone Holdings"
    assert parts.extras == (("Skydio Labs", "formerly known as"), ("Skydio", "doing business as"))


def test_a_website_alone_is_screened_by_its_stem() -> None:
    parts = read_line("https://www.cyberlux.com/")
    assert parts is not None and parts.name == "cyberlux"


def test_an_exchange_prefix_reads_the_ticker_with_its_exchange() -> None:
    parts = read_line("NYSE: OII")
    assert parts is not None and parts.name == "OII (NYSE)"


@pytest.mark.parametrize(("line", "listed"), [
    ("Cyberlux Corporation - Vendor No. 5521", "Cyberlux Corporation"),
    ("Oceaneering International, Inc., 11911 FM 529 Rd, Houston TX 77041", "Oceaneering International, Inc."),
    ("Ms. Palmer Luckey", "Palmer Luckey"),
    ("blueforcetechnologies.com", "Blue Force Technologies"),
])
def test_the_line_matches_by_its_name_part(line: str, listed: str) -> None:
    found = [m for m in _MATCHER.match(line) if m.reason != "related"]
    assert found and found[0].matched_name == listed
    assert found[0].query_name == line  # the match is told as the printed line's
    assert "the name part of" in found[0].explanation


def test_a_dba_part_matches_and_says_so() -> None:
    found = [m for m in _MATCHER.match("Northwind Aerial Holdings LLC dba Skydio") if m.reason != "related"]
    assert found and found[0].matched_name == "Skydio, Inc."
    assert "doing business as" in found[0].explanation


def test_a_chinese_honorific_is_left_out() -> None:
    found = [m for m in _MATCHER.match("", name_zh="石平 先生") if m.reason != "related"]
    assert found and found[0].matched_name == "石平"


def test_a_website_with_words_after_it_is_part_of_the_name() -> None:
    assert read_line("Skydio.com Holdings") is None


def test_a_name_in_two_scripts_is_screened_by_each() -> None:
    parts = read_line("斯凯迪奥 Skydio Inc")
    assert parts is not None
    assert parts.name == "斯凯迪奥" and parts.extras == (("Skydio Inc", "its name in Latin letters"),)
    found = [m for m in _MATCHER.match("斯凯迪奥 Skydio Inc") if m.reason != "related"]
    assert found and found[0].matched_name == "Skydio, Inc." and "in Latin letters" in found[0].explanation
