"""Source configuration: one YAML file per source in ``config/sources/``, validated on load.

An unknown key, a missing key or a bad value is an error that names the file and the key, so a typo in a
config never silently turns a source off.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from importlib.abc import Traversable
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlsplit

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, field_validator

from policywatch.crawler.layout import layouts
from policywatch.parsers.config import load_yaml, validate
from policywatch.parsers.errors import ConfigError

ARTICLE_PARSERS = frozenset({"article"})
REQUIRED = ("name", "layout", "interval", "list_parser", "article_parser", "urls")
OPTIONAL = ("description", "jitter", "options", "enabled", "limits", "allowed_hosts")
_DURATION = re.compile(r"^\s*(\d+)\s*([smhd]?)\s*$")
_UNITS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}
_NAME = re.compile(r"^[a-z0-9][a-z0-9-]*$")


class SourceConfigError(ConfigError):
    """A source file is invalid; the message names the file and the key. Exit code 2 (bad input)."""

    def __init__(self, file: str, key: str | None, problem: str) -> None:
        super().__init__(problem, file=file, key=f"key '{key}'" if key else None)
        self.key = key


@dataclass(frozen=True)
class SourceConfig:
    name: str
    layout: str
    interval: int  # seconds between crawls
    list_parser: str
    article_parser: str
    urls: tuple[str, ...]
    jitter: int = 0  # seconds of random delay added to each scheduled crawl
    description: str = ""
    limits: str = ""
    enabled: bool = True
    options: dict[str, Any] = field(default_factory=dict)
    file: str = ""
    # Hosts a redirect may lead to besides those of ``urls`` (the ministry's other sites).
    allowed_hosts: tuple[str, ...] = ()

    @property
    def hosts(self) -> frozenset[str]:
        """Every host a redirect of this source may lead to."""
        return frozenset({(urlsplit(u).hostname or "").lower() for u in self.urls} | set(self.allowed_hosts))

    def option(self, name: str, default: Any) -> Any:
        return self.options.get(name, default)


MAX_INTERVAL = 7 * 86400
MAX_JITTER = 86400


def parse_duration(value: Any, *, file: str = "", key: str = "") -> int:
    """``3600``, ``"90s"``, ``"30m"``, ``"6h"``, ``"1d"`` → seconds (not negative)."""
    if isinstance(value, bool):
        raise ValueError("expected a duration like '30m' or '6h'")
    if isinstance(value, int):
        seconds = value
    elif isinstance(value, str) and (m := _DURATION.match(value)):
        seconds = int(m.group(1)) * _UNITS[m.group(2)]
    else:
        raise ValueError("expected a duration like '30m' or '6h'")
    if seconds < 0:
        raise ValueError("must not be negative")
    return seconds


def _duration(at_most: int, name: str) -> Any:
    def check(value: Any) -> int:
        seconds = parse_duration(value)
        if seconds > at_most:
            # Checked here: a huge value would pass and then break the scheduler (``Python int too large``).
            raise ValueError(f"must be at most {_shown(at_most)}")
        if name == "interval" and seconds == 0:
            raise ValueError("must be positive")
        return seconds

    return BeforeValidator(check)


def _shown(seconds: int) -> str:
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds % size == 0:
            return f"{seconds // size}{unit}"
    return f"{seconds}s"


class _Declared(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


def _matching(pattern: str, what: str, at_most: int) -> Any:
    def check(value: str) -> str:
        if len(value) > at_most or not re.match(pattern, value):
            raise ValueError(f"{value[:80]!r} is not {what}")
        return value

    return AfterValidator(check)


Url = Annotated[str, _matching(r"^https?://[^/]+/", "an absolute http(s) URL", 2000)]
Host = Annotated[str, _matching(r"^[A-Za-z0-9.-]+$", "a host name (e.g. www.mofcom.gov.cn)", 253)]
Name = Annotated[str, _matching(r"^[a-z0-9][a-z0-9-]*$", "lower-case letters, digits and '-'", 100)]


class SourceFile(_Declared):
    """The keys of a ``sources/*.yml`` file, as declared (``extra="forbid"``: an unknown key is an error)."""

    name: Name
    layout: str
    interval: Annotated[int, _duration(MAX_INTERVAL, "interval")]
    list_parser: str
    article_parser: str
    urls: list[Url] = Field(min_length=1, max_length=100)
    description: str | None = None
    jitter: Annotated[int, _duration(MAX_JITTER, "jitter")] = 0
    options: dict[str, Any] | None = None
    enabled: bool = True
    limits: str | None = None
    allowed_hosts: list[Host] | None = Field(default=None, max_length=100)

    @field_validator("urls", mode="before")
    @classmethod
    def _one_url(cls, value: Any) -> Any:
        return [value] if isinstance(value, str) else value

    @field_validator("layout")
    @classmethod
    def _known_layout(cls, value: str) -> str:
        if value not in layouts():
            raise ValueError(f"unknown layout {value!r}; known: {', '.join(sorted(layouts()))}")
        return value

    @field_validator("article_parser")
    @classmethod
    def _known_parser(cls, value: str) -> str:
        if value not in ARTICLE_PARSERS:
            raise ValueError(f"unknown parser; known: {', '.join(ARTICLE_PARSERS)}")
        return value


def _fail(file: str, exc: ConfigError) -> SourceConfigError:
    return SourceConfigError(file, exc.key, exc.why)


def parse_source(data: Any, *, file: str) -> SourceConfig:
    if not isinstance(data, dict):
        raise SourceConfigError(file, None, "expected a mapping of keys (name, layout, interval, …)")
    for key in REQUIRED:
        if key not in data:  # named in the file's order of importance, before any other problem
            raise SourceConfigError(file, key, "missing (required)")
    try:
        spec = validate(SourceFile, data, file)
    except ConfigError as exc:
        if exc.why == "unknown key":
            raise SourceConfigError(file, exc.key, f"unknown key; allowed keys are {', '.join(REQUIRED + OPTIONAL)}"
                                    ) from None
        raise _fail(file, exc) from None
    declared = layouts()[spec.layout]
    parsers = declared.list_parsers
    if spec.list_parser not in parsers:
        raise SourceConfigError(
            file, "list_parser", f"{spec.list_parser!r} does not fit layout {spec.layout}; use {', '.join(parsers)}"
        )
    if spec.jitter > spec.interval:
        raise SourceConfigError(file, "jitter", f"must be at most the interval ({_shown(spec.interval)}), "
                                f"got {data.get('jitter')!r}")
    raw_options = spec.options or {}
    try:
        options = validate(declared.options, raw_options, file, prefix=("options",))
    except ConfigError as exc:
        if exc.why == "unknown key":
            known = ", ".join(declared.options.model_fields) or "none"
            raise SourceConfigError(file, exc.key, f"unknown option for layout {spec.layout}; known: {known}"
                                    ) from None
        raise _fail(file, exc) from None
    return SourceConfig(
        name=spec.name,
        layout=spec.layout,
        interval=spec.interval,
        jitter=spec.jitter,
        list_parser=spec.list_parser,
        article_parser=spec.article_parser,
        urls=tuple(spec.urls),
        description=str(spec.description or ""),
        limits=str(spec.limits or "").strip(),
        enabled=spec.enabled,
        options=options.model_dump(exclude_unset=True),
        file=file,
        allowed_hosts=tuple(h.lower() for h in spec.allowed_hosts or ()),
    )


def load_sources(config_dir: Traversable | Path, *, only: str | None = None) -> list[SourceConfig]:
    """Every ``sources/*.yml`` under ``config_dir``, sorted by name; ``only`` selects one by name."""
    folder = config_dir / "sources"
    if not folder.is_dir():
        raise SourceConfigError(str(folder), None, "no sources folder; pass --config DIR holding sources/*.yml")
    found: list[SourceConfig] = []
    names: dict[str, str] = {}
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith((".yml", ".yaml")):
            continue
        label = f"sources/{entry.name}"
        data = load_yaml(entry.read_text(encoding="utf-8"), label)
        source = parse_source(data, file=label)
        if source.name in names:
            raise SourceConfigError(label, "name", f"{source.name!r} is also used by {names[source.name]}")
        names[source.name] = label
        found.append(source)
    found.sort(key=lambda s: s.name)
    if only is not None:
        chosen = [s for s in found if s.name == only]
        if not chosen:
            raise SourceConfigError(str(folder), None, f"no source named {only!r}; known: {', '.join(names)}")
        return chosen
    return found
