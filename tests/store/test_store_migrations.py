"""Alembic: the migrations build exactly the models' schema, and upgrading keeps every row."""

from __future__ import annotations

import datetime as dt

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text
from sqlmodel import Session, SQLModel, select

from policywatch.parsers import Action, Entity
from policywatch.parsers import Announcement as ParsedAnnouncement
from policywatch.store import init_db, list_state, make_engine, migrate, record, session_scope
from policywatch.store.db import BASE_REVISION, alembic_config
from policywatch.store.models import Announcement, ListEvent


def revisions(url: str) -> list[str]:
    """Every revision, oldest first."""
    engine = make_engine(url)
    with engine.connect() as conn, alembic_config(conn) as cfg:
        script = ScriptDirectory.from_config(cfg)
        found = [r.revision for r in script.walk_revisions()]
    engine.dispose()
    return list(reversed(found))


def test_migrations_match_the_models(db_url: str) -> None:
    """Fails when a table or column is added to models.py without a migration (regenerate one)."""
    engine = make_engine(db_url)
    init_db(engine)
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), SQLModel.metadata)
    engine.dispose()
    assert diff == [], f"models.py and store/migrations differ; add a migration for: {diff}"


def test_upgrade_through_every_revision_keeps_rows(db_url: str) -> None:
    engine = make_engine(db_url)
    steps = revisions(db_url)
    assert steps[0] == BASE_REVISION and len(steps) >= 2
    # The suspended target is a number no step inserts, however many revisions there are: it stays unresolved.
    for n, revision in enumerate(steps):
        migrate(engine, revision)
        with engine.begin() as conn:
            conn.execute(
                text("INSERT INTO announcement (doc_id, text_hash, revision, data, recorded_at) "
                     "VALUES (:doc_id, :hash, 1, :data, :at)"),
                {"doc_id": f"UEL-2025-{n + 1}", "hash": f"h{n}", "data": "{}", "at": dt.datetime(2025, 1, 1)},
            )
            if revision == BASE_REVISION:
                action_id = conn.execute(
                    text("INSERT INTO action (doc_id, seq, kind, list_name, until_computed, targets, measures) "
                         "VALUES ('UEL-2025-1', 0, 'suspend', 'UEL', false, :targets, '[]') RETURNING id"),
                    {"targets": '["UEL-2020-99"]'},
                ).scalar_one()
                conn.execute(
                    text("INSERT INTO listevent (action_id, doc_id, list_name, target, event, effective, until, "
                         "until_computed, unresolved) VALUES (:a, 'UEL-2025-1', 'UEL', 'UEL-2020-99', 'suspend', "
                         ":eff, :until, false, true)"),
                    {"a": action_id, "eff": dt.date(2025, 5, 14), "until": dt.date(2025, 8, 12)},
                )
    init_db(engine)
    with Session(engine) as session:
        docs = session.exec(select(Announcement.doc_id)).all()
        assert sorted(docs) == sorted(f"UEL-2025-{n + 1}" for n in range(len(steps)))
        event = session.exec(select(ListEvent)).one()
        assert (event.target, event.until, event.name_en) == ("UEL-2020-99", dt.date(2025, 8, 12), None)
        entry = list_state(session, dt.date(2025, 6, 1))[0]
        assert (entry.target, entry.status, entry.unresolved) == ("UEL-2020-99", "suspended", True)
    engine.dispose()


def test_a_database_made_before_migrations_is_adopted(db_url: str) -> None:
    """The skeleton made tables with create_all and no alembic_version: it is stamped, then upgraded."""
    engine = make_engine(db_url)
    migrate(engine, BASE_REVISION)
    with engine.begin() as conn:
        conn.execute(text("DROP TABLE alembic_version"))
        conn.execute(text("INSERT INTO announcement (doc_id, text_hash, revision, data, recorded_at) "
                          "VALUES ('UEL-2025-9', 'h', 1, '{}', :at)"), {"at": dt.datetime(2025, 9, 25)})
    init_db(engine)
    with engine.connect() as conn:
        assert "entityname" in inspect(conn).get_table_names()
    announcement = ParsedAnnouncement(
        doc_id="UEL-2025-10", number=None, issuer=None, title=None, published=dt.date(2025, 10, 9), url=None,
        actions=(Action(kind="add", list="UEL", entities=(Entity("伊比鲁斯公司", "Epirus, Inc.", None),),
                        effective=dt.date(2025, 10, 9)),),
        text_hash="t",
    )
    with session_scope(engine) as session:
        assert record(session, announcement).status == "new"
    with Session(engine) as session:
        assert sorted(session.exec(select(Announcement.doc_id)).all()) == ["UEL-2025-10", "UEL-2025-9"]
    engine.dispose()


def test_a_database_made_by_create_all_at_head_is_stamped_head(db_url: str) -> None:
    """Tables made with create_all from the current models (as some tests do) are adopted as they are."""
    engine = make_engine(db_url)
    SQLModel.metadata.create_all(engine)
    init_db(engine)
    with engine.connect() as conn, alembic_config(conn) as cfg:
        head = ScriptDirectory.from_config(cfg).get_current_head()
        assert MigrationContext.configure(conn).get_current_revision() == head
    engine.dispose()
