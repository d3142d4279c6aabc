"""The jinja2 environment of the pages: autoescape always on, templates and assets shipped in the package."""

from __future__ import annotations

from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, PackageLoader

from policywatch.parsers.measures import english_or_note
from policywatch.web.auth import Principal
from policywatch.web.i18n import translator

_env = Environment(loader=PackageLoader("policywatch.web", "templates"), autoescape=True,
                   trim_blocks=True, lstrip_blocks=True)
_env.filters["measure_en"] = english_or_note  # the measures' English, as in the alerts (parsers/measures.py)


def page(request: Request, name: str, who: Principal | None, *, status_code: int = 200,
         **context: Any) -> HTMLResponse:
    context.setdefault("csrf", who.csrf if who else None)
    html = _env.get_template(name).render(request=request, who=who, _=translator(), **context)
    return HTMLResponse(html, status_code=status_code)
