"""Personal data (RGPD): erasure of a record (article 17), access export (article 15)."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from fastapi import APIRouter, Request
from ouvrage_platform.personal_data import ErasureAnswer

from clients.api.deps import ContainerDep, PersonalDataDep

router = APIRouter(prefix="/clients/{client_id}", tags=["personal data"])


class ErasurePublic(ErasureAnswer):
    client_id: UUID


@router.post("/erasure", response_model=ErasurePublic)
async def erase(
    client_id: UUID,
    meta: PersonalDataDep,
    container: ContainerDep,
) -> ErasurePublic:
    """Erase the person's data everywhere (« Personne effacée »); the record's activity stays."""
    done = await container.erasure.erase(client_id, meta)
    return ErasurePublic(client_id=done.client_id, recorded_now=done.recorded_now)


@router.get("/personal-data")
async def personal_data(
    client_id: UUID,
    request: Request,
    meta: PersonalDataDep,
    container: ContainerDep,
) -> dict[str, Any]:
    """Everything Ouvrage holds about the person, assembled from every service (JSON)."""
    auth = request.headers.get("Authorization", "")
    return await container.access.export(meta.tenant_id, client_id, auth)
