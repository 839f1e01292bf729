"""RGPD: erasure of a user who left (permission « Gérer les données personnelles »)."""

from __future__ import annotations

from uuid import UUID

from fastapi import APIRouter
from ouvrage_platform.personal_data import ErasureAnswer

from identity.api.deps import ContainerDep, PersonalDataManagerDep
from identity.app import user_handlers as users

router = APIRouter(tags=["personal data"])


class UserErasurePublic(ErasureAnswer):
    user_id: UUID


@router.post("/users/{user_id}/erasure", response_model=UserErasurePublic)
async def erase(
    user_id: UUID, actor: PersonalDataManagerDep, container: ContainerDep
) -> UserErasurePublic:
    """Erase a user who left: their account closes, their actions and interventions stay,
    attributed to « Utilisateur effacé » in every service."""
    recorded = await users.erase_user(container, actor, user_id)
    return UserErasurePublic(user_id=user_id, recorded_now=recorded)
