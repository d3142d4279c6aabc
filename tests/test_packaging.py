"""``pip install .`` (not editable) into a plain new venv: the version, the data inside the package, the demo.

The package is built and installed like a user's (a wheel from a copy of the checkout, so the build never writes
into the working tree), but with ``--no-deps``: its dependencies come from the test venv through a ``.pth`` line,
because resolving them again costs most of a minute and the README's own commands (run by ``.ci/run`` in a fresh
clone) already install them from the index.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
# Top-level folders that are not part of the source distribution (a nested folder named "build" is data).
NOT_SOURCE = {".venv", ".git", "build", "dist", "policywatch-demo", ".pytest_cache", ".ruff_cache"}
# Package folder → the repository folder whose data files must all be installed.
DATA = {
    "policywatch/config/sources": REPO / "config" / "sources",
    "policywatch/config/demo": REPO / "config" / "demo",
    "policywatch/notifier/templates": REPO / "notifier" / "templates",
    "policywatch/store/migrations": REPO / "store" / "migrations",
}
PROBE_SITE = "import json, sysconfig; print(json.dumps(sysconfig.get_paths()['purelib']))"
PROBE = """
import json, sys, sysconfig
from importlib import resources
import policywatch
print(json.dumps({"site": sysconfig.get_paths()["purelib"], "package": str(resources.files("policywatch")),
                  "config": str(resources.files("policywatch.config"))}))
"""


def _ignore(folder: str, names: list[str]) -> set[str]:
    skipped = {n for n in names if n == "__pycache__" or n.endswith(".egg-info")}
    if Path(folder).resolve() == REPO:
        skipped |= NOT_SOURCE & set(names)
    return skipped


def _files(root: Path) -> set[str]:
    return {str(p.relative_to(root)) for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts}


def _run(args: list[str], cwd: Path, timeout: int = 240) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("POLICYWATCH_", "PYTHON", "VIRTUAL_ENV"))}
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    proc = subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)
    assert proc.returncode == 0, f"{' '.join(args)}\n{proc.stdout[-2000:]}\n{proc.stderr[-2000:]}"
    return proc


def test_pip_install_then_demo_outside_the_checkout(tmp_path: Path) -> None:
    source = tmp_path / "src"
    shutil.copytree(REPO, source, ignore=_ignore)
    venv = tmp_path / "venv"
    _run([sys.executable, "-m", "venv", str(venv)], tmp_path)
    python, script = venv / "bin" / "python", venv / "bin" / "policywatch"
    site = Path(json.loads(_run([str(python), "-c", PROBE_SITE], tmp_path).stdout))
    # Appended after the venv's own site-packages, so the installed policywatch is the one imported.
    (site / "zz_test_dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    _run([str(python), "-m", "pip", "install", "--quiet", "--no-deps", str(source)], tmp_path)
    version = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    # From the checkout's root its policywatch/ folder shadows the installed package; it must still work.
    assert _run([str(python), "-m", "policywatch", "--version"], source).stdout.strip().endswith(version)
    shutil.rmtree(source)  # nothing may be read from the copy any more

    assert _run([str(python), "-m", "policywatch", "--version"], tmp_path).stdout.strip().endswith(version)
    assert _run([str(script), "--version"], tmp_path).stdout.strip().endswith(version)

    where = json.loads(_run([str(python), "-c", PROBE], tmp_path).stdout)
    assert Path(where["site"]) == site
    assert Path(where["package"]) == site / "policywatch"
    assert not {"config", "store", "parsers", "crawler", "notifier"} & {p.name for p in site.iterdir()}
    for installed, repo_folder in DATA.items():
        wanted = {f for f in _files(repo_folder) if not f.endswith((".py", ".pyc"))}
        assert wanted, repo_folder
        assert wanted <= _files(site / installed), f"{installed}: missing {sorted(wanted - _files(site / installed))}"
    assert (site / "policywatch" / "store" / "migrations" / "env.py").is_file()
    assert (site / "policywatch" / "config" / "demo" / "counterparties.csv").is_file()

    outside = tmp_path / "elsewhere"
    outside.mkdir()
    proc = _run([str(script), "demo", "--json"], outside, timeout=120)
    summary = json.loads(proc.stdout)
    for key in ("notices", "entities", "hits", "emails", "slack", "digests", "reminders"):
        assert summary[key] > 0, key
    assert Path(summary["files"]["digest"]).is_relative_to(outside / "policywatch-demo")
