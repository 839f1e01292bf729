"""Personal data (RGPD): erasure of a record (article 17)."""

from __future__ import annotations

from uuid import UUID

from fastapi import APIRouter
from pydantic import BaseModel

from clients.api.deps import PersonalDataDep, ServicesDep

router = APIRouter(prefix="/clients/{client_id}", tags=["personal data"])


class ErasurePublic(BaseModel):
    client_id: UUID
    erased: bool = True
    recorded_now: bool
    """False when the record was already erased (the request is idempotent)."""


@router.post("/erasure", response_model=ErasurePublic)
async def erase(
    client_id: UUID,
    meta: PersonalDataDep,
    services: ServicesDep,
) -> ErasurePublic:
    """Erase the person's data everywhere (« Personne effacée »); the record's activity stays."""
    done = await services.erasure.erase(client_id, meta)
    return ErasurePublic(client_id=done.client_id, recorded_now=done.recorded_now)
