"""Servers the notifier's tests start: a real DNS server serving SPF records (the shared dnslib
one of ouvrage_testing) and an SMTP server (aiosmtpd) answering as each test needs."""

from __future__ import annotations

import socket
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest
from ouvrage_testing.dns import DnsServerHandle, running_dns_server


@pytest.fixture(scope="session")
def notifier_free_port() -> Any:
    """A function giving a free TCP port on 127.0.0.1."""
    return free_port


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


# --- DNS ------------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def notifier_dns() -> Iterator[DnsServerHandle]:
    """A real DNS server of the notifier tests' own (they change its TTL and slow names)."""
    with running_dns_server() as handle:
        yield handle


# --- a controllable SMTP server -------------------------------------------------------------


@dataclass
class ScriptedSmtp:
    """An aiosmtpd server answering by recipient: ``tempfail<N>-…`` gets 451 N times then
    250; ``reject-…`` gets 550; ``drop-…`` loses the connection while taking the message."""

    port: int
    received: list[Any] = field(default_factory=list)
    attempts: dict[str, int] = field(default_factory=lambda: defaultdict(int))


class _ScriptedHandler:
    def __init__(self, state: ScriptedSmtp) -> None:
        self.state = state

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        recipient = envelope.rcpt_tos[0]
        local = recipient.split("@")[0]
        self.state.attempts[recipient] += 1
        if local.startswith("reject-"):
            return "550 5.1.1 Mailbox unavailable: recipient rejected"
        if local.startswith("tempfail"):
            wanted = int(local[len("tempfail") : local.index("-")])
            if self.state.attempts[recipient] <= wanted:
                return "451 4.7.1 Greylisted, please try again later"
        if local.startswith("drop-"):
            server.transport.close()
            return "421 closing"
        self.state.received.append(envelope)
        return "250 2.0.0 OK"


@pytest.fixture(scope="session")
def scripted_smtp() -> Iterator[ScriptedSmtp]:
    from aiosmtpd.controller import Controller

    state = ScriptedSmtp(port=free_port())
    controller = Controller(_ScriptedHandler(state), hostname="127.0.0.1", port=state.port)
    controller.start()
    try:
        yield state
    finally:
        controller.stop()
