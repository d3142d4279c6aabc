"""Review of notices end to end: a flagged notice is stored with its reasons and a needs_review change, listed
first by ``notices --needs-review``, and cleared by ``confirm`` or by ``correct`` (a revision by the reviewer);
batch ingest records the readable files beside an unreadable one; a provisional doc_id is fixed and merged."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner
from fixture_paths import announcements_dir
from sqlmodel import Session, select

from policywatch.cli import main
from policywatch.store import make_engine
from policywatch.store.clock import beijing_date
from policywatch.store.models import Announcement, AnnouncementRevision, Change, ListEvent

FLAGGED = ("不可靠实体清单工作机制公告〔2026〕10号\n不可靠实体清单工作机制对有关企业的处理措施作如下调整，详见附件。\n"
           "不可靠实体清单工作机制\n2026年3月3日\n")
UNDATED = "不可靠实体清单工作机制决定将示例公司（Example Inc.）列入不可靠实体清单。\n"


def _db(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'review.db'}"


def test_flagged_notice_listed_first_then_confirmed(tmp_path: Path) -> None:
    flagged = tmp_path / "flagged.txt"
    flagged.write_text(FLAGGED, encoding="utf-8")
    ok = announcements_dir() / "uel-2025-007.txt"
    runner = CliRunner()
    db = _db(tmp_path)
    assert runner.invoke(main, ["--db", db, "ingest", str(ok), str(flagged)]).exit_code == 0
    with Session(make_engine(db)) as session:
        change = session.exec(select(Change).where(Change.kind == "needs_review")).one()
    assert change.payload["doc_id"] == "UEL-2026-10"
    assert change.payload["reasons"] and set(change.payload) == {"doc_id", "title", "url", "reasons", "published"}
    listed = json.loads(runner.invoke(main, ["--db", db, "notices", "--json"]).output)
    assert [n["doc_id"] for n in listed] == ["UEL-2026-10", "UEL-2025-7"]
    assert listed[0]["needs_review"] and not listed[1]["needs_review"]
    only = json.loads(runner.invoke(main, ["--db", db, "notices", "--needs-review", "--json"]).output)
    assert [n["doc_id"] for n in only] == ["UEL-2026-10"]
    done = runner.invoke(main, ["--db", db, "notices", "confirm", "UEL-2026-10", "--by", "li.wei"])
    assert done.exit_code == 0, done.output
    assert json.loads(runner.invoke(main, ["--db", db, "notices", "--needs-review", "--json"]).output) == []


def test_correction_is_a_revision_by_the_reviewer(tmp_path: Path) -> None:
    flagged = tmp_path / "flagged.txt"
    flagged.write_text(FLAGGED, encoding="utf-8")
    runner = CliRunner()
    db = _db(tmp_path)
    runner.invoke(main, ["--db", db, "ingest", str(flagged)])
    parsed = json.loads(runner.invoke(main, ["parse", "--json", str(flagged)]).output)[0]
    parsed["actions"] = [{"kind": "remove", "list": "UEL", "effective": "2026-03-03", "until": None,
                          "until_computed": False, "targets": ["UEL-2025-9"], "measures": [],
                          "entities": [{"name_zh": "示例公司", "name_en": "Example Inc.", "country": "US",
                                        "kind": "organization"}]}]
    fix = tmp_path / "fix.json"
    fix.write_text(json.dumps(parsed, ensure_ascii=False), encoding="utf-8")
    result = runner.invoke(main, ["--db", db, "notices", "correct", "UEL-2026-10", str(fix)],
                           env={"POLICYWATCH_REVIEWER": "zhang.min"})
    assert result.exit_code == 0, result.output
    with Session(make_engine(db)) as session:
        row = session.exec(select(Announcement).where(Announcement.doc_id == "UEL-2026-10")).one()
        revisions = session.exec(select(AnnouncementRevision).where(AnnouncementRevision.doc_id == "UEL-2026-10")
                                 .order_by(AnnouncementRevision.revision)).all()
        events = session.exec(select(ListEvent).where(ListEvent.doc_id == "UEL-2026-10")).all()
    assert not row.needs_review and row.reviewed_by == "zhang.min" and row.revision == 2
    assert [r.reviewer for r in revisions] == [None, "zhang.min"]
    assert revisions[0].data["actions"] == []  # the parsed reading is kept, never edited
    assert [(e.event, e.name_en) for e in events] == [("remove", "Example Inc.")]
    bad = fix.with_name("bad.json")
    bad.write_text(json.dumps({**parsed, "actions": [{"kind": "delist"}]}), encoding="utf-8")
    refused = runner.invoke(main, ["--db", db, "notices", "correct", "UEL-2026-10", str(bad), "--by", "x"])
    assert refused.exit_code == 2 and "actions[0].kind" in refused.output


def test_batch_ingest_keeps_the_good_beside_the_bad(tmp_path: Path) -> None:
    bad = tmp_path / "b.txt"
    bad.write_bytes(b"")
    a, c = announcements_dir() / "uel-2025-007.txt", announcements_dir() / "mofcom-2025-021.txt"
    result = CliRunner().invoke(main, ["--db", _db(tmp_path), "ingest", "--json", str(a), str(bad),
                                                       str(c)])
    assert result.exit_code == 1
    assert json.loads(result.stdout) == ["UEL-2025-7", "MOFCOM-2025-21"]
    assert str(bad) in result.stderr and "cannot be parsed" in result.stderr


def test_provisional_doc_id_fixed_and_merged(tmp_path: Path) -> None:
    undated = tmp_path / "undated.txt"
    undated.write_text(UNDATED, encoding="utf-8")
    runner = CliRunner()
    db = _db(tmp_path)
    first = json.loads(runner.invoke(main, ["--db", db, "ingest", "--json", str(undated)]).output)
    assert first[0].startswith("DOC-undated-")
    with Session(make_engine(db)) as session:
        row = session.exec(select(Announcement)).one()
        event = session.exec(select(ListEvent)).one()
    assert row.needs_review and any("provisional" in r for r in row.review_reasons)
    # Undated: in force from the day it was recorded, never on every date.
    assert event.effective == beijing_date(row.recorded_at)
    fixed = runner.invoke(main, ["--db", db, "ingest", "--json", "--doc-id", "UEL-2026-12", "--url",
                                 "https://www.mofcom.gov.cn/x/art/2026/art_0.html", str(undated)])
    assert fixed.exit_code == 0, fixed.output
    with Session(make_engine(db)) as session:
        ids = [r.doc_id for r in session.exec(select(Announcement))]
        events = {e.doc_id for e in session.exec(select(ListEvent))}
    assert ids == ["UEL-2026-12"] and events == {"UEL-2026-12"}


def test_impossible_date_never_puts_an_entity_in_force_before_a_read_date(tmp_path: Path) -> None:
    text = tmp_path / "feb30.txt"
    text.write_text("不可靠实体清单工作机制公告〔2026〕13号\n"
                    "不可靠实体清单工作机制决定将示例公司（Example Inc.）列入不可靠实体清单。\n"
                    "本公告自公布之日起实施。\n不可靠实体清单工作机制\n2025年02月30日\n", encoding="utf-8")
    db = _db(tmp_path)
    assert CliRunner().invoke(main, ["--db", db, "ingest", str(text)]).exit_code == 0
    with Session(make_engine(db)) as session:
        row = session.exec(select(Announcement)).one()
        event = session.exec(select(ListEvent)).one()
    assert row.published is None and row.needs_review
    assert any("2025年02月30日" in r for r in row.review_reasons)
    assert event.effective == beijing_date(row.recorded_at)


def test_a_later_copy_with_its_number_merges_with_the_provisional_one(tmp_path: Path) -> None:
    bare = tmp_path / "bare.txt"
    bare.write_text("关于示例事项的公告\n不可靠实体清单工作机制决定将示例公司（Example Inc.）列入不可靠实体清单。\n"
                    "本公告自公布之日起实施。\n不可靠实体清单工作机制\n2026年5月5日\n", encoding="utf-8")
    page = tmp_path / "page.txt"
    page.write_text("【发布单位】安全与管制局 【发布文号】不可靠实体清单工作机制公告〔2026〕14号 "
                    "【发文日期】2026年05月05日\n" + bare.read_text(encoding="utf-8"), encoding="utf-8")
    runner = CliRunner()
    db = _db(tmp_path)
    assert json.loads(runner.invoke(main, ["--db", db, "ingest", "--json", str(bare)]).output)[0].startswith("DOC-")
    assert json.loads(runner.invoke(main, ["--db", db, "ingest", "--json", str(page)]).output) == ["UEL-2026-14"]
    with Session(make_engine(db)) as session:
        rows = session.exec(select(Announcement)).all()
    assert [(r.doc_id, r.revision, r.needs_review) for r in rows] == [("UEL-2026-14", 2, False)]
