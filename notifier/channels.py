"""Channels: a name in ``channels.yml`` → the environment variable holding its apprise URL.

The URL is a secret (SMTP password, webhook token). It is read from the environment at send time and never
stored, logged or printed; anything shown to a person goes through :func:`redact` or :func:`scrub`.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from importlib.abc import Traversable
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import unquote, urlsplit

from pydantic import BaseModel, ConfigDict, StringConstraints

from policywatch.parsers.config import load_yaml, validate
from policywatch.parsers.errors import ConfigError

CHANNELS_FILE = "channels.yml"
# Where the Slack plugin posts webhooks; overridden only to point it at a loopback sink (tests, demo).
SLACK_WEBHOOK_BASE_ENV = "POLICYWATCH_SLACK_WEBHOOK_BASE"
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")
_ENV = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


class ChannelError(ConfigError):
    """A channel is unknown, its variable is unset or its URL is unusable. Never carries the URL."""


@dataclass(frozen=True, slots=True)
class Channel:
    name: str
    env: str
    description: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "env": self.env, "description": self.description}


def _read_yaml(config_dir: Traversable | Path, file_name: str) -> Any:
    entry = config_dir / file_name
    if not entry.is_file():
        return None
    return load_yaml(entry.read_text(encoding="utf-8"), file_name, error=ChannelError)


def parse_channels(data: Any, *, origin: str = CHANNELS_FILE) -> dict[str, Channel]:
    """Channels from the parsed YAML: ``channels: {name: {env: VAR}}`` or the short ``{name: VAR}``."""
    if data is None:
        return {}
    if not isinstance(data, dict) or not isinstance(data.get("channels", {}), dict):
        raise ChannelError(f"{origin}: expected a mapping 'channels: {{name: {{env: VARIABLE}}}}'")
    channels: dict[str, Channel] = {}
    for name, spec in (data.get("channels") or {}).items():
        if not isinstance(name, str) or not _NAME.match(name):
            raise ChannelError(f"{origin}: channel name {name!r} must be letters, digits, '-', '_' or '.'")
        if isinstance(spec, str):
            spec = {"env": spec}
        if not isinstance(spec, dict) or not isinstance(spec.get("env"), str) or not _ENV.match(spec["env"]):
            raise ChannelError(
                f"{origin}: channel '{name}' needs 'env: VARIABLE_NAME' (the environment variable holding its "
                "apprise URL; the URL itself never goes in this file)"
            )
        entry = validate(ChannelEntry, spec, origin, prefix=("channels", name), error=ChannelError)
        channels[name] = Channel(name=name, env=entry.env, description=entry.description)
    return channels


class ChannelEntry(BaseModel):
    """One channel of ``channels.yml`` as declared: the variable holding its URL, never the URL itself."""

    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)

    env: Annotated[str, StringConstraints(max_length=100)]
    description: Annotated[str, StringConstraints(max_length=500)] | None = None


def load_channels(config_dir: Traversable | Path) -> dict[str, Channel]:
    """The channels of ``<config_dir>/channels.yml``; none when the file does not exist."""
    return parse_channels(_read_yaml(config_dir, CHANNELS_FILE))


def resolve_url(channel: Channel, environ: Mapping[str, str] | None = None) -> str:
    """The channel's apprise URL from its environment variable; a clear error naming both when unset."""
    env = os.environ if environ is None else environ
    url = (env.get(channel.env) or "").strip()
    if not url:
        raise ChannelError(
            f"channel '{channel.name}': environment variable {channel.env} is not set; "
            "export it with the channel's apprise URL (mailto://…, slack://…, json://…)"
        )
    return url


def check_channels(
    channels: Mapping[str, Channel], names: Iterable[str], environ: Mapping[str, str] | None = None
) -> None:
    """Fail at start, naming the channel and variable, when a channel in use is unknown or unset."""
    for name in sorted(set(names)):
        if name not in channels:
            raise ChannelError(
                f"channel '{name}' is used by a subscription but not defined in {CHANNELS_FILE}; add it there"
            )
        resolve_url(channels[name], environ)


def redact(url: str) -> str:
    """A URL safe to show: the scheme and host only (``slack://***``, ``mailto://smtp.example.org/***``)."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return "***"
    scheme = parts.scheme or "?"
    # Slack and similar put tokens in the host position; only show hosts that look like hosts.
    host = parts.hostname or ""
    if scheme.startswith(("slack", "discord", "msteams")) or ("." not in host and host != "localhost"):
        return f"{scheme}://***"
    port = f":{parts.port}" if parts.port else ""
    return f"{scheme}://{host}{port}/***"


def scrub(text: str, url: str) -> str:
    """``text`` with every secret piece of ``url`` (the URL, user info, path and query tokens) replaced."""
    if not text:
        return text
    secrets = {url}
    try:
        parts = urlsplit(url)
        for piece in (parts.username, parts.password, parts.netloc, parts.path, parts.query):
            if piece:
                secrets.add(piece)
                secrets.add(unquote(piece))
        public = {parts.scheme, parts.hostname, "services"}
        secrets.update(seg for seg in re.split(r"[/?&=:@]", url) if len(seg) >= 6 and seg not in public)
    except ValueError:
        pass
    for secret in sorted(secrets, key=len, reverse=True):
        if len(secret) >= 4:
            text = text.replace(secret, "***")
    return text
