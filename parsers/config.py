"""Configuration text → data: YAML read into plain values, and values checked against a declared pydantic model.

Every problem is a ``ConfigError`` on one line: the file, the key path, why, what to do. The caller reads the file
(no I/O here) and passes its text with the name to show.
"""

from __future__ import annotations

from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from policywatch.parsers.errors import ConfigError

M = TypeVar("M", bound=BaseModel)


def load_yaml(text: str, file: str, *, error: type[ConfigError] = ConfigError) -> Any:
    """The YAML document in ``text``; a syntax error names the line and column (1-based) and what it found."""
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}" if mark is not None else None
        problem = " ".join(str(getattr(exc, "problem", None) or exc).split())
        raise error(f"not valid YAML ({problem}); fix the indentation, quoting or ':' there",
                    file=file, key=where) from None


def key_path(loc: tuple[int | str, ...]) -> str:
    """pydantic's error location as the YAML key path a reader looks for: ``subscriptions[2].reminder_offsets[0]``."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out


def why(error: Any) -> str:
    """One pydantic error in words; the value given is shown (shortened) when the message does not already."""
    message = str(error.get("msg", "invalid"))
    message = message.removeprefix("Value error, ").removeprefix("Assertion failed, ")
    if message.startswith("Input should be "):
        message = "must be " + message.removeprefix("Input should be ")
    message = message.replace(" should ", " must ", 1)
    kind = str(error.get("type", ""))
    if kind == "extra_forbidden":
        return "unknown key"
    if kind == "missing":
        return "missing (required)"
    given = error.get("input")
    shown = repr(given)
    if "(got" not in message and shown not in message and kind not in ("model_type", "dict_type") \
            and given is not None:
        message += f" (got {shown[:60] + '…' if len(shown) > 60 else shown})"
    return message


def validate(model: type[M], data: Any, file: str, *, prefix: tuple[int | str, ...] = (),
             error: type[ConfigError] = ConfigError) -> M:
    """``data`` as ``model``; the first problem found becomes a ``ConfigError`` (file, key path, why)."""
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        loc = (*prefix, *first.get("loc", ()))
        raise error(why(first), file=file, key=key_path(loc) or None) from None
