"""A recorded copy of the watched sites, served on 127.0.0.1, with faults injected per path.

The folder is laid out ``<host>/<path>``: ``www.mofcom.gov.cn/zcfb/blgg/gg/2025/index.html`` answers
``GET /www.mofcom.gov.cn/zcfb/blgg/gg/2025/index.html`` (the crawler's ``--mirror`` routes every source
host there). API endpoints are folders holding ``_routes.json`` — a list of ``{"method", "params", "file"}``
— matched on the query string and form body. A ``<file>.meta.json`` beside a file overrides its status and
headers (the customs list answers 412 that way). GET answers carry an ETag and Last-Modified and answer
304 to a matching conditional request.

Faults (``Fault(kind, times=None, …)``, keyed by request path without the query):
``status`` (5xx/429 N times, optional Retry-After), ``reset`` (connection dropped), ``slow`` (headers then
a stalled body), ``not_modified`` (forced 304), ``challenge`` (412 JS cookie page), ``captcha`` (a 200
captcha page), ``gb18030`` (the body re-encoded), ``truncate`` (half the declared body), ``zero_items``
(the list emptied), ``oversize`` (padded past ``size``), ``stalled`` (every page answers page 1),
``api_false`` (``{"success": false}``), ``forward`` (a full-size page whose empty body forwards by script to
``target``, default the same address: with ``times=1`` the forwarded request gets the real page), ``nested``
(``size`` nested ``<div>`` opened right after ``<body>``, a parser stall).
"""

from __future__ import annotations

import email.utils
import hashlib
import json
import re
import socket
import struct
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

FAULT_KINDS = (
    "status", "reset", "slow", "not_modified", "challenge", "captcha", "gb18030", "truncate", "zero_items",
    "oversize", "stalled", "api_false", "forward", "nested",
)
CONTENT_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".shtml": "text/html; charset=utf-8",
    ".htm": "text/html; charset=utf-8",
    ".json": "application/json;charset=UTF-8",
    ".txt": "text/plain; charset=utf-8",
    ".xls": "application/vnd.ms-excel",
    ".pdf": "application/pdf",
}
CHALLENGE_PAGE = (
    b"<!DOCTYPE html><html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
    b"<meta id=\"9DhefwqGPrzGxEp9hPaoag\" content=\"replay-challenge\"></head><body>"
    b"<script type=\"text/javascript\">/* sets a cookie, then reloads the page */"
    b"document.cookie='challenge=replay';location.reload();</script></body></html>"
)
CAPTCHA_PAGE = (
    "<html><head><meta charset=\"utf-8\"><title>安全验证</title></head><body>"
    "<p>访问过于频繁，请输入验证码后继续访问。</p></body></html>"
).encode()


@dataclass
class Fault:
    kind: str
    times: int | None = None  # None: on every request
    status: int = 503
    retry_after: str | None = None
    delay: float = 5.0
    size: int = 1_000_000
    declare_charset: bool = True
    target: str | None = None  # ``forward``: where the page forwards to (a URL or a path)
    hits: int = field(default=0, compare=False)

    def __post_init__(self) -> None:
        if self.kind not in FAULT_KINDS:
            raise ValueError(f"unknown fault kind {self.kind!r}; known: {', '.join(FAULT_KINDS)}")

    def take(self) -> bool:
        """Whether this request gets the fault (and count it)."""
        if self.times is not None and self.hits >= self.times:
            return False
        self.hits += 1
        return True


@dataclass
class Answer:
    status: int
    headers: dict[str, str]
    body: bytes


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        # Clients that hang up (timeouts in tests, injected resets) are expected here, not errors.
        return


class ReplayServer:
    """A running replay server: ``url`` is its base, ``stop()`` shuts it down."""

    def __init__(self, root: Path, port: int = 0, faults: dict[str, Fault] | None = None) -> None:
        self.root = Path(root)
        if not self.root.is_dir():
            raise FileNotFoundError(f"replay folder {self.root} does not exist")
        self.faults: dict[str, Fault] = dict(faults or {})
        self.log: list[tuple[str, str, int]] = []
        self.request_headers: list[dict[str, str]] = []
        # What each request asked: method, path and its query and form parameters (list API pages differ only there).
        self.asked: list[tuple[str, str, dict[str, str]]] = []
        self.bytes_sent = 0
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        handler = type("Handler", (_Handler,), {"replay": self})
        self._httpd = _Server(("127.0.0.1", port), handler)
        self.port = self._httpd.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, name="replay", daemon=True
        )
        self._thread.start()

    def set_fault(self, path: str, fault: Fault | None) -> None:
        with self._lock:
            if fault is None:
                self.faults.pop(path, None)
            else:
                self.faults[path] = fault

    def fault_for(self, path: str) -> Fault | None:
        with self._lock:
            fault = self.faults.get(path)
            return fault if fault is not None and fault.take() else None

    def note(self, method: str, path: str, status: int, size: int) -> None:
        with self._lock:
            self.log.append((method, path, status))
            self.bytes_sent += size

    def stop(self) -> None:
        self._stopping.set()
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=5)

    def __enter__(self) -> ReplayServer:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.stop()

    def wait_stopping(self, seconds: float) -> None:
        self._stopping.wait(seconds)

    # -- answering ---------------------------------------------------------------------------------------

    def answer(self, method: str, path: str, params: dict[str, str], headers: dict[str, str]) -> Answer:
        target = (self.root / unquote(path).lstrip("/")).resolve()
        if self.root.resolve() not in (target, *target.parents):
            return Answer(403, {"Content-Type": "text/plain"}, b"outside the replay folder")
        if target.is_dir() and (target / "_routes.json").is_file():
            file = _route(target, method, params)
            if file is None:
                return Answer(404, {"Content-Type": "text/plain"}, b"no recorded answer for these parameters")
            file = file.resolve()
            if self.root.resolve() not in file.parents:  # a route's "file" never leaves the served folder
                return Answer(403, {"Content-Type": "text/plain"}, b"answer file outside the replay folder")
        elif target.is_dir():
            file = next((target / n for n in ("index.html", "index.shtml") if (target / n).is_file()), None)
            if file is None:
                return Answer(404, {"Content-Type": "text/plain"}, b"not recorded")
        elif target.is_file() and not target.name.endswith((".meta.json", "_routes.json")):
            file = target
        else:
            return Answer(404, {"Content-Type": "text/plain"}, b"not recorded")
        body = file.read_bytes()
        meta = _meta(file)
        out_headers = {"Content-Type": CONTENT_TYPES.get(file.suffix, "application/octet-stream")}
        out_headers.update(meta.get("headers", {}))
        status = int(meta.get("status", 200))
        if method == "GET" and status == 200:
            etag = '"' + hashlib.sha1(body).hexdigest()[:20] + '"'
            modified = email.utils.formatdate(int(file.stat().st_mtime), usegmt=True)
            out_headers["ETag"] = etag
            out_headers["Last-Modified"] = modified
            if _not_modified(headers, etag, file.stat().st_mtime):
                return Answer(304, {"ETag": etag, "Last-Modified": modified}, b"")
        return Answer(status, out_headers, body)


def _route(folder: Path, method: str, params: dict[str, str]) -> Path | None:
    routes = json.loads((folder / "_routes.json").read_text(encoding="utf-8"))
    best: tuple[int, Path] | None = None
    for route in routes:
        if route.get("method", "GET").upper() != method:
            continue
        wanted = {str(k): str(v) for k, v in (route.get("params") or {}).items()}
        if all(params.get(k) == v for k, v in wanted.items()) and (best is None or len(wanted) > best[0]):
            best = (len(wanted), folder / route["file"])
    return best[1] if best else None


def _meta(file: Path) -> dict[str, Any]:
    meta = file.with_name(file.name + ".meta.json")
    return json.loads(meta.read_text(encoding="utf-8")) if meta.is_file() else {}


def _not_modified(headers: dict[str, str], etag: str, mtime: float) -> bool:
    if "if-none-match" in headers:
        return etag in [t.strip() for t in headers["if-none-match"].split(",")]
    if "if-modified-since" in headers:
        try:
            since = email.utils.parsedate_to_datetime(headers["if-modified-since"]).timestamp()
        except (TypeError, ValueError):
            return False
        return int(mtime) <= since
    return False


def _zero_items(body: bytes) -> bytes:
    text = body.decode("utf-8", errors="replace")
    stripped = text.lstrip()
    if stripped.startswith("{"):
        data = json.loads(text)
        if isinstance(data.get("data"), dict) and isinstance(data["data"].get("html"), str):
            data["data"]["html"] = re.sub(r"<li\b.*?</li>", "", data["data"]["html"], flags=re.S)
        if isinstance(data.get("pageInfo"), dict):
            data["pageInfo"]["rows"] = []
        return json.dumps(data, ensure_ascii=False).encode()
    return re.sub(r"<li\b.*?</li>|<a\b[^>]*href=[^>]*>.*?</a>", "", text, flags=re.S).encode()


def _first_page(params: dict[str, str]) -> dict[str, str]:
    out = dict(params)
    for key in ("pageNo", "pageNumber"):
        if key in out:
            out[key] = "1"
    if "paramJson" in out:
        out["paramJson"] = re.sub(r'"pageNo"\s*:\s*\d+', '"pageNo":1', out["paramJson"])
    return out


class _Handler(BaseHTTPRequestHandler):
    replay: ReplayServer
    protocol_version = "HTTP/1.1"
    server_version = "replay/1.0"

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        return  # the server log stays quiet; requests are kept in ReplayServer.log

    def do_HEAD(self) -> None:  # noqa: N802
        self._serve("HEAD")

    def do_GET(self) -> None:  # noqa: N802
        self._serve("GET")

    def do_POST(self) -> None:  # noqa: N802
        self._serve("POST")

    def _serve(self, method: str) -> None:
        parts = urlsplit(self.path)
        params = dict(parse_qsl(parts.query, keep_blank_values=True))
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            form = self.rfile.read(length).decode("utf-8", errors="replace")
            params.update(parse_qsl(form, keep_blank_values=True))
        headers = {k.lower(): v for k, v in self.headers.items()}
        with self.replay._lock:
            self.replay.request_headers.append(headers)
            self.replay.asked.append((method, parts.path, dict(params)))
        fault = self.replay.fault_for(parts.path)
        kind = fault.kind if fault else None
        if kind == "reset":
            self._reset()
            self.replay.note(method, parts.path, 0, 0)
            return
        if kind == "stalled":
            params = _first_page(params)
        if kind == "not_modified":
            answer = Answer(304, {}, b"")
        elif kind == "status" and fault is not None:
            extra = {"Retry-After": fault.retry_after} if fault.retry_after else {}
            answer = Answer(fault.status, {"Content-Type": "text/plain", **extra}, b"service unavailable")
        elif kind == "challenge":
            answer = Answer(412, {"Content-Type": "text/html; charset=utf-8", "Set-Cookie": "FSSBBIl1UgzbN7N80S=x"},
                            CHALLENGE_PAGE)
        elif kind == "captcha":
            answer = Answer(200, {"Content-Type": "text/html; charset=utf-8"}, CAPTCHA_PAGE)
        elif kind == "forward" and fault is not None:
            target = fault.target or "https://" + parts.path.lstrip("/")
            answer = Answer(200, {"Content-Type": "text/html; charset=utf-8"}, forwarding_page(target))
        elif kind == "api_false":
            answer = Answer(200, {"Content-Type": "application/json;charset=UTF-8"},
                            b'{"code":"500","success":false,"msg":"system busy","data":null}')
        else:
            answer = self.replay.answer(method, parts.path, params, headers if kind is None else {})
        if fault is not None and answer.status == 200:
            answer = _transform(answer, fault)
        self._send(method, parts.path, answer, fault)

    def _send(self, method: str, path: str, answer: Answer, fault: Fault | None) -> None:
        body = answer.body
        self.send_response(answer.status)
        for key, value in answer.headers.items():
            self.send_header(key, value)
        if answer.status != 304:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.replay.note(method, path, answer.status, len(body))
        if method == "HEAD" or answer.status == 304:
            return
        if fault is not None and fault.kind == "truncate":
            self.wfile.write(body[: len(body) // 2])
            self.wfile.flush()
            self.close_connection = True
            return
        if fault is not None and fault.kind == "slow":
            self.wfile.write(body[:64])
            self.wfile.flush()
            # Hold the rest back (the client's read timeout fires first); released early on stop().
            self.replay.wait_stopping(fault.delay)
            self.close_connection = True
            return
        self.wfile.write(body)

    def _reset(self) -> None:
        # SO_LINGER with a zero timeout makes close() send RST instead of FIN: a connection reset.
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.close_connection = True
        self.connection.close()


def forwarding_page(target: str) -> bytes:
    """A same-template page with no article, forwarding by script (larger than the fetcher's JS-stub limit, so
    it reaches the parser, which names the target)."""
    nav = "".join(f'<li><a href="/column/{i}/index.html">栏目{i}</a></li>' for i in range(200))
    return (
        '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>页面跳转</title></head><body>'
        f'<div class="nav"><ul>{nav}</ul></div><div class="art-con art-con-bottonmLine"></div>'
        f"<script>window.location.href='{target}';</script></body></html>"
    ).encode()


def _transform(answer: Answer, fault: Fault) -> Answer:
    body, headers = answer.body, dict(answer.headers)
    if fault.kind == "gb18030":
        text = body.decode("utf-8").replace('charset="utf-8"', 'charset="gb18030"')
        text = text.replace("charset=utf-8", "charset=gb18030")
        body = text.encode("gb18030")
        base = headers.get("Content-Type", "text/html").split(";")[0]
        headers["Content-Type"] = f"{base}; charset=GB18030" if fault.declare_charset else base
    elif fault.kind == "zero_items":
        body = _zero_items(body)
    elif fault.kind == "oversize":
        body = body + b"<!--" + b" " * max(0, fault.size - len(body)) + b"-->"
    elif fault.kind == "nested":
        body = re.sub(rb"(<body[^>]*>)", lambda m: m.group(1) + b"<div>" * fault.size + b"</div>" * fault.size,
                      body, count=1)
    if body is not answer.body:
        headers.pop("ETag", None)
    return Answer(answer.status, headers, body)


def serve(root: Path | str, port: int = 0, faults: dict[str, Fault] | None = None) -> ReplayServer:
    """Start a replay server for ``root`` on 127.0.0.1 (``port=0`` picks a free port)."""
    return ReplayServer(Path(root), port=port, faults=faults)
