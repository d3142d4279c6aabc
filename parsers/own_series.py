"""A citation that cannot be right: a notice citing a number of its own series and year later than its own, which
cannot have been issued yet when it was (numbers rise with the date inside a series)."""

from __future__ import annotations

from policywatch.parsers.types import Action, split_doc_id


def later_own_citations(doc_id: str, actions: tuple[Action, ...]) -> list[str]:
    """A doubt for each target of ``actions`` in ``doc_id``'s own series and year numbered after it."""
    own = split_doc_id(doc_id)
    if own is None:
        return []
    reasons: list[str] = []
    for action in actions:
        for target in action.targets:
            cited = split_doc_id(target.partition("#")[0])
            if cited and cited[:2] == own[:2] and cited[2] > own[2]:
                reasons.append(f"{action.kind} {action.list}: cites {target}, a later number of the notice's own "
                               f"series ({doc_id}), which cannot have been issued yet: is the citation misprinted?")
    return reasons
