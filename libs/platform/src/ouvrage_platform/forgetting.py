"""What a service's ``app/`` layer needs from the platform to honour an erasure (RGPD article 17),
import-light: no driver, no web framework (``tests/unit/test_purity.py``)."""

from __future__ import annotations

from typing import Any
from uuid import UUID

# every service mounts its part of a client's personal data here (``personal_data.py``)
PERSONAL_DATA_PATH = "/personal-data/clients/{client_id}"


async def forget_answers_quoting(conn: Any, tenant_id: UUID, needle: str) -> None:
    """Drop the stored idempotent answers whose body quotes ``needle`` (an erased person's id):
    they are copies of personal data."""
    await conn.execute(
        "DELETE FROM idempotency_keys WHERE tenant_id = $1 AND strpos(body::text, $2) > 0",
        tenant_id,
        needle,
    )
