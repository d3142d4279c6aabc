"""The root of every error policywatch shows (``PolicywatchError``), the configuration error, and the typed parse
errors: each names what could not be read and why.

The root lives here because parsers import nothing of ours and every other package imports parsers:

    PolicywatchError          one line (``str(exc)``) and an ``exit_code``: 2 bad input or usage, 1 work failed
    ├── ConfigError           a configuration file or value is missing or invalid (file, key path, why); exit 2
    ├── ParseError            a page or text could not be read as a notice or a list of links
    ├── CrawlError            (crawler/errors.py) a fetch or a list walk failed
    ├── DatabaseError         (store/errors.py) the database cannot be opened or written
    └── … screening, notifier and shell errors, each with its exit code
"""

from __future__ import annotations


class PolicywatchError(Exception):
    """An error the CLI shows as one line on stderr (``str(exc)``: the thing, what is wrong, what to do) and
    exits with ``exit_code``: 2 for bad input or usage, 1 for work that failed."""

    exit_code: int = 1


class ConfigError(PolicywatchError):
    """A configuration file or value is missing or invalid: ``file: key.path: why`` (exit 2)."""

    exit_code = 2

    def __init__(self, why: str, *, file: str | None = None, key: str | None = None) -> None:
        self.why = why
        self.file = file
        self.key = key
        super().__init__(": ".join(part for part in (file, key, why) if part))


class ParseError(PolicywatchError, ValueError):
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
