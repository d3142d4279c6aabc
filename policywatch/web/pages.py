"""Server-rendered pages (jinja2, autoescape on); each shows what a route of /api/v1 returns as JSON."""

from __future__ import annotations

import csv
import io
import secrets
import tempfile
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Depends, HTTPException, Request, Response
from fastapi.responses import HTMLResponse, RedirectResponse
from sqlmodel import Session

from policywatch.screening.hits import ImportRejected
from policywatch.store import session_scope
from policywatch.web import data
from policywatch.web.accounts import audit, check_password
from policywatch.web.api import parse_day, today
from policywatch.web.auth import SESSION_COOKIE, Principal
from policywatch.web.context import DB, address, check_csrf, current, require, workspace
from policywatch.web.render import page

router = APIRouter()
viewer, reviewer, admin = require("viewer"), require("reviewer"), require("admin")
LOGIN_CSRF_COOKIE = "pw_login_csrf"


def _secure(request: Request) -> bool:
    return request.url.scheme == "https"


@router.get("/login", response_class=HTMLResponse)
def login_form(request: Request, error: str | None = None) -> Response:
    token = secrets.token_urlsafe(24)
    response = page(request, "login.html", None, csrf=token, error=error, status_code=401 if error else 200)
    response.set_cookie(LOGIN_CSRF_COOKIE, token, httponly=True, samesite="lax", secure=_secure(request))
    return response


@router.post("/login")
async def login(request: Request) -> Response:
    ws = workspace(request)
    form = await request.form()
    name, password = str(form.get("name") or ""), str(form.get("password") or "")
    sent, expected = str(form.get("csrf") or ""), request.cookies.get(LOGIN_CSRF_COOKIE) or ""
    if not sent or not secrets.compare_digest(sent, expected):
        raise HTTPException(403, "missing or wrong CSRF token; reload the login page")
    where = address(request)
    if ws.limiter.blocked(name, where):
        with session_scope(ws.engine) as session:
            audit(session, "login_blocked", actor=name, now=ws.clock(), address=where)
        return page(request, "login.html", None, csrf=sent, status_code=429,
                    error="too many failed logins for this account or address; wait 15 minutes")
    with session_scope(ws.engine) as session:
        user = check_password(session, name, password)
        audit(session, "login" if user else "login_failed", actor=name, now=ws.clock(), address=where)
        role = user.role if user else None
    if user is None or role is None:
        ws.limiter.failed(name, where)
        return page(request, "login.html", None, csrf=sent, error="wrong name or password", status_code=401)
    ws.limiter.succeeded(name)
    sid, _ = ws.sessions.create(name, role)
    response = RedirectResponse("/", status_code=303)
    response.set_cookie(SESSION_COOKIE, sid, httponly=True, samesite="lax", secure=_secure(request),
                        max_age=int(ws.sessions.ttl.total_seconds()))
    response.delete_cookie(LOGIN_CSRF_COOKIE)
    return response


@router.post("/logout")
async def logout(request: Request, who: Principal = Depends(viewer)) -> Response:
    await check_csrf(request, who)
    workspace(request).sessions.drop(request.cookies.get(SESSION_COOKIE))
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(SESSION_COOKIE)
    return response


@router.get("/", response_class=HTMLResponse)
def home(request: Request, who: Principal = Depends(viewer), session: Session = DB) -> Response:
    return page(request, "home.html", who, action=data.needs_action(session, workspace(request).clock()))


@router.get("/hits", response_class=HTMLResponse)
def hits(request: Request, status: str = "new", list: str | None = None, counterparty: str | None = None,
         who: Principal = Depends(viewer), session: Session = DB) -> Response:
    try:
        rows = data.hits(session, today(request), status, list or None, counterparty or None)
    except data.ReviewError as exc:
        raise HTTPException(422, str(exc)) from None
    return page(request, "hits.html", who, hits=rows, status=status, list=list or "", counterparty=counterparty or "")


@router.get("/hits/{hit_id}", response_class=HTMLResponse)
def hit(hit_id: int, request: Request, who: Principal = Depends(viewer), session: Session = DB) -> Response:
    return page(request, "hit.html", who, hit=data.hit_detail(session, hit_id, today(request)),
                four_eyes=workspace(request).four_eyes)


@router.post("/hits/{hit_id}/review")
async def review_hit(hit_id: int, request: Request, who: Principal = Depends(reviewer),
                     session: Session = DB) -> Response:
    await check_csrf(request, who)
    form = await request.form()
    ws = workspace(request)
    data.review_hit(session, hit_id, str(form.get("decision") or ""), who.name, str(form.get("note") or ""),
                    now=ws.clock(), address=address(request), four_eyes=ws.four_eyes)
    return RedirectResponse(f"/hits/{hit_id}", status_code=303)


@router.get("/notices", response_class=HTMLResponse)
def notices(request: Request, who: Principal = Depends(viewer), session: Session = DB) -> Response:
    return page(request, "notices.html", who, notices=data.notices(session))


@router.get("/notices/{doc_id}", response_class=HTMLResponse)
def notice(doc_id: str, request: Request, who: Principal = Depends(viewer),
           session: Session = DB) -> Response:
    return page(request, "notice.html", who, notice=data.notice_detail(session, doc_id))


@router.post("/notices/{doc_id}/review")
async def review_notice(doc_id: str, request: Request, who: Principal = Depends(reviewer),
                        session: Session = DB) -> Response:
    await check_csrf(request, who)
    form = await request.form()
    data.review_notice(session, doc_id, str(form.get("decision") or ""), who.name, str(form.get("note") or ""),
                       str(form.get("correction") or ""), now=workspace(request).clock(), address=address(request))
    return RedirectResponse(f"/notices/{doc_id}", status_code=303)


@router.get("/lists", response_class=HTMLResponse)
def lists(request: Request, as_of: str | None = None, list: str | None = None, status: str | None = None,
          country: str | None = None, who: Principal = Depends(viewer), session: Session = DB) -> Response:
    day = parse_day(as_of, request)
    rows = data.lists(session, day, list.upper() if list else None, status or None, country or None)
    query = {"as_of": day.isoformat(), "list": list or "", "status": status or "", "country": country or ""}
    return page(request, "lists.html", who, rows=rows, query=query)


@router.get("/entities/{entity_id}", response_class=HTMLResponse)
def entity(entity_id: int, request: Request, who: Principal = Depends(viewer),
           session: Session = DB) -> Response:
    return page(request, "entity.html", who, entity=data.entity(session, entity_id))


@router.get("/counterparties", response_class=HTMLResponse)
def counterparties(request: Request, q: str | None = None, who: Principal = Depends(viewer),
                   session: Session = DB) -> Response:
    return page(request, "counterparties.html", who, rows=data.counterparties(session, q or None), q=q or "")


def _import(request: Request, who: Principal, session: Session, body: bytes, filename: str) -> Response:
    ws = workspace(request)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "upload.csv"
        path.write_bytes(body)
        try:
            result: dict[str, Any] = data.upload_counterparties(session, path, actor=who.name, now=ws.clock(),
                                                                address=address(request), filename=filename)
            errors: list[dict[str, Any]] = []
            message = None
        except ImportRejected as exc:
            result, errors, message = {}, [e.to_json() for e in exc.report.errors], str(exc)
        except data.ReviewError as exc:
            result, errors, message = {}, [], str(exc)
    return page(request, "counterparties.html", who, rows=data.counterparties(session), q="", result=result,
                errors=errors, message=message, status_code=422 if message else 200)


@router.post("/counterparties")
async def add_counterparty(request: Request, who: Principal = Depends(reviewer),
                           session: Session = DB) -> Response:
    await check_csrf(request, who)
    form = await request.form()
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["id", "name", "name_zh", "country"])
    writer.writerow([str(form.get(k) or "") for k in ("id", "name", "name_zh", "country")])
    return _import(request, who, session, buffer.getvalue().encode("utf-8"), "form")


@router.post("/counterparties/upload")
async def upload(request: Request, who: Principal = Depends(reviewer), session: Session = DB) -> Response:
    await check_csrf(request, who)
    form = await request.form()
    file = form.get("file")
    if file is None or isinstance(file, str):
        raise HTTPException(422, "choose a CSV file to upload")
    return _import(request, who, session, await file.read(), file.filename or "upload.csv")


@router.post("/counterparties/{cp_id}/delete")
async def delete_counterparty(cp_id: str, request: Request, who: Principal = Depends(reviewer),
                              session: Session = DB) -> Response:
    await check_csrf(request, who)
    data.delete_counterparty(session, cp_id, actor=who.name, now=workspace(request).clock(), address=address(request))
    return RedirectResponse("/counterparties", status_code=303)


@router.get("/sources", response_class=HTMLResponse)
def sources(request: Request, who: Principal = Depends(viewer), session: Session = DB) -> Response:
    return page(request, "sources.html", who, sources=data.sources(session, workspace(request).clock()))


@router.get("/subscriptions", response_class=HTMLResponse)
def subscriptions(request: Request, who: Principal = Depends(viewer)) -> Response:
    return page(request, "subscriptions.html", who, subs=data.subscriptions(workspace(request).config_dir))


@router.get("/audit", response_class=HTMLResponse)
def audit_page(request: Request, who: Principal = Depends(admin), session: Session = DB) -> Response:
    return page(request, "audit.html", who, events=data.audit_events(session))


__all__ = ["current", "router"]
