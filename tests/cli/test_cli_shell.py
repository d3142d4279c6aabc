"""The command shell: version, help and the one-line error contract."""

from __future__ import annotations

import re
import subprocess
import sys

import click

from policywatch.cli.app import main
from policywatch.cli.registry import COMMANDS, load_all


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


def _walk(group: click.Group, path: str) -> list[tuple[str, click.Command]]:
    out: list[tuple[str, click.Command]] = []
    for name, cmd in sorted(group.commands.items()):
        out.append((f"{path} {name}", cmd))
        if isinstance(cmd, click.Group):
            out += _walk(cmd, f"{path} {name}")
    return out


def test_the_command_table_names_every_command_with_its_docstring_summary() -> None:
    load_all()
    assert set(main.commands) == set(COMMANDS)
    for name, cmd in main.commands.items():
        assert cmd.callback is not None and cmd.callback.__module__ == COMMANDS[name].module, name
        assert cmd.get_short_help_str(300) == COMMANDS[name].summary, name


def test_every_command_and_option_has_help_text() -> None:
    load_all()
    for path, cmd in _walk(main, "policywatch"):
        assert (cmd.help or "").strip(), f"{path} has no help text"
        for param in cmd.params:
            if isinstance(param, click.Option) and not param.hidden:
                assert (param.help or "").strip(), f"{path} {param.opts[0]} has no help text"


def test_top_level_help_imports_no_command_module() -> None:
    # --help must stay fast: it reads the table, it does not import the crawler/notifier/screening stacks.
    code = (
        "import sys\nfrom policywatch.cli import run\n"
        "try:\n    run(['--help'])\nexcept SystemExit:\n    pass\n"
        "light = {'policywatch.cli.app', 'policywatch.cli.registry'}\n"
        "prefixes = ('policywatch.crawler', 'policywatch.notifier', 'policywatch.screening', 'policywatch.cli.')\n"
        "heavy = sorted(m for m in sys.modules if m.startswith(prefixes) and m not in light)\n"
        "print('imported:', ','.join(heavy), file=sys.stderr)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "Commands:" in done.stdout and "subscriptions" in done.stdout
    assert done.stderr.strip() == "imported:"


def test_shared_options_say_the_same_thing_everywhere() -> None:
    """--json, --format and the dates come from cli/options.py: one help text pattern each, on every command."""
    load_all()
    patterns = {
        "--json": r"Print .+ as JSON( \(same as --format json\))?\.",
        "--format": r"\w+ for reading; .+ for other tools.*\.",
        "--as-of": r".+ \(YYYY-MM-DD, Beijing\); default today\.",
    }
    seen = set()
    for path, cmd in _walk(main, "policywatch"):
        for param in cmd.params:
            name = param.opts[0] if isinstance(param, click.Option) else None
            if name in patterns:
                seen.add(name)
                assert re.fullmatch(patterns[name], param.help or ""), f"{path} {name}: {param.help!r}"
            if isinstance(param, click.Option) and "YYYY-MM-DD" in (param.help or ""):
                assert param.metavar == "DATE", f"{path} {name}: metavar {param.metavar!r}"
    assert seen == set(patterns)
