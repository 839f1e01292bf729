"""Local SMTP sink: accepts every message, keeps it as an .eml file, serves a small read API.

SMTP on --smtp-port (default 2525); HTTP on --http-port (default 8025):
  GET /                        plain HTML index (newest first)
  GET /api/messages            JSON list, in the order received
  GET /api/messages/{id}       one message as JSON
  GET /api/messages/{id}/raw   the message exactly as received (message/rfc822)
  DELETE /api/messages         delete every message (DELETE /api/messages/{id}: one)
Each message is <dir>/<id>.eml plus <id>.json holding the SMTP envelope: ``mail_from`` is the
envelope sender, i.e. the return path bounces go to (the notifier's per-message VERP address).
"""

from __future__ import annotations

import argparse
import asyncio
import html
import json
import os
import re
import signal
import threading
import uuid
from datetime import UTC, datetime
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from aiosmtpd.smtp import SMTP, AuthResult, Envelope, Session

MESSAGE_ID = re.compile(r"^[0-9A-Za-z_.-]+$")


class MessageStore:
    """The .eml files of one directory; parsed summaries are cached (files never change)."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.directory.mkdir(parents=True, exist_ok=True)
        self._cache: dict[str, dict[str, Any]] = {}
        self._lock = threading.Lock()

    def save(self, mail_from: str, rcpt_to: list[str], content: bytes) -> str:
        now = datetime.now(UTC)
        message_id = f"{now:%Y%m%d-%H%M%S-%f}-{uuid.uuid4().hex[:8]}"
        envelope = {"received_at": now.isoformat(), "mail_from": mail_from, "rcpt_to": rcpt_to}
        self._write(f"{message_id}.eml", content)
        # the envelope file is written last: its presence marks a complete message
        self._write(f"{message_id}.json", json.dumps(envelope).encode())
        return message_id

    def _write(self, name: str, data: bytes) -> None:
        partial = self.directory / f".{name}.partial"
        partial.write_bytes(data)
        os.replace(partial, self.directory / name)

    def ids(self) -> list[str]:
        return sorted(p.stem for p in self.directory.glob("*.json"))

    def raw(self, message_id: str) -> bytes | None:
        if not MESSAGE_ID.match(message_id):
            return None
        path = self.directory / f"{message_id}.eml"
        return path.read_bytes() if path.exists() else None

    def get(self, message_id: str) -> dict[str, Any] | None:
        with self._lock:
            if message_id in self._cache:
                return self._cache[message_id]
        raw = self.raw(message_id)
        if raw is None:
            return None
        try:
            envelope = json.loads((self.directory / f"{message_id}.json").read_text())
        except (OSError, ValueError):
            return None
        summary = {"id": message_id, **envelope, **summarize(raw)}
        with self._lock:
            self._cache[message_id] = summary
        return summary

    def all(self) -> list[dict[str, Any]]:
        found = (self.get(message_id) for message_id in self.ids())
        return [summary for summary in found if summary is not None]

    def delete(self, message_id: str | None = None) -> int:
        targets = self.ids() if message_id is None else [message_id]
        removed = 0
        with self._lock:
            for target in targets:
                if not MESSAGE_ID.match(target):
                    continue
                self._cache.pop(target, None)
                for suffix in (".json", ".eml"):
                    path = self.directory / f"{target}{suffix}"
                    if path.exists():
                        path.unlink(missing_ok=True)
                        removed += suffix == ".json"
        return removed


def summarize(raw: bytes) -> dict[str, Any]:
    """What a test or a person wants to see of a message."""
    message = BytesParser(policy=policy.default).parsebytes(raw)
    assert isinstance(message, EmailMessage)
    return {
        "subject": _header(message, "subject"),
        "from": _header(message, "from"),
        "reply_to": _header(message, "reply-to"),
        "to": _header(message, "to"),
        "cc": _header(message, "cc"),
        "headers": [[name, str(value)] for name, value in message.items()],
        "text": _body(message, "plain"),
        "html": _body(message, "html"),
        "attachments": [
            {
                "filename": part.get_filename(),
                "content_type": part.get_content_type(),
                "size": len(part.get_payload(decode=True) or b""),
            }
            for part in message.iter_attachments()
        ],
        "size": len(raw),
    }


def _header(message: EmailMessage, name: str) -> str | None:
    value = message.get(name)
    return None if value is None else str(value)


def _body(message: EmailMessage, subtype: str) -> str | None:
    part = message.get_body(preferencelist=(subtype,))
    if part is None or part.get_content_type() != f"text/{subtype}":
        return None
    content = part.get_content()
    return content if isinstance(content, str) else None


class SinkHandler:
    """aiosmtpd handler: every recipient is accepted, every message kept."""

    def __init__(self, store: MessageStore) -> None:
        self.store = store

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        content = envelope.original_content or envelope.content or b""
        if isinstance(content, str):
            content = content.encode()
        rcpt_to = [str(rcpt) for rcpt in envelope.rcpt_tos]
        await asyncio.to_thread(self.store.save, str(envelope.mail_from), rcpt_to, content)
        return "250 Message accepted for delivery"


def accept_any_login(*_args: Any) -> AuthResult:
    # a sink: clients configured with credentials must be able to log in with any of them
    return AuthResult(success=True)


def make_http_handler(store: MessageStore) -> type[BaseHTTPRequestHandler]:
    class Api(BaseHTTPRequestHandler):
        server_version = "OuvrageSmtpSink/1"

        def log_message(self, format: str, *args: Any) -> None:
            pass

        def do_GET(self) -> None:
            path = self.path.split("?", 1)[0].rstrip("/")
            parts = path.split("/")
            if path == "":
                self._send(HTTPStatus.OK, "text/html; charset=utf-8", index_page(store).encode())
            elif path == "/api/messages":
                self._json(HTTPStatus.OK, store.all())
            elif len(parts) == 4 and path.startswith("/api/messages/"):
                summary = store.get(parts[3])
                if summary is None:
                    self._json(*self._missing())
                else:
                    self._json(HTTPStatus.OK, summary)
            elif len(parts) == 5 and path.startswith("/api/messages/") and parts[4] == "raw":
                raw = store.raw(parts[3])
                if raw is None:
                    self._json(*self._missing())
                else:
                    self._send(HTTPStatus.OK, "message/rfc822", raw)
            else:
                self._json(*self._missing())

        def do_DELETE(self) -> None:
            path = self.path.split("?", 1)[0].rstrip("/")
            if path == "/api/messages":
                self._json(HTTPStatus.OK, {"deleted": store.delete()})
            elif path.startswith("/api/messages/") and path.count("/") == 3:
                self._json(HTTPStatus.OK, {"deleted": store.delete(path.rsplit("/", 1)[1])})
            else:
                self._json(*self._missing())

        @staticmethod
        def _missing() -> tuple[HTTPStatus, dict[str, str]]:
            return HTTPStatus.NOT_FOUND, {"error": "not found"}

        def _json(self, status: HTTPStatus, body: Any) -> None:
            self._send(status, "application/json", json.dumps(body).encode())

        def _send(self, status: HTTPStatus, content_type: str, body: bytes) -> None:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    return Api


def index_page(store: MessageStore) -> str:
    rows = "".join(
        "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td>"
        "<td><a href='/api/messages/{}/raw'>{}</a></td><td>{}</td></tr>".format(
            html.escape(m["received_at"]),
            html.escape(m["from"] or m["mail_from"]),
            html.escape(m["mail_from"] or "<>"),
            html.escape(", ".join(m["rcpt_to"])),
            html.escape(m["id"]),
            html.escape(m["subject"] or "(no subject)"),
            html.escape(", ".join(a["filename"] or "?" for a in m["attachments"])),
        )
        for m in reversed(store.all())
    )
    return (
        "<!doctype html><html><head><meta charset='utf-8'><title>Ouvrage SMTP sink</title>"
        "</head><body><h1>Ouvrage SMTP sink</h1><p>JSON: <a href='/api/messages'>"
        "/api/messages</a></p><table border='1' cellpadding='4'><tr><th>received</th>"
        "<th>from</th><th>return path (MAIL FROM)</th><th>to</th><th>subject</th>"
        "<th>attachments</th></tr>"
        f"{rows}</table></body></html>"
    )


async def serve(args: argparse.Namespace) -> None:
    store = MessageStore(Path(args.dir))
    httpd = ThreadingHTTPServer((args.host, args.http_port), make_http_handler(store))
    threading.Thread(target=httpd.serve_forever, name="http", daemon=True).start()
    loop = asyncio.get_running_loop()
    handler = SinkHandler(store)
    smtp = await loop.create_server(
        lambda: SMTP(
            handler,
            hostname="ouvrage-smtp-sink",
            enable_SMTPUTF8=True,
            authenticator=accept_any_login,
            auth_require_tls=False,
        ),
        args.host,
        args.smtp_port,
    )
    stop = asyncio.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    print(f"smtp sink: smtp {args.host}:{args.smtp_port}, http {args.http_port}", flush=True)
    await stop.wait()
    smtp.close()
    await smtp.wait_closed()
    httpd.shutdown()


def main() -> None:
    parser = argparse.ArgumentParser(description="Ouvrage local SMTP sink")
    parser.add_argument("--dir", required=True, help="where the .eml files go")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--smtp-port", type=int, default=2525)
    parser.add_argument("--http-port", type=int, default=8025)
    asyncio.run(serve(parser.parse_args()))


if __name__ == "__main__":
    main()
