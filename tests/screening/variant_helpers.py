"""What the variant-rule tests ask of the matcher: the best hit that is not a related entity."""

from __future__ import annotations

from policywatch.screening.matcher import Matcher


def top_match(matcher: Matcher, query: str) -> tuple[str, str, float] | None:
    """(the listed name matched, the rule, the score) of the best non-related hit, or None."""
    found = [m for m in matcher.match(query) if m.reason != "related"]
    return (found[0].matched_name, found[0].reason, found[0].score) if found else None


def assert_review_hit(matcher: Matcher, query: str, listed: str, said: str) -> None:
    """The best non-related hit of ``query`` is ``listed`` in the review band, and the first match's explanation
    says ``said`` (the reading that found it)."""
    found = top_match(matcher, query)
    assert found is not None and found[0] == listed and found[2] < 0.85, (query, found)
    assert said in matcher.match(query)[0].explanation, (query, matcher.match(query)[0].explanation)
