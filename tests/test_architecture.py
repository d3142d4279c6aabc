"""DESIGN.md §2, checked on the source: who may import whom, read from every import statement in the tree
(function-local and relative ones too), so a broken rule fails here before it becomes a cycle or a leak."""

from __future__ import annotations

import ast
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
PRODUCT = ("parsers", "store", "crawler", "screening", "notifier")
# What each product package may import of ours (itself included).
ALLOWED = {
    "parsers": {"parsers"},
    "store": {"parsers", "store"},
    "crawler": {"parsers", "store", "crawler"},
    "screening": {"parsers", "store", "screening"},
    "notifier": {"parsers", "store", "screening", "notifier"},
}
TOPS = (*PRODUCT, "config", "policywatch")


def _module_name(rel: Path) -> str:
    """The installed name of a source file: parsers/x.py is policywatch.parsers.x (pyproject's package-dir)."""
    parts = list(rel.with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    if parts[0] != "policywatch":
        parts.insert(0, "policywatch")
    return ".".join(parts)


def _area(module: str) -> str:
    """parsers/store/crawler/screening/notifier/config for those packages; 'shell' for everything else of ours."""
    parts = module.split(".")
    if len(parts) > 1 and parts[1] in (*PRODUCT, "config"):
        return parts[1]
    return "shell"


def _sources() -> Iterator[tuple[Path, str]]:
    """(path relative to the repository, text) of every Python file of ours."""
    for top in TOPS:
        for path in sorted((REPO / top).rglob("*.py")):
            yield path.relative_to(REPO), path.read_text(encoding="utf-8")


def _imports(rel: Path, text: str) -> Iterator[tuple[int, str]]:
    """(line, imported module) for every import of ours in the file, wherever it stands."""
    this = _module_name(rel)
    package = this if rel.name == "__init__.py" else this.rsplit(".", 1)[0]
    for node in ast.walk(ast.parse(text, filename=str(rel))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] == "policywatch":
                    yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                module = ".".join([*base, node.module] if node.module else base)
            else:
                module = node.module or ""
            if module.split(".")[0] != "policywatch":
                continue
            if module == "policywatch":  # `from policywatch import notifier`: the names are the modules
                for alias in node.names:
                    yield node.lineno, f"policywatch.{alias.name}"
            else:
                yield node.lineno, module


def _broken_rules(sources: Iterable[tuple[Path, str]]) -> list[str]:
    broken = []
    for rel, text in sources:
        area = _area(_module_name(rel))
        if area == "config":
            if rel.name != "__init__.py" or text.strip():
                broken.append(f"{rel}: config/ holds data only (an empty __init__.py)")
            continue
        imported_areas = set()
        for line, module in _imports(rel, text):
            target = _area(module)
            imported_areas.add(target)
            if area in ALLOWED and target not in ALLOWED[area]:
                what = "the shell policywatch/" if target == "shell" else target
                broken.append(f"{rel}:{line}: {area} imports {module} ({what} is not allowed for {area})")
        if area != "shell" and {"crawler", "notifier"} <= imported_areas:
            broken.append(f"{rel}: only the shell imports crawler and notifier together")
    return broken


def test_every_import_follows_design_section_2() -> None:
    assert _broken_rules(_sources()) == []


@pytest.mark.parametrize(("source", "expected"), [
    ("from policywatch.notifier import plan\n", "crawler imports policywatch.notifier"),
    ("def f():\n    from policywatch.scheduler import Ticks\n", "crawler imports policywatch.scheduler"),
    ("from policywatch import offline\n", "crawler imports policywatch.offline"),
    ("from ..notifier import outbox\n", "crawler imports policywatch.notifier"),
])
def test_the_check_sees_every_form_of_import(source: str, expected: str) -> None:
    """The check itself can fail: a forbidden import in any form, in a file of crawler/, is reported."""
    broken = _broken_rules([(Path("crawler/planted.py"), source)])
    assert len(broken) == 1 and expected in broken[0]
