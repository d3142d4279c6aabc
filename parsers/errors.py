"""Typed parse errors: each names what could not be read and why."""

from __future__ import annotations


class ParseError(ValueError):
    """A page or text could not be turned into an announcement or a list of links."""

    def __init__(self, reason: str, *, source: str | None = None) -> None:
        self.reason = reason
        self.source = source
        super().__init__(f"{source}: {reason}" if source else reason)


class EmptyDocumentError(ParseError):
    """The input holds no text at all (empty file, page without a body)."""


class TruncatedDocumentError(ParseError):
    """The page stops before its end (no closing tags, a body cut off)."""


class NestingTooDeepError(ParseError):
    """The page nests its elements deeper than any real page: refused before a tree is built from it."""


class LayoutError(ParseError):
    """A list page that should hold links yields none: the site's layout changed."""


class RedirectPageError(ParseError):
    """The page holds no article but points at it (a script redirect or an iframe); ``target`` is that URL."""

    def __init__(self, reason: str, *, target: str, source: str | None = None) -> None:
        self.target = target
        super().__init__(reason, source=source)
