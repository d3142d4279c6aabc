"""The command shell: version, help and the one-line error contract."""

from __future__ import annotations

import subprocess
import sys


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "policywatch", *args], capture_output=True, text=True)


def test_version_prints_package_version() -> None:
    from policywatch import __version__

    proc = _run("--version")
    assert proc.returncode == 0
    assert __version__ in proc.stdout


def test_unknown_command_is_one_line_and_exit_2() -> None:
    proc = _run("no-such-command")
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "no-such-command" in lines[0]
    assert "Traceback" not in proc.stderr
