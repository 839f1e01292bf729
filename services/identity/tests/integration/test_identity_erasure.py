"""RGPD erasure of a user who left: account closed, personal data blank, events unreadable."""

from __future__ import annotations

import uuid

import asyncpg
from identity.app.directory_projection import directory
from ouvrage_events import privacy


async def test_a_user_who_left_is_erased_idempotently(identity_harness: object) -> None:
    h = identity_harness
    company = await h.company()  # type: ignore[attr-defined]
    email = f"rose.{uuid.uuid4().hex[:8]}@example.fr"
    user = await h.add_user(company, email=email, first_name="Rose", last_name="Quittante")  # type: ignore[attr-defined]
    uid = user["id"]
    admin = h.auth(company.admin_token)  # type: ignore[attr-defined]
    assert await h.token(email, "Truelle&Niveau-42")  # type: ignore[attr-defined]

    done = await h.http.post(f"/users/{uid}/erasure", headers=admin)  # type: ignore[attr-defined]
    assert done.status_code == 200, done.text
    assert done.json() == {"user_id": uid, "erased": True, "recorded_now": True}
    again = await h.http.post(f"/users/{uid}/erasure", headers=admin)  # type: ignore[attr-defined]
    assert again.json()["recorded_now"] is False

    shown = (await h.http.get(f"/users/{uid}", headers=admin)).json()  # type: ignore[attr-defined]
    assert shown["last_name"] == privacy.ERASED_USER and shown["active"] is False
    assert email not in str(shown) and "Rose" not in str(shown)
    assert (await h.login(email, "Truelle&Niveau-42")).status_code == 401  # type: ignore[attr-defined]
    mine = await h.http.post(f"/users/{company.admin_id}/erasure", headers=admin)  # type: ignore[attr-defined]
    assert mine.status_code == 409  # not oneself

    conn = await asyncpg.connect(h.settings.database_url)  # type: ignore[attr-defined]
    try:
        dump = await conn.fetchval(
            "SELECT string_agg(t::text, ' ') FROM (SELECT payload::text FROM es_events "
            "UNION ALL SELECT row(c.*)::text FROM credentials c "
            f'UNION ALL SELECT row(d.*)::text FROM "{directory.schema}".directory_users d) AS t'
        )
    finally:
        await conn.close()
    assert email not in dump and "Quittante" not in dump
