"""SPF evaluation for the platform (RFC 7208), over a fake DNS."""

from __future__ import annotations

import pytest
from notifier.domain.spf import DnsTemporaryError, RecordType, Verdict, check
from notifier.domain.spf_advice import advise, suggest_record

PLATFORM = "_spf.ouvrage.example"


class FakeDns:
    """TXT and A/MX answers from dicts; names in ``slow`` time out; queries are counted."""

    def __init__(
        self,
        txt: dict[str, list[str]],
        hosts: dict[str, set[str]] | None = None,
        slow: set[str] | None = None,
    ) -> None:
        self.records = txt
        self.hosts = hosts or {}
        self.slow = slow or set()
        self.queries: list[str] = []

    def txt(self, name: str) -> tuple[str, ...]:
        self.queries.append(name)
        if name in self.slow:
            raise DnsTemporaryError(name)
        return tuple(self.records.get(name, []))

    def has_records(self, name: str, rdtype: RecordType) -> bool:
        self.queries.append(f"{rdtype} {name}")
        if name in self.slow:
            raise DnsTemporaryError(name)
        return rdtype in self.hosts.get(name, set())


def spf(domain: str, dns: FakeDns) -> tuple[Verdict, str]:
    result = check(domain, PLATFORM, dns)
    return result.verdict, result.reason


@pytest.mark.parametrize(
    ("record", "verdict", "reason"),
    [
        ("v=spf1 include:_spf.ouvrage.example -all", Verdict.PASS, "authorised"),
        ("v=spf1 mx include:_SPF.Ouvrage.Example. ~all", Verdict.PASS, "authorised"),
        ("v=spf1 mx -all", Verdict.FAIL, "all_fail"),
        ("v=spf1 mx ~all", Verdict.SOFTFAIL, "all_softfail"),
        ("v=spf1 mx ?all", Verdict.NEUTRAL, "all_neutral"),
        ("v=spf1 +all", Verdict.PASS, "all_pass"),
        ("v=spf1 ip4:192.0.2.1", Verdict.NEUTRAL, "no_match"),
        ("v=spf1 -all include:_spf.ouvrage.example", Verdict.FAIL, "all_fail"),
        ("v=spf1 -include:_spf.ouvrage.example ~all", Verdict.FAIL, "include_fail"),
        ("v=spf1 ~include:_spf.ouvrage.example -all", Verdict.SOFTFAIL, "include_softfail"),
        ("v=spf1 ip4:192.0.2.0/24 bogus:x -all", Verdict.PERMERROR, "syntax"),
    ],
)
def test_top_level_record(record: str, verdict: Verdict, reason: str) -> None:
    dns = FakeDns({"masociete.com": [record]}, hosts={"masociete.com": {"MX"}})
    assert spf("masociete.com", dns) == (verdict, reason)


def test_no_spf_record_among_other_txt_records() -> None:
    dns = FakeDns({"masociete.com": ["google-site-verification=abc"]})
    assert spf("masociete.com", dns) == (Verdict.NONE, "no_record")


def test_two_spf_records_are_a_permerror() -> None:
    dns = FakeDns({"masociete.com": ["v=spf1 -all", "v=spf1 include:_spf.ouvrage.example -all"]})
    assert spf("masociete.com", dns) == (Verdict.PERMERROR, "multiple_records")


def test_nested_include_authorises_and_gives_the_chain() -> None:
    dns = FakeDns(
        {
            "masociete.com": ["v=spf1 include:spf.hebergeur.fr -all"],
            "spf.hebergeur.fr": ["v=spf1 ip4:198.51.100.0/24 include:relais.hebergeur.fr ~all"],
            "relais.hebergeur.fr": ["v=spf1 include:_spf.ouvrage.example -all"],
        }
    )
    result = check("masociete.com", PLATFORM, dns)
    assert result.verdict is Verdict.PASS
    assert result.chain == ("masociete.com", "spf.hebergeur.fr", "relais.hebergeur.fr", PLATFORM)
    assert result.lookups == 3


def test_nested_include_that_fails_does_not_match_and_evaluation_goes_on() -> None:
    dns = FakeDns(
        {
            "masociete.com": ["v=spf1 include:spf.autre.fr include:_spf.ouvrage.example -all"],
            "spf.autre.fr": ["v=spf1 ip4:203.0.113.5 -all"],
        }
    )
    assert spf("masociete.com", dns) == (Verdict.PASS, "authorised")


def test_include_of_a_domain_without_spf_is_a_permerror() -> None:
    dns = FakeDns({"masociete.com": ["v=spf1 include:absent.example ~all"]})
    result = check("masociete.com", PLATFORM, dns)
    assert (result.verdict, result.reason, result.detail) == (
        Verdict.PERMERROR,
        "include_without_record",
        "absent.example",
    )


def test_redirect_is_followed_when_nothing_matched() -> None:
    dns = FakeDns(
        {
            "masociete.com": ["v=spf1 mx redirect=_spf.groupe.fr"],
            "_spf.groupe.fr": ["v=spf1 include:_spf.ouvrage.example -all"],
        },
        hosts={"masociete.com": {"MX"}},
    )
    assert spf("masociete.com", dns) == (Verdict.PASS, "authorised")


def test_redirect_to_a_failing_record_fails() -> None:
    dns = FakeDns(
        {"masociete.com": ["v=spf1 redirect=_spf.groupe.fr"], "_spf.groupe.fr": ["v=spf1 -all"]}
    )
    assert spf("masociete.com", dns) == (Verdict.FAIL, "all_fail")


def test_redirect_is_ignored_when_the_record_has_all() -> None:
    dns = FakeDns(
        {
            "masociete.com": ["v=spf1 ~all redirect=_spf.groupe.fr"],
            "_spf.groupe.fr": ["v=spf1 include:_spf.ouvrage.example -all"],
        }
    )
    assert spf("masociete.com", dns) == (Verdict.SOFTFAIL, "all_softfail")
    assert "_spf.groupe.fr" not in dns.queries


def test_redirect_loop_is_a_permerror() -> None:
    dns = FakeDns({"masociete.com": ["v=spf1 redirect=masociete.com"]})
    assert spf("masociete.com", dns) == (Verdict.PERMERROR, "redirect_loop")


def test_ten_lookups_are_allowed_the_eleventh_is_a_permerror() -> None:
    nine = " ".join(f"a:h{i}.masociete.com" for i in range(9))
    hosts = {f"h{i}.masociete.com": {"A"} for i in range(10)}
    ok = FakeDns({"masociete.com": [f"v=spf1 {nine} include:_spf.ouvrage.example -all"]}, hosts)
    result = check("masociete.com", PLATFORM, ok)
    assert (result.verdict, result.lookups) == (Verdict.PASS, 10)

    ten = nine + " a:h9.masociete.com"
    over = FakeDns({"masociete.com": [f"v=spf1 {ten} include:_spf.ouvrage.example -all"]}, hosts)
    result = check("masociete.com", PLATFORM, over)
    assert (result.verdict, result.reason) == (Verdict.PERMERROR, "lookup_limit")


def test_lookups_inside_nested_includes_count_toward_the_limit() -> None:
    records = {f"n{i}.example": [f"v=spf1 include:n{i + 1}.example -all"] for i in range(11)}
    records["n11.example"] = ["v=spf1 include:_spf.ouvrage.example -all"]
    records["masociete.com"] = ["v=spf1 include:n0.example -all"]
    result = check("masociete.com", PLATFORM, FakeDns(records))
    assert (result.verdict, result.reason) == (Verdict.PERMERROR, "lookup_limit")


def test_ip4_ip6_and_all_do_not_count_as_lookups() -> None:
    ips = " ".join(f"ip4:192.0.2.{i}" for i in range(20)) + " ip6:2001:db8::1"
    dns = FakeDns({"masociete.com": [f"v=spf1 {ips} include:_spf.ouvrage.example -all"]})
    result = check("masociete.com", PLATFORM, dns)
    assert (result.verdict, result.lookups) == (Verdict.PASS, 1)


def test_more_than_two_void_lookups_is_a_permerror() -> None:
    record = "v=spf1 a:gone1.example mx:gone2.example a:gone3.example include:_spf.ouvrage.example"
    result = check("masociete.com", PLATFORM, FakeDns({"masociete.com": [record + " -all"]}))
    assert (result.verdict, result.reason) == (Verdict.PERMERROR, "void_limit")
    assert result.detail == "gone1.example, gone2.example, gone3.example"


def test_two_void_lookups_are_tolerated() -> None:
    record = "v=spf1 a:gone1.example mx:gone2.example include:_spf.ouvrage.example -all"
    result = check("masociete.com", PLATFORM, FakeDns({"masociete.com": [record]}))
    assert (result.verdict, result.void_lookups) == (Verdict.PASS, 2)


def test_dns_timeout_is_a_temperror() -> None:
    dns = FakeDns({}, slow={"masociete.com"})
    assert spf("masociete.com", dns) == (Verdict.TEMPERROR, "dns_unavailable")


def test_timeout_in_a_nested_include_is_a_temperror() -> None:
    dns = FakeDns(
        {"masociete.com": ["v=spf1 include:lent.example include:_spf.ouvrage.example -all"]},
        slow={"lent.example"},
    )
    result = check("masociete.com", PLATFORM, dns)
    assert result.verdict is Verdict.TEMPERROR
    assert result.record == "v=spf1 include:lent.example include:_spf.ouvrage.example -all"


def test_evaluation_stops_at_the_first_match() -> None:
    dns = FakeDns(
        {"masociete.com": ["v=spf1 include:_spf.ouvrage.example include:jamais.example -all"]}
    )
    assert spf("masociete.com", dns) == (Verdict.PASS, "authorised")
    assert "jamais.example" not in dns.queries


def test_include_with_a_macro_is_not_resolved() -> None:
    dns = FakeDns({"masociete.com": ["v=spf1 include:%{i}._spf.example ~all"]})
    assert spf("masociete.com", dns) == (Verdict.SOFTFAIL, "all_softfail")
    assert dns.queries == ["masociete.com"]


def test_the_faq_fix_is_given_for_a_record_without_the_platform() -> None:
    dns = FakeDns({"masociete.com": ["v=spf1 mx -all"]}, hosts={"masociete.com": {"MX"}})
    advice = advise(check("masociete.com", PLATFORM, dns), PLATFORM)
    assert advice.fix == (
        "Ajoutez include:_spf.ouvrage.example à l'enregistrement SPF de masociete.com."
    )
    assert advice.suggested_record == "v=spf1 mx include:_spf.ouvrage.example -all"
    assert "refusés" in advice.summary
    assert "Répondre à" in advice.summary


def test_advice_when_there_is_no_record() -> None:
    advice = advise(check("masociete.com", PLATFORM, FakeDns({})), PLATFORM)
    assert advice.fix is not None
    assert advice.fix.startswith(
        "Ajoutez include:_spf.ouvrage.example à l'enregistrement SPF de masociete.com"
    )
    assert advice.suggested_record == "v=spf1 include:_spf.ouvrage.example ~all"


def test_advice_when_the_include_comes_after_all() -> None:
    dns = FakeDns({"masociete.com": ["v=spf1 -all include:_spf.ouvrage.example"]})
    advice = advise(check("masociete.com", PLATFORM, dns), PLATFORM)
    assert advice.fix == (
        "Placez include:_spf.ouvrage.example avant « -all » dans l'enregistrement SPF de "
        "masociete.com."
    )
    assert advice.suggested_record == "v=spf1 include:_spf.ouvrage.example -all"


def test_advice_when_the_include_has_a_minus_qualifier() -> None:
    dns = FakeDns({"masociete.com": ["v=spf1 -include:_spf.ouvrage.example ~all"]})
    advice = advise(check("masociete.com", PLATFORM, dns), PLATFORM)
    assert advice.fix == (
        "Remplacez « -include:_spf.ouvrage.example » par « include:_spf.ouvrage.example » dans "
        "l'enregistrement SPF de masociete.com."
    )


def test_advice_for_the_lookup_limit_and_for_a_timeout() -> None:
    many = " ".join(f"a:h{i}.example" for i in range(11))
    dns = FakeDns(
        {"masociete.com": [f"v=spf1 {many} -all"]}, {f"h{i}.example": {"A"} for i in range(11)}
    )
    limit = advise(check("masociete.com", PLATFORM, dns), PLATFORM)
    assert limit.fix is not None and "10" in limit.fix
    assert "include:_spf.ouvrage.example" in limit.fix
    timeout = advise(
        check("masociete.com", PLATFORM, FakeDns({}, slow={"masociete.com"})), PLATFORM
    )
    assert timeout.fix is None
    assert "n'a pas répondu" in timeout.summary


def test_no_advice_needed_when_authorised() -> None:
    dns = FakeDns({"masociete.com": ["v=spf1 include:_spf.ouvrage.example -all"]})
    advice = advise(check("masociete.com", PLATFORM, dns), PLATFORM)
    assert (advice.fix, advice.suggested_record) == (None, None)


def test_suggested_record_keeps_modifiers_last() -> None:
    assert (
        suggest_record("v=spf1 mx redirect=_spf.groupe.fr", PLATFORM)
        == "v=spf1 mx include:_spf.ouvrage.example redirect=_spf.groupe.fr"
    )
