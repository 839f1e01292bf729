"""Personal data (RGPD): erasure of a record (article 17), access export (article 15)."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from uuid import UUID

from fastapi import APIRouter, Request
from ouvrage_platform.personal_data import ErasureAnswer
from pydantic import BaseModel, Field

from clients.api.deps import ContainerDep, PersonalDataDep, SettingsDep

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


retention_router = APIRouter(prefix="/settings/prospect-retention", tags=["personal data"])


class RetentionRunPublic(BaseModel):
    at: datetime
    years: int
    erased: int


class RetentionPublic(BaseModel):
    years: int = Field(description="Années sans activité avant l'effacement d'un prospect")
    history: list[RetentionRunPublic] = Field(default_factory=list)


class RetentionChange(BaseModel):
    years: int = Field(ge=1, le=10)


async def _retention(container: ContainerDep, tenant_id: UUID) -> RetentionPublic:
    years, runs = await container.retention.policy(tenant_id)
    return RetentionPublic(
        years=years,
        history=[RetentionRunPublic(at=r.at, years=r.years, erased=r.erased) for r in runs],
    )


@retention_router.get("", response_model=RetentionPublic)
async def read_retention(meta: PersonalDataDep, container: ContainerDep) -> RetentionPublic:
    """How long prospects without activity are kept, and what the job erased (history)."""
    return await _retention(container, meta.tenant_id)


@retention_router.put("", response_model=RetentionPublic)
async def set_retention(
    body: RetentionChange, meta: SettingsDep, container: ContainerDep
) -> RetentionPublic:
    """Set the company's retention of prospects (3 years by default, CNIL guidance)."""
    await container.retention.set_years(meta, body.years)
    return await _retention(container, meta.tenant_id)
