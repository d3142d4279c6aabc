"""Source configuration: one YAML file per source in ``config/sources/``, validated on load.

An unknown key, a missing key or a bad value is an error that names the file and the key, so a typo in a
config never silently turns a source off.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from importlib.abc import Traversable
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from policywatch.parsers.config import load_yaml
from policywatch.parsers.errors import ConfigError

# layout (crawler module) → the list parsers it can use and the options it accepts (name → type).
LAYOUTS: dict[str, tuple[frozenset[str], dict[str, type]]] = {
    "mofcom_index": (frozenset({"year_index"}), {"years_back": int}),
    "jpaas": (frozenset({"jpaas_unit"}), {"page_size": int, "max_pages": int}),
    "aqygzj_home": (frozenset({"aqygzj_home"}), {}),
    "exportcontrol": (frozenset({"exportcontrol_json"}), {"column_ids": list, "max_pages": int}),
    "customs": (frozenset({"customs_list"}), {}),
    "link_pattern": (frozenset({"link_pattern"}), {"pattern": str}),
}
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


def parse_duration(value: Any, *, file: str, key: str) -> int:
    """``3600``, ``"90s"``, ``"30m"``, ``"6h"``, ``"1d"`` → seconds (positive)."""
    if isinstance(value, bool):
        raise SourceConfigError(file, key, f"expected a duration like '30m' or '6h', got {value!r}")
    if isinstance(value, int):
        seconds = value
    elif isinstance(value, str) and (m := _DURATION.match(value)):
        seconds = int(m.group(1)) * _UNITS[m.group(2)]
    else:
        raise SourceConfigError(file, key, f"expected a duration like '30m' or '6h', got {value!r}")
    if seconds < 0 or (key == "interval" and seconds == 0):
        raise SourceConfigError(file, key, f"must be positive, got {value!r}")
    return seconds


def parse_source(data: Any, *, file: str) -> SourceConfig:
    if not isinstance(data, dict):
        raise SourceConfigError(file, None, "expected a mapping of keys (name, layout, interval, …)")
    for key in data:
        if key not in REQUIRED and key not in OPTIONAL:
            allowed = ", ".join(REQUIRED + OPTIONAL)
            raise SourceConfigError(file, str(key), f"unknown key; allowed keys are {allowed}")
    for key in REQUIRED:
        if key not in data:
            raise SourceConfigError(file, key, "missing (required)")
    name = data["name"]
    if not isinstance(name, str) or not _NAME.match(name):
        raise SourceConfigError(file, "name", f"must be lower-case letters, digits and '-', got {name!r}")
    layout = data["layout"]
    if layout not in LAYOUTS:
        raise SourceConfigError(file, "layout", f"unknown layout {layout!r}; known: {', '.join(sorted(LAYOUTS))}")
    parsers, option_types = LAYOUTS[layout]
    if data["list_parser"] not in parsers:
        raise SourceConfigError(
            file, "list_parser", f"{data['list_parser']!r} does not fit layout {layout}; use {', '.join(parsers)}"
        )
    if data["article_parser"] not in ARTICLE_PARSERS:
        raise SourceConfigError(file, "article_parser", f"unknown parser; known: {', '.join(ARTICLE_PARSERS)}")
    urls = data["urls"]
    if isinstance(urls, str):
        urls = [urls]
    if not isinstance(urls, list) or not urls or not all(isinstance(u, str) for u in urls):
        raise SourceConfigError(file, "urls", "expected a non-empty list of URLs")
    for url in urls:
        if not re.match(r"^https?://[^/]+/", url):
            raise SourceConfigError(file, "urls", f"{url!r} is not an absolute http(s) URL")
    options = data.get("options") or {}
    if not isinstance(options, dict):
        raise SourceConfigError(file, "options", "expected a mapping")
    for key, value in options.items():
        if key not in option_types:
            known = ", ".join(option_types) or "none"
            raise SourceConfigError(file, f"options.{key}", f"unknown option for layout {layout}; known: {known}")
        expected = option_types[key]
        if not isinstance(value, expected) or isinstance(value, bool):
            raise SourceConfigError(file, f"options.{key}", f"expected {expected.__name__}, got {value!r}")
    redirect_hosts = data.get("allowed_hosts") or []
    if not isinstance(redirect_hosts, list) or not all(
            isinstance(h, str) and re.fullmatch(r"[a-z0-9.-]+", h.lower()) for h in redirect_hosts):
        raise SourceConfigError(file, "allowed_hosts", "expected a list of host names (e.g. [www.mofcom.gov.cn])")
    enabled = data.get("enabled", True)
    if not isinstance(enabled, bool):
        raise SourceConfigError(file, "enabled", f"expected true or false, got {enabled!r}")
    return SourceConfig(
        name=name,
        layout=layout,
        interval=parse_duration(data["interval"], file=file, key="interval"),
        jitter=parse_duration(data.get("jitter", 0), file=file, key="jitter"),
        list_parser=data["list_parser"],
        article_parser=data["article_parser"],
        urls=tuple(urls),
        description=str(data.get("description") or ""),
        limits=str(data.get("limits") or "").strip(),
        enabled=enabled,
        options=dict(options),
        file=file,
        allowed_hosts=tuple(h.lower() for h in redirect_hosts),
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
