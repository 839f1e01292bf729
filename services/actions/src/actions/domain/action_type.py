"""Action types (« A relancer », « Invitation salon »…): a name and the responses it allows."""

from __future__ import annotations

from uuid import UUID

import ouvrage_events as es
from ouvrage_events.catalog.actions import ActionTypeChanged, ActionTypeDefined

from actions.domain.errors import (
    ActionTypeRetiredError,
    InvalidNameError,
    InvalidResponseError,
    ResponseExistsError,
    ResponseNotFoundError,
)


def clean_name(name: str) -> str:
    """The name as stored: trimmed, inner runs of spaces collapsed; refused when empty."""
    cleaned = " ".join(name.split())
    if not cleaned:
        raise InvalidNameError()
    return cleaned


def clean_response(response: str) -> str:
    cleaned = " ".join(response.split())
    if not cleaned:
        raise InvalidResponseError()
    return cleaned


def _find(responses: list[str], response: str) -> int | None:
    folded = response.casefold()
    for index, existing in enumerate(responses):
        if existing.casefold() == folded:
            return index
    return None


def unique_responses(responses: list[str]) -> list[str]:
    """Cleaned responses in their order, without case-insensitive duplicates."""
    kept: list[str] = []
    for response in responses:
        cleaned = clean_response(response)
        if _find(kept, cleaned) is None:
            kept.append(cleaned)
    return kept


class ActionType(es.Aggregate):
    stream_type = "action_type"

    def __init__(self, aggregate_id: UUID) -> None:
        super().__init__(aggregate_id)
        self.name = ""
        self.responses: list[str] = []
        self.retired = False

    @classmethod
    def define(cls, action_type_id: UUID, name: str, responses: list[str]) -> ActionType:
        """A new action type."""
        action_type = cls(action_type_id)
        action_type.record(
            ActionTypeDefined(
                action_type_id=action_type_id,
                name=clean_name(name),
                responses=unique_responses(responses),
            )
        )
        return action_type

    def rename(self, name: str) -> None:
        self._check_active()
        cleaned = clean_name(name)
        if cleaned != self.name:
            self._change(name=cleaned)

    def add_response(self, response: str) -> None:
        self._check_active()
        cleaned = clean_response(response)
        if _find(self.responses, cleaned) is not None:
            raise ResponseExistsError(cleaned)
        self._change(responses=[*self.responses, cleaned])

    def remove_response(self, response: str) -> None:
        self._check_active()
        index = _find(self.responses, " ".join(response.split()))
        if index is None:
            raise ResponseNotFoundError(response)
        self._change(responses=[r for i, r in enumerate(self.responses) if i != index])

    def retire(self) -> None:
        """Retired types stay on existing actions but cannot be used for new ones."""
        if not self.retired:
            self._change(retired=True)

    def allowed_response(self, response: str) -> str | None:
        """The configured response matching ``response`` (case-insensitive), if any."""
        index = _find(self.responses, " ".join(response.split()))
        return None if index is None else self.responses[index]

    def _check_active(self) -> None:
        if self.retired:
            raise ActionTypeRetiredError(self.name)

    def _change(
        self,
        *,
        name: str | None = None,
        responses: list[str] | None = None,
        retired: bool | None = None,
    ) -> None:
        self.record(
            ActionTypeChanged(
                action_type_id=self.id,
                name=self.name if name is None else name,
                responses=self.responses if responses is None else responses,
                retired=self.retired if retired is None else retired,
            )
        )

    def when_ActionTypeDefined(self, e: ActionTypeDefined) -> None:
        self.name = e.name
        self.responses = list(e.responses)

    def when_ActionTypeChanged(self, e: ActionTypeChanged) -> None:
        self.name = e.name
        self.responses = list(e.responses)
        self.retired = e.retired
