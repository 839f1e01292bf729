"""Whose address an email goes out from: the company's, or the platform's with a Reply-To."""

from __future__ import annotations

from dataclasses import dataclass

from notifier.domain.sender_domain import domain_of
from notifier.domain.spf import SpfCheck


@dataclass(frozen=True)
class Platform:
    address: str
    name: str


@dataclass(frozen=True)
class SenderIdentity:
    envelope_from: str
    from_name: str
    from_address: str
    reply_to: str | None
    via_platform: bool

    @property
    def domain(self) -> str:
        return domain_of(self.from_address)


def choose_sender(
    company_name: str, company_address: str | None, check: SpfCheck | None, platform: Platform
) -> SenderIdentity:
    """The company's address when its SPF authorises the platform; else the platform's, with
    the company's address to reply to (the mail arrives instead of bouncing)."""
    if company_address and check is not None and check.authorised:
        return SenderIdentity(company_address, company_name, company_address, None, False)
    if company_address:
        name = f"{company_name} via {platform.name}" if company_name else platform.name
        return SenderIdentity(platform.address, name, platform.address, company_address, True)
    return SenderIdentity(
        platform.address, company_name or platform.name, platform.address, None, True
    )
