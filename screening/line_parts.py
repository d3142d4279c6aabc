"""What of a vendor-master line is the counterparty's name and what is not.

A bank's vendor master or a compliance team's file writes more than a name on a line: the firm's own vendor number
(``Acme Inc - Vendor No. 123``, ``#A77``), a DUNS, CAGE, SWIFT/BIC or IBAN code, an e-mail address or a website, an
honorific before a person (``Dr.``, ``Ms.``, ``先生``), the street address after the name, an exchange before a
ticker (``NYSE: ABC``), a country before the name (``USA: Acme``), a parent note (``(a Foo company)``, ``Acme, a
Foo company``: the name with its owner's is screened too), the firm a division belongs to (``Acme, a division of Foo
Corp``: the owner is screened too, a little below the name), other names the firm is or was known by (``f/k/a``,
``n/k/a``, ``d/b/a``, ``dba``, ``(formerly …)``), and a mainframe export's columns padded with spaces (the name's
first). None of those is the name, so the line is screened as its name part, and each other name (``f/k/a`` …, a
website's stem) as an extra part.

Most lines hold none of this: ``read_line`` answers them from one regex search (``_MAY_HOLD``), so screening plain
names costs what it did.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from policywatch.screening.branches import without_branch
from policywatch.screening.identifiers import without_identifiers
from policywatch.screening.message_lines import read_message
from policywatch.screening.ocr_digits import L_SLIPS_ROLE, read_l_slips
from policywatch.screening.other_names import BRACKETED_OTHER_RE, OTHER_NAME_RE, may_name_other, role, told_first
from policywatch.screening.party_labels import read_party
from policywatch.screening.places import strip_place

# The public suffixes a website's or an e-mail address's host ends with, as the readers below know them.
_TLDS = "com|org|net|gov|mil|edu|io|ai|jp|tw|kr|cn|uk|de|co|us|ca|il|au|sg|hk|fr|nl|se|ch|eu|aero"
_EXCHANGES = ("NASDAQ", "NYSE", "AMEX", "OTC", "LSE", "TSE", "TWSE", "TYO", "KRX", "TASE", "HKEX", "SSE", "SZSE")
# Anything a part below starts with or holds: a digit, an @, a slash, a website's dot, a code's or an honorific's
# word, a colon prefix or an exchange first, a parent note, a Chinese honorific. A line without one is returned as
# it is.
_MAY_HOLD = re.compile(
    rf"^(?:{'|'.join(_EXCHANGES)})\s|"
    rf"\d|@|/|\.(?:{_TLDS})\b|^[A-Za-z]{{2,10}}\s*:|"
    r"\b(?:dba|fka|nka|vendor|vndr|supplier|duns|cage|swift|bic|iban|www|mr|mrs|ms|dr|prof|sen|formerly)\b|"
    r"\b(?:aka|a\.k\.a|f\.k\.a|n\.k\.a|d\.b\.a|known\s+as|trading\s+as|doing\s+business\s+as)\b|"
    r"\ban?\s+(?:division|business|unit|part)\s+of\s|"
    r"\(\s*an?\s|\(\s*[A-Z]{2,6}\s*:|先生|女士|博士|様|[^\x00-\x7f]\s+[A-Za-z]|[\uff01-\uff5e\u3000]|"
    r",\s*(?:USA|U\.S\.A\.|United States(?: of America)?)\s*$|^\s*the\s+\S|(?-i:[A-Z]and[A-Z])|"
    r"(?-i:[a-z0-9]\s(?:com|org|net|gov|mil|edu|jp|tw|kr|cn|uk|de|au|il)\s*$)|"
    rf"(?-i:\b(?:{'|'.join(_EXCHANGES)})\s+[A-Z0-9.]{{1,6}}\s*$)|\san?\s.*\s(?:company|subsidiary|business|unit)\s*$",
    re.IGNORECASE)
# ``_MAY_HOLD`` is one search of many alternatives (about 6 µs a row). A line of ASCII letters, spaces and a name's own
# signs can meet only some of them, each told by a word, a website's dot, "and" or a country after a comma checked
# below; only such a line is searched.
_NAME_SIGNS_ONLY = re.compile(r"[A-Za-z .,&'\-]*")
_NAME_SPLIT = re.compile(r"[ .,&'\-]+")
_HINT_WORDS = frozenset({"dba", "fka", "nka", "vendor", "vndr", "supplier", "duns", "cage", "swift", "bic", "iban",
                         "www", "mr", "mrs", "ms", "dr", "prof", "sen", "the", "company", "subsidiary", "business",
                         "unit", "formerly", "division", "part"} | {e.casefold() for e in _EXCHANGES})
_SITE_ENDS = frozenset({"com", "org", "net", "gov", "mil", "edu", "jp", "tw", "kr", "cn", "uk", "de", "au", "il"})
_DOT_SITE_RE = re.compile(rf"\.(?:{_TLDS})\b", re.IGNORECASE)


def _may_hold(line: str) -> bool:
    if _NAME_SIGNS_ONLY.fullmatch(line) is not None and "and" not in line:
        words = [w for w in _NAME_SPLIT.split(line) if w]
        if _HINT_WORDS.isdisjoint(w.casefold() for w in words) and (not words or words[-1] not in _SITE_ENDS) \
                and ("." not in line or _DOT_SITE_RE.search(line) is None) \
                and ("," not in line or _COUNTRY_TAIL_RE.search(line) is None) and not may_name_other(line):
            return False
    return _MAY_HOLD.search(line) is not None


# Full-width letters, digits and signs (ＬＯＣＫＨＥＥＤ　ＭＡＲＴＩＮ), as a CJK input method types them: as ASCII.
_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}
_WIDE_RE = re.compile(r"[\uff01-\uff5e\u3000]")
# ", USA" after a name: the country a vendor master adds, screened without it too (a listed name may hold it).
_COUNTRY_TAIL_RE = re.compile(r",\s*(?:USA|U\.S\.A\.|United States(?: of America)?)\s*$", re.IGNORECASE)

# The address's dots may be left out ("ap@acme com"), as a file that strips punctuation writes it.
_EMAIL_RE = re.compile(r"[<(]?\s*[\w.+-]+@([\w-]+)"
                       r"(?:\.[\w-]+|\s(?:com|org|net|gov|mil|edu|io|ai|jp|tw|kr|cn|uk|de|co)\b)+\s*[>)]?")
_TLD = rf"(?:{_TLDS}|info|biz)"
_SITE_RE = re.compile(rf"[(<]?\s*(?:https?://)?(?:www\.)?([a-z0-9][a-z0-9-]*)(?:\.[a-z0-9-]+)*\.{_TLD}\b/?\s*[)>]?\s*$",
                      re.IGNORECASE)
# A website with its dots left out ("acme com", "www acme co jp"), in small letters at the end of the line: a generic
# domain ("com" is no word of a company's name) alone or with a country's code, or after a name a country's code alone
# or with a second level ("acme co jp"). The stem has letters enough not to be initials.
_SPACED_SITE_RE = re.compile(r"(?:^|\s)(?:www\s)?([a-z0-9][a-z0-9-]{2,})((?:\s[a-z]{2,3}){1,2})\s*$")
_GENERIC_DOMAINS = frozenset({"com", "org", "net", "gov", "mil", "edu"})
_COUNTRY_DOMAINS = frozenset({"jp", "tw", "kr", "cn", "uk", "de", "au", "il"})
_SECOND_LEVELS = frozenset({"co", "or", "ac", "ne", "go", "com", "org", "net", "gov", "edu"})
# A website ends the line: one with words after it is the name's own ("Example.com Group").
# Codes a payment or procurement file carries: the word, maybe "No."/"#"/":", and the code itself.
_CODE_RE = re.compile(
    r"\b(?:IBAN)\s*:?\s*[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{1,4})+|"
    r"\b(?:DUNS|CAGE|SWIFT|BIC|ABA|ACH|LEI)\b\.?\s*(?:no\.?|code|#)?\s*:?\s*[A-Z0-9-]{4,}|"
    r"\b(?:vendor|vndr|supplier|supp)\b\.?\s*(?:no\.?|number|id|#)?\s*:?\s*#?\s*[A-Z0-9-]*\d[A-Z0-9-]*|"
    r"(?<![\w&])#\s*[A-Z]{0,3}\d[A-Z0-9-]*",
    re.IGNORECASE)
# A street address after the name: a house number, words, a street's word; the rest of the line goes with it.
_STREET_WORDS = (r"St|Street|Rd|Road|Ave|Avenue|Dr|Drive|Way|Blvd|Boulevard|Ln|Lane|Pkwy|Parkway|Ct|Court|Circle|"
                 r"Cir|Pl|Place|Hwy|Highway|Pike|Suite|Ste|Plaza|Square|Sq")
# The street's word in any case: a file in capitals writes "6801 ROCKLEDGE DR" (the house number says it is a street).
_STREET_RE = re.compile(rf"(?:,|\s-)?\s+\d{{1,6}}\s+(?:[A-Za-z0-9.'-]+\s+){{0,4}}(?i:{_STREET_WORDS})\b\.?.*$")
_STATE_ZIP_RE = re.compile(r",?\s+(?:[A-Z][a-z]+\s+){0,3}[A-Z]{2}\s+\d{5}(?:-\d{4})?\s*$")
_PARENT_NOTE_RE = re.compile(r"\s*\(\s*an?\s+[^()]+?\s+(?:company|subsidiary|business|unit)\s*\)\s*", re.IGNORECASE)
_EXCHANGE_NOTE_RE = re.compile(rf"\s*\(\s*(?:{'|'.join(_EXCHANGES)})\s*:\s*[A-Z0-9.]{{1,6}}\s*\)\s*")
# The same notes with their punctuation left out, at the end of the name: "Acme Inc NASDAQ ACME" (an exchange's name in
# capitals and a ticker), "Acme Inc a Widget company" (after a legal form, which ends the name as the bracket would).
_BARE_EXCHANGE_NOTE_RE = re.compile(rf"\s+(?:{'|'.join(_EXCHANGES)})\s+[A-Z0-9.]{{1,6}}\s*$")
_BARE_PARENT_NOTE_RE = re.compile(
    r"(?<=\S)\s+an?\s+(?:[A-Z][\w&-]*\s+){1,3}(?:company|subsidiary|business|unit)\s*$")
# "Acme, an Owner company": the owner's name, which a listed name may carry with the unit's ("Acme by Owner").
_COMMA_PARENT_NOTE_RE = re.compile(
    r"(?:,\s*|\s+)(?i:an?)\s+((?:[A-Z][\w&-]*\s+){1,3})(?i:company|subsidiary|business|unit)\s*$")
# "Acme, a division of Owner Corp": a division or a business is no company of its own; the owner is the party.
_DIVISION_OF_RE = re.compile(r",?\s+an?\s+(?:division|business|unit|part)\s+of\s+(?:the\s+)?(\S.*)$", re.IGNORECASE)
OWNER_ROLE = "the company it is a division or business of"
_NOTE_ENDS = ("company", "subsidiary", "business", "unit")
_LEGAL_END_RE = re.compile(r"\b(?:inc|llc|corp|corporation|ltd|limited|co|plc|gmbh|ag|sa|lp|llp)\.?,?$", re.IGNORECASE)
# An exchange's name and a ticker, no colon between them ("NASDAQ ACME"): the line is the ticker.
_BARE_EXCHANGE_RE = re.compile(rf"({'|'.join(_EXCHANGES)})\s+([A-Z]{{1,5}})\s*")
_TICKER_RE = re.compile(r"[A-Z]{1,5}\s*")
# "The" before a name: the article, which every reading after it would take for the name's first word (initials, a
# site, a Chinese name's script). ``normalize`` drops it too, so the name part is keyed as the line was.
_ARTICLE_RE = re.compile(r"the\s+(?=\S)", re.IGNORECASE)
# "and" written for the ampersand inside initials ("DSandS" for DS&S): capitals on both sides say it joins letters.
_AND_IN_INITIALS_RE = re.compile(r"(?<=[A-Z])and(?=[A-Z])")
_PREFIX_RE = re.compile(r"([A-Za-z]{2,10})\s*:\s*(\S.*)")
_COUNTRIES = frozenset({"usa", "us", "u.s.", "uk", "japan", "taiwan", "korea", "china", "germany", "france",
                        "israel", "india", "canada", "australia", "italy", "spain", "sweden"})
# Honorifics before a person's name, and after one in Chinese or Japanese. Not "Sir" or "Dame": a knighthood is
# part of how a person is known and tells two persons apart.
_HONORIFIC_RE = re.compile(r"(?i:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sen|Rep|Hon)\.?\s+(?=[A-Z])")  # "DR." in capitals
_ZH_HONORIFIC_RE = re.compile(r"\s*(?:先生|女士|博士|様|さん|氏)\s*$")
# A name in characters and the same name in Latin letters in one field ("龙德造船 Jong Shyn Shipbuilding"): each
# script's part is screened on its own. A Latin brand inside the characters ("IHI宇航") has no space to split at.
_CJK = r"\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uff01-\uff5e·・"
_TWO_SCRIPTS_RE = re.compile(rf"([{_CJK}][{_CJK}（）()]*)\s+([A-Za-z][A-Za-z0-9 .,&'/-]*[A-Za-z.])")
# A Chinese short name with the full name in brackets after it (``中科院（中山科學研究院）``): both are screened.
_ZH_FULL_IN_BRACKETS_RE = re.compile(rf"([{_CJK}]{{2,8}})\s*[（(]([{_CJK}]+?(?:研究院|研究所|公司|集团|集團|大学|大學"
                                     r"|中心|学院|學院))[)）]")
_MIN_STEM = 3  # "ga.com": two letters are anyone's initials
_EDGE = " \t,;:-–—#/|"


# A mainframe export's columns in capitals, padded with spaces: the name's column first, then a town's, a country's
# and a code's. A gap of three spaces at least and a code's digits last: a file that doubles its spaces pads no more.
_GAP_RE = re.compile(r" +")


def _columns(line: str) -> tuple[str, ...] | None:
    """A fixed-width line's columns (the name first), or None for a line of another shape."""
    if not line.isupper() or not line.isascii():
        return None
    # A file that doubles every space pads its columns wider still: a column ends at a gap wider than the narrowest.
    line = line.strip()
    if "   " not in line:
        return None
    narrowest = min(len(gap) for gap in _GAP_RE.findall(line))
    if narrowest > 2:
        return None
    columns = tuple(c for c in re.split(f" {{{narrowest + 1},}}", line) if c)
    if len(columns) < 2 or not any(ch.isdigit() for ch in columns[-1]):
        return None
    if not any(ch.isalpha() for ch in columns[0]) or columns[0][0].isdigit():
        return None
    return columns


class LineParts(NamedTuple):
    """A line read apart: the name part, other names (text, how the line calls it), and what was left out."""

    name: str
    extras: tuple[tuple[str, str], ...]
    dropped: tuple[str, ...]
    cut: bool = False  # the name ends where its column did: its last word may be cut (``cut_names``)
    told: str = ""  # how a hit on the name part says where it is, when not "the name part of" the line


def _cut(pattern: re.Pattern[str], text: str, dropped: list[str]) -> str:
    found = pattern.search(text)
    while found is not None and found.group(0).strip():
        dropped.append(found.group(0).strip(_EDGE + "()<>"))
        text = (text[:found.start()] + " " + text[found.end():]).strip(_EDGE)
        found = pattern.search(text)
    return text


def _spaced_site(text: str) -> re.Match[str] | None:
    """A website written without its dots at the end of the text (``_SPACED_SITE_RE``), else None."""
    found = _SPACED_SITE_RE.search(text)
    if found is None:
        return None
    parts = found.group(2).split()
    after_name = found.start() > 0
    if parts[0] in _GENERIC_DOMAINS and (len(parts) == 1 or parts[1] in _COUNTRY_DOMAINS):
        return found
    if after_name and (parts[-1] in _COUNTRY_DOMAINS and (len(parts) == 1 or parts[0] in _SECOND_LEVELS)):
        return found
    return None


_HOST_RE = re.compile(r"(?:https?://)?(?:[\w.+-]+@)?([\w.-]+)", re.IGNORECASE)


def _domain_label(address: str) -> str:
    """The label before a host's public suffix ("acme" of "mail.acme.co.jp"), the name its owner registered."""
    found = _HOST_RE.search(address.strip(" \t()<>/"))
    labels = [label for label in (found.group(1) if found else address).split(".") if label]
    if labels and labels[0].casefold() == "www":
        labels = labels[1:]
    suffix = 2 if len(labels) >= 3 and labels[-2].casefold() in _SECOND_LEVELS and len(labels[-1]) == 2 else 1
    return labels[-suffix - 1] if len(labels) > suffix else (labels[0] if labels else address)


def _name_part(text: str, dropped: list[str], extras: list[tuple[str, str]]) -> str:
    """One name's text without what a vendor file adds to it."""
    spaced = _spaced_site(text) if text.isascii() else None
    for found in [*_EMAIL_RE.finditer(text), *_SITE_RE.finditer(text), *([spaced] if spaced else [])]:
        # A hyphen in a website's name parts its words ("acme-widget.co.jp").
        stem = (_domain_label(found.group(0)) if found is not spaced else found.group(1)).replace("-", " ").strip()
        if (len(stem) >= _MIN_STEM and stem.replace(" ", "").isalpha()
                and stem.casefold() not in text[:found.start()].casefold()):
            extras.append((stem, "the name of its website"))
    text = _cut(_EMAIL_RE, text, dropped)
    text = _cut(_SITE_RE, text, dropped)
    at_end = _spaced_site(text) if spaced is not None else None  # the site, unless an address was cut before it
    if at_end is not None:
        dropped.append(at_end.group(0).strip())
        text = text[: at_end.start()].strip(_EDGE)
    text = _cut(_CODE_RE, text, dropped)
    division = _DIVISION_OF_RE.search(text) if " of " in text or " OF " in text else None
    if division is not None and division.start() > 0:
        extras.append((division.group(1).strip(_EDGE), OWNER_ROLE))
        dropped.append(division.group(0).strip(_EDGE))
        text = text[: division.start()]
    owner = _COMMA_PARENT_NOTE_RE.search(text) if text.rstrip().casefold().endswith(_NOTE_ENDS) else None
    if owner is not None and owner.start() > 0:
        extras.append((f"{text[: owner.start()].strip(_EDGE)} {owner.group(1).strip()}", "with its owner's name"))
        dropped.append(owner.group(0).strip(_EDGE))
        text = text[: owner.start()]
    text = _cut(_PARENT_NOTE_RE, text, dropped)
    text = _cut(_EXCHANGE_NOTE_RE, text, dropped)
    text = _cut(_BARE_EXCHANGE_NOTE_RE, text, dropped)
    parent = _BARE_PARENT_NOTE_RE.search(text)
    if parent is not None and _LEGAL_END_RE.search(text[: parent.start()]):
        dropped.append(parent.group(0).strip())
        text = text[: parent.start()]
    text = _cut(_STREET_RE, text, dropped)
    text = _cut(_STATE_ZIP_RE, text, dropped)
    honorific = _HONORIFIC_RE.match(text)
    if honorific is not None and len(text[honorific.end():].split()) >= 2:
        dropped.append(honorific.group(0).strip())
        text = text[honorific.end():]
    if not text.isascii():
        text = _cut(_ZH_HONORIFIC_RE, text, dropped)
    return text.strip(_EDGE)


def _message_parts(line: str) -> LineParts | None:
    """A payment's, a manifest's or an ERP export's layout around the name (``message_lines``), read once full-width
    letters are ASCII and a trailing country and a leading article are left out; the name it leaves is read as any
    line."""
    wide = not line.isascii() and _WIDE_RE.search(line) is not None
    text = line.strip().translate(_WIDTH) if wide else line.strip()
    country = _COUNTRY_TAIL_RE.search(text) if "," in text else None
    core = text[: country.start()].rstrip(_EDGE) if country is not None and country.start() > 0 else text
    # "The ACME INC SALT LAKE CITY UT": the article would make a line in capitals look mixed to the layouts.
    article = _ARTICLE_RE.match(core)
    message = read_message(core[article.end():] if article is not None else core)
    if message is None:
        return _wide_town_tail(core[article.end():] if article is not None else core) if wide else None
    dropped = (*message.dropped, text[len(core):].strip(_EDGE)) if core != text else message.dropped
    if article is not None:
        dropped = (article.group(0).strip(), *dropped)
    inner = read_line(message.name) if message.name != line.strip() else None
    if inner is None:
        return LineParts(message.name, message.extras, dropped, message.cut)
    return LineParts(inner.name, tuple(dict.fromkeys((*message.extras, *inner.extras))), (*dropped, *inner.dropped),
                     message.cut or inner.cut)


def _wide_town_tail(text: str) -> LineParts | None:
    """A full-width line in capitals with a town typed after the name (``ＡＣＭＥ　ＷＩＤＧＥＴ　ＯＭＡＨＡ``), as
    a mainframe line runs its address on: the name with the town and without it are both screened (a listed name may
    end with a place's word)."""
    if not text.isupper() or not text.isascii():
        return None
    words = text.split()
    if len(words) < 3:
        return None
    rest, place = strip_place(" ".join((*words[:-1], words[-1].title())), most=1)
    if not place or len(rest.split()) < 2:
        return None
    return LineParts(text, ((rest, f"without {place.upper()!r}, a town after it"),), ())


def _read_rest(name: str, dropped: tuple[str, ...]) -> LineParts:
    """A line's name part once ``dropped`` is left out of it, read again for the parts it may still hold."""
    inner = read_line(name)
    if inner is None:
        return LineParts(name, (), dropped)
    return LineParts(inner.name, inner.extras, (*dropped, *inner.dropped), inner.cut)


def read_line(line: str) -> LineParts | None:
    """The name part of a counterparty line and its other parts; None when the line is a name and nothing else."""
    read = read_l_slips(line)
    if read is None:
        return _read_parts(line)
    # A scan's small l for I in a line of capitals (``ocr_digits``): the line is screened as the scan has it and as
    # read, each for its name part.
    plain = _read_parts(line) or LineParts(line.strip(), (), ())
    inner = _read_parts(read)
    slip = (inner.name if inner is not None else read.strip(), L_SLIPS_ROLE)
    extras = (*plain.extras, slip, *(inner.extras if inner is not None else ()))
    return plain._replace(extras=tuple(dict.fromkeys(extras)))


def _read_parts(line: str) -> LineParts | None:
    """``read_line`` once a scan's l's are read."""
    # "Skydio, Inc. EIN 47-2045016": a tax or registry number of the company is no part of its name; nor, in
    # "荷受人：三菱造船株式会社 長崎", are the party's role and the town; nor a branch's words (``branches``).
    apart = without_identifiers(line) or read_party(line) or without_branch(line)
    if apart is not None:
        return _read_rest(*apart)
    if "  " in line or "\u3000\u3000" in line:
        # Full-width padding is padding too (a CJK input method's spaces): the columns are told apart the same.
        padded = line.translate(_WIDTH) if "\u3000" in line else line
        article = _ARTICLE_RE.match(padded)
        columns = _columns(padded[article.end():] if article is not None else padded)
        if columns is not None:
            before = (article.group(0).strip(),) if article is not None else ()
            inner = read_line(columns[0])
            if inner is None:
                return LineParts(columns[0], (), (*before, *columns[1:]))
            return LineParts(inner.name, inner.extras, (*before, *inner.dropped, *columns[1:]), inner.cut)
        if "  " in line:
            # A fixed-width export pads between fields: the parts below are told by single spaces (an IBAN's groups).
            line = " ".join(line.split())
    message = _message_parts(line)
    if message is not None:
        return message
    country = _COUNTRY_TAIL_RE.search(line) if "," in line else None
    if country is not None and country.start() > 0:
        # "GDMS (gdmissionsystems.com), USA": the country closes the line after the other parts, which end the name
        # only where the line ends.
        inner = read_line(line[: country.start()])
        if inner is not None:
            return LineParts(inner.name, inner.extras, (*inner.dropped, line[country.start():].strip(_EDGE)))
    if not _may_hold(line):
        return None
    dropped: list[str] = []
    extras: list[tuple[str, str]] = []
    text = line.strip()
    if _WIDE_RE.search(text):
        text = text.translate(_WIDTH)
    if "and" in text:
        text = _AND_IN_INITIALS_RE.sub("&", text)
    article = _ARTICLE_RE.match(text)
    if article is not None:
        dropped.append(article.group(0).strip())
        text = text[article.end():]
    if not text.isascii():
        scripts = _TWO_SCRIPTS_RE.fullmatch(text)
        if scripts is not None:
            return LineParts(scripts.group(1), ((scripts.group(2), "its name in Latin letters"),), tuple(dropped))
        full = _ZH_FULL_IN_BRACKETS_RE.fullmatch(text)
        if full is not None and not full.group(1).endswith(full.group(2)):
            return LineParts(full.group(1), ((full.group(2), "its full name in brackets"),), tuple(dropped))
    bare = _BARE_EXCHANGE_RE.fullmatch(text)
    if bare is not None:
        return LineParts(f"{bare.group(2)} ({bare.group(1)})", (), tuple(dropped))
    prefix = _PREFIX_RE.fullmatch(text)
    if prefix is not None:
        head, rest = prefix.group(1), prefix.group(2)
        if head.upper() in _EXCHANGES and _TICKER_RE.fullmatch(rest):
            # "NYSE: ABC": the ticker with its exchange after it, as the ticker reading takes it.
            return LineParts(f"{rest.strip()} ({head.upper()})", (), ())
        if head.upper() in _EXCHANGES or head.casefold() in _COUNTRIES:
            dropped.append(head)
            text = rest
    if "(" in text:
        text = BRACKETED_OTHER_RE.sub(lambda m: f" {m.group(1)} {m.group(2)}", text)
    pieces = OTHER_NAME_RE.split(text)
    name = _name_part(pieces[0], dropped, extras)
    for i in range(1, len(pieces) - 1, 2):
        other = _name_part(pieces[i + 1], dropped, extras)
        if other:
            extras.append((other, role(pieces[i])))
    told = told_first(pieces[1]) if len(pieces) > 1 and name else ""
    if not name and extras:
        name, _ = extras.pop(0)
    extras = [(text_, role) for text_, role in dict.fromkeys(extras) if text_.casefold() != name.casefold()]
    country = _COUNTRY_TAIL_RE.search(name) if name else None
    if country is not None and country.start() > 0:
        extras.append((name[: country.start()].strip(_EDGE), "without the country after it"))
    if not name or name == line.strip() and not extras:
        return None
    return LineParts(name, tuple(extras), tuple(dropped), told=told)
