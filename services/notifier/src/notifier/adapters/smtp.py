"""SMTP with aiosmtplib: one session per message, transient failures retried with tenacity.

Failures are sorted by when they happen. Before DATA, or a 4xx/5xx reply to the message, the
server has not taken it: 4xx and connection errors are transient (retried), 5xx permanent.
A connection lost while the message is being taken is neither: the server may have it, so it is
reported as unconfirmed and never retried here.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from email.message import EmailMessage

import aiosmtplib
import structlog
from tenacity import (
    AsyncRetrying,
    retry_if_exception_type,
    stop_after_attempt,
    wait_exponential,
)

from notifier.app.ports import (
    PermanentDeliveryError,
    TransientDeliveryError,
    UnconfirmedDeliveryError,
)
from notifier.settings import NotifierSettings

log = structlog.get_logger(__name__)


def _reason(exc: aiosmtplib.SMTPResponseException) -> str:
    return f"{exc.code} {exc.message}".strip()


def _response_error(exc: aiosmtplib.SMTPResponseException) -> Exception:
    if 400 <= exc.code < 500:
        return TransientDeliveryError(_reason(exc))
    return PermanentDeliveryError(_reason(exc))


class SmtpMailer:
    def __init__(self, settings: NotifierSettings) -> None:
        self._settings = settings

    async def send(
        self,
        message: EmailMessage,
        *,
        envelope_from: str,
        recipient: str,
        before_data: Callable[[], Awaitable[None]],
    ) -> None:
        """Send ``message``; raises Transient-, Permanent- or UnconfirmedDeliveryError."""
        s = self._settings
        retrying = AsyncRetrying(
            stop=stop_after_attempt(max(1, s.smtp_retry_attempts)),
            wait=wait_exponential(multiplier=s.smtp_retry_wait, max=s.smtp_retry_max_wait),
            retry=retry_if_exception_type(TransientDeliveryError),
            reraise=True,
        )
        async for attempt in retrying:
            with attempt:
                await self._session(message, envelope_from, recipient, before_data)

    async def _session(
        self,
        message: EmailMessage,
        envelope_from: str,
        recipient: str,
        before_data: Callable[[], Awaitable[None]],
    ) -> None:
        smtp = self._client()
        try:
            await self._envelope(smtp, envelope_from, recipient)
            await before_data()
            await self._data(smtp, message)
        finally:
            if smtp.is_connected:
                try:
                    await smtp.quit()
                except aiosmtplib.SMTPException:
                    smtp.close()

    def _client(self) -> aiosmtplib.SMTP:
        s = self._settings
        password = s.smtp_password.get_secret_value() if s.smtp_password else None
        return aiosmtplib.SMTP(
            hostname=s.smtp_host,
            port=s.smtp_port,
            timeout=s.smtp_timeout,
            start_tls=s.smtp_starttls,
            username=s.smtp_username,
            password=password,
        )

    async def _envelope(self, smtp: aiosmtplib.SMTP, envelope_from: str, recipient: str) -> None:
        try:
            await smtp.connect()
            await smtp.mail(envelope_from)
            await smtp.rcpt(recipient)
        except aiosmtplib.SMTPResponseException as exc:
            log.warning("smtp.refused_before_data", code=exc.code)
            raise _response_error(exc) from exc
        except (aiosmtplib.SMTPException, OSError) as exc:
            log.warning("smtp.unreachable", error=type(exc).__name__)
            raise TransientDeliveryError(
                f"Serveur SMTP injoignable ({type(exc).__name__})"
            ) from exc

    async def _data(self, smtp: aiosmtplib.SMTP, message: EmailMessage) -> None:
        try:
            await smtp.data(message.as_bytes())
        except aiosmtplib.SMTPResponseException as exc:
            log.warning("smtp.refused_message", code=exc.code)
            raise _response_error(exc) from exc
        except (aiosmtplib.SMTPException, OSError) as exc:
            log.error("smtp.lost_during_data", error=type(exc).__name__)
            raise UnconfirmedDeliveryError(
                f"Connexion perdue pendant la transmission ({type(exc).__name__})"
            ) from exc
