"""The identity command handlers on the in-memory store: given events, when a command through
the pipeline, then the events recorded or the error (no PostgreSQL, no Kafka; the directory's
read-back is faked)."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any
from uuid import UUID, uuid4

import ouvrage_events as es
import pytest
from identity.app import guards
from identity.app import profile_handlers as profiles
from identity.app import user_handlers as users
from identity.app.container import Actor, Container
from identity.domain.commands import (
    ChangeOperator,
    ChangeProfile,
    DeactivateUser,
    PatchPreferences,
)
from identity.domain.errors import (
    AccountAuthorityError,
    ForbiddenError,
    SelfDeactivationError,
    UserNotFoundError,
)
from identity.domain.lockout import LockoutPolicy
from identity.domain.password_policy import PasswordPolicy
from identity.domain.user import User
from ouvrage_testing.memory import InMemory, caller, in_memory

TENANT, ADMIN = uuid4(), uuid4()


@pytest.fixture
def world(monkeypatch: pytest.MonkeyPatch) -> InMemory:
    world = in_memory()

    async def get_user(_db: Any, tenant_id: UUID, user_id: UUID) -> Any:
        stream = [e for e in world.envelopes() if e.aggregate_id == user_id]
        if not stream or stream[0].tenant_id != tenant_id:
            raise UserNotFoundError()
        return SimpleNamespace(id=user_id, version=stream[-1].sequence)

    monkeypatch.setattr(users, "get_user", get_user)
    return world


@pytest.fixture
def container(world: InMemory) -> Container:
    return Container(
        pool=None,  # type: ignore[arg-type]  # reads go through the faked get_user
        pipeline=world.pipeline,
        hasher=None,  # type: ignore[arg-type]
        policy=PasswordPolicy(frozenset()),
        lockout=LockoutPolicy(),
        credentials=None,  # type: ignore[arg-type]
        refresh_tokens=None,  # type: ignore[arg-type]
        tokens=None,  # type: ignore[arg-type]
    )


ADMIN_ACTOR = Actor(ADMIN, TENANT, frozenset({"users.manage"}))


async def a_user(world: InMemory, tenant: UUID = TENANT) -> UUID:
    user = User.register(uuid4(), email=f"{uuid4().hex}@example.fr", first_name="Léa",
                         last_name="Roux", is_admin=False, permissions=[], is_operator=False)  # fmt: skip
    await world.given(caller(tenant), user)
    return user.id


async def test_change_operator_records_it(world: InMemory, container: Container) -> None:
    user_id = await a_user(world)
    row = await users.change_operator(container, ADMIN_ACTOR, ChangeOperator(user_id, True, 1))
    assert row.version == 2
    assert world.recorded(user_id) == ["UserRegistered", "UserOperatorChanged"]


async def test_nothing_is_recorded_when_nothing_changes(
    world: InMemory, container: Container
) -> None:
    user_id = await a_user(world)
    await users.change_operator(container, ADMIN_ACTOR, ChangeOperator(user_id, False, None))
    assert world.recorded(user_id) == ["UserRegistered"]


async def test_a_stale_if_match_gives_the_current_version(
    world: InMemory, container: Container
) -> None:
    user_id = await a_user(world)
    with pytest.raises(es.StaleVersionError) as raised:
        await users.change_operator(container, ADMIN_ACTOR, ChangeOperator(user_id, True, 4))
    assert raised.value.current_version == 1


async def test_another_companys_user_is_not_found(world: InMemory, container: Container) -> None:
    user_id = await a_user(world, tenant=uuid4())
    with pytest.raises(UserNotFoundError):
        await users.change_operator(container, ADMIN_ACTOR, ChangeOperator(user_id, True, None))


async def test_an_administrator_cannot_deactivate_themselves(
    world: InMemory, container: Container
) -> None:
    actor = Actor(await a_user(world), TENANT, frozenset({"users.manage"}))
    with pytest.raises(SelfDeactivationError):
        await users.deactivate_user(container, actor, DeactivateUser(actor.id, None))


@pytest.fixture
def folded(world: InMemory, monkeypatch: pytest.MonkeyPatch) -> None:
    """The directory's rows as the store's events fold them (grant, activity, preferences)."""

    async def get_user(_db: Any, tenant_id: UUID, user_id: UUID) -> Any:
        stream = [e for e in world.envelopes() if e.aggregate_id == user_id]
        if not stream or stream[0].tenant_id != tenant_id:
            raise UserNotFoundError()
        async with world.pipeline.command(caller(tenant_id)) as run:
            user = await run.load(User, user_id)
        return SimpleNamespace(id=user_id, version=user.version, grant=user.grant,
                               active=user.active, preferences=user.preferences)  # fmt: skip

    monkeypatch.setattr(profiles, "get_user", get_user)
    monkeypatch.setattr(guards, "get_user", get_user)


async def an_account(world: InMemory, *permissions: str) -> UUID:
    user = User.register(uuid4(), email=f"{uuid4().hex}@example.fr", first_name="Paul",
                         last_name="Roux", permissions=permissions)  # fmt: skip
    await world.given(caller(TENANT), user)
    return user.id


@pytest.mark.usefixtures("folded")
async def test_a_manager_edits_a_colleagues_profile_but_not_a_stronger_ones(
    world: InMemory, container: Container
) -> None:
    manager = await an_account(world, "users.manage")
    colleague = await an_account(world)
    stronger = await an_account(world, "sales.invoice")
    actor = Actor(manager, TENANT, frozenset({"users.manage"}))

    cmd = ChangeProfile(colleague, phone="06 12 34 56 78", email_signature="Paul Roux\nChef")
    await profiles.change_profile(container, actor, cmd)
    with pytest.raises(AccountAuthorityError):
        await profiles.change_profile(container, actor, ChangeProfile(stronger, phone="01"))
    assert world.recorded(colleague) == ["UserRegistered", "UserProfileChanged"]
    assert world.recorded(stronger) == ["UserRegistered"]


@pytest.mark.usefixtures("folded")
async def test_without_users_manage_only_ones_own_profile(
    world: InMemory, container: Container
) -> None:
    me, other = await an_account(world), await an_account(world)
    actor = Actor(me, TENANT, frozenset())
    await profiles.change_profile(container, actor, ChangeProfile(me, first_name="Paulo"))
    with pytest.raises(ForbiddenError):
        await profiles.change_profile(container, actor, ChangeProfile(other, first_name="X"))
    assert world.recorded(me)[-1] == "UserProfileChanged"


@pytest.mark.usefixtures("folded")
async def test_toggling_the_sav_display_keeps_the_notification_channels(
    world: InMemory, container: Container
) -> None:
    me = await an_account(world)
    actor = Actor(me, TENANT, frozenset())
    silenced = PatchPreferences(me, notification_channels={"action_shared": []})
    await profiles.patch_preferences(container, actor, silenced)
    await profiles.patch_preferences(container, actor, PatchPreferences(me, show_archived_sav=True))

    last = [e for e in world.envelopes() if e.aggregate_id == me][-1]
    assert last.payload["show_archived_sav"] is True
    assert last.payload["notification_channels"] == {"action_shared": []}
