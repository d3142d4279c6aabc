"""The ``policywatch`` command. Each module registers the commands of one area on ``main``."""

from policywatch.cli import (  # noqa: F401  (registers commands)
    crawl,
    demo,
    lists,
    notices,  # noqa: F401  (registers commands)
    notify,
    parse,
    screening,
)
from policywatch.cli.app import CliError, emit_json, engine, fail, main, run, settings

__all__ = ["CliError", "emit_json", "engine", "fail", "main", "run", "settings"]
