from __future__ import annotations

from pathlib import Path

import pytest

from policywatch.crawler.sources import SourceConfigError, load_sources, parse_source

VALID = {
    "name": "demo",
    "layout": "jpaas",
    "list_parser": "jpaas_unit",
    "article_parser": "article",
    "interval": "30m",
    "urls": ["https://www.mofcom.gov.cn/zwgk/zcfb/index.html"],
}


def test_packaged_sources_cover_every_site(sources) -> None:
    hosts = {url.split("/")[2] for s in sources.values() for url in s.urls}
    assert {"www.mofcom.gov.cn", "aqygzj.mofcom.gov.cn", "exportcontrol.mofcom.gov.cn", "www.customs.gov.cn"} <= hosts
    assert sources["mofcom-gg"].option("years_back", 0) == 1
    assert sources["mofcom-zcfb"].interval == 3600
    assert all(s.article_parser == "article" for s in sources.values())


def test_interval_units() -> None:
    assert parse_source({**VALID, "interval": "6h", "jitter": "90s"}, file="x.yml").jitter == 90
    assert parse_source({**VALID, "interval": 120}, file="x.yml").interval == 120


@pytest.mark.parametrize(
    ("change", "key"),
    [
        ({"intervall": "1h"}, "intervall"),
        ({"layout": "wordpress"}, "layout"),
        ({"list_parser": "year_index"}, "list_parser"),
        ({"interval": "soon"}, "interval"),
        ({"urls": ["/relative"]}, "urls[0]"),
        ({"options": {"page_sise": 10}}, "options.page_sise"),
        ({"options": {"page_size": "ten"}}, "options.page_size"),
    ],
)
def test_bad_config_names_file_and_key(change: dict, key: str) -> None:
    with pytest.raises(SourceConfigError) as err:
        parse_source({**VALID, **change}, file="sources/demo.yml")
    assert err.value.key == key
    assert str(err.value).startswith(f"sources/demo.yml: key '{key}'")


def test_missing_key_and_duplicate_names(tmp_path: Path) -> None:
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "a.yml").write_text("name: a\nlayout: jpaas\n", encoding="utf-8")
    with pytest.raises(SourceConfigError, match=r"sources/a.yml: key 'interval': missing"):
        load_sources(tmp_path)
    text = "\n".join(f"{k}: {v if not isinstance(v, list) else v[0]}" for k, v in VALID.items())
    (tmp_path / "sources" / "a.yml").write_text(text, encoding="utf-8")
    (tmp_path / "sources" / "b.yml").write_text(text, encoding="utf-8")
    with pytest.raises(SourceConfigError, match="also used by sources/a.yml"):
        load_sources(tmp_path)
    (tmp_path / "sources" / "b.yml").unlink()
    assert [s.name for s in load_sources(tmp_path, only="demo")] == ["demo"]
    with pytest.raises(SourceConfigError, match="no source named 'zzz'"):
        load_sources(tmp_path, only="zzz")
