"""Where the database and the configuration are: flags first, then environment, then defaults."""

from __future__ import annotations

import os
from dataclasses import dataclass
from importlib import resources
from importlib.abc import Traversable
from pathlib import Path

from policywatch.parsers.errors import ConfigError

__all__ = ["DEFAULT_DB", "ConfigError", "Settings", "packaged_config", "resolve_config_dir"]

DEFAULT_DB = "sqlite:///policywatch.db"


def packaged_config() -> Traversable:
    """The configuration shipped inside the package (sources, demo data)."""
    return resources.files("policywatch.config")


def resolve_config_dir(explicit: str | None) -> Traversable:
    """``--config DIR``, else ``./config/`` where it holds sources, else the packaged defaults."""
    if explicit:
        path = Path(explicit)
        if not path.is_dir():
            raise ConfigError(f"config directory {explicit} does not exist; pass an existing folder to --config")
        return path
    local = Path("config")
    if (local / "sources").is_dir():
        return local
    return packaged_config()


@dataclass(frozen=True)
class Settings:
    db_url: str
    config_dir: Traversable
    debug: bool = False
    mirror: str | None = None
    # Where the review workspace is served (``policywatch serve`` behind its public address): hit alerts link to it.
    workspace_url: str | None = None

    @classmethod
    def load(cls, db: str | None = None, config: str | None = None, debug: bool = False) -> Settings:
        return cls(
            db_url=db or os.environ.get("POLICYWATCH_DB") or DEFAULT_DB,
            config_dir=resolve_config_dir(config),
            debug=debug,
            mirror=os.environ.get("POLICYWATCH_MIRROR") or None,
            workspace_url=os.environ.get("POLICYWATCH_WORKSPACE_URL") or None,
        )
