"""Does a sender domain's SPF record authorise the platform to send its mail? (RFC 7208)

The platform is authorised when evaluating the domain's record for a message sent by the
platform's servers would give ``pass``: an ``include:`` of the platform's SPF domain is reached,
directly or through nested includes and ``redirect=``, with the ``+`` qualifier, before any
``all``. Other mechanisms (``a``, ``mx``, ``ip4``...) are taken not to match the platform's
servers, but they are counted like a receiver counts them: more than 10 DNS-querying terms, or
more than 2 lookups that find nothing, make the record a ``permerror``.

Pure: DNS is reached through the small synchronous ``DnsPort`` below.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Literal, Protocol

MAX_DNS_LOOKUPS = 10
MAX_VOID_LOOKUPS = 2
_DNS_MECHANISMS = {"include", "a", "mx", "ptr", "exists"}
_KNOWN_MECHANISMS = _DNS_MECHANISMS | {"all", "ip4", "ip6"}
_QUALIFIERS = "+-~?"

RecordType = Literal["A", "MX"]


class Verdict(StrEnum):
    """RFC 7208 results, for a message sent by the platform's servers."""

    PASS = "pass"  # noqa: S105 - an SPF result, not a password
    FAIL = "fail"
    SOFTFAIL = "softfail"
    NEUTRAL = "neutral"
    NONE = "none"
    PERMERROR = "permerror"
    TEMPERROR = "temperror"


_BY_QUALIFIER = {
    "+": Verdict.PASS,
    "-": Verdict.FAIL,
    "~": Verdict.SOFTFAIL,
    "?": Verdict.NEUTRAL,
}


class DnsTemporaryError(Exception):
    """The DNS did not answer (timeout, SERVFAIL): nothing can be concluded."""


class DnsPort(Protocol):
    """What the evaluation asks the DNS. An empty answer means NXDOMAIN or no data."""

    def txt(self, name: str) -> tuple[str, ...]:
        """The TXT records of ``name``, each one's strings joined."""
        ...

    def has_records(self, name: str, rdtype: RecordType) -> bool:
        """Whether ``name`` has at least one record of ``rdtype``."""
        ...


@dataclass(frozen=True)
class Term:
    qualifier: str
    name: str
    value: str | None
    modifier: bool = False

    @property
    def text(self) -> str:
        prefix = "" if self.qualifier == "+" else self.qualifier
        if self.modifier:
            return f"{self.name}={self.value}"
        return f"{prefix}{self.name}" + (f":{self.value}" if self.value else "")


@dataclass(frozen=True)
class SpfCheck:
    """The outcome for one domain: verdict, why (a stable reason code), and what was seen."""

    domain: str
    verdict: Verdict
    reason: str
    record: str | None = None
    lookups: int = 0
    void_lookups: int = 0
    chain: tuple[str, ...] = ()
    detail: str | None = None

    @property
    def authorised(self) -> bool:
        return self.verdict is Verdict.PASS


class SpfSyntaxError(ValueError):
    """The record does not parse."""


class _PermError(Exception):
    def __init__(self, reason: str, detail: str | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.detail = detail


@dataclass
class _Context:
    dns: DnsPort
    platform: str
    lookups: int = 0
    voids: int = 0
    void_names: list[str] = field(default_factory=list)

    def count_lookup(self, term: Term) -> None:
        self.lookups += 1
        if self.lookups > MAX_DNS_LOOKUPS:
            raise _PermError("lookup_limit", term.text)

    def count_void(self, name: str) -> None:
        self.voids += 1
        self.void_names.append(name)
        if self.voids > MAX_VOID_LOOKUPS:
            raise _PermError("void_limit", ", ".join(self.void_names))


@dataclass(frozen=True)
class _Result:
    verdict: Verdict
    reason: str
    chain: tuple[str, ...] = ()


def normalise(domain: str) -> str:
    return domain.strip().rstrip(".").lower()


def is_spf_record(text: str) -> bool:
    lowered = text.lower()
    return lowered == "v=spf1" or lowered.startswith("v=spf1 ")


def parse(record: str) -> list[Term]:
    """The terms of a ``v=spf1`` record, in order; ``SpfSyntaxError`` on an unknown term."""
    terms: list[Term] = []
    for token in record.split()[1:]:
        terms.append(_parse_term(token))
    return terms


def _parse_term(token: str) -> Term:
    name_part, sep, value = token.partition("=")
    if sep and name_part.isidentifier() and ":" not in name_part and "/" not in name_part:
        return Term("+", name_part.lower(), value, modifier=True)  # redirect=, exp=, unknown ones
    qualifier = token[0] if token[0] in _QUALIFIERS else "+"
    body = token[1:] if token[0] in _QUALIFIERS else token
    name, _, arg = body.partition(":")
    name, _, cidr = name.partition("/")
    name = name.lower()
    if name not in _KNOWN_MECHANISMS:
        raise SpfSyntaxError(token)
    if name in ("include", "exists", "ip4", "ip6") and not arg:
        raise SpfSyntaxError(token)
    if name == "all" and (arg or cidr):
        raise SpfSyntaxError(token)
    return Term(qualifier, name, arg or None)


def check(domain: str, platform_spf_domain: str, dns: DnsPort) -> SpfCheck:
    """Evaluate ``domain``'s SPF record for mail sent through the platform."""
    domain = normalise(domain)
    ctx = _Context(dns=dns, platform=normalise(platform_spf_domain))
    record: str | None = None
    try:
        record = _record_of(domain, dns)
        if record is None:
            return SpfCheck(domain, Verdict.NONE, "no_record")
        result = _evaluate(domain, record, ctx, (domain,))
    except _PermError as exc:
        return _done(domain, Verdict.PERMERROR, exc.reason, record, ctx, detail=exc.detail)
    except DnsTemporaryError:
        return _done(domain, Verdict.TEMPERROR, "dns_unavailable", record, ctx)
    return _done(domain, result.verdict, result.reason, record, ctx, chain=result.chain)


def _done(
    domain: str,
    verdict: Verdict,
    reason: str,
    record: str | None,
    ctx: _Context,
    *,
    chain: tuple[str, ...] = (),
    detail: str | None = None,
) -> SpfCheck:
    return SpfCheck(domain, verdict, reason, record, ctx.lookups, ctx.voids, chain, detail)


def _record_of(domain: str, dns: DnsPort) -> str | None:
    records = [r for r in dns.txt(domain) if is_spf_record(r)]
    if len(records) > 1:
        raise _PermError("multiple_records", domain)
    return records[0] if records else None


def _evaluate(domain: str, record: str, ctx: _Context, chain: tuple[str, ...]) -> _Result:
    try:
        terms = parse(record)
    except SpfSyntaxError as exc:
        raise _PermError("syntax", f"{domain}: {exc}") from exc
    for term in (t for t in terms if not t.modifier):
        matched = _matches(domain, term, ctx, chain)
        if matched is not None:
            return _Result(_BY_QUALIFIER[term.qualifier], _reason_for(term), matched)
    redirect = next((t for t in terms if t.modifier and t.name == "redirect"), None)
    if redirect is not None and redirect.value:
        return _follow_redirect(redirect, ctx, chain)
    return _Result(Verdict.NEUTRAL, "no_match")


def _reason_for(term: Term) -> str:
    if term.name == "all":
        return f"all_{_BY_QUALIFIER[term.qualifier].value}"
    return "authorised" if term.qualifier == "+" else f"include_{_BY_QUALIFIER[term.qualifier]}"


def _matches(
    domain: str, term: Term, ctx: _Context, chain: tuple[str, ...]
) -> tuple[str, ...] | None:
    """The include chain if ``term`` matches the platform's servers, else None."""
    if term.name == "all":
        return chain
    if term.name in _DNS_MECHANISMS:
        ctx.count_lookup(term)
    if term.name == "include":
        return _include_matches(term, ctx, chain)
    if term.name in ("a", "mx", "exists"):
        target = normalise((term.value or domain).split("/", 1)[0])
        rdtype: RecordType = "MX" if term.name == "mx" else "A"
        if "%" not in target and not ctx.dns.has_records(target, rdtype):
            ctx.count_void(target)
    return None


def _include_matches(term: Term, ctx: _Context, chain: tuple[str, ...]) -> tuple[str, ...] | None:
    target = normalise(term.value or "")
    if target == ctx.platform:
        return (*chain, target)
    if "%" in target or target in chain:
        return None  # a macro needs the sending IP; a loop would never end
    record = _record_of(target, ctx.dns)
    if record is None:
        ctx.count_void(target)
        raise _PermError("include_without_record", target)
    result = _evaluate(target, record, ctx, (*chain, target))
    return result.chain if result.verdict is Verdict.PASS else None


def _follow_redirect(term: Term, ctx: _Context, chain: tuple[str, ...]) -> _Result:
    ctx.count_lookup(term)
    target = normalise(term.value or "")
    if target in chain:
        raise _PermError("redirect_loop", target)
    record = _record_of(target, ctx.dns)
    if record is None:
        ctx.count_void(target)
        raise _PermError("redirect_without_record", target)
    return _evaluate(target, record, ctx, (*chain, target))
