"""The kind of change a notice's title names against the kind its body decides: a title ``关于将X移出…清单的公告``
over a body that only suspends the measures. The body is what is read; which was meant is a question for a
human."""

from __future__ import annotations

import re

from policywatch.parsers.types import Action

# The title as notices print it: "关于…的公告/决定/通知", on one of the first lines.
_TITLE = re.compile(r"关于(?P<subject>.{2,80}?)的?(?:公告|决定|通知|通告)$")
# The verbs a title names a change by, and the kind each is read as. "调整" names none.
_TITLE_VERBS = (("add", re.compile(r"(?<!不再)(?:列入|纳入)")), ("remove", re.compile(r"移出|调出|移除")),
                ("suspend", re.compile(r"(?<!恢复)暂停|中止")), ("resume", re.compile(r"恢复")))
_HEAD_LINES = 4


def title_kind_doubts(text: str, actions: tuple[Action, ...]) -> list[str]:
    """The title names exactly one kind of list change and no action read is of that kind."""
    kinds = {a.kind for a in actions}
    if not kinds or not kinds <= {"add", "remove", "suspend", "resume"}:
        return []
    for line in text.split("\n")[:_HEAD_LINES]:
        m = _TITLE.search(line.strip())
        if m is None:
            continue
        named = [kind for kind, verb in _TITLE_VERBS if verb.search(m.group("subject"))]
        if len(named) == 1 and named[0] not in kinds:
            return [f"the title names a {named[0]} ({m.group('subject')[:30]!r}) but the body decides "
                    f"{'/'.join(sorted(kinds))}: which change was meant?"]
        return []
    return []
