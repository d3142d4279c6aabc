"""A separate process for the crash tests: ``plan DB`` (then waits to be killed) or ``deliver DB [MINUTES]``.

Channel URLs come from the environment, as in production; MINUTES moves the clock forward (a lease expiring).
"""

from __future__ import annotations

import datetime as dt
import json
import sys

from notify_helpers import CHANNELS

from policywatch.notifier import deliver, plan
from policywatch.notifier.sender import AppriseSender
from policywatch.store import make_engine, session_scope
from policywatch.store.models import utcnow


def main(argv: list[str]) -> None:
    command, db = argv[0], argv[1]
    engine = make_engine(f"sqlite:///{db}")
    if command == "plan":
        with session_scope(engine) as session:
            planned = plan(session)
        print(json.dumps({"planned": planned}), flush=True)
        sys.stdin.read()  # hold the process until the test kills it
    else:
        minutes = float(argv[2]) if len(argv) > 2 else 0.0
        report = deliver(engine, send=AppriseSender(CHANNELS), now=utcnow() + dt.timedelta(minutes=minutes))
        print(json.dumps(report.to_json()), flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
