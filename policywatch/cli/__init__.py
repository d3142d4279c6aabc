"""The ``policywatch`` command. Each module registers the commands of one area on ``main``; ``registry`` says
which module holds which command, so only the command that runs is imported."""

from policywatch.cli.app import CliError, emit_json, engine, fail, main, run, settings

__all__ = ["CliError", "emit_json", "engine", "fail", "main", "run", "settings"]
