"""The README's set-up is exactly two commands: the demo, and the tests exactly as CI runs them."""

from __future__ import annotations

import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def setup_commands() -> list[str]:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Set-up", 1)[1].split("\n## ", 1)[0]
    return [block.strip() for block in re.findall(r"```sh\n(.*?)```", section, flags=re.DOTALL)]


def test_two_setup_commands_demo_then_tests_as_ci_runs_them() -> None:
    demo, tests = setup_commands()
    assert "\n" not in demo and "\n" not in tests
    assert demo.startswith("python3 -m venv .venv && ") and demo.endswith("policywatch demo")
    assert "'.[test]'" in tests and "ruff check ." in tests and re.search(r"\bpytest( -n 2)?$", tests)
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert tests in ci.splitlines()
