"""The bounce receiver: an SMTP or LMTP server (aiosmtpd) on the notifier's own port, where the
mail system delivers the delivery status notifications sent to our return paths.

Only signed return paths are accepted (``RCPT TO`` of anything else: 550), so a forged or stale
address never reaches the application. A message that is not a DSN (an auto-reply, spam) is
accepted and dropped; a failure of our own (database down) answers 451 so the sending server
keeps the DSN and tries again later.
"""

from __future__ import annotations

import asyncio
import contextlib
from typing import Any, Literal
from uuid import UUID

import structlog
from aiosmtpd.lmtp import LMTP
from aiosmtpd.smtp import SMTP, Envelope, Session

from notifier.app.bounces import Bounces
from notifier.domain.dsn import NotADeliveryReportError, parse_dsn
from notifier.domain.verp import InvalidReturnPathError, ReturnPaths

log = structlog.get_logger(__name__)

Protocol = Literal["smtp", "lmtp"]
_DATA_LIMIT = 10 * 1024 * 1024  # a DSN may return the whole original message (PDF attached)


class BounceHandler:
    """aiosmtpd's handler hooks (``handle_RCPT``, ``handle_DATA``)."""

    def __init__(self, paths: ReturnPaths, bounces: Bounces) -> None:
        self._paths = paths
        self._bounces = bounces

    async def handle_RCPT(
        self, server: SMTP, session: Session, envelope: Envelope, address: str, options: Any
    ) -> str:
        try:
            self._paths.email_id(address)
        except InvalidReturnPathError:
            log.warning("bounce.refused_recipient")
            return "550 5.1.1 Unknown return path"
        envelope.rcpt_tos.append(address)
        return "250 2.1.5 OK"

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        replies = [await self._one(envelope, rcpt) for rcpt in envelope.rcpt_tos]
        # LMTP answers once per recipient (RFC 2033); SMTP once for the message.
        if isinstance(server, LMTP):
            return "\r\n".join(replies)
        return next((r for r in replies if r.startswith("4")), replies[0])

    async def _one(self, envelope: Envelope, rcpt: str) -> str:
        email_id: UUID = self._paths.email_id(rcpt)
        raw = envelope.original_content or b""
        try:
            report = parse_dsn(raw)
        except NotADeliveryReportError as exc:
            log.info("bounce.not_a_dsn", email_id=str(email_id), why=str(exc))
            return "250 2.0.0 Ignored: not a delivery status notification"
        try:
            outcome = await self._bounces.receive(email_id, report)
        except Exception:
            log.exception("bounce.failed", email_id=str(email_id))
            return "451 4.3.0 Temporary failure, try again later"
        return f"250 2.0.0 {outcome}"


class BounceServer:
    """Listens while the notifier runs (started and stopped by the bootstrap)."""

    def __init__(
        self, handler: BounceHandler, host: str, port: int, protocol: Protocol = "smtp"
    ) -> None:
        self._handler = handler
        self._host = host
        self._port = port
        self._protocol = protocol
        self._server: asyncio.Server | None = None

    @property
    def port(self) -> int:
        """The bound port (the configured one, or the one chosen for port 0)."""
        if self._server is None or not self._server.sockets:
            return self._port
        port: int = self._server.sockets[0].getsockname()[1]
        return port

    async def start(self) -> None:
        kind = LMTP if self._protocol == "lmtp" else SMTP

        def factory() -> SMTP:
            return kind(self._handler, data_size_limit=_DATA_LIMIT, hostname="ouvrage-bounces")

        loop = asyncio.get_running_loop()
        self._server = await loop.create_server(factory, self._host, self._port)
        log.info("bounce.listening", port=self.port, protocol=self._protocol)

    async def stop(self) -> None:
        if self._server is not None:
            self._server.close()
            with contextlib.suppress(TimeoutError):  # an open session must not hold the stop
                await asyncio.wait_for(self._server.wait_closed(), 2)
            self._server = None

    def healthy(self) -> bool:
        return self._server is not None and self._server.is_serving()
