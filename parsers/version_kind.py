"""The kind of change an English version printed under the Chinese text decides against the kind the Chinese text
decides: ``商务部决定…将该实体移出…`` over ``MOFCOM has decided to suspend the measures…``. The facts are read from
the Chinese; which was meant is a question for a human."""

from __future__ import annotations

import re

from policywatch.parsers.types import Action

_CJK = re.compile(r"[\u3400-\u9fff]")
# "has decided to remove", "decides to suspend", "shall be removed from": the decision's own verb.
_DECIDES = re.compile(r"\bdecid(?:ed|es|e)\s+to\s+(?P<verb>[a-z]+)|\b(?:shall|will)\s+be\s+(?P<passive>[a-z]+)",
                      re.IGNORECASE)
_VERB_KIND = (("remove", re.compile(r"^(?:remov|delet|delist)")), ("suspend", re.compile(r"^suspend")),
              ("resume", re.compile(r"^(?:resum|reinstat|restor)")), ("add", re.compile(r"^(?:add|includ|put|plac)")))
_KINDS = {"add", "remove", "suspend", "resume"}


def _english_part(text: str) -> str | None:
    """The lines after the text's last line with Chinese in it, when a Chinese decision stands above them."""
    lines = text.split("\n")
    last_cjk = max((i for i, ln in enumerate(lines) if _CJK.search(ln)), default=-1)
    if last_cjk < 0 or "决定" not in "\n".join(lines[: last_cjk + 1]):
        return None
    return "\n".join(lines[last_cjk + 1:]) or None


def version_kind_doubts(text: str, actions: tuple[Action, ...]) -> list[str]:
    """The English version decides one kind of list change and no action read from the Chinese is of that kind."""
    kinds = {a.kind for a in actions}
    english = _english_part(text)
    if not english or not kinds or not kinds <= _KINDS:
        return []
    decided = {kind for m in _DECIDES.finditer(english)
               for kind, verb in _VERB_KIND if verb.match(m.group("verb") or m.group("passive"))}
    if len(decided) == 1 and not decided & kinds:
        told = decided.pop()
        return [f"the English version printed below decides a {told}, the Chinese text a "
                f"{'/'.join(sorted(kinds))}: the two versions disagree (the Chinese is read)"]
    return []
