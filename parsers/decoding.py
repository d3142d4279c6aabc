"""Bytes → str: the declared charset, else UTF-8, else GB18030 (a superset of GBK and GB2312)."""

from __future__ import annotations

import codecs
import re

from policywatch.parsers.errors import ParseError

_HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?(?P<cs>[A-Za-z0-9_\-]+)", re.IGNORECASE)
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?(?P<cs>[A-Za-z0-9_\-]+)", re.IGNORECASE)
# GB2312/GBK pages are decoded as GB18030: a superset, so characters outside the declared set still decode.
_WIDEN = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "gb_2312-80": "gb18030"}


def _codec(name: str | None) -> str | None:
    if not name:
        return None
    name = _WIDEN.get(name.lower(), name.lower())
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def declared_charset(body: bytes, content_type: str | None) -> str | None:
    if content_type:
        m = _HEADER_CHARSET.search(content_type)
        if m and _codec(m.group("cs")):
            return _codec(m.group("cs"))
    meta = _META_CHARSET.search(body[:4096])
    if meta:
        return _codec(meta.group("cs").decode("ascii", "replace"))
    return None


def decode_body(body: bytes, content_type: str | None = None) -> str:
    """Decode as declared (header, then ``<meta charset>``), else UTF-8, else GB18030; BOMs are honoured."""
    if body.startswith(codecs.BOM_UTF8):
        return body[len(codecs.BOM_UTF8):].decode("utf-8", errors="replace")
    declared = declared_charset(body, content_type)
    for codec in dict.fromkeys(c for c in (declared, "utf-8") if c):
        try:
            return body.decode(codec)
        except UnicodeDecodeError as exc:
            if exc.start >= len(body) - 4:
                # Only the last character is cut (a truncated download): keep the text, the caller judges it.
                return body.decode(codec, errors="ignore")
            # Otherwise a wrong declaration, common on these sites: fall through to the sniffing order.
    try:
        return body.decode("gb18030")
    except UnicodeDecodeError as exc:
        raise ParseError(f"cannot decode the body as {declared or 'UTF-8'} or GB18030: {exc.reason}") from exc
