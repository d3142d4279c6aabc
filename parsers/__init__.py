"""Pure parsers: text or bytes in, frozen dataclasses out. No I/O, no clock."""

from policywatch.parsers.errors import EmptyDocumentError, LayoutError, ParseError, TruncatedDocumentError
from policywatch.parsers.types import Action, Announcement, DocNumber, Entity, Link

__all__ = [
    "Action",
    "Announcement",
    "DocNumber",
    "EmptyDocumentError",
    "Entity",
    "LayoutError",
    "Link",
    "ParseError",
    "TruncatedDocumentError",
]
