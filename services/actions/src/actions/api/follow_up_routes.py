"""Routes of ``/follow-up-rules`` (follow-ups that run themselves) and ``/clock`` (the
controllable clock of tests, off unless ``ACTIONS_CONTROLLABLE_CLOCK``)."""

from __future__ import annotations

from datetime import timedelta
from typing import Annotated, Any
from uuid import UUID

import ouvrage_events as es
from fastapi import APIRouter, Depends, Request, Response
from ouvrage_platform.auth import CurrentUser, CurrentUserDep, require
from ouvrage_platform.errors import ProblemError
from ouvrage_platform.idempotency import IdempotencyKeyDep, idempotency_of, replayed
from ouvrage_platform.metadata import CommandMetadataDep
from ouvrage_platform.permissions import Permission
from ouvrage_platform.versioning import IfMatchDep

from actions.adapters import follow_up_reads
from actions.api.deps import ContainerDep, with_etag
from actions.api.follow_up_models import (
    ClockPublic,
    ClockSet,
    FollowUpRuleCreate,
    FollowUpRulePublic,
)
from actions.app.clock import ServiceClock
from actions.app.follow_up_handlers import FollowUpRuleHandlers
from actions.app.follow_up_records import FollowUpRuleRecord
from actions.domain.errors import FollowUpRuleNotFoundError

router = APIRouter(tags=["follow-up rules"])
Manager = Annotated[CurrentUser, Depends(require(Permission.SETTINGS_MANAGE))]


def _handlers(request: Request) -> FollowUpRuleHandlers:
    handlers: FollowUpRuleHandlers = request.app.state.follow_ups
    return handlers


def _clock(request: Request) -> ServiceClock:
    clock: ServiceClock = request.app.state.clock
    return clock


Handlers = Annotated[FollowUpRuleHandlers, Depends(_handlers)]
Clock = Annotated[ServiceClock, Depends(_clock)]


def _public(record: FollowUpRuleRecord, response: Response) -> FollowUpRulePublic:
    with_etag(response, record.version)
    return FollowUpRulePublic.of(record)


@router.get("/follow-up-rules", response_model=list[FollowUpRulePublic])
async def list_rules(user: CurrentUserDep, container: ContainerDep) -> list[FollowUpRulePublic]:
    """The company's follow-up rules (defaults included), in creation order."""
    async with container.pool.acquire() as conn:
        rules = await follow_up_reads.list_rules(conn, user.tenant_id)
    return [FollowUpRulePublic.of(r) for r in rules]


@router.get("/follow-up-rules/{rule_id}", response_model=FollowUpRulePublic)
async def get_rule(
    rule_id: UUID, user: CurrentUserDep, container: ContainerDep, response: Response
) -> FollowUpRulePublic:
    """One rule (its ETag is its version)."""
    async with container.pool.acquire() as conn:
        record = await follow_up_reads.fetch_rule(conn, user.tenant_id, rule_id)
    if record is None:
        raise FollowUpRuleNotFoundError(rule_id)
    return _public(record, response)


@router.post("/follow-up-rules", status_code=201, response_model=FollowUpRulePublic)
async def define_rule(
    body: FollowUpRuleCreate,
    user: Manager,
    metadata: CommandMetadataDep,
    key: IdempotencyKeyDep,
    handlers: Handlers,
    response: Response,
) -> Any:
    """Create a rule « quand…, créer une action… pour… après…, annulée si… »."""
    idem = idempotency_of(
        key,
        "POST /follow-up-rules",
        body.model_dump(mode="json"),
        render=lambda r: FollowUpRulePublic.of(r).model_dump(mode="json"),
    )
    result = await handlers.define(body.action_type_id, body.spec, metadata, idem)
    if isinstance(result, es.Replay):
        return replayed(result)
    return _public(result, response)


@router.put("/follow-up-rules/{rule_id}", response_model=FollowUpRulePublic)
async def change_rule(
    rule_id: UUID,
    body: FollowUpRuleCreate,
    user: Manager,
    metadata: CommandMetadataDep,
    version: IfMatchDep,
    handlers: Handlers,
    response: Response,
) -> FollowUpRulePublic:
    """Edit a rule (the actions it already created are left alone)."""
    record = await handlers.change(rule_id, body.action_type_id, body.spec, version, metadata)
    return _public(record, response)


@router.delete("/follow-up-rules/{rule_id}", status_code=204)
async def delete_rule(
    rule_id: UUID, user: Manager, metadata: CommandMetadataDep, version: IfMatchDep,
    handlers: Handlers,
) -> Response:  # fmt: skip
    """Delete a rule (the actions it already created are left alone)."""
    await handlers.delete(rule_id, version, metadata)
    return Response(status_code=204)


def _clock_answer(clock: ServiceClock) -> ClockPublic:
    return ClockPublic(now=clock(), offset_seconds=clock.offset.total_seconds(),
                       controllable=clock.controllable)  # fmt: skip


@router.get("/clock", response_model=ClockPublic, tags=["clock"])
async def get_clock(user: CurrentUserDep, clock: Clock) -> ClockPublic:
    """The service's time (moved forward only in tests)."""
    return _clock_answer(clock)


@router.put("/clock", response_model=ClockPublic, tags=["clock"])
async def set_clock(body: ClockSet, user: Manager, clock: Clock) -> ClockPublic:
    """Tests only (``ACTIONS_CONTROLLABLE_CLOCK``): let time pass for the whole service."""
    if not clock.controllable:
        raise ProblemError(404, "clock_not_controllable", "L'horloge de ce service est réelle.")
    clock.set_offset(timedelta(seconds=body.offset_seconds))
    return _clock_answer(clock)
