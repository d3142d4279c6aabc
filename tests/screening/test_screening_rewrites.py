"""Counterparty names the matcher finds stay found when a file writes them another way (``screening_rewrites.py``)."""

from __future__ import annotations

from screening_rewrites import probe, report, tuned_sets

from policywatch.screening.line_parts import read_line


def test_rewritten_names_stay_found() -> None:
    tallies = probe(tuned_sets())
    detail = report(tallies, verbose=True)
    assert all(t.changed for t in tallies.values()), detail
    # Full-width letters are the same letters; a country after the name is no other company.
    assert not tallies["full-width letters"].lost, detail
    assert len(tallies["a trailing country"].lost) * 100 <= tallies["a trailing country"].changed, detail
    # Case, a leading article, "and" for "&", padding and a country closing the line say nothing of which company it
    # is (capitals, line_parts).
    for rewrite in ("upper case", "a leading The", "and for &", "doubled spaces", "a trailing country"):
        assert not tallies[rewrite].lost, detail
    # Floors at this stop's figures: a change may only lower them.
    assert len(tallies["no punctuation"].lost) <= 3, detail
    assert sum(len(t.lost) for t in tallies.values()) <= 2, detail
    assert sum(len(t.false_alarms) for t in tallies.values()) <= 4, detail


def test_full_width_letters_and_a_trailing_country_are_read_apart() -> None:
    wide = read_line("ＬＯＣＫＨＥＥＤ　ＭＡＲＴＩＮ　ＣＯＲＰＯＲＡＴＩＯＮ")
    assert wide is not None and wide.name == "LOCKHEED MARTIN CORPORATION"
    country = read_line("Lockheed Martin Corporation, USA")
    assert country is not None and ("Lockheed Martin Corporation", "without the country after it") in country.extras
    assert read_line("Lockheed Martin Corporation") is None
