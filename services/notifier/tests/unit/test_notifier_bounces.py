"""Return paths (VERP tokens) and delivery status notifications (RFC 3464), without I/O."""

from __future__ import annotations

from email.message import EmailMessage
from uuid import UUID, uuid4

import pytest
from notifier.domain.dsn import NotADeliveryReportError, parse_dsn
from notifier.domain.email import Bounce, Email, EmailRef
from notifier.domain.errors import EmailAlreadySentError
from notifier.domain.verp import InvalidReturnPathError, ReturnPaths
from ouvrage_events.catalog.notifier import EmailBounced
from ouvrage_testing.dsn import build_dsn, plain_email

PATHS = ReturnPaths(b"secret-for-tests", "bounces.ouvrage.example")
EMAIL_ID = UUID("3f2a4c1e-0b5d-4e8f-9a7c-1d2e3f4a5b6c")


def original(message_id: str = "<e1@ouvrage.example>") -> bytes:
    message = EmailMessage()
    message["From"] = "Ouvrage <notifications@ouvrage.example>"
    message["To"] = "jean@client.example"
    message["Subject"] = "Votre devis D-2026-0001"
    message["Message-ID"] = message_id
    message.set_content("Bonjour,")
    return message.as_bytes()


# --- VERP -----------------------------------------------------------------------------------


def test_a_return_path_names_its_email_and_verifies() -> None:
    address = PATHS.address(EMAIL_ID)
    local, _, domain = address.partition("@")
    assert domain == "bounces.ouvrage.example"
    assert local.startswith("bounces+3f2a4c1e0b5d4e8f9a7c1d2e3f4a5b6c")
    assert local == local.lower() and len(local) == len("bounces+") + 52
    assert PATHS.email_id(address) == EMAIL_ID


def test_a_return_path_survives_case_changes_and_brackets() -> None:
    address = PATHS.address(EMAIL_ID)
    assert PATHS.email_id(f"<{address.upper()}>") == EMAIL_ID


def test_each_email_has_its_own_return_path() -> None:
    assert PATHS.address(uuid4()) != PATHS.address(uuid4())


@pytest.mark.parametrize(
    "address",
    [
        "bounces@bounces.ouvrage.example",
        "postmaster@bounces.ouvrage.example",
        "bounces+zz@bounces.ouvrage.example",
        "bounces+" + "0" * 52 + "@bounces.ouvrage.example",
        "notes+" + "0" * 52 + "@bounces.ouvrage.example",
        "",
        "@@",
    ],
)
def test_addresses_that_are_not_return_paths_are_refused(address: str) -> None:
    with pytest.raises(InvalidReturnPathError):
        PATHS.email_id(address)


def test_a_forged_token_naming_another_email_is_refused() -> None:
    genuine = PATHS.address(EMAIL_ID)
    other = uuid4()
    forged = genuine.replace(EMAIL_ID.hex, other.hex)
    with pytest.raises(InvalidReturnPathError):
        PATHS.email_id(forged)


def test_a_token_signed_with_another_key_or_for_another_domain_is_refused() -> None:
    other_key = ReturnPaths(b"another-secret", "bounces.ouvrage.example")
    with pytest.raises(InvalidReturnPathError):
        PATHS.email_id(other_key.address(EMAIL_ID))
    with pytest.raises(InvalidReturnPathError):
        PATHS.email_id(PATHS.address(EMAIL_ID).replace("ouvrage.example", "evil.example"))


# --- DSN ------------------------------------------------------------------------------------


def test_a_hard_bounce_gives_recipient_status_and_diagnostic() -> None:
    report = parse_dsn(build_dsn(recipient="jean@client.example", original=original()))
    (problem,) = report.problems()
    assert problem.address == "jean@client.example"
    assert problem.action == "failed"
    assert problem.status == "5.1.1"
    assert problem.severity == "hard"
    assert "User unknown" in problem.diagnostic
    assert not problem.diagnostic.startswith("smtp;")
    assert report.original_message_id == "<e1@ouvrage.example>"


def test_a_delayed_4xx_report_is_a_soft_bounce() -> None:
    raw = build_dsn(
        recipient="jean@client.example",
        action="delayed",
        status="4.2.2",
        diagnostic="smtp; 452 4.2.2 Mailbox full",
    )
    (problem,) = parse_dsn(raw).problems()
    assert (problem.severity, problem.status) == ("soft", "4.2.2")


def test_a_failed_report_with_a_4xx_status_is_soft() -> None:
    raw = build_dsn(recipient="a@b.example", action="failed", status="4.4.7")
    assert parse_dsn(raw).problems()[0].severity == "soft"


def test_a_delivered_report_has_no_problem() -> None:
    raw = build_dsn(recipient="a@b.example", action="delivered", status="2.0.0")
    report = parse_dsn(raw)
    assert report.recipients[0].severity is None
    assert report.problems() == []


def test_returned_headers_only_still_give_the_message_id() -> None:
    raw = build_dsn(recipient="a@b.example", original=original("<h@x>"), headers_only=True)
    assert parse_dsn(raw).original_message_id == "<h@x>"


def test_a_status_with_a_comment_is_read() -> None:
    raw = build_dsn(recipient="a@b.example", status="5.1.1 (bad destination mailbox address)")
    assert parse_dsn(raw).problems()[0].status == "5.1.1"


@pytest.mark.parametrize(
    "raw",
    [
        plain_email("jean@client.example"),
        b"",
        b"\x00\xff garbage",
        build_dsn(recipient="a@b.example", status="not-a-status"),
        build_dsn(recipient="a@b.example").replace(b'delivery-status"', b'disposition"'),
    ],
)
def test_anything_else_is_not_a_delivery_report(raw: bytes) -> None:
    with pytest.raises(NotADeliveryReportError):
        parse_dsn(raw)


def test_an_overlong_diagnostic_is_cut() -> None:
    raw = build_dsn(recipient="a@b.example", diagnostic="smtp; 550 " + "x" * 5000)
    assert len(parse_dsn(raw).problems()[0].diagnostic) == 500


# --- the Email aggregate --------------------------------------------------------------------


def _sent_email() -> tuple[Email, EmailRef]:
    ref = EmailRef(uuid4(), "sales_document", uuid4())
    email = Email(uuid4())
    email.sent(ref, sender_domain="ouvrage.example", via_platform_sender=True, message_id="<m>")
    return email, ref


def test_a_bounce_of_a_client_email_is_recorded_once_with_the_client_as_subject() -> None:
    email, ref = _sent_email()
    owner = uuid4()
    bounce = Bounce("client", "roux@destinataire.example", "5.1.1", "550 User unknown", owner)
    assert email.bounced(ref, bounce) is True
    assert email.bounced(ref, bounce) is False  # a second DSN records nothing
    event = email.pending[-1]
    assert isinstance(event, EmailBounced)
    assert (event.client_id, event.user_id, event.owner_id) == (ref.recipient_id, None, owner)
    assert event.client_recipient is not None and event.user_recipient is None
    assert event.client_recipient.address == "roux@destinataire.example"
    assert event.recipient == event.client_recipient
    with pytest.raises(EmailAlreadySentError):
        email.failed(ref, "550")


def test_a_bounce_of_a_user_email_names_the_user() -> None:
    email, ref = _sent_email()
    assert email.bounced(ref, Bounce("user", "paul@x.example", "5.2.1", "", after_retries=True))
    event = email.pending[-1]
    assert isinstance(event, EmailBounced)
    assert (event.user_id, event.client_id, event.after_retries) == (ref.recipient_id, None, True)
    assert event.user_recipient is not None and event.client_recipient is None


def test_an_email_never_accepted_by_a_server_cannot_bounce() -> None:
    email = Email(uuid4())
    ref = EmailRef(uuid4(), "action_due", uuid4())
    assert email.bounced(ref, Bounce("user", "a@b.example", "5.1.1", "")) is False
    assert email.pending == []


# --- the signing key ------------------------------------------------------------------------


def test_return_paths_need_a_real_key_in_production() -> None:
    from notifier.settings import NotifierSettings
    from ouvrage_platform.settings import PlaceholderSecretError

    assert NotifierSettings(environment="development").bounce_key()  # the development key
    given = NotifierSettings(environment="development", bounce_secret="k-1")  # type: ignore[arg-type]
    assert given.bounce_key() == b"k-1"
    production = NotifierSettings.model_construct(environment="production", bounce_secret=None)
    with pytest.raises(PlaceholderSecretError):
        production.bounce_key()
