"""What the variant-rule tests ask of the matcher: the best hit that is not a related entity."""

from __future__ import annotations

from policywatch.screening.matcher import Matcher


def top_match(matcher: Matcher, query: str) -> tuple[str, str, float] | None:
    """(the listed name matched, the rule, the score) of the best non-related hit, or None."""
    found = [m for m in matcher.match(query) if m.reason != "related"]
    return (found[0].matched_name, found[0].reason, found[0].score) if found else None
