"""The ``policywatch`` command. Each module registers the commands of one area on ``main``."""

from policywatch.cli import crawl, demo, history, lists, notify, parse, screening  # noqa: F401  (registers commands)
from policywatch.cli.app import CliError, emit_json, engine, fail, main, run, settings

__all__ = ["CliError", "emit_json", "engine", "fail", "main", "run", "settings"]
