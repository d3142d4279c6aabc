"""The database's errors as one line naming the database and what to do, never the SQL and its parameters."""

from __future__ import annotations

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from policywatch.parsers.errors import PolicywatchError
from policywatch.store.db import BUSY_TIMEOUT_S


class DatabaseError(PolicywatchError):
    """The database cannot be opened, read or written: exit 2 when the file or URL given is the problem (read-only,
    not a database, folder missing), 1 when the work failed (locked too long, the server went away)."""

    def __init__(self, message: str, *, database: str, exit_code: int = 1) -> None:
        self.database = database
        self.exit_code = exit_code
        super().__init__(message)


# (words in the driver's message, exit code, what is wrong and what to do); {db} is the database named.
_KNOWN = (
    (("database is locked", "database table is locked"), 1,
     "database {db} stayed locked by another writer past the {wait}; run the command again when the other "
     "policywatch command has finished"),
    (("readonly database", "read-only", "permission denied"), 2,
     "database {db} is read-only; give this user write access to the file and its folder, or pass --db with a "
     "writable path"),
    (("file is not a database", "disk image is malformed", "file is encrypted"), 2,
     "{db} is not a readable policywatch database (truncated or another kind of file); restore it from a backup, "
     "or pass --db with a new path to start an empty one"),
    (("unable to open database file",), 2,
     "cannot open database {db}: its folder does not exist or cannot be written; create the folder or pass --db "
     "with another path"),
    (("cannot contain nul", "nul (0x00)"), 2,
     "database {db} refused a text holding a NUL byte; remove NUL bytes from the input file and run again"),
)


def describe(url: str | URL) -> str:
    """The database as a reader knows it: the file path for SQLite, the URL without its password otherwise."""
    parsed = make_url(url) if isinstance(url, str) else url
    if parsed.get_backend_name() == "sqlite":
        return parsed.database or ":memory:"
    return parsed.render_as_string(hide_password=True)


def database_error(exc: SQLAlchemyError, url: str | URL, *, wait: str = f"{BUSY_TIMEOUT_S} s wait") -> DatabaseError:
    """``exc`` as one line naming the database and what to do; the driver's own words only when unknown."""
    db = describe(url)
    orig = exc.orig if isinstance(exc, DBAPIError) and exc.orig is not None else exc
    said = " ".join(str(orig).split())
    lowered = said.lower()
    for words, code, message in _KNOWN:
        if any(w in lowered for w in words):
            return DatabaseError(message.format(db=db, wait=wait), database=db, exit_code=code)
    first = said.split(" [SQL:")[0][:200]
    return DatabaseError(f"database {db}: {type(orig).__name__}: {first}; check the database and run again",
                         database=db)
