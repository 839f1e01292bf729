"""The SPF evaluation's DNS port, with dnspython, each answer cached for its record's TTL.

Synchronous on purpose: the evaluation runs in a worker thread (``asyncio.to_thread``). Negative
answers (NXDOMAIN, no data) are cached for the zone's negative TTL when the server gives its SOA,
else ``negative_ttl``. Failures (timeouts, SERVFAIL) are remembered for ``failure_ttl`` only (0:
not at all), so that a dead resolver costs one timeout per name, not one per email.
Every answer is kept at least ``min_ttl`` (a TTL of 0 would make each email a DNS query), and
the cache holds at most ``max_entries`` names, least recently used out first.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable

import dns.exception
import dns.message
import dns.nameserver
import dns.rdatatype
import dns.resolver
import structlog

from notifier.domain.spf import DnsTemporaryError, RecordType

log = structlog.get_logger(__name__)

Clock = Callable[[], float]


class DnsPythonResolver:
    def __init__(
        self,
        nameserver: tuple[str, int] | None,
        *,
        timeout: float,
        negative_ttl: int = 300,
        failure_ttl: float = 0.0,
        min_ttl: float = 60.0,
        max_entries: int = 10_000,
        clock: Clock = time.monotonic,
    ) -> None:
        self._resolver = dns.resolver.Resolver(configure=nameserver is None)
        if nameserver is not None:
            host, port = nameserver
            self._resolver.nameservers = [dns.nameserver.Do53Nameserver(host, port)]
        self._resolver.timeout = timeout
        self._resolver.lifetime = timeout
        self._negative_ttl = negative_ttl
        self._failure_ttl = failure_ttl
        self._clock = clock
        self._min_ttl = min_ttl
        self._max_entries = max_entries
        self._cache: OrderedDict[
            tuple[str, str], tuple[float, tuple[str, ...] | DnsTemporaryError]
        ] = OrderedDict()
        self._lock = threading.Lock()

    def txt(self, name: str) -> tuple[str, ...]:
        return self._lookup(name, "TXT")

    def has_records(self, name: str, rdtype: RecordType) -> bool:
        return bool(self._lookup(name, rdtype))

    def _lookup(self, name: str, rdtype: str) -> tuple[str, ...]:
        key = (rdtype, name.lower())
        now = self._clock()
        with self._lock:
            cached = self._cache.get(key)
            if cached is not None:
                self._cache.move_to_end(key)
        if cached is not None and cached[0] > now:
            if isinstance(cached[1], DnsTemporaryError):
                raise cached[1]
            return cached[1]
        try:
            values, ttl = self._query(name, rdtype)
        except DnsTemporaryError as exc:
            if self._failure_ttl > 0:
                self._remember(key, now + self._failure_ttl, exc)
            raise
        self._remember(key, now + max(ttl, self._min_ttl), values)
        return values

    def _remember(
        self, key: tuple[str, str], until: float, value: tuple[str, ...] | DnsTemporaryError
    ) -> None:
        with self._lock:
            self._cache[key] = (until, value)
            self._cache.move_to_end(key)
            while len(self._cache) > self._max_entries:
                self._cache.popitem(last=False)

    def __len__(self) -> int:
        return len(self._cache)

    def _query(self, name: str, rdtype: str) -> tuple[tuple[str, ...], float]:
        try:
            answer = self._resolver.resolve(name, rdtype, search=False)
        except (dns.resolver.NXDOMAIN, dns.resolver.NoAnswer) as exc:
            return (), self._negative_ttl_of(exc)
        except dns.exception.Timeout as exc:
            log.warning("dns.timeout", rdtype=rdtype)
            raise DnsTemporaryError("timeout") from exc
        except dns.exception.DNSException as exc:
            log.warning("dns.failed", rdtype=rdtype, error=type(exc).__name__)
            raise DnsTemporaryError(type(exc).__name__) from exc
        rrset = answer.rrset
        if rrset is None:
            return (), self._negative_ttl
        return tuple(_text(rdata) for rdata in rrset), float(rrset.ttl)

    def _negative_ttl_of(self, exc: dns.exception.DNSException) -> float:
        response = _response_of(exc)
        if response is not None:
            for rrset in response.authority:
                if rrset.rdtype == dns.rdatatype.SOA:
                    return float(min(rrset.ttl, rrset[0].minimum, self._negative_ttl))
        return float(self._negative_ttl)

    def clear(self) -> None:
        with self._lock:
            self._cache.clear()


def _response_of(exc: dns.exception.DNSException) -> dns.message.Message | None:
    if isinstance(exc, dns.resolver.NoAnswer):
        response = exc.response()  # type: ignore[no-untyped-call]
        return response if isinstance(response, dns.message.Message) else None
    if isinstance(exc, dns.resolver.NXDOMAIN):
        responses = exc.responses()  # type: ignore[no-untyped-call]
        return next(iter(responses.values()), None) if responses else None
    return None


def _text(rdata: object) -> str:
    strings = getattr(rdata, "strings", None)
    if strings is not None:  # TXT: the character-strings of one record, joined (RFC 7208 3.3)
        return "".join(s.decode("utf-8", "replace") for s in strings)
    return str(rdata)
