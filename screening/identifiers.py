"""Registry and tax identifiers a file writes beside a name (``EIN 47-2045016``, ``VAT EU372045018``,
``DUNS 045821770``, ``LEI 5493…``): a number of the company, no part of its name. So is an ISIN written bare before or
after the name (``US0045821377 ACME CORP``): a country's two letters, nine letters or digits and a check digit, taken
only when the check digit is right (ISO 6166's Luhn sum over the letters as numbers), so that no word or code of
another kind is."""

from __future__ import annotations

import re

# The label, then the identifier: digits and hyphens, maybe after a country's two letters (VAT DE…, EU…) or as an
# LEI's 20 letters and digits.
_IDENTIFIER_RE = re.compile(
    r"[\s,;(]*\b(?:EIN|TIN|FEIN|VAT(?:\s+(?:NO|ID|REG))?|USt-IdNr|D-?U-?N-?S|LEI|ABN|CIN|GSTIN|统一社会信用代码|統編)"
    r"\s*(?:NO\.?|#)?\s*[:：#.]?\s*(?:[A-Z]{2}\s?)?(?:[0-9][0-9-]{5,}[0-9A-Z]?|[0-9A-Z]{20})\b\)?",
    re.IGNORECASE)


# A file's own number of the party in brackets after its name ("(PARTY ID 4582)", "(CUSTOMER NO. 0071)"): the
# file's, never the company's name, however few its digits.
_FILE_ID_RE = re.compile(r"\s*\(\s*(?:PARTY|CUSTOMER|CLIENT|VENDOR|SUPPLIER|ACCOUNT|ACCT)\s+(?:ID|NO|NUMBER|#)\.?\s*"
                         r"[:#]?\s*[A-Z]{0,3}\d[\d-]*\s*\)", re.IGNORECASE)
# A credit rating in brackets after the name ("(Moody's: NR)", "(S&P BBB+)"): the agency's view, no part of the name.
_RATING_RE = re.compile(r"\s*\(\s*(?:Moody'?s|S&P|Fitch|DBRS|AM\s+Best)(?:\s*:\s*|\s+)"
                        r"(?-i:[A-D][A-Da-d]{0,2}[1-3]?[+-]?|NR|WD|N/?A)\s*\)", re.IGNORECASE)
# A registry or tax number's label with none given after it ("VAT: n/a", "EIN: pending"): no part of the name.
_NONE_GIVEN_RE = re.compile(r"[\s,;]+\b(?:EIN|TIN|FEIN|VAT(?:\s+(?:NO|ID|REG))?|D-?U-?N-?S|LEI|ABN)\s*(?:NO\.?|#)?\s*"
                            r"[:：#]\s*(?:n/a|none|pending|tbd)\b\.?", re.IGNORECASE)
_NOTES = (_FILE_ID_RE, _RATING_RE, _NONE_GIVEN_RE)


# Every identifier holds a digit: one scan for a digit answers most lines before the hint's alternatives.
_DIGIT_RE = re.compile(r"\d")
# Six digits or hyphens in a row, as every identifier has (or an LEI's 20 characters, or an ISIN's 12 ending in a
# digit): most lines of a run have none, and are answered by this search alone.
_HINT_RE = re.compile(r"\d[\d-]{5}|[0-9A-Z]{20}|\b[A-Z]{2}[0-9A-Z]{9}\d\b")
_ISIN_RE = re.compile(r"(?:(?<=\s)|^)(?:ISIN\s*:?\s*)?([A-Z]{2}[0-9A-Z]{9}\d)(?=\s|$|[,;])")


def isin_valid(code: str) -> bool:
    """Whether a 12-character code's last digit is its ISIN check digit (letters as 10–35, Luhn over the digits)."""
    digits = "".join(str(int(c, 36)) for c in code[:-1])
    total = 0
    for i, char in enumerate(reversed(digits)):
        n = int(char) * (2 if i % 2 == 0 else 1)
        total += n // 10 + n % 10
    return (10 - total % 10) % 10 == int(code[-1])


def _without_isins(line: str) -> tuple[str, list[str]]:
    found: list[str] = []

    def drop(match: re.Match[str]) -> str:
        if not isin_valid(match.group(1)):
            return match.group(0)
        found.append(f"ISIN {match.group(1)}")
        return " "

    return _ISIN_RE.sub(drop, line), found


def without_identifiers(line: str) -> tuple[str, tuple[str, ...]] | None:
    """(the line without its identifiers, the identifiers) when it carries one; None otherwise."""
    file_ids: list[str] = []
    if ")" in line or ":" in line:
        for note in _NOTES:
            found_notes = [m.group(0).strip(" ,;()") for m in note.finditer(line)]
            if found_notes:
                file_ids.extend(found_notes)
                line = note.sub(" ", line)
    if _DIGIT_RE.search(line) is None or _HINT_RE.search(line) is None:
        rest = " ".join(line.split()).strip(" ,;")
        return (rest, tuple(file_ids)) if file_ids and rest else None
    found = [*file_ids, *(m.group(0).strip(" ,;()") for m in _IDENTIFIER_RE.finditer(line))]
    rest = _IDENTIFIER_RE.sub(" ", line) if found else line
    rest, isins = _without_isins(rest)
    if not found and not isins:
        return None
    rest = " ".join(rest.split()).strip(" ,;")
    if not rest:
        return None
    return rest, (*found, *isins)
