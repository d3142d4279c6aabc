"""The FastAPI application: pages, the REST API, errors as JSON (API) or a page (browser), security headers."""

from __future__ import annotations

from importlib.abc import Traversable
from pathlib import Path
from typing import Any

from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from sqlalchemy.engine import Engine

from policywatch import __version__
from policywatch.screening.review import ReviewError
from policywatch.store.clock import Clock, utcnow
from policywatch.web import api, pages
from policywatch.web.auth import LoginLimiter, SessionStore
from policywatch.web.context import Workspace
from policywatch.web.data import Conflict, NotFound
from policywatch.web.render import page

# Nothing but our own assets, no inline script, no framing: a scraped string that slipped through escaping
# still could not run.
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; frame-ancestors 'none'; "
       "form-action 'self'")


def create_app(engine: Engine, *, config_dir: Traversable | Path, clock: Clock = utcnow,
               four_eyes: bool = False) -> FastAPI:
    app = FastAPI(title="policywatch", version=__version__, openapi_url="/api/v1/openapi.json", docs_url=None,
                  redoc_url=None)
    app.state.workspace = Workspace(engine=engine, clock=clock, config_dir=config_dir, four_eyes=four_eyes,
                                    sessions=SessionStore(clock), limiter=LoginLimiter(clock))
    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(packages=[("policywatch.web", "static")]), name="static")

    def error(request: Request, status: int, detail: Any) -> Response:
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": detail}, status_code=status)
        message = detail.get("message") if isinstance(detail, dict) else str(detail)
        who = pages.current(request) if status != 401 else None
        return page(request, "error.html", who, status_code=status, status=status, message=message)

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Response:
        return error(request, exc.status_code, exc.detail)

    @app.exception_handler(NotFound)
    async def not_found(request: Request, exc: NotFound) -> Response:
        return error(request, 404, str(exc))

    @app.exception_handler(Conflict)
    async def conflict(request: Request, exc: Conflict) -> Response:
        return error(request, 409, str(exc))

    @app.exception_handler(ReviewError)
    async def bad_review(request: Request, exc: ReviewError) -> Response:
        return error(request, 422, str(exc))

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, exc: RequestValidationError) -> Response:
        return error(request, 422, [{"loc": list(e.get("loc", ())), "msg": e.get("msg")} for e in exc.errors()])

    @app.middleware("http")
    async def headers(request: Request, call_next: Any) -> Response:
        response = await call_next(request)
        response.headers.setdefault("content-security-policy", CSP)
        response.headers.setdefault("x-content-type-options", "nosniff")
        response.headers.setdefault("referrer-policy", "same-origin")
        response.headers.setdefault("cache-control", "no-store")
        return response

    return app
