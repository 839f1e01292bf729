"""A real DNS server for tests (dnslib, UDP on 127.0.0.1, a free port) answering from a zone the
tests edit: TXT records (SPF), A and MX hosts, slow names. Unknown names are NXDOMAIN.

    with running_dns_server() as dns:
        dns.zone.spf("masociete.example", "v=spf1 mx -all")
        resolver = dns.address  # "127.0.0.1:<port>", e.g. NOTIFIER_DNS_RESOLVER

The pytest plugin exposes one for the session as the ``dns_server`` fixture.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from dnslib import MX, QTYPE, RCODE, RR, TXT, A
from dnslib.server import BaseResolver, DNSLogger, DNSServer

_QUIET = "-request,-reply,-truncated,-error,-recv,-send,-data"


@dataclass
class SpfZone:
    """What the test DNS server answers; tests edit it. Unknown names are NXDOMAIN."""

    txt: dict[str, list[str]] = field(default_factory=dict)
    hosts: dict[str, set[str]] = field(default_factory=dict)
    slow: set[str] = field(default_factory=set)
    ttl: int = 300
    queries: list[tuple[str, str]] = field(default_factory=list)
    slow_seconds: float = 2.0

    def spf(self, domain: str, record: str, ttl: int | None = None) -> None:
        self.txt[domain.lower()] = [record]
        if ttl is not None:
            self.ttl = ttl

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
                reply.add_answer(RR(name, QTYPE.TXT, rdata=TXT(chunks), ttl=self.zone.ttl))
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
        """``host:port`` of the server, the form resolvers' settings take."""
        return f"127.0.0.1:{self.port}"


@contextlib.contextmanager
def running_dns_server(zone: SpfZone | None = None) -> Iterator[DnsServerHandle]:
    """A DNS server answering from ``zone`` (a new empty one by default) until the block ends."""
    zone = zone if zone is not None else SpfZone()
    server = DNSServer(
        _ZoneResolver(zone),
        address="127.0.0.1",
        port=0,
        logger=DNSLogger(log=_QUIET, prefix=False),
    )
    server.start_thread()
    try:
        yield DnsServerHandle(zone, server.server.server_address[1])
    finally:
        server.stop()
        server.server.server_close()
