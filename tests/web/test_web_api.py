"""Every route: 401 without auth, 403 for the wrong role, CSRF refused, the §5 shapes, the audit trail."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from fastapi.testclient import TestClient
from sqlmodel import select
from web_world import login

from policywatch.settings import packaged_config
from policywatch.store import session_scope
from policywatch.store.clock import utcnow
from policywatch.store.models import AuditEvent, Hit
from policywatch.store.notice_review import confirm_notice
from policywatch.web.accounts import create_token
from policywatch.web.app import create_app

GET_ROUTES = ["/api/v1/me", "/api/v1/needs-action", "/api/v1/hits", "/api/v1/hits/1", "/api/v1/notices",
              "/api/v1/notices/UEL-2025-7", "/api/v1/lists", "/api/v1/entities/1", "/api/v1/counterparties",
              "/api/v1/sources", "/api/v1/subscriptions", "/api/v1/audit", "/", "/hits", "/hits/1", "/notices",
              "/notices/UEL-2025-7", "/lists", "/entities/1", "/counterparties", "/sources", "/subscriptions",
              "/audit"]
POST_ROUTES = [("/api/v1/hits/1/review", {"decision": "confirm", "note": "n"}),
               ("/api/v1/notices/UEL-2026-3/review", {"decision": "confirm", "note": "n"})]
ADMIN_ONLY = {"/api/v1/audit", "/audit"}


def token(world, name: str) -> dict[str, str]:
    with session_scope(world) as session:
        _, secret = create_token(session, name, now=dt.datetime(2026, 12, 1))
    return {"authorization": f"Bearer {secret}"}


@pytest.mark.parametrize("path", GET_ROUTES)
def test_every_route_needs_auth_and_the_right_role(make_client, world, path: str) -> None:
    client = make_client()
    assert client.get(path).status_code == 401
    assert client.get(path, headers={"authorization": "Bearer pw_wrong"}).status_code == 401
    viewer = client.get(path, headers=token(world, "vera"))
    assert viewer.status_code == (403 if path in ADMIN_ONLY else 200), viewer.text
    assert client.get(path, headers=token(world, "ada")).status_code == 200


@pytest.mark.parametrize(("path", "body"), POST_ROUTES)
def test_posts_need_a_reviewer_and_csrf_from_a_session(make_client, world, path: str, body: dict) -> None:
    client = make_client()
    assert client.post(path, json=body).status_code == 401
    assert client.post(path, json=body, headers=token(world, "vera")).status_code == 403
    csrf = login(client, "rita")
    assert client.post(path, json=body).status_code == 403  # a session without its CSRF token
    assert client.post(path, json=body, headers={"x-csrf-token": "forged"}).status_code == 403
    assert client.post(path, json=body, headers={"x-csrf-token": csrf}).status_code == 200


def test_forms_without_csrf_are_refused(make_client) -> None:
    client = make_client()
    login(client, "rita")
    for path, form in [("/hits/1/review", {"decision": "confirm", "note": "x"}),
                       ("/counterparties", {"id": "C-9", "name": "Acme"}), ("/counterparties/C-1/delete", {}),
                       ("/notices/UEL-2026-3/review", {"decision": "confirm", "note": "x"}), ("/logout", {})]:
        assert client.post(path, data=form, follow_redirects=False).status_code == 403, path
    assert client.post("/login", data={"name": "rita", "password": "x"}).status_code == 403


def test_hit_shape_and_review_history(make_client, world) -> None:
    client = make_client()
    headers = token(world, "rita")
    rows = client.get("/api/v1/hits", headers=headers).json()
    hit = next(h for h in rows if h["counterparty"]["id"] == "C-1")
    for key in ("id", "counterparty", "list", "name_zh", "name_en", "listed_by", "score", "entity_status",
                "measures_in_force", "review_status", "reviews"):
        assert key in hit
    assert (hit["list"], hit["listed_by"], hit["entity_status"], hit["measures_in_force"]) == (
        "UEL", "UEL-2025-7", "active", True)
    done = client.post(f"/api/v1/hits/{hit['id']}/review", headers=headers,
                       json={"decision": "confirm", "note": "same company, checked the address"}).json()
    assert done["review_status"] == "confirmed"
    assert [(r["decision"], r["by"], r["note"]) for r in done["reviews"]] == [
        ("confirm", "rita", "same company, checked the address")]
    assert done["reviews"][0]["at"] == "2026-12-01T10:00:00+08:00"
    assert client.post(f"/api/v1/hits/{hit['id']}/review", headers=headers,
                       json={"decision": "maybe", "note": "x"}).status_code == 422
    audit = client.get("/api/v1/audit", headers=token(world, "ada")).json()
    assert any(e["action"] == "review" and e["who"] == "rita" and e["subject"] == f"hit:{hit['id']}" for e in audit)


def test_four_eyes_needs_a_second_reviewer(make_client, world) -> None:
    client = make_client(four_eyes=True)
    rita, rob = token(world, "rita"), token(world, "rob")
    body = {"decision": "dismiss", "note": "different company"}
    first = client.post("/api/v1/hits/1/review", headers=rita, json=body).json()
    assert first["review_status"] == "new" and first["pending"]["by"] == "rita"
    assert client.post("/api/v1/hits/1/review", headers=rita, json=body).status_code == 409
    second = client.post("/api/v1/hits/1/review", headers=rob, json=body).json()
    assert second["review_status"] == "dismissed" and second["reviews"][-1]["approves"] == "rita"


def test_notice_shape_needs_review_first_and_evidence(make_client, world) -> None:
    client = make_client()
    headers = token(world, "vera")
    rows = client.get("/api/v1/notices", headers=headers).json()
    assert rows[0]["doc_id"] == "UEL-2026-3" and rows[0]["needs_review"] and rows[0]["review_reasons"]
    assert [r["doc_id"] for r in client.get("/api/v1/notices?needs_review=true", headers=headers).json()] == [
        "UEL-2026-3"]
    notice = client.get("/api/v1/notices/UEL-2025-7", headers=headers).json()
    assert notice["actions"][0]["kind"] == "add" and len(notice["evidence"]["sha256"]) == 64
    assert "将斯凯迪奥公司列入不可靠实体清单。" in notice["evidence"]["text"]  # one sentence, not split at <b>
    assert "<script" not in notice["evidence"]["text"] and "__pwned" not in notice["evidence"]["text"]
    assert client.get("/api/v1/notices/NOPE-1", headers=headers).status_code == 404
    not_json = client.post("/api/v1/notices/UEL-2026-3/review", headers=token(world, "rita"),
                           json={"decision": "correct", "note": "read it", "correction": "no measure: a notice"})
    assert not_json.status_code in (400, 422) and "not JSON" in not_json.text
    corrected = json.dumps({"number": "不可靠实体清单工作机制公告〔2026〕3号", "issuer": "不可靠实体清单工作机制",
                            "title": "未读出措施的公告", "published": "2026-03-01", "url": None, "actions": []})
    reviewed = client.post("/api/v1/notices/UEL-2026-3/review", headers=token(world, "rita"),
                           json={"decision": "correct", "note": "read it: no measure", "correction": corrected})
    assert reviewed.status_code == 200, reviewed.text
    assert reviewed.json()["needs_review"] is False and reviewed.json()["revision"] == 2


def test_lists_json_and_the_cli_csv(make_client, world) -> None:
    client = make_client()
    headers = token(world, "vera")
    rows = client.get("/api/v1/lists?list=UEL", headers=headers).json()
    assert {r["status"] for r in rows} == {"active"} and all(r["measures_in_force"] for r in rows)
    assert client.get("/api/v1/lists?as_of=2025-04-03", headers=headers).json() == []
    assert client.get("/api/v1/lists?as_of=soon", headers=headers).status_code == 422
    csv = client.get("/api/v1/lists?format=csv", headers=headers)
    assert csv.content.startswith("\ufefflist,status".encode()) and "'=" not in csv.text
    assert 'onerror=""window.__pwned=2"">Evil Corp' in csv.content.decode("utf-8-sig")  # CSV-quoted, as text


def test_counterparty_upload_errors_by_line_and_delete_is_audited(make_client, world) -> None:
    client = make_client()
    headers = token(world, "rita")
    bad = client.post("/api/v1/counterparties/upload", headers=headers,
                      content=b"id,name,country\nC-7,Acme,USA\n,Nameless,\n")
    assert bad.status_code == 422
    assert [e["line"] for e in bad.json()["detail"]["errors"]] == [2, 3]
    good = client.post("/api/v1/counterparties/upload", headers=headers, content=b"id,name\nC-7,Acme\n").json()
    assert good["created"] == 1
    assert client.delete("/api/v1/counterparties/C-2", headers=headers).json() == {"deleted": "C-2"}
    with session_scope(world) as session:
        assert session.exec(select(Hit).where(Hit.counterparty_id == "C-2")).first() is None
        actions = [e.action for e in session.exec(select(AuditEvent))]
    assert "upload" in actions and "counterparty_delete" in actions


def test_login_rate_limit_and_session_expiry(make_client, clock) -> None:
    client = make_client()
    for _ in range(5):
        page = client.get("/login")
        csrf = page.text.split('name="csrf" value="', 1)[1].split('"', 1)[0]
        assert client.post("/login", data={"name": "rita", "password": "wrong", "csrf": csrf}).status_code == 401
    page = client.get("/login")
    csrf = page.text.split('name="csrf" value="', 1)[1].split('"', 1)[0]
    blocked = client.post("/login", data={"name": "rita", "password": "correct horse battery", "csrf": csrf})
    assert blocked.status_code == 429
    clock.now += dt.timedelta(minutes=16)
    login(client, "rita")
    cookie = client.cookies.get("pw_session")
    assert cookie and client.get("/api/v1/me").json()["name"] == "rita"
    clock.now += dt.timedelta(hours=9)
    assert client.get("/api/v1/me").status_code == 401


def test_session_cookie_flags_and_openapi(make_client) -> None:
    client = make_client()
    page = client.get("/login")
    csrf = page.text.split('name="csrf" value="', 1)[1].split('"', 1)[0]
    response = client.post("/login", data={"name": "vera", "password": "correct horse battery", "csrf": csrf},
                           follow_redirects=False)
    cookie = response.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=lax" in cookie and "secure" not in cookie
    spec = client.get("/api/v1/openapi.json").json()
    assert "/api/v1/hits/{hit_id}/review" in spec["paths"]


def test_hostile_names_render_as_text_on_every_page(make_client) -> None:
    client = make_client()
    login(client, "ada")
    for path in ["/", "/hits", "/hits/2", "/notices", "/notices/UEL-2025-7", "/notices/UEL-2026-3", "/lists",
                 "/entities/2", "/counterparties", "/audit"]:
        html = client.get(path).text
        assert "<script>window" not in html and "<img src=x" not in html, path
        assert "<b>未读出" not in html, path
    assert "&lt;img src=x onerror=" in client.get("/hits?status=all").text


def test_session_cookie_is_secure_over_https(world, clock) -> None:
    with TestClient(create_app(world, config_dir=packaged_config(), clock=clock), base_url="https://testserver") as c:
        page = c.get("/login")
        csrf = page.text.split('name="csrf" value="', 1)[1].split('"', 1)[0]
        response = c.post("/login", data={"name": "vera", "password": "correct horse battery", "csrf": csrf},
                          follow_redirects=False)
    assert response.status_code == 303 and "secure" in response.headers["set-cookie"].lower()


def test_a_notice_confirmed_from_the_cli_shows_in_the_workspace_history(make_client, world) -> None:
    """One history for notices: the CLI's decision (a Review row) is what the notice page lists."""
    with session_scope(world) as session:
        confirm_notice(session, "UEL-2026-3", "li.wei", utcnow(), note="read at the official link: no measure")
    client = make_client()
    notice = client.get("/api/v1/notices/UEL-2026-3", headers=token(world, "vera")).json()
    assert notice["needs_review"] is False
    assert [(r["decision"], r["by"], r["note"]) for r in notice["reviews"]] == [
        ("confirm", "li.wei", "read at the official link: no measure")]


def test_the_notice_page_shows_each_measure_in_english_beside_the_chinese(make_client) -> None:
    """Issue 15 item 11: the workspace's notice page renders the standard phrasings, as the alerts do."""
    client = make_client()
    login(client, "vera")
    page = client.get("/notices/UEL-2025-7").text
    chinese, english = "禁止上述企业从事与中国有关的进出口活动", "Prohibit the above companies from engaging in import"
    assert chinese in page and english in page and page.index(chinese) < page.index(english)
    rows = client.get("/api/v1/lists?list=UEL").json()
    assert any(english in (r["measures_en"][0] or "") for r in rows if r["listed_by"] == "UEL-2025-7")
