"""Loopback sinks for tests and the demo: an SMTP server and an HTTP server that write what they receive.

``SmtpSink`` (aiosmtpd) writes each message as ``mail-NNN.eml`` and its HTML part as ``mail-NNN.html``;
``HttpSink`` (http.server) writes each POST as ``slack-NNN.json`` (paths under ``/services/``, the Slack
webhook shape) or ``webhook-NNN.json`` (anything else, e.g. apprise ``json://``). Both bind 127.0.0.1 only,
on a free port unless one is given, and let a caller wait for N messages without sleeping.
"""

from __future__ import annotations

import asyncio
import email
import email.policy
import json
import socket
import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import quote

from aiosmtpd.controller import Controller

HOST = "127.0.0.1"


class _Inbox:
    """Files written so far, and a condition to wait on their number."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.folder.mkdir(parents=True, exist_ok=True)
        self.files: list[Path] = []
        self._cond = threading.Condition()

    def next_number(self) -> int:
        with self._cond:
            return len(self.files) + 1

    def add(self, path: Path) -> None:
        with self._cond:
            self.files.append(path)
            self._cond.notify_all()

    def wait_for(self, count: int, timeout: float) -> list[Path]:
        with self._cond:
            if not self._cond.wait_for(lambda: len(self.files) >= count, timeout=timeout):
                raise TimeoutError(f"{self.folder}: {len(self.files)} message(s) received, expected {count}")
            return list(self.files)


def _write(path: Path, data: bytes) -> None:
    # Written whole, then renamed: a reader never sees half a message.
    tmp = path.with_suffix(path.suffix + ".part")
    tmp.write_bytes(data)
    tmp.replace(path)


def _bind(port: int) -> socket.socket:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((HOST, port))
    return sock


class _SocketController(Controller):
    """aiosmtpd's Controller on a socket bound beforehand, so port 0 works and the port is known."""

    def __init__(self, handler: Any, sock: socket.socket) -> None:
        super().__init__(handler, hostname=HOST, port=sock.getsockname()[1])
        self._sock = sock

    def _create_server(self) -> Any:
        return self.loop.create_server(self._factory_invoker, sock=self._sock, ssl=self.ssl_context)


class _MailHandler:
    def __init__(self, sink: SmtpSink) -> None:
        self.sink = sink

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802 (aiosmtpd's name)
        await asyncio.to_thread(self.sink._store, bytes(envelope.original_content or envelope.content))
        return "250 Message accepted for delivery"


class SmtpSink:
    """A real SMTP server on 127.0.0.1 that writes every received message into ``folder``."""

    def __init__(self, folder: Path, port: int = 0) -> None:
        self.inbox = _Inbox(Path(folder))
        self.port = port
        self._controller: _SocketController | None = None
        self._lock = threading.Lock()

    def start(self) -> SmtpSink:
        if self._controller is not None:
            return self
        sock = _bind(self.port)
        self._controller = _SocketController(_MailHandler(self), sock)
        self._controller.start()
        self.port = self._controller.port
        return self

    def stop(self) -> None:
        if self._controller is not None:
            self._controller.stop()
            self._controller = None

    def __enter__(self) -> SmtpSink:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _store(self, raw: bytes) -> None:
        with self._lock:
            number = self.inbox.next_number()
            eml = self.inbox.folder / f"mail-{number:03d}.eml"
            message = email.message_from_bytes(raw, policy=email.policy.default)
            html = message.get_body(preferencelist=("html",)) if hasattr(message, "get_body") else None
            if html is not None:
                _write(eml.with_suffix(".html"), html.get_content().encode("utf-8"))
            _write(eml, raw)
            self.inbox.add(eml)

    @property
    def messages(self) -> list[Path]:
        return list(self.inbox.files)

    def wait_for(self, count: int, timeout: float = 10.0) -> list[Path]:
        """The .eml files once at least ``count`` arrived; TimeoutError otherwise."""
        return self.inbox.wait_for(count, timeout)

    def apprise_url(self, to: str = "compliance@example.org", sender: str = "policywatch@example.org") -> str:
        """An apprise ``mailto://`` URL delivering to this sink in plain SMTP (loopback, no TLS)."""
        return (
            f"mailto://{HOST}:{self.port}?from={quote(sender)}&to={quote(to)}"
            f"&smtp={HOST}&mode=insecure&name=policywatch"
        )


class _PostHandler(BaseHTTPRequestHandler):
    server: _SinkServer

    def do_POST(self) -> None:  # noqa: N802 (http.server's name)
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length)
        status = self.server.sink._take_fault()
        if status is None:
            status = 200 if self.server.sink._store(self.path, self.headers.get("Content-Type"), body) else 503
        reply = b"ok" if status == 200 else b"error"
        self.send_response(status)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(reply)))
        self.end_headers()
        self.wfile.write(reply)

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 (http.server's signature)
        return  # keep test output quiet; the files are the record


class _SinkServer(ThreadingHTTPServer):
    daemon_threads = True
    sink: HttpSink


class HttpSink:
    """A real HTTP server on 127.0.0.1 recording Slack webhook and JSON posts into ``folder``.

    ``fail_next(n, status)`` makes the next ``n`` posts answer ``status`` without being recorded.
    ``before_store(path)`` (optional) runs in the request thread before a post is recorded; returning False drops
    the post with a 503, as if it never arrived (tests hold a post there, then cut it off).
    """

    def __init__(self, folder: Path, port: int = 0, before_store: Callable[[str], bool] | None = None) -> None:
        self.inbox = _Inbox(Path(folder))
        self.port = port
        self.before_store = before_store
        self._server: _SinkServer | None = None
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        self._faults: list[int] = []

    def start(self) -> HttpSink:
        if self._server is not None:
            return self
        server = _SinkServer((HOST, self.port), _PostHandler)
        server.sink = self
        self._server = server
        self.port = server.server_address[1]
        self._thread = threading.Thread(target=server.serve_forever, name="http-sink", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def __enter__(self) -> HttpSink:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def url(self) -> str:
        return f"http://{HOST}:{self.port}"

    def slack_url(self) -> str:
        """A ``slack://`` webhook URL (dummy tokens) for use with ``POLICYWATCH_SLACK_WEBHOOK_BASE=self.url``."""
        return "slack://T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX"

    def json_url(self, path: str = "/hooks/json") -> str:
        return f"json://{HOST}:{self.port}{path}"

    def fail_next(self, count: int, status: int = 500) -> None:
        with self._lock:
            self._faults.extend([status] * count)

    def _take_fault(self) -> int | None:
        with self._lock:
            return self._faults.pop(0) if self._faults else None

    def _store(self, path: str, content_type: str | None, body: bytes) -> bool:
        if self.before_store is not None and not self.before_store(path):
            return False
        try:
            parsed: Any = json.loads(body)
        except ValueError:
            parsed = body.decode("utf-8", "replace")
        kind = "slack" if path.startswith("/services/") else "webhook"
        record = {"path": path, "content_type": content_type, "body": parsed}
        with self._lock:
            number = self.inbox.next_number()
            out = self.inbox.folder / f"{kind}-{number:03d}.json"
            _write(out, json.dumps(record, ensure_ascii=False, indent=2).encode("utf-8"))
            self.inbox.add(out)
        return True

    @property
    def messages(self) -> list[Path]:
        return list(self.inbox.files)

    def wait_for(self, count: int, timeout: float = 10.0) -> list[Path]:
        """The .json files once at least ``count`` arrived; TimeoutError otherwise."""
        return self.inbox.wait_for(count, timeout)


def demo_environment(smtp: SmtpSink, http: HttpSink) -> dict[str, str]:
    """The variables ``config/demo/channels.yml`` names, pointing at these sinks (set them in os.environ)."""
    from policywatch.notifier.channels import SLACK_WEBHOOK_BASE_ENV

    return {
        "POLICYWATCH_DEMO_EMAIL_URL": smtp.apprise_url(),
        "POLICYWATCH_DEMO_SLACK_URL": http.slack_url(),
        SLACK_WEBHOOK_BASE_ENV: http.url,
    }
