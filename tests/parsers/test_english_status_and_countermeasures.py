"""English releases beyond additions and removals (``parsers/english_status``, ``parsers/english_countermeasures``):
a clause of a notice suspended, continued or resumed (``Article 1 of MOFCOM Announcement No. 1 of 2026 shall be
suspended from … until further notice``), an MFA countermeasure decision on persons one a paragraph; and an English
release on the controls that no phrase covers is flagged, never passed over. Texts written for these tests (issue
16); notices and names from /work/shared, numbers and dates made up."""

from __future__ import annotations

from grammar_helpers import acts, flagged, names, quiet
from grammar_helpers import read as _read

from policywatch.parsers.english_release import from_english

_OPEN_SUSPENSION = (
    "Home > Policy Release > Announcements\n\n"
    "MOFCOM Announcement No. 61 of 2049 on Suspending Article 1 of Announcement No. 1 of 2026\n"
    "Release Date: 2 March 2049\n\n"
    "In accordance with the Export Control Law of the People's Republic of China, the Ministry of Commerce hereby "
    "announces the following:\n\n"
    "Article 1 of MOFCOM Announcement No. 1 of 2026 (on Strengthening Export Control of Dual-Use Items to Japan) "
    "shall be suspended from 10 March 2049 until further notice.\n\n"
    "Ministry of Commerce\n2 March 2049\n")
_RESUMPTION = (
    "MOFCOM Announcement No. 9 of 2050 on Resuming Article 2 of Announcement No. 46 of 2024\n\n"
    "The Ministry of Commerce hereby announces the following:\n\n"
    "Article 2 of MOFCOM Announcement No. 46 of 2024 shall be resumed from 1 February 2050.\n\n"
    "Ministry of Commerce\n20 January 2050\n")
_MFA_PERSONS = (
    "Ministry of Foreign Affairs of the People's Republic of China\nHome > Ministry News\n\n"
    "Decision of the Ministry of Foreign Affairs on Taking Countermeasures Against Jay Hoflich and Two Other "
    "Individuals\n(Order No. 152 of the Ministry of Foreign Affairs)\n2049-10-03\n\n"
    "In accordance with the Anti-Foreign Sanctions Law of the People's Republic of China, the Ministry of Foreign "
    "Affairs has decided to take countermeasures against the following individuals:\n\n"
    "Jay Hoflich, co-founder of a US maker of patrol boats;\n\n"
    "Dan Smoot, chief executive of a US satellite imagery company;\n\n"
    "Aaditya Devarakonda, chief executive of a US drone detection company.\n\n"
    "Their movable and immovable property and other assets within China shall be frozen; organizations and "
    "individuals within China shall be prohibited from conducting transactions and cooperation with them; they "
    "shall not be issued visas or allowed entry.\n\n"
    "This decision shall take effect on 3 October 2049.\n")
# An English release on the controls in words no phrase covers: no action can be read, so it must be flagged.
_UNCOVERED = (
    "MOFCOM Announcement No. 70 of 2049\n\n"
    "The Ministry of Commerce announces that the export control of relevant dual-use items to the United States "
    "under Announcement No. 46 of 2024 is henceforth to be applied in a modified manner as the annex sets out.\n\n"
    "Ministry of Commerce\n4 April 2049\n")
# English prose with the same words that is no decision: a law's articles, a person's role in a news item.
_NEWS = (
    "Ministry of Foreign Affairs of the People's Republic of China\nHome > Ministry News\n\n"
    "Foreign Ministry Spokesperson's Remarks on a Trade Exhibition\n2049-10-03\n\n"
    "Articles 4, 5 and 6 of the Foreign Trade Law of the People's Republic of China were quoted at the exhibition, "
    "which was opened by the following guests:\n\n"
    "Jay Hoflich, co-founder of a US maker of patrol boats;\n\n"
    "Dan Smoot, chief executive of a US satellite imagery company.\n\n"
    "The exhibition will be resumed from 3 November 2049 in Shanghai with the participation of many companies "
    "from abroad and from every province of the country.\n")


def test_an_english_clause_suspension_until_further_notice_is_read() -> None:
    ann = _read(_OPEN_SUSPENSION)
    assert (ann["doc_id"], ann["issuer"], ann["published"]) == ("MOFCOM-2049-61", "商务部", "2049-03-02")
    assert acts(ann) == [("suspend", "ITEM", "2049-03-10", None, ("MOFCOM-2026-1#1",))]


def test_an_english_clause_resumption_is_read() -> None:
    ann = _read(_RESUMPTION)
    assert acts(ann) == [("resume", "ITEM", "2050-02-01", None, ("MOFCOM-2024-46#2",))]


def test_an_english_mfa_countermeasure_order_on_persons_in_paragraphs_is_read() -> None:
    ann = _read(_MFA_PERSONS)
    assert (ann["doc_id"], ann["issuer"], ann["published"]) == ("MFA-ORDER-152", "外交部", "2049-10-03")
    assert acts(ann) == [("add", "CML", "2049-10-03", None, ())]
    assert names(ann) == [(None, "Jay Hoflich", "person"), (None, "Dan Smoot", "person"),
                          (None, "Aaditya Devarakonda", "person")]
    quiet(ann)


def test_an_english_release_on_the_controls_with_no_action_read_is_flagged() -> None:
    ann = _read(_UNCOVERED)
    assert ann["actions"] == [] and flagged(ann, "no action read")


def test_english_prose_sharing_the_words_is_left_alone() -> None:
    rendered = from_english(_NEWS)
    # No decision: the persons' lines, the law's articles and the exhibition's resumption stay English.
    assert "Jay Hoflich, co-founder" in rendered and "Articles 4, 5 and 6 of the Foreign" in rendered
    assert "will be resumed from" in rendered or "恢复实施" not in rendered
    ann = _read(_NEWS)
    assert ann["actions"] == [] and not ann["needs_review"]
