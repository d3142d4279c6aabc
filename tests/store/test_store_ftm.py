"""``policywatch export ftm``: the real texts ingested, exported, and validated by ``followthemoney`` itself."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from followthemoney import model
from followthemoney.exc import InvalidData
from followthemoney.proxy import EntityProxy
from sqlalchemy.engine import Engine

from policywatch.cli import run


def policywatch(capfdbinary: pytest.CaptureFixture[bytes], engine: Engine, *args: str) -> tuple[int, bytes, bytes]:
    capfdbinary.readouterr()
    with pytest.raises(SystemExit) as done:
        run(["--db", engine.url.render_as_string(hide_password=False), *args])
    out, err = capfdbinary.readouterr()
    return int(done.value.code or 0), out, err


@pytest.fixture
def ingested(engine: Engine, text_files: list[Path], capfdbinary: pytest.CaptureFixture[bytes]) -> Engine:
    """Every real text ingested through the command line (one with its official URL, as a crawl records it)."""
    uel7 = next(p for p in text_files if p.name == "uel-2025-007.txt")
    url = "https://www.mofcom.gov.cn/zwgk/zcfb/art/2025/art_e4f474d3aeba4672913db1042d845d78.html"
    code, _, err = policywatch(capfdbinary, engine, "ingest", "--json", *[str(p) for p in text_files if p != uel7])
    assert code == 0, err.decode()
    code, _, err = policywatch(capfdbinary, engine, "ingest", "--json", "--url", url, str(uel7))
    assert code == 0, err.decode()
    return engine


def export(capfdbinary: pytest.CaptureFixture[bytes], engine: Engine, as_of: str) -> bytes:
    code, out, err = policywatch(capfdbinary, engine, "export", "ftm", "--as-of", as_of)
    assert code == 0, err.decode()
    return out


def validated(body: bytes) -> list[EntityProxy]:
    """Every line loads with followthemoney, every property and value is valid for its schema (nothing is
    dropped or changed when followthemoney cleans it), and every entity reference resolves in the same file."""
    proxies = []
    for number, line in enumerate(body.decode("utf-8").splitlines(), 1):
        data = json.loads(line)
        assert set(data) == {"id", "schema", "properties"}, number
        schema = model.get(data["schema"])
        assert schema is not None and not schema.abstract, (number, data["schema"])
        for name, values in data["properties"].items():
            prop = schema.get(name)
            assert prop is not None and not prop.stub, (number, name)
            assert values and all(prop.type.validate(v) for v in values), (number, name, values)
        try:
            schema.validate(data)
        except InvalidData as exc:
            pytest.fail(f"line {number}: {exc.errors}")
        strict = model.get_proxy(data, cleaned=False)  # every value goes through followthemoney's cleaning
        assert {k: sorted(v) for k, v in strict.to_dict()["properties"].items()} == \
               {k: sorted(v) for k, v in data["properties"].items()}, number
        assert EntityProxy.from_dict(data).id == data["id"]
        proxies.append(strict)
    ids = [p.id for p in proxies]
    assert len(ids) == len(set(ids)), "ids are unique"
    for proxy in proxies:
        for prop, value in proxy.itervalues():
            if prop.type.name == "entity":
                assert value in ids, f"{proxy.id}.{prop.name} -> {value} is not in the file"
    return proxies


def by_schema(proxies: list[EntityProxy], name: str) -> list[EntityProxy]:
    return [p for p in proxies if p.schema.name == name]


def sanctions_of(proxies: list[EntityProxy], name: str) -> list[EntityProxy]:
    entity = next(p for p in proxies if name in p.get("name"))
    return [p for p in by_schema(proxies, "Sanction") if p.first("entity") == entity.id]


def test_export_loads_in_followthemoney_and_is_stable(
    ingested: Engine, facts: dict[str, Any], capfdbinary: pytest.CaptureFixture[bytes]
) -> None:
    body = export(capfdbinary, ingested, "2026-12-01")
    proxies = validated(body)
    assert export(capfdbinary, ingested, "2026-12-01") == body  # same ids, same bytes
    people = [p for p in proxies if p.schema.is_a("LegalEntity")]
    sanctions = by_schema(proxies, "Sanction")
    # Every listed entity of the texts is there under each name a notice printed (other spellings are aliases),
    # one Sanction per listing (an entity on ECL and UEL has two).
    expected = {(a["list"], e["name_zh"] or e["name_en"]) for entry in facts.values() if entry.get("has_text")
                for a in entry["actions"] if a["kind"] == "add" and a["list"] in ("UEL", "ECL", "CML")
                for e in a["entities"]}
    listed = {p.id: p for p in people}
    found = {(s.first("programId").removeprefix("CN-"), n) for s in sanctions
             for n in listed[s.first("entity")].get("name") + listed[s.first("entity")].get("alias")}
    assert expected <= found
    assert len(sanctions) == len({(s.first("programId"), s.first("entity")) for s in sanctions})
    assert {p.schema.name for p in people} == {"Company", "Organization", "Person"}

    iwasaki = next(p for p in people if "岩崎茂" in p.get("name"))
    assert iwasaki.schema.name == "Person" and iwasaki.get("name") == ["岩崎茂", "IWASAKI Shigeru"]
    assert iwasaki.get("country") == ["jp"] and iwasaki.get("topics") == ["sanction"]
    [cml] = sanctions_of(proxies, "岩崎茂")
    assert cml.get("programId") == ["CN-CML"] and cml.get("recordId") == ["MFA-ORDER-18"]
    assert cml.get("authority")[0] == "中华人民共和国外交部" and cml.get("listingDate") == ["2025-12-15"]
    assert cml.get("provisions")[0] == "冻结其在我国境内的动产、不动产和其它各类财产"

    # UEL 2025 No.7: suspended 90 days, continued to 2026-11-10, and no notice since: lapsed on 2026-12-01.
    [skydio] = [s for s in sanctions_of(proxies, "斯凯迪奥公司") if s.first("programId") == "CN-UEL"]
    assert skydio.get("status") == [
        "suspension ended 2026-11-10 with no follow-up notice seen; the measures apply again"]
    assert skydio.get("sourceUrl") == [
        "https://www.mofcom.gov.cn/zwgk/zcfb/art/2025/art_e4f474d3aeba4672913db1042d845d78.html"]
    assert skydio.get("startDate") == ["2025-04-04"] and skydio.get("country") == ["cn"]
    assert skydio.get("authority")[0] == "不可靠实体清单工作机制"
    # A notice ingested from a file keeps its path as evidence in the database, never in the export.
    assert b"file:" not in body and str(Path.cwd()).encode() not in body and b"/tmp" not in body


def test_reason_is_what_the_listing_notice_states(
    ingested: Engine, texts_dir: Path, capfdbinary: pytest.CaptureFixture[bytes]
) -> None:
    """Sanction ``reason``: the listing notice's own justification (parsers/reasons.py on its kept text), checked
    here against the texts' sentences, and valid for followthemoney (``validated``)."""
    sanctions = by_schema(validated(export(capfdbinary, ingested, "2026-12-01")), "Sanction")
    by_notice: dict[str, set[str]] = {}
    for proxy in sanctions:
        by_notice.setdefault(proxy.first("recordId") or "", set()).update(proxy.get("reason"))
    mfa18 = (texts_dir / "mfa-order-018.txt").read_text(encoding="utf-8")
    [iwasaki] = by_notice["MFA-ORDER-18"]
    assert iwasaki.startswith("日本自卫队前统合幕僚长岩崎茂公然同“台独”分裂势力勾连") and iwasaki in mfa18
    assert iwasaki.endswith("严重损害中国主权和领土完整。")
    assert by_notice["UEL-2025-1"] == {"参与对台湾地区军售"}
    assert by_notice["MOFCOM-2026-11"] == {"参与提升日本军事实力"}
    [banks] = by_notice["MOFCOM-ORDER-2025-5"]
    assert banks.startswith("2025年7月18日，欧盟在第18轮对俄罗斯制裁中将两家中国金融机构列入制裁名单")
    # Where only the issuer's purpose is stated, that is the reason given.
    assert by_notice["MOFCOM-2025-21"] == {"为维护国家安全和利益，履行防扩散等国际义务"}
    assert by_notice["UEL-2025-7"] == {"为维护国家主权、安全和发展利益"}
    # Every listing notice of the texts states some justification: none is left without.
    assert all(by_notice.values()), [k for k, v in by_notice.items() if not v]


def test_status_follows_the_as_of_date(ingested: Engine, capfdbinary: pytest.CaptureFixture[bytes]) -> None:
    def statuses(as_of: str) -> dict[str, set[tuple[str, str | None]]]:
        found: dict[str, set[tuple[str, str | None]]] = {}
        for proxy in by_schema(validated(export(capfdbinary, ingested, as_of)), "Sanction"):
            found.setdefault(proxy.first("recordId") or "", set()).add(
                (proxy.first("status") or "", proxy.first("endDate")))
        return found

    before = statuses("2025-04-05")
    assert before["UEL-2025-7"] == {("active", None)} and "MFA-ORDER-19" not in before
    june = statuses("2025-06-01")
    assert june["UEL-2025-7"] == {("suspended until 2025-08-12", None)}
    assert june["UEL-2025-8"] == {("suspended (no end date stated)", None)}
    september = statuses("2025-09-01")
    assert september["UEL-2025-7"] == {("suspended until 2025-11-10", None)}
    assert september["UEL-2025-8"] == {("terminated", "2025-08-12")}
    later = statuses("2026-12-01")
    assert later["UEL-2025-8"] == {("terminated", "2025-08-12")} and later["MFA-ORDER-19"] == {("active", None)}


def test_export_to_a_file(ingested: Engine, tmp_path: Path, capfdbinary: pytest.CaptureFixture[bytes]) -> None:
    out = tmp_path / "lists.ftm.json"
    code, stdout, err = policywatch(capfdbinary, ingested, "export", "ftm", "--as-of", "2026-01-01",
                                    "--output", str(out))
    assert code == 0, err.decode()
    assert stdout.decode().strip() == str(out)
    assert out.read_bytes() == export(capfdbinary, ingested, "2026-01-01")
    code, _, err = policywatch(capfdbinary, ingested, "export", "ftm", "--output", str(tmp_path / "no" / "x.json"))
    assert code == 2 and b"cannot write" in err and len(err.decode().strip().splitlines()) == 1
