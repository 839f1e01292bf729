"""FAQ « Comment changer votre mot de passe »: one's own with the current one, another user's
by an administrator (« Paramétrer les comptes utilisateurs »), the policy's French refusal, the
security email, PasswordChanged on the topic without any secret, the old password refused."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import TYPE_CHECKING

import httpx
import pytest
from e2e_kit import Company, Ouvrage, Person, expect, strong_password
from ouvrage_testing.smtp import SinkMessage, SmtpSink

if TYPE_CHECKING:
    from e2e_kafka import EventTap, Record

pytestmark = pytest.mark.asyncio(loop_scope="session")

SECURITY_SUBJECT = "Votre mot de passe Ouvrage a été modifié"


def _is_security_mail_to(person: Person) -> Callable[[SinkMessage], bool]:
    def match(message: SinkMessage) -> bool:
        return person.email in message.rcpt_to and message.subject == SECURITY_SUBJECT

    return match


def _carries_no_secret(record: Record, *secrets: str) -> None:
    assert set(record.value) <= {"user_id", "changed_by", "by_administrator"}, record.value
    text = record.raw_value.decode() + json.dumps(record.headers)
    for secret in secrets:
        assert secret not in text
    assert "argon2" not in text and "password_hash" not in text


async def _change(
    ouvrage: Ouvrage, actor: Person, target: Person, new: str, current: str | None = None
) -> httpx.Response:
    body = {"new_password": new} | ({"current_password": current} if current else {})
    return await ouvrage.put("identity", f"/users/{target.id}/password", actor, json=body)


async def test_changing_passwords(
    ouvrage: Ouvrage, company: Company, smtp_sink: SmtpSink, tap: EventTap
) -> None:
    paul = await company.add_user("Paul", "Martin")
    julie = await company.add_user("Julie", "Bernard")

    # The policy refuses a weak password, naming every failed rule in French.
    weak = await _change(ouvrage, paul, paul, "azerty", current=paul.password)
    problem = expect(weak, 422)
    assert weak.headers["content-type"].startswith("application/problem+json")
    assert problem["code"] == "password_policy"
    assert problem["detail"].startswith("Le mot de passe doit : ")
    for rule in ("au moins 10 caractères", "une lettre majuscule", "un chiffre",
                 "un caractère spécial"):  # fmt: skip
        assert rule in problem["detail"]
    assert {"min_length", "uppercase", "digit", "special"} <= set(problem["failed_rules"])

    # Another user's password: not without « Paramétrer les comptes utilisateurs »...
    refused = expect(await _change(ouvrage, paul, julie, strong_password()), 403)
    assert refused["detail"]

    # One's own password: the current one is required, and must be right. The change ends the
    # sessions: Paul's token is refused afterwards (issue 13, revocation).
    new_paul = strong_password()
    wrong = expect(await _change(ouvrage, paul, paul, new_paul, current="Pas-Le-Bon-1!"), 403)
    assert wrong["code"] == "current_password_incorrect"
    changed = expect(await _change(ouvrage, paul, paul, new_paul, current=paul.password), 200)
    assert changed["id"] == str(paul.id)
    # ...but the administrator may, without Julie's current password.
    new_julie = strong_password()
    expect(await _change(ouvrage, company.admin, julie, new_julie), 200)

    # The old passwords no longer log in, the new ones do.
    # Julie's was set by somebody else: she must choose a new one (a password-change-only token).
    for person, new, reset in ((paul, new_paul, False), (julie, new_julie, True)):
        assert (await ouvrage.token(person.email, person.password)).status_code == 401
        answer = expect(await ouvrage.token(person.email, new), 200)
        assert answer["access_token"] and answer["password_change_required"] is reset

    # Each of them gets the security email.
    to_paul = await smtp_sink.wait_for(_is_security_mail_to(paul), timeout=30)
    to_julie = await smtp_sink.wait_for(_is_security_mail_to(julie), timeout=30)
    assert "par un administrateur" not in (to_paul.text or "")
    assert "par un administrateur" in (to_julie.text or "")
    for mail in (to_paul, to_julie):
        assert new_paul not in (mail.text or "") and new_julie not in (mail.text or "")

    # PasswordChanged is on identity's topic, in CloudEvents form, carrying no secret.
    for person, by_admin, new in ((paul, False, new_paul), (julie, True, new_julie)):
        (record,) = await tap.wait_for(
            "ouvrage.identity.PasswordChanged", lambda r, p=person: r.subject == str(p.id)
        )
        assert record.headers["ce_source"] == "/ouvrage/identity"
        assert record.tenant_id == str(company.tenant_id)
        assert record.value["by_administrator"] is by_admin
        _carries_no_secret(record, person.password, new)
