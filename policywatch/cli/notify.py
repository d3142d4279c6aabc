"""CLI commands: notify (filled by the issue that owns it)."""

from policywatch.cli.app import main  # noqa: F401
