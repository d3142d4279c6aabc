"""One error root: every error class of ours is a ``PolicywatchError`` with an exit code, and the command line turns
any of them into exactly one line on stderr with that code (no traceback), from the console script and under
click's runner alike."""

from __future__ import annotations

import importlib
import inspect
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from policywatch.cli.app import main, run
from policywatch.parsers import PolicywatchError
from policywatch.parsers.errors import ConfigError

REPO = Path(__file__).resolve().parents[1]


def _our_modules() -> list[str]:
    """The installed name of every module of ours (parsers/x.py is policywatch.parsers.x), migrations aside."""
    names = []
    for top in ("parsers", "store", "crawler", "screening", "notifier", "policywatch"):
        for path in sorted((REPO / top).rglob("*.py")):
            parts = list(path.relative_to(REPO).with_suffix("").parts)
            if "migrations" in parts or parts[-1] == "__main__":
                continue
            if parts[-1] == "__init__":
                parts.pop()
            names.append(".".join(parts if parts[0] == "policywatch" else ["policywatch", *parts]))
    return names


def test_every_error_class_of_ours_derives_from_the_root_with_an_exit_code() -> None:
    found: dict[str, type[BaseException]] = {}
    for name in _our_modules():
        module = importlib.import_module(name)
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if issubclass(cls, BaseException) and cls.__module__ == name:
                found[f"{name}.{cls.__qualname__}"] = cls
    assert len(found) > 20, sorted(found)  # the walk reached every package
    strays = sorted(n for n, cls in found.items() if not issubclass(cls, PolicywatchError))
    assert strays == []
    codes = {n: cls.exit_code for n, cls in found.items() if issubclass(cls, PolicywatchError)}
    assert {n: c for n, c in codes.items() if c not in (1, 2)} == {}
    for name in ("policywatch.crawler.errors.CrawlError", "policywatch.parsers.errors.ParseError"):
        assert codes[name] == 1, name  # work that failed
    for name in ("policywatch.parsers.errors.ConfigError", "policywatch.crawler.sources.SourceConfigError",
                 "policywatch.notifier.subscriptions.SubscriptionError", "policywatch.notifier.channels.ChannelError",
                 "policywatch.screening.counterparties.CounterpartyFileError",
                 "policywatch.screening.hits.ImportRejected"):
        assert codes[name] == 2 and issubclass(found[name], PolicywatchError), name  # bad input


class WorkFailed(PolicywatchError):
    exit_code = 1


@pytest.mark.parametrize(("error", "code"), [
    (WorkFailed("the upstream answered 503\nretry later"), 1),
    (ConfigError("must be at most 7d", file="config/sources/x.yml", key="interval"), 2),
])
def test_any_policywatch_error_is_one_line_with_its_exit_code(error: PolicywatchError, code: int,
                                                              monkeypatch: pytest.MonkeyPatch,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    @click.command("boom", help="Raise the error under test.")
    def boom() -> None:
        raise error

    monkeypatch.setitem(main.commands, "boom", boom)
    with pytest.raises(SystemExit) as exit_:
        run(["boom"])
    err = capsys.readouterr().err
    assert exit_.value.code == code
    assert err.count("\n") == 1 and err.startswith("policywatch: ") and "Traceback" not in err, err
    assert " ".join(str(error).split()) in err
    under_runner = CliRunner().invoke(main, ["boom"])
    assert under_runner.exit_code == code and under_runner.stderr.count("\n") == 1, under_runner.stderr
    assert under_runner.exception is None or isinstance(under_runner.exception, SystemExit)


def test_config_error_names_file_key_and_why() -> None:
    error = ConfigError("must be at most 7d (got 99999999999999999999d)", file="config/sources/mofcom-gg.yml",
                        key="interval")
    assert str(error) == "config/sources/mofcom-gg.yml: interval: must be at most 7d (got 99999999999999999999d)"
    assert error.exit_code == 2 and (error.file, error.key) == ("config/sources/mofcom-gg.yml", "interval")
