"""Registry and tax identifiers a file writes beside a name (``EIN 47-2045016``, ``VAT EU372045018``,
``DUNS 045821770``, ``LEI 5493…``): a number of the company, no part of its name."""

from __future__ import annotations

import re

# The label, then the identifier: digits and hyphens, maybe after a country's two letters (VAT DE…, EU…) or as an
# LEI's 20 letters and digits.
_IDENTIFIER_RE = re.compile(
    r"[\s,;(]*\b(?:EIN|TIN|FEIN|VAT(?:\s+(?:NO|ID|REG))?|USt-IdNr|D-?U-?N-?S|LEI|ABN|CIN|GSTIN|统一社会信用代码|統編)"
    r"\s*(?:NO\.?|#)?\s*[:：#.]?\s*(?:[A-Z]{2}\s?)?(?:[0-9][0-9-]{5,}[0-9A-Z]?|[0-9A-Z]{20})\b\)?",
    re.IGNORECASE)


# Six digits or hyphens in a row, as every identifier has (or an LEI's 20 characters): most lines of a run have none,
# and are answered by this search alone.
_HINT_RE = re.compile(r"\d[\d-]{5}|[0-9A-Z]{20}")


def without_identifiers(line: str) -> tuple[str, tuple[str, ...]] | None:
    """(the line without its identifiers, the identifiers) when it carries one; None otherwise."""
    if _HINT_RE.search(line) is None:
        return None
    found = list(_IDENTIFIER_RE.finditer(line))
    if not found:
        return None
    rest = _IDENTIFIER_RE.sub(" ", line)
    rest = " ".join(rest.split()).strip(" ,;")
    if not rest:
        return None
    return rest, tuple(m.group(0).strip(" ,;()") for m in found)
