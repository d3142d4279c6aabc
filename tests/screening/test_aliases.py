"""Aliases of listed entities: imported from a CSV (entity named as recorded), matched with reason ``alias``."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from click.testing import CliRunner, Result
from sqlalchemy.engine import Engine
from sqlmodel import select

from policywatch.cli import main
from policywatch.screening.matcher import Matcher
from policywatch.store import session_scope
from policywatch.store.models import EntityAlias


def run(engine: Engine, *args: str) -> Result:
    return CliRunner().invoke(main, ["--db", engine.url.render_as_string(hide_password=False), *args])


ALIASES = (
    "entity,alias,source\n"
    "Skydio Inc.,Skydio Autonomy Systems,10-K 2024\n"
    "斯凯迪奥公司,天空之眼无人机,company website\n"
)


def test_aliases_import_then_screen_says_alias_and_its_source(
    engine: Engine, record_notice: Callable[[str], list[int]], csv_file: Callable[..., Path]
) -> None:
    record_notice("uel-2025-007.txt")
    result = run(engine, "aliases", "import", str(csv_file(ALIASES, name="aliases.csv")), "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.output) == {"created": 2, "unchanged": 0, "entities": 1}
    again = run(engine, "aliases", "import", str(csv_file(ALIASES, name="aliases.csv")), "--json")
    assert json.loads(again.output) == {"created": 0, "unchanged": 2, "entities": 1}

    cps = csv_file("id,name,name_zh\nC-1,Skydio Autonomy Systems,\nC-2,Contoso,天空之眼无人机有限公司\n"
                   "C-3,Skydio Autonomy Sytems LLC,\n")
    rows = json.loads(run(engine, "screen", str(cps), "--as-of", "2025-06-01", "--json").output)
    first, second, typo = (r["matches"][0] for r in rows)
    assert (first["reason"], first["score"], first["matched_name"]) == ("alias", 1.0, "Skydio Autonomy Systems")
    assert "an alias of 'Skydio Inc.'" in first["explanation"] and "source: 10-K 2024" in first["explanation"]
    assert second["reason"] == "alias" and "source: company website" in second["explanation"]
    assert typo["reason"] == "alias" and typo["score"] < 1.0 and "fuzzy" in typo["explanation"]

    # Stored counterparties: the hit (what alerts and the workspace show) says alias too.
    run(engine, "counterparties", "import", str(cps))
    hits = json.loads(run(engine, "hits", "--json").output)
    assert hits and all(h["explanation"].startswith("alias: ") for h in hits)


def test_an_unknown_entity_stops_the_file_naming_the_line(
    engine: Engine, record_notice: Callable[[str], list[int]], csv_file: Callable[..., Path]
) -> None:
    record_notice("uel-2025-007.txt")
    bad = csv_file(ALIASES + "Acme Widgets,ACW,notes\n", name="aliases.csv")
    result = run(engine, "aliases", "import", str(bad))
    assert result.exit_code == 2
    assert "line 4: no listed entity 'Acme Widgets'" in result.output
    with session_scope(engine) as session:
        assert session.exec(select(EntityAlias)).all() == []  # nothing stored
    no_header = run(engine, "aliases", "import", str(csv_file("name,other\nx,y\n", name="h.csv")))
    assert no_header.exit_code == 2 and "line 1: the header lacks entity, alias" in no_header.output
    missing = run(engine, "aliases", "import", "/nonexistent/aliases.csv")
    assert missing.exit_code == 2 and "does not exist" in missing.output


def test_entity_key_names_the_entity_and_source_defaults_to_the_file(
    engine: Engine, record_notice: Callable[[str], list[int]], csv_file: Callable[..., Path]
) -> None:
    record_notice("uel-2025-007.txt")
    with session_scope(engine) as session:
        from policywatch.store.models import Entity

        key = session.exec(select(Entity.key).where(Entity.name_en == "Skydio Inc.")).one()
    result = run(engine, "aliases", "import", str(csv_file(f"entity,alias\n{key},SKD Drones\n", name="a.csv")))
    assert result.exit_code == 0, result.output
    with session_scope(engine) as session:
        [row] = session.exec(select(EntityAlias)).all()
        assert (row.alias, row.source) == ("SKD Drones", "file a.csv")


def test_matcher_alias_rule_and_a_printed_name_stays_exact() -> None:
    entity = {"name_en": "Skydio, Inc.", "given_aliases": [("Skydio, Inc.", "dup"), ("Skyward Robotics", "filing")]}
    matcher = Matcher([entity], threshold=0.85)
    assert matcher.match("Skydio Inc")[0].reason == "exact"
    alias = matcher.match("Skyward Robotics Ltd")[0]
    assert alias.reason == "alias" and alias.score == 1.0 and "source: filing" in alias.explanation
    assert Matcher([{"name_en": "Skydio, Inc."}], threshold=0.85).match("Skyward Robotics") == []
