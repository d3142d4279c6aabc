"""Pure parsers: text or bytes in, frozen dataclasses out. No I/O, no clock."""

from policywatch.parsers.announcement import parse_text
from policywatch.parsers.decoding import decode_body
from policywatch.parsers.errors import (
    ConfigError,
    EmptyDocumentError,
    LayoutError,
    NestingTooDeepError,
    ParseError,
    PolicywatchError,
    RedirectPageError,
    TruncatedDocumentError,
)
from policywatch.parsers.numbers import parse_doc_number
from policywatch.parsers.pages import parse_article
from policywatch.parsers.types import Action, Announcement, DocNumber, Entity, Link

__all__ = [
    "Action",
    "Announcement",
    "ConfigError",
    "DocNumber",
    "EmptyDocumentError",
    "Entity",
    "LayoutError",
    "Link",
    "NestingTooDeepError",
    "ParseError",
    "PolicywatchError",
    "RedirectPageError",
    "TruncatedDocumentError",
    "decode_body",
    "parse_article",
    "parse_doc_number",
    "parse_text",
]
