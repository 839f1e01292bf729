"""RGPD erasure of a client record (article 17) by crypto-shredding.

``ClientErased`` is recorded (the read model blanks the card in the same transaction, and purges
stored answers quoting the record), then the person's data key is destroyed in the key vault:
every sealed field of their events, here and in every service and on Kafka, reads as « Personne
effacée ». Destroying after the commit keeps a retry able to finish a half-done erasure (the
command is idempotent: an erased record records nothing, the key is destroyed again).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal, Protocol
from uuid import UUID

import ouvrage_events as es
import structlog
from ouvrage_events import privacy
from ouvrage_events.store.db import Conn
from ouvrage_platform.forgetting import forget_answers_quoting

from clients.domain.client import Client
from clients.domain.errors import ClientNotFoundError

log = structlog.get_logger(__name__)


class KeyShredder(Protocol):
    async def destroy(
        self, subjects: Iterable[tuple[str, UUID]], tenant_id: UUID | None = None
    ) -> int: ...


@dataclass(frozen=True, slots=True)
class Erasure:
    client_id: UUID
    recorded_now: bool


class ErasureHandlers:
    def __init__(self, pipeline: es.Pipeline, keys: KeyShredder | None = None) -> None:
        self.pipeline = pipeline
        self.keys = keys

    async def erase(
        self,
        client_id: UUID,
        meta: es.Metadata,
        reason: Literal["request", "retention"] = "request",
    ) -> Erasure:
        async with self.pipeline.command(meta) as run:
            client = await run.load(
                Client, client_id, missing=lambda: ClientNotFoundError(client_id)
            )
            recorded = client.erase(reason)

            async def purge(conn: Conn) -> None:
                await forget_answers_quoting(conn, meta.tenant_id, str(client_id))

            await run.commit(purge)
        keys = self.keys or privacy.keystore()
        await keys.destroy([("client", client_id)], meta.tenant_id)
        log.info("client.erased", client_id=str(client_id), recorded_now=recorded)
        return Erasure(client_id, recorded)
