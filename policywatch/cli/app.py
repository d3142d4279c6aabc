"""The ``policywatch`` command group, its global options and the one-line error contract."""

from __future__ import annotations

import getpass
import json
import os
import sys
from typing import TYPE_CHECKING, Any, NoReturn

import click

from policywatch import __version__
from policywatch.cli.registry import LazyGroup
from policywatch.parsers.errors import PolicywatchError
from policywatch.settings import DEFAULT_DB, Settings

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine


class CliError(PolicywatchError, click.ClickException):
    """An error shown as one line; ``exit_code`` 1 for failed work, 2 for bad usage or input."""

    def __init__(self, message: str, exit_code: int = 2) -> None:
        click.ClickException.__init__(self, message)
        # click declares exit_code on the class; one error class serves both codes, so it is set per instance.
        self.exit_code = exit_code


class PolicywatchGroup(LazyGroup):
    """The root group: any ``PolicywatchError`` a command lets through becomes a ``CliError`` (one line, its exit
    code), whether the group runs from the console script or under click's own runner."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except click.ClickException:
            raise
        except PolicywatchError as exc:
            if (ctx.obj or {}).get("debug"):
                raise
            raise CliError(one_line(exc), exc.exit_code) from exc
        except Exception as exc:
            # sqlalchemy is imported by the commands that open a database, never by --help (it costs a third of a
            # second): until it is loaded, nothing raised can be one of its errors.
            sa_exc = sys.modules.get("sqlalchemy.exc")
            if sa_exc is None or not isinstance(exc, sa_exc.SQLAlchemyError):
                raise
            # Never the SQL and its parameters: one line naming the database and what to do.
            obj = ctx.obj or {}
            if obj.get("debug"):
                raise
            # Imported here, not at the top: the store stack (alembic, the models) would slow every --help.
            from policywatch.store.errors import database_error

            url = obj["settings"].db_url if "settings" in obj else obj.get("db") or DEFAULT_DB
            error = database_error(exc, url)
            raise CliError(one_line(error), error.exit_code) from exc


def one_line(error: BaseException | str) -> str:
    """The error's message on one line (a message never spills a second line onto stderr)."""
    return " ".join(str(error).split()) or type(error).__name__


@click.group(cls=PolicywatchGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--db", "db", metavar="URL", help="SQLAlchemy URL (default sqlite:///policywatch.db; env POLICYWATCH_DB).",
)
@click.option("--config", "config", metavar="DIR", help="Configuration folder (default ./config/ or the packaged one).")
@click.option("--debug", is_flag=True, help="Show tracebacks.")
@click.version_option(__version__, prog_name="policywatch")
@click.pass_context
def main(ctx: click.Context, db: str | None, config: str | None, debug: bool) -> None:
    """Watch MOFCOM, UEL and GACC notices; keep list state; alert compliance teams."""
    ctx.obj = {"db": db, "config": config, "debug": debug}


def settings(ctx: click.Context) -> Settings:
    """The resolved settings, loaded once per invocation."""
    root = ctx.find_root()
    obj = root.obj or {}
    if "settings" not in obj:
        obj["settings"] = Settings.load(db=obj.get("db"), config=obj.get("config"), debug=obj.get("debug", False))
        root.obj = obj
    return obj["settings"]


def engine(ctx: click.Context) -> Engine:
    """The database engine with the schema brought up to date."""
    from sqlalchemy.exc import ArgumentError, NoSuchModuleError

    from policywatch.store import init_db, make_engine

    root = ctx.find_root()
    obj = root.obj or {}
    if "engine" not in obj:
        url = settings(ctx).db_url
        try:
            eng = make_engine(url)
        except (ArgumentError, NoSuchModuleError) as exc:
            name = url.split("://", 1)[0]
            raise CliError(f"--db {name}://…: not a database URL this install can open ({type(exc).__name__}); "
                           "use e.g. sqlite:///policywatch.db", 2) from None
        init_db(eng)
        obj["engine"] = eng
        root.obj = obj
    return obj["engine"]


def reviewer_name(by: str | None) -> str:
    """Who decides: ``--by``, else POLICYWATCH_REVIEWER, else the login name (hits and notices alike)."""
    if by and by.strip():
        return by.strip()
    env = os.environ.get("POLICYWATCH_REVIEWER", "").strip()
    if env:
        return env
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - getpass raises several types when there is no login name
        return "unknown"


def emit_json(data: Any) -> None:
    """JSON on stdout: UTF-8, not ASCII-escaped, dates already as strings."""
    click.echo(json.dumps(data, ensure_ascii=False, indent=2, default=str))


def fail(message: str, exit_code: int = 1) -> NoReturn:
    raise CliError(message, exit_code)


def run(argv: list[str] | None = None) -> None:
    """Entry point: click in non-standalone mode so every error becomes one line on stderr."""
    debug = "--debug" in (argv if argv is not None else sys.argv[1:])
    try:
        main.main(args=argv, prog_name="policywatch", standalone_mode=False)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except click.Abort:
        click.echo("policywatch: aborted", err=True)
        sys.exit(1)
    except click.UsageError as exc:
        path = exc.ctx.command_path if exc.ctx else "policywatch"
        where = f" (see '{path} --help')"
        click.echo(f"policywatch: {exc.format_message()}{where}", err=True)
        sys.exit(2)
    except click.ClickException as exc:
        click.echo(f"policywatch: {one_line(exc.format_message())}", err=True)
        sys.exit(exc.exit_code)
    except PolicywatchError as exc:
        if debug:
            raise
        click.echo(f"policywatch: {one_line(exc)}", err=True)
        sys.exit(exc.exit_code)
    except Exception as exc:
        if debug:
            raise
        # Not one of ours: a defect. Still one line; the exit code of an error class that declares one.
        code = getattr(exc, "exit_code", 1)
        click.echo(f"policywatch: {one_line(exc)} (run with --debug for details)", err=True)
        sys.exit(code if isinstance(code, int) else 1)
    sys.exit(0)
