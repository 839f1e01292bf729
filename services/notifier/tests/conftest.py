"""Servers the notifier's tests start: a real DNS server serving SPF records (dnslib) and an
SMTP server (aiosmtpd) answering as each test needs."""

from __future__ import annotations

import socket
import time
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest
from dnslib import MX, QTYPE, RCODE, RR, TXT, A
from dnslib.server import BaseResolver, DNSLogger, DNSServer


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


@dataclass
class SpfZone:
    """What the test DNS server answers; tests edit it. Unknown names are NXDOMAIN."""

    txt: dict[str, list[str]] = field(default_factory=dict)
    hosts: dict[str, set[str]] = field(default_factory=dict)
    slow: set[str] = field(default_factory=set)
    ttl: int = 300
    ttls: dict[str, int] = field(default_factory=dict)
    queries: list[tuple[str, str]] = field(default_factory=list)
    slow_seconds: float = 2.0

    def spf(self, domain: str, record: str, ttl: int | None = None) -> None:
        self.txt[domain] = [record]
        if ttl is not None:
            self.ttls[domain] = ttl

    def ttl_of(self, name: str) -> int:
        return self.ttls.get(name, self.ttl)

    def count(self, qtype: str, name: str) -> int:
        return sum(1 for q in self.queries if q == (qtype, name))


class _ZoneResolver(BaseResolver):  # type: ignore[misc]
    def __init__(self, zone: SpfZone) -> None:
        self.zone = zone

    def resolve(self, request: Any, handler: Any) -> Any:
        name = str(request.q.qname).rstrip(".").lower()
        qtype = QTYPE[request.q.qtype]
        self.zone.queries.append((qtype, name))
        if name in self.zone.slow:
            time.sleep(self.zone.slow_seconds)  # answers after the client gave up
        reply = request.reply()
        known = name in self.zone.txt or name in self.zone.hosts
        if not known:
            reply.header.rcode = RCODE.NXDOMAIN
        elif qtype == "TXT":
            for record in self.zone.txt.get(name, []):
                chunks = [record[i : i + 255].encode() for i in range(0, len(record), 255)]
                reply.add_answer(RR(name, QTYPE.TXT, rdata=TXT(chunks), ttl=self.zone.ttl_of(name)))
        elif qtype == "A" and "A" in self.zone.hosts.get(name, set()):
            reply.add_answer(RR(name, QTYPE.A, rdata=A("192.0.2.10"), ttl=self.zone.ttl))
        elif qtype == "MX" and "MX" in self.zone.hosts.get(name, set()):
            reply.add_answer(RR(name, QTYPE.MX, rdata=MX(f"mx.{name}"), ttl=self.zone.ttl))
        return reply


@dataclass
class DnsServerHandle:
    zone: SpfZone
    port: int

    @property
    def address(self) -> str:
        return f"127.0.0.1:{self.port}"


@pytest.fixture(scope="session")
def notifier_dns() -> Iterator[DnsServerHandle]:
    """A real DNS server (UDP, 127.0.0.1, free port) answering from an editable zone."""
    zone = SpfZone()
    server = DNSServer(
        _ZoneResolver(zone),
        address="127.0.0.1",
        port=0,
        logger=DNSLogger(log="-request,-reply,-truncated,-error,-recv,-send,-data", prefix=False),
    )
    server.start_thread()
    try:
        yield DnsServerHandle(zone, server.server.server_address[1])
    finally:
        server.stop()  # the socket stays open: a slow answer may still be on its way


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
