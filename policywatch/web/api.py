"""The REST API under /api/v1 (DESIGN.md §5): every route needs a token or a session; roles are enforced."""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path
from typing import Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Request, Response
from pydantic import BaseModel
from sqlmodel import Session

from policywatch.screening.hits import ImportRejected
from policywatch.store.clock import beijing_today
from policywatch.web import data
from policywatch.web.auth import Principal
from policywatch.web.context import DB, address, check_csrf, require, workspace

router = APIRouter(prefix="/api/v1")
viewer, reviewer, admin = require("viewer"), require("reviewer"), require("admin")


class HitReview(BaseModel):
    decision: Literal["confirm", "dismiss"]
    note: str


class NoticeReview(BaseModel):
    decision: Literal["confirm", "correct"]
    note: str
    correction: str | None = None


def today(request: Request) -> dt.date:
    return beijing_today(workspace(request).clock())


def parse_day(value: str | None, request: Request) -> dt.date:
    if not value:
        return today(request)
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise HTTPException(422, f"as_of {value!r} is not a date; use YYYY-MM-DD") from None


@router.get("/me")
def me(who: Principal = Depends(viewer)) -> dict[str, Any]:
    return {"name": who.name, "role": who.role, "via": who.via}


@router.get("/needs-action")
def needs_action(request: Request, who: Principal = Depends(viewer), session: Session = DB) -> dict:
    return data.needs_action(session, workspace(request).clock())


@router.get("/hits")
def hits(request: Request, status: str = "new", list: str | None = None, counterparty: str | None = None,
         who: Principal = Depends(viewer), session: Session = DB) -> list[dict[str, Any]]:
    try:
        return data.hits(session, today(request), status, list, counterparty)
    except data.ReviewError as exc:
        raise HTTPException(422, str(exc)) from None


@router.get("/hits/{hit_id}")
def hit(hit_id: int, request: Request, who: Principal = Depends(viewer), session: Session = DB) -> dict:
    return data.hit_detail(session, hit_id, today(request))


@router.post("/hits/{hit_id}/review")
async def review_hit(hit_id: int, body: HitReview, request: Request, who: Principal = Depends(reviewer),
                     session: Session = DB) -> dict[str, Any]:
    await check_csrf(request, who)
    ws = workspace(request)
    return data.review_hit(session, hit_id, body.decision, who.name, body.note, now=ws.clock(),
                           address=address(request), four_eyes=ws.four_eyes)


@router.get("/notices")
def notices(needs_review: bool | None = None, who: Principal = Depends(viewer),
            session: Session = DB) -> list[dict[str, Any]]:
    return data.notices(session, needs_review)


@router.get("/notices/{doc_id}")
def notice(doc_id: str, who: Principal = Depends(viewer), session: Session = DB) -> dict[str, Any]:
    return data.notice_detail(session, doc_id)


@router.post("/notices/{doc_id}/review")
async def review_notice(doc_id: str, body: NoticeReview, request: Request, who: Principal = Depends(reviewer),
                        session: Session = DB) -> dict[str, Any]:
    await check_csrf(request, who)
    return data.review_notice(session, doc_id, body.decision, who.name, body.note, body.correction,
                              now=workspace(request).clock(), address=address(request))


@router.get("/lists")
def lists(request: Request, as_of: str | None = None, list: str | None = None, status: str | None = None,
          country: str | None = None, format: str = "json", who: Principal = Depends(viewer),
          session: Session = DB) -> Any:
    rows = data.lists(session, parse_day(as_of, request), list.upper() if list else None, status, country)
    if format == "csv":
        return Response(data.lists_csv(rows), media_type="text/csv; charset=utf-8",
                        headers={"content-disposition": 'attachment; filename="lists.csv"'})
    return rows


@router.get("/entities/{entity_id}")
def entity(entity_id: int, who: Principal = Depends(viewer), session: Session = DB) -> dict[str, Any]:
    return data.entity(session, entity_id)


@router.get("/counterparties")
def counterparties(q: str | None = None, who: Principal = Depends(viewer),
                   session: Session = DB) -> list[dict[str, Any]]:
    return data.counterparties(session, q)


async def import_csv(request: Request, who: Principal, session: Session, body: bytes, filename: str) -> dict:
    ws = workspace(request)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "upload.csv"
        path.write_bytes(body)
        try:
            return data.upload_counterparties(session, path, actor=who.name, now=ws.clock(),
                                              address=address(request), filename=filename)
        except ImportRejected as exc:
            raise HTTPException(422, {"message": str(exc), "errors": [e.to_json() for e in exc.report.errors]}
                                ) from None
        except data.ReviewError as exc:
            raise HTTPException(422, str(exc)) from None


@router.post("/counterparties/upload")
async def upload(request: Request, who: Principal = Depends(reviewer), session: Session = DB) -> dict:
    """The body is the CSV itself (``id,name[,name_zh,aliases,country]``), validated as the CLI does."""
    await check_csrf(request, who)
    return await import_csv(request, who, session, await request.body(), "upload.csv")


@router.delete("/counterparties/{cp_id}")
async def delete_counterparty(cp_id: str, request: Request, who: Principal = Depends(reviewer),
                              session: Session = DB) -> dict[str, Any]:
    await check_csrf(request, who)
    data.delete_counterparty(session, cp_id, actor=who.name, now=workspace(request).clock(), address=address(request))
    return {"deleted": cp_id}


@router.get("/sources")
def sources(request: Request, who: Principal = Depends(viewer), session: Session = DB) -> list[dict]:
    return data.sources(session, workspace(request).clock())


@router.get("/subscriptions")
def subscriptions(request: Request, who: Principal = Depends(viewer)) -> dict[str, Any]:
    return data.subscriptions(workspace(request).config_dir)


@router.get("/audit")
def audit(who: Principal = Depends(admin), session: Session = DB) -> list[dict[str, Any]]:
    return data.audit_events(session)
