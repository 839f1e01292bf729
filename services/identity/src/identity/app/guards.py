"""The account-takeover guard, applied by every handler acting on another user's account."""

from __future__ import annotations

from identity.app.container import Actor
from identity.app.queries import Db, UserRow, get_user
from identity.domain.authority import Account, check_authority


def account(row: UserRow) -> Account:
    return Account(row.id, row.grant, row.active)


async def check_actor_authority(db: Db, actor: Actor, target: UserRow) -> None:
    """The actor, as identity knows them now (not as their token says), may act on ``target``."""
    actor_row = await get_user(db, actor.tenant_id, actor.id)
    check_authority(account(actor_row), account(target))
