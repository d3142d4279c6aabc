"""Run mypy on the tree as it installs: strict on parsers/, store/ and screening/, the default checks elsewhere.

The folders sit at the top of the repository but install under ``policywatch.`` (pyproject's package-dir),
which mypy cannot follow; so this lays a tree of links in that shape in a temporary folder and checks it.
Paths in mypy's messages are given back as repository paths. Exit status is mypy's.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
MAPPED = ("parsers", "store", "crawler", "screening", "notifier", "config")
STRICT = ("parsers", "store", "screening")


def _link_tree(root: Path) -> None:
    package = root / "policywatch"
    package.mkdir()
    for entry in (REPO / "policywatch").iterdir():
        if entry.name != "__pycache__":
            (package / entry.name).symlink_to(entry)
    for name in MAPPED:
        (package / name).symlink_to(REPO / name)


def _repo_paths(output: str) -> str:
    for name in MAPPED:
        output = output.replace(f"policywatch/{name}/", f"{name}/")
    return output


def main() -> int:
    config = REPO / "pyproject.toml"
    with tempfile.TemporaryDirectory(prefix="policywatch-mypy-") as tmp:
        root = Path(tmp)
        _link_tree(root)
        runs = [
            ["--strict", *(f"policywatch/{name}" for name in STRICT)],
            ["policywatch"],
        ]
        status, shown = 0, set()
        for args in runs:
            done = subprocess.run([sys.executable, "-m", "mypy", "--config-file", str(config), *args],
                                  cwd=root, capture_output=True, text=True)
            for line in _repo_paths(done.stdout).splitlines():
                if line not in shown:  # the second run sees the strict packages again, without --strict
                    shown.add(line)
                    print(line)
            sys.stderr.write(done.stderr)
            status = status or done.returncode
    return status


if __name__ == "__main__":
    sys.exit(main())
