"""The name in a counterparty line as a payment message, a shipping manifest or a KYC file lays it out.

Such a line is several lines run together, or a field's label and its content:
- a SWIFT MT103 party field in option F: numbered lines, ``1/`` the name, ``2/`` the street, ``3/`` the country
  and town, 4–8 birth data and ids (``1/ACME 2/1 MAIN ST 3/US/SPRINGFIELD``); only the ``1/`` lines are the name;
- the line breaks of an address block written as ``;``, ``//``, `` / `` or a bare ``/`` (``ACME;1 MAIN
  ST;SPRINGFIELD IL``): the first line is the name when the lines after it are an address (a number, a town, a
  state's or a country's code) — a bare ``/`` only when every line after it is, since a name may hold one;
- the label a manifest or a payment puts before the party (``CONSIGNEE:``, ``NOTIFY PARTY:``, ``FOR ACCOUNT OF``,
  ``C/O``, ``ATTN:``); an attention line after the name (``ATTN RECEIVING``) names a person or a dock, not the
  party (a ``C/O`` after the name is ``departments``'s);
- a name in quotes with where it is after it (``"Acme Corp" - Springfield``);
- a reference number typed onto the name (``ACME CO.0012345``) and a state's code onto its ZIP (``IL62701``);
- a town and state after the legal form that ends the name (``ACME INC SPRINGFIELD IL``);
- a KYC file's honorific after a person's name (``DOE, JOHN MR``), and an airline booking's ``DOE/JOHN MR``;
- an ISO 20022 fragment, an MT field's tag and account, a Fedwire tag, an MT940 ``:86:`` field or a NACHA company
  name around the name (``payment_tags``); an X12 ``N1`` or EDIFACT ``NAD`` segment (``trade_segments``);
- a payment's reference before or after the name (``PMT REF ACME …``, ``ACME SPRINGFIELD IL REF INV 2045-01``);
- a mainframe export's account column after a name cut at its column (``ACME WIDGET SERV 0012345 SPRINGFIELD``);
- an e-mail signature's closing before the name (``Best regards, Acme Corp. | Springfield, IL``).

``read_message`` answers most lines from one regex search and a look at their words (``_may_hold``).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from policywatch.screening.erp_units import unit_parts
from policywatch.screening.ocr_digits import read_slips
from policywatch.screening.payment_tags import may_be_tagged, read_tags
from policywatch.screening.places import (
    CANADIAN_PROVINCE_CODES,
    NOT_PLACE_WORDS,
    place_names,
    romanized_place,
    us_state_codes,
)
from policywatch.screening.romanised_lines import read_romanised
from policywatch.screening.trade_segments import may_be_segment, read_segment
from policywatch.screening.zengin import read_zengin

# Labels a manifest or a payment writes before the party, with a colon or, in capitals, without one; a word that
# may start a company's name ("Carrier", "Buyer") only with its colon.
_LABELS_BARE = (r"CONSIGNEE|SHIPPER|NOTIFY\s+PARTY|ALSO\s+NOTIFY|BENEFICIARY(?:\s+CUSTOMER)?|ORDERING\s+CUSTOMER|"
                r"ORDERING\s+PARTY|BILL\s+TO|SHIP\s+TO|SOLD\s+TO|REMIT\s+TO|DELIVER\s+TO|INVOICE\s+TO|INV(?:OICE)?\s+FROM|"
                r"VENDOR|SUPPLIER")
# The document a label's field belongs to, before the label: a bill of lading, a credit (and its number), an
# air waybill ("B/L SHIPPER:", "L/C 2045LC0318 BENEFICIARY").
_DOCUMENT = r"(?:(?:B/L|L/C|AWB|HAWB|MAWB)\s+(?:[A-Z0-9-]*\d[A-Z0-9-]*\s+)?)?"
# The parties of an export filing (EEI: USPPI, ultimate and intermediate consignee, end user), a customs entry
# (declarant, importer of record) and a draft under a credit (drawer, drawee), with their colon: the role of the
# party named after it.
_FILING_LABELS = (r"ULTIMATE\s+CONSIGNEE|INTERMEDIATE\s+CONSIGNEE|END\s+USER|USPPI|DECLARANT|PURCHASER"
                  r"|(?:IMPORTER|EXPORTER)\s+OF\s+RECORD|DRAWER|DRAWEE")
_LABELS = (rf"{_FILING_LABELS}|{_LABELS_BARE}|NOTIFY|PAYEE|PAYER|APPLICANT|BUYER|SELLER|EXPORTER|IMPORTER|CONSIGNOR"
           r"|CARRIER|FORWARDER")
_LABEL_RE = re.compile(rf"\s*{_DOCUMENT}(?:(?:{_LABELS})\s*:|(?-i:{_LABELS_BARE})\s|(?:ATTN|ATTENTION|C/O|CARE\s+OF|"
                       r"FOR\s+ACCOUNT\s+OF|FOR\s+THE\s+ACCOUNT\s+OF|F/A/O|IN\s+FAVOU?R\s+OF)\b\s*[:.-]?)\s*",
                       re.IGNORECASE)
# "The" before a field's label or number is a file's habit of writing it before every name, not the name's.
_ARTICLE_RE = re.compile(rf"^the\s+(?=1/|(?:{_LABELS})\s*:|(?:ATTN|ATTENTION|C/O|FOR\s+ACCOUNT\s+OF)\b)", re.IGNORECASE)
_MT_COUNTRY_RE = re.compile(r"3/([A-Z]{2})\b")
_MT_FIELD_RE = re.compile(r"(?:^|(?<=[\s/]))([1-8])/(?=\S)")
_BREAK_RE = re.compile(r"\s*(?:;|//|\s/\s|\|)\s*")
_SLASH_RE = re.compile(r"(?<![\s/])/(?![\s/])")
# Words a slash belongs to: "c/o", "f/k/a", "d/b/a", "b/l", "w/o".
_SLASH_WORD_RE = re.compile(r"\b(?:[a-z]/[a-z](?:/[a-z])?)\b", re.IGNORECASE)
_ATTN_TAIL_RE = re.compile(r"(?:^|[\s,;-]+)(?:ATTN|ATTENTION)\b\s*[:.]?.*$", re.IGNORECASE)
_CARE_OF_TAIL_RE = re.compile(r"\s+(?:C/O|CARE\s+OF)\s*$", re.IGNORECASE)
_QUOTED_RE = re.compile(r"\s*[\"“”]([^\"“”]{2,}?)[\"“”]\s*[-,–—]?\s*(.*)")
_GLUED_ZIP_RE = re.compile(r"\b([A-Z]{2})(\d{5}(?:-\d{4})?)\b")
_LEGAL_END = r"INC|CORP|CORPORATION|LLC|LTD|LIMITED|CO|COMPANY|PLC|LLP|GMBH|AG|SA|NV|BV|KK"
# Digits typed onto a word (``CO.0012345``) or after the legal form (``CO 0012345``); a code's few letters before
# its digits (``#V004512``) are the code's.
_GLUED_NUMBER_RE = re.compile(rf"(?<![#\w])([A-Za-z]{{2,}}\.|[A-Za-z]{{4,}}|(?:{_LEGAL_END})\.?\s+)(\d{{5,}})\s*$",
                              re.IGNORECASE)
# A US address after the name with no break before it: a town, the state's code, the ZIP, maybe the country.
_ZIP_TAIL_RE = re.compile(r"\s+([A-Z]{2})\s+\d{5}(?:-\d{4})?(?:\s+(?:USA|US|U\.S\.A\.))?\s*$")
# A town and a state's code (in capitals) after the legal form that ends the name.
_AFTER_LEGAL_RE = re.compile(rf"(.*?\b(?:{_LEGAL_END})\b\.?),?\s+((?:[A-Za-z.'-]+\s+){{0,3}}((?-i:[A-Z]{{2}}))"
                             r"(?:\s+\d{5}(?:-\d{4})?)?)\s*$", re.IGNORECASE)
# A KYC file's "SURNAME, GIVEN MR": the honorific after a name written surname first (a comma), not a state's code
# ("Acme MS") or a name's own word.
_HONORIFIC_TAIL_RE = re.compile(r"^[^,]+,[^,]+?(\s+(?:MR|MRS|MS|MISS|DR)\.?)\s*$|"
                                r"^(?-i:[A-Z][A-Z'-]+(?:\s+[A-Z][A-Z'-]+){1,2})(\s+(?:MR|MRS|MS|MISS|DR)\.?)\s*$",
                                re.IGNORECASE)
# A payment's or KYC file's honorific before a person's name in capitals ("MR JOHN DOE"; "Mr." is ``line_parts``'s).
_HONORIFIC_HEAD_RE = re.compile(r"(?-i:MR|MRS|MS|MISS|DR)\.?\s+(?=(?-i:[A-Z][A-Z.'-]*\s+[A-Z]))", re.IGNORECASE)
_LEGAL_OR_ARTICLE_RE = re.compile(rf"\b(?:{_LEGAL_END}|THE)\b", re.IGNORECASE)
# An airline booking's passenger: SURNAME/GIVEN NAMES and the title (a PNR always writes one), in capitals.
_BOOKING_RE = re.compile(r"(?-i:([A-Z][A-Z'-]+(?: [A-Z][A-Z'-]+)?)/([A-Z][A-Z'-]+(?: [A-Z][A-Z'-]*)?))"
                         r" +(MR|MRS|MS|MISS|MSTR|DR)\.?", re.IGNORECASE)
# A payment's reference: its label before the payee ("PMT REF ACME …") or its number after the payee's address
# ("… REF 2045-0011", "… INV 2045-0771", "… REF INV2045-0317"); the reference holds a digit.
_REF_HEAD_RE = re.compile(r"(?:PMT|PYMT|PAYMENT)\s+(?:REF|FOR|TO)\b\.?\s*[:#]?\s*(?=\S)", re.IGNORECASE)
_REF_TAIL_RE = re.compile(r"\s+(?:REF|INV|INVOICE|PO|P/O)\b\.?\s*(?:NO\.?|#|:)?\s*"
                          r"(?:[A-Z]{0,4}\s*)?[A-Z]{0,4}\d[\w/-]*\s*$", re.IGNORECASE)
# A mainframe export's columns on one line: the name (cut at its column's width), an account number, a town.
# The account has six digits or more: five after a state's code are its ZIP.
_ACCOUNT_COLUMN_RE = re.compile(r"(?-i:([A-Z](?:[A-Z0-9&.,'/ -]|\band\b)*[A-Z&.]))\s+(\d{6,})\s+"
                                r"(?-i:([A-Z][A-Z .'-]*))")
# The closing of an e-mail signature before the name.
_CLOSING_RE = re.compile(r"(?:best|kind|warm|warmest|many)\s+(?:regards|wishes|thanks)\s*,?\s*|"
                         r"(?:regards|thanks)\s*,\s*|"
                         r"(?:sincerely|respectfully|cheers|thank\s+you)(?:\s+yours)?\s*,\s*", re.IGNORECASE)
_CLOSING_WORDS = frozenset({"REGARDS", "WISHES", "THANKS", "SINCERELY", "RESPECTFULLY", "CHEERS", "THANK"})
_CLOSING_HEADS = _CLOSING_WORDS | {"BEST", "KIND", "WARM", "WARMEST", "MANY"}
# Cheap tests before the reference's and the account column's searches.
_REF_WORDS = ("REF", "INV", " PO", "P/O")
_REF_HEADS = ("PMT", "PYMT", "PAYMENT")
_ACCOUNT_RE = re.compile(r"\s\d{6,}\s")
# The legal forms that end a name in capitals, as words (``_may_hold``: a town may run on after one).
_LEGAL_END_WORDS = frozenset(_LEGAL_END.split("|")) | {"CORP.", "INC.", "CO.", "LTD.", "L.L.C."}
# What a line of these layouts holds, found cheaply: a digit, a break's or a quote's sign, or one of the words below
# (a label's, an honorific, a country ending the line, a state's code in capitals last). Most names hold none.
_MAY_HOLD_CHARS_RE = re.compile(r"[\d/;|\"“”]")
_MAY_HOLD_WORDS = frozenset({
    "ATTN", "ATTENTION", "CARE", "ACCOUNT", "FAVOR", "FAVOUR", "CONSIGNEE", "SHIPPER", "NOTIFY", "BENEFICIARY",
    "ORDERING", "BILL", "SHIP", "SOLD", "REMIT", "DELIVER", "PAYEE", "PAYER", "APPLICANT", "BUYER", "SELLER",
    "EXPORTER", "IMPORTER", "CONSIGNOR", "CARRIER", "FORWARDER", "ULTIMATE", "INTERMEDIATE", "USER", "USPPI",
    "DECLARANT", "PURCHASER", "DRAWER", "DRAWEE", "INVOICE", "INV", "VENDOR", "SUPPLIER", "MR", "MRS", "MS",
    "MISS", "DR", "TAIWAN", "JAPAN",
    "KOREA", "CHINA", "ROC", "R.O.C", "R.O.C.", "MR.", "MRS.", "MS.", "DR.", *_CLOSING_WORDS})


def _may_hold(line: str) -> bool:
    if _MAY_HOLD_CHARS_RE.search(line) is not None:
        return True
    text = line.replace(":", " ").replace(",", " ")
    words = text.split()
    if words and len(words[-1]) == 2 and words[-1].isupper() and words[-1].isalpha():
        return True
    if len(words) > 2 and line.isupper() and not _LEGAL_END_WORDS.isdisjoint(words[1:-1]):
        return True  # a town run on after the legal form ("ACME CORP. SPRINGFIELD")
    return not _MAY_HOLD_WORDS.isdisjoint(text.upper().split())


# Countries as an address block ends with them; the codes are ISO's, as a payment's "3/" line starts with one.
_COUNTRY_CODES = frozenset({"US", "USA", "JP", "TW", "KR", "CN", "HK", "GB", "UK", "DE", "FR", "IL", "IN", "CA", "AU",
                            "SG", "ROC", "R.O.C", "R.O.C.", "U.S.A.", "U.S."})
_COUNTRY_WORDS = frozenset({"usa", "japan", "taiwan", "korea", "china", "germany", "france", "israel", "india",
                            "canada", "australia", "singapore", "united states", "united kingdom", "republic of korea",
                            "taiwan r.o.c.", "taiwan roc", "taiwan, r.o.c."})
_COUNTRY_WORDS_DOTTED = frozenset({"taiwan.r.o.c."})
_LINKING = frozenset({"of", "and", "the", "for", "de", "at", "in"})
_PLACE_KINDS = frozenset({"city", "prefecture", "county", "district", "dist", "dist."})
_WORD_RE = re.compile(r"[A-Za-z][A-Za-z.'-]*")
_EDGE = " \t,;:-–—/|"


class MessageParts(NamedTuple):
    """The name a line holds, what was left out of it, and other parties it names (text, how the line calls it)."""

    name: str
    dropped: tuple[str, ...]
    extras: tuple[tuple[str, str], ...]
    cut: bool = False  # the name ends where its column did: its last word may be cut (``cut_names``)


def _address_like(part: str) -> bool:
    """Whether one line of an address block is an address's: a number, a town, a state's or a country's code."""
    text = part.strip(_EDGE)
    if not text:
        return True
    if any(c.isdigit() for c in text):
        return True
    if text.upper() in _COUNTRY_CODES or text.casefold() in _COUNTRY_WORDS:
        return True
    words = text.replace(",", " ").split()
    last = words[-1].upper()
    if last in _COUNTRY_CODES or last in us_state_codes() and last not in CANADIAN_PROVINCE_CODES:
        return True
    folded = " ".join(w.casefold().strip(".") for w in words)
    places = place_names()
    if folded in places or folded.replace("st ", "st. ") in places:
        return True
    # "TAOYUAN CITY", "IBARAKI PREFECTURE": a place with the word for what kind of place it is.
    # "LONGTAN DIST": a romanised town too small for the table, with its kind after it.
    town = words[:-1]
    return len(words) >= 2 and words[-1].casefold() in _PLACE_KINDS and (
        " ".join(w.casefold() for w in town) in places or len(town) == 1 and romanized_place(town[0].title()))


# A Japanese town's kind after its name, as a romanised address writes it ("CHOFU-SHI", "MINATO-KU").
_MUNICIPAL_RE = re.compile(r"-(?:shi|ku|cho|machi|gun|mura)$")
_FOREIGN_CODES = _COUNTRY_CODES - {"US", "USA", "U.S.A.", "U.S."}


def _town_words(words: list[str]) -> int:
    """How many of the last words name a town (the place table's; else one capitalised word of no trade)."""
    places = place_names()
    for k in range(min(3, len(words) - 1), 0, -1):
        town = [_MUNICIPAL_RE.sub("", w.casefold().strip(".,")) for w in words[-k:]]
        # "of Japan": a linking word or a trade's word is the name's, whatever town the table knows by it ("Of").
        if town[0] in _LINKING or any(w in NOT_PLACE_WORDS for w in town):
            continue
        if " ".join(town) in places:
            return k
    return 0


# Countries whose towns and prefectures an address writes romanised ("KANAGAWA", "LONGTAN"): a word of that shape
# before the country's name is a place too small for the table.
_ROMANISED_COUNTRIES = frozenset({"japan", "taiwan", "china", "korea", "republic of korea", "taiwan r.o.c.",
                                  "taiwan roc", "taiwan, r.o.c."})
_MOST_TOWNS = 3  # a town, its district and its prefecture before the country


def _towns_before(words: list[str], *, romanised: bool) -> int:
    """How many of the last words are towns, districts or prefectures, one after another, a word at least left
    before them ("JMU YOKOHAMA KANAGAWA" → 2)."""
    k = 0
    for _ in range(_MOST_TOWNS):
        rest = words[: len(words) - k]
        if len(rest) < 2:
            break
        n = _town_words(rest) or (1 if romanised and romanized_place(rest[-1].title()) else 0)
        if not n:
            break
        k += n
    return k


_INITIALS_IN_BRACKETS_RE = re.compile(r"\s*\(([A-Z]{2,6})\)\s*")


def _without_restated_initials(text: str, dropped: list[str]) -> str:
    """The name without its own initials restated in brackets after the words they stand for (``XY WIDGET ZONE
    (WZ) SPRINGFIELD IL``): the words say it already, and the bracket parts the name from the address after it."""
    found = _INITIALS_IN_BRACKETS_RE.search(text)
    if found is None:
        return text
    words = text[: found.start()].split()
    initials = found.group(1)
    if len(words) < len(initials) or "".join(w[0] for w in words[-len(initials):]) != initials:
        return text
    dropped.append(f"({initials})")
    return f"{text[: found.start()]} {text[found.end():]}".strip()


def _without_comma_address(text: str, dropped: list[str]) -> str:
    """Initials, then an address in comma-parted lines (``XYZ, LONGTAN DIST, TAOYUAN CITY TW``, ``XYZ, SPRINGFIELD,
    IL 62701``): one word before the first comma is a name too short to hold a comma of its own."""
    head, _, after = text.partition(",")
    parts = after.split(",")
    if len(head.split()) != 1 or not all(p.strip(_EDGE) and _address_like(p) for p in parts) or any(
            _legal_or_trade(w) for w in after.split()):
        return text  # "XYZ, INC. SPRINGFIELD IL": the legal form after the comma is the name's
    dropped.append(after.strip(_EDGE))
    return head


def _legal_or_trade(word: str) -> bool:
    return word.casefold().strip(".,") in NOT_PLACE_WORDS


def _without_place_tail(text: str, dropped: list[str]) -> str:
    """The name without the address a file typed after it with no break: a town, a state's code and a ZIP
    (``ACME GA-ASI POWAY CA 92064 USA``), or a town and the country (``ACME TAOYUAN CITY TAIWAN R O C``). A comma
    is a break: the address after it is ``line_parts``'s to read."""
    if "," in text:
        return _without_comma_address(text, dropped)
    words = text.split()
    if len(words) > 2 and words[-1] in {"US", "USA"} and words[-2] in us_state_codes():
        # A payment's address ends with the country's code after the state's: the state says it already.
        dropped.append(words[-1])
        text = " ".join(words[:-1])
    zip_tail = _ZIP_TAIL_RE.search(text)
    if zip_tail is not None and zip_tail.group(1) in us_state_codes():
        words = text[: zip_tail.start()].split()
        k = _town_words(words) or (1 if len(words) > 1 else 0)
        if len(words) > k:
            dropped.append(" ".join(words[len(words) - k:]) + text[zip_tail.start():])
            return " ".join(words[: len(words) - k])
    words = text.split()
    coded = words[:-1] if len(words) > 2 and words[-1].isdigit() else words
    if len(coded) > 2 and coded[-1] in _FOREIGN_CODES and coded[-1] not in us_state_codes():
        # A country's code (and a code after it) ends a mainframe line: the town and its prefecture before it.
        rest, k = coded[:-1], 0
        while len(rest) - k > 1 and k < 3:
            n = _town_words(rest[: len(rest) - k])
            if not n:
                break
            k += n
        if k:
            dropped.append(" ".join(words[len(rest) - k:]))
            return " ".join(rest[: len(rest) - k])
    words = text.replace(",", " ").split()
    for n in (4, 3, 2, 1):
        country = " ".join(w.casefold() for w in words[-n:])
        dotted = country.replace(" ", ".") + "."
        if len(words) > n + 1 and (country in _COUNTRY_WORDS or dotted in _COUNTRY_WORDS_DOTTED):
            rest = words[:-n]
            if len(rest) > 1 and rest[-1].isdigit():
                rest = rest[:-1]  # a postal code before the country ("TAICHUNG 407 TAIWAN")
            if rest[-1].casefold() in _PLACE_KINDS:
                rest = rest[:-1]
            k = _towns_before(rest, romanised=country in _ROMANISED_COUNTRIES)
            if k:
                dropped.append(" ".join(words[len(rest) - k:]))
                return " ".join(rest[: len(rest) - k])
    return text


# Not CO or COMPANY: "TRUST CO NEW YORK" may be the name's own words, and CO a state's code.
_LEGAL_THEN_RE = re.compile(r"(.*?\b(?:INC|CORP|CORPORATION|LLC|LTD|LIMITED|PLC|LLP|GMBH|AG|SA|NV|BV|KK)\b\.?),?\s+"
                            r"([A-Z][A-Z .'-]*)")


def _without_town_after_legal(text: str, dropped: list[str]) -> str:
    """The name without a town the place table knows that runs on after its legal form, in capitals and with no
    state's code (``ACME INC SPRINGFIELD``, ``ACME CORP. KIRKLAND``)."""
    words = text.split()
    if len(words) < 3 or _LEGAL_END_WORDS.isdisjoint(words[1:-1]):
        return text
    found = _LEGAL_THEN_RE.fullmatch(text)
    if found is None or not _WORD_RE.search(found.group(1)):
        return text
    if found.group(2).casefold() not in place_names():
        return text  # a town of the table only: a word of another shape may be the name's ("CO., KAWAJU")
    dropped.append(found.group(2))
    return found.group(1)


def said_country(dropped: tuple[str, ...]) -> str | None:
    """The country an address the line left out says it is in: US for a state's code (and ZIP), else an ISO code
    or a country's name; None when it says none or two."""
    said = {_country_of(part) for part in dropped} - {None}
    return said.pop() if len(said) == 1 else None


def _country_of(part: str) -> str | None:
    """The country of one address line: US for a state's code (with its ZIP or a town), an ISO code a payment's
    ``3/`` line starts with, or a country's word. A bare "USA" says less: files add it to any address."""
    field = _MT_COUNTRY_RE.match(part)
    if field is not None:
        return field.group(1)
    words = part.replace(",", " ").replace("/", " ").split()
    if not words:
        return None
    last = words[-1].strip(".").upper()
    if last.isdigit() and len(words) >= 2:
        last = words[-2].upper()
    if len(words) >= 2 and last in us_state_codes() and last not in CANADIAN_PROVINCE_CODES:
        return "US"
    return {"JAPAN": "JP", "JP": "JP", "TAIWAN": "TW", "TW": "TW", "R.O.C": "TW", "ROC": "TW", "KOREA": "KR",
            "KR": "KR"}.get(last)


def _mt_fields(text: str, dropped: list[str]) -> str:
    """The ``1/`` lines of an MT103 option F party field, joined; the other numbered lines are left out."""
    pieces = _MT_FIELD_RE.split(text)
    names: list[str] = []
    for i in range(1, len(pieces) - 1, 2):
        content = pieces[i + 1].strip(_EDGE)
        if pieces[i] == "1":
            names.append(content)
        elif content:
            dropped.append(f"{pieces[i]}/{content}")
    return " ".join(n for n in names if n) or text


def _first_line(text: str, dropped: list[str]) -> str:
    """The name line of an address block run together, when the lines after it are an address's."""
    lines = [p for p in _BREAK_RE.split(text) if p.strip(_EDGE)]
    lines = [p for p in lines if not _ATTN_TAIL_RE.fullmatch(p)] or lines
    if len(lines) >= 2 and _address_like(lines[-1]) and lines[0].strip(_EDGE):
        dropped.extend(p.strip(_EDGE) for p in lines[1:])
        text = lines[0]
    elif len(lines) == 1 and len(_BREAK_RE.split(text)) > 1:
        text = lines[0]
    masked = _SLASH_WORD_RE.sub(lambda m: "\0" * len(m.group(0)), text)
    cuts = [m.start() for m in _SLASH_RE.finditer(masked)]
    if cuts:
        bounds = [0, *cuts, len(text)]
        parts = [text[bounds[k] + (k > 0):bounds[k + 1]] for k in range(len(bounds) - 1)]
        if parts[0].strip(_EDGE) and any(c.isalpha() for c in parts[0]) and all(_address_like(p) for p in parts[1:]):
            dropped.extend(p.strip(_EDGE) for p in parts[1:] if p.strip(_EDGE))
            text = parts[0]
    return text.strip(_EDGE)


def read_message(line: str) -> MessageParts | None:
    """The name part of a payment's, a manifest's or a KYC file's counterparty line; None when it has no such
    layout."""
    romanised = read_romanised(line)
    if romanised is not None:
        bare = romanised.without_form
        role = "without its legal form in romanised Chinese"
        return MessageParts(romanised.name, (), ((bare, role),) if bare else ())
    if not line.isascii():
        zengin = read_zengin(line)
        if zengin is not None:
            return MessageParts(zengin.name, (), zengin.extras)
        units = unit_parts(line)
        if units is not None:
            name, left_out, registered = units
            return MessageParts(name, left_out, ((registered, "the registered name before its unit"),)
                                if registered is not None else ())
    tagged = read_tags(line) if may_be_tagged(line) else None
    if tagged is None and may_be_segment(line):
        tagged = read_segment(line)
    if tagged is not None:
        inner = read_message(tagged.name)
        if inner is None:
            return MessageParts(tagged.name, tagged.dropped, tagged.extras, tagged.cut)
        return MessageParts(inner.name, (*tagged.dropped, *inner.dropped), (*tagged.extras, *inner.extras),
                            inner.cut or tagged.cut)
    if not _may_hold(line):
        return None
    dropped: list[str] = []
    text = _ARTICLE_RE.sub("", line.strip())
    closing = _CLOSING_RE.match(text) if text.partition(" ")[0].rstrip(",").upper() in _CLOSING_HEADS else None
    if closing is not None and closing.end() < len(text):
        dropped.append(closing.group(0).strip(_EDGE))
        text = text[closing.end():]
    booking = _BOOKING_RE.fullmatch(text) if "/" in text else None
    if booking is not None:
        # The given names first, as the listed person is written.
        return MessageParts(f"{booking.group(2)} {booking.group(1)}", (booking.group(3),), ())
    cut = False
    upper = text.upper()
    if any(w in upper for w in _REF_WORDS):
        head = _REF_HEAD_RE.match(text) if upper.startswith(_REF_HEADS) else None
        if head is not None:
            dropped.append(head.group(0).strip(_EDGE))
            text = text[head.end():]
        tail = _REF_TAIL_RE.search(text)
        while tail is not None and tail.start() > 0:
            dropped.append(tail.group(0).strip(_EDGE))
            text = text[: tail.start()]
            tail = _REF_TAIL_RE.search(text)
    if _ACCOUNT_RE.search(text) is not None:
        column = _ACCOUNT_COLUMN_RE.fullmatch(text)
        if column is not None:
            dropped.extend((column.group(2), column.group(3)))
            text, cut = column.group(1), True
    if text.startswith("1/"):
        text = _mt_fields(text, dropped)
    label = _LABEL_RE.match(text)
    if label is not None and label.end() < len(text):
        dropped.append(label.group(0).strip(_EDGE + "."))
        text = text[label.end():]
    quoted = _QUOTED_RE.fullmatch(text)
    if quoted is not None:
        if quoted.group(2).strip(_EDGE):
            dropped.append(quoted.group(2).strip(_EDGE))
        text = quoted.group(1)
    attn = _ATTN_TAIL_RE.search(text)
    if attn is not None and attn.start() > 0:
        dropped.append(attn.group(0).strip(_EDGE))
        text = text[: attn.start()]
    text = _first_line(text, dropped)
    text = _GLUED_ZIP_RE.sub(lambda m: f"{m.group(1)} {m.group(2)}" if m.group(1) in us_state_codes() else m.group(0),
                             text)
    glued = _GLUED_NUMBER_RE.search(text)
    if glued is not None and glued.start() > 0:
        dropped.append(glued.group(2))
        text = text[: glued.start(2)]
    # In mixed case a town after the name is ``sites``'s to read (the name before it for its exact key only); a
    # manifest or a payment in capitals runs the address on without a break.
    capitals = text.isupper()
    if capitals and "(" in text:
        text = _without_restated_initials(text, dropped)
    text = _without_place_tail(text, dropped) if capitals else text
    tail = _AFTER_LEGAL_RE.fullmatch(text) if capitals else None
    if tail is not None and tail.group(3).upper() in us_state_codes() and _WORD_RE.search(tail.group(1)):
        dropped.append(tail.group(2))
        text = tail.group(1)
    elif capitals:
        text = _without_town_after_legal(text, dropped)
    care = _CARE_OF_TAIL_RE.search(text)
    if care is not None and care.start() > 0:
        # "XYZ C/O" once the address after it is left out: whom the goods are in care of is the address's.
        dropped.append(care.group(0).strip(_EDGE))
        text = text[: care.start()]
    head = _HONORIFIC_HEAD_RE.match(text)
    if head is not None and not _LEGAL_OR_ARTICLE_RE.search(text[head.end():]):  # "MR COFFEE INC" is a brand
        dropped.append(head.group(0).strip())
        text = text[head.end():]
    honorific = _HONORIFIC_TAIL_RE.fullmatch(text)
    group = 1 if honorific is not None and honorific.group(1) else 2
    if honorific is not None and (group == 1 or not _LEGAL_OR_ARTICLE_RE.search(text[: honorific.start(group)])):
        dropped.append(honorific.group(group).strip(_EDGE))
        text = text[: honorific.start(group)]
    text = text.strip(_EDGE)
    slips = read_slips(text)
    extras = ((slips, "read with a scan's digit slips as letters"),) if slips is not None else ()
    if not text or text == line.strip() and not extras:
        return None
    return MessageParts(text, tuple(dropped), extras, cut)
