"""Interface strings. English is the source text; a zh-CN catalogue goes in ``CATALOGUES`` when translated."""

from __future__ import annotations

from collections.abc import Callable

CATALOGUES: dict[str, dict[str, str]] = {"en": {}, "zh-CN": {}}
DEFAULT = "en"


def translator(language: str = DEFAULT) -> Callable[[str], str]:
    catalogue = CATALOGUES.get(language, {})
    return lambda text: catalogue.get(text, text)
