"""Client statuses: the default list every tenant starts with, plus the ones it adds."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from uuid import NAMESPACE_URL, UUID, uuid5

import ouvrage_events as es
from ouvrage_events.catalog.clients import ClientStatusConfigured, ClientStatusDefined

from clients.domain.errors import (
    InvalidStatusError,
    StatusAlreadyDefinedError,
    TrashStatusExistsError,
    UnknownStatusError,
)
from clients.domain.text import fold


@dataclass(frozen=True, slots=True)
class Status:
    """A status a record can have: a stable code, its French label, and what it does: put the
    client on the planning, end its open worksite, or put the record in the trash."""

    code: str
    label: str
    on_planning: bool = False
    ends_worksite: bool = False
    trash: bool = False

    def with_rules(self, on_planning: bool, ends_worksite: bool) -> Status:
        return Status(self.code, self.label, on_planning, ends_worksite, self.trash)


PROSPECT = Status("prospect", "Prospect")
WORKSITE_IN_PROGRESS = Status("en_cours_de_chantier", "En cours de chantier", on_planning=True)
WORKSITE_DONE = Status("chantier_termine", "Chantier terminé", ends_worksite=True)
TRASH = Status("corbeille", "Corbeille", trash=True)
"""« Corbeille »: choosing it puts the record in the trash, choosing another takes it out."""
DEFAULT_STATUSES: tuple[Status, ...] = (
    PROSPECT,
    Status("devis_en_cours", "Devis en cours"),
    WORKSITE_IN_PROGRESS,
    WORKSITE_DONE,
    Status("sav", "SAV"),
    TRASH,
)

_CODE = re.compile(r"^[a-z][a-z0-9_]{0,39}$")
MAX_LABEL_LENGTH = 80


def status_list_id(tenant_id: UUID) -> UUID:
    """The stream id of a tenant's status list (one per tenant, derived from its id)."""
    return uuid5(NAMESPACE_URL, f"urn:ouvrage:clients:status-list:{tenant_id}")


def code_from_label(label: str) -> str:
    """A status code made from its label: « Relancé en 2024 » -> ``relance_en_2024``."""
    return re.sub(r"[^a-z0-9]+", "_", fold(label)).strip("_")[:40]


class StatusList(es.Aggregate):
    """A tenant's statuses: the defaults, then those it defined, in order."""

    stream_type = "client_status_list"

    def __init__(self, aggregate_id: UUID) -> None:
        super().__init__(aggregate_id)
        self.added: list[Status] = []
        self.rules: dict[str, tuple[bool, bool]] = {}

    @property
    def statuses(self) -> list[Status]:
        return with_rules([*DEFAULT_STATUSES, *self.added], self.rules)

    def get(self, code: str) -> Status:
        """The status with this code; ``UnknownStatusError`` if the tenant has none."""
        for status in self.statuses:
            if status.code == code:
                return status
        raise UnknownStatusError(code)

    def define(
        self,
        label: str,
        code: str | None = None,
        *,
        on_planning: bool = False,
        ends_worksite: bool = False,
        trash: bool = False,
    ) -> Status:
        """Add a status; its code is derived from the label when not given. The list has one
        trash, « Corbeille »: no other status may claim to be it."""
        label = " ".join(label.split())
        if not label or len(label) > MAX_LABEL_LENGTH:
            raise InvalidStatusError(
                f"Le libellé d'un statut doit faire de 1 à {MAX_LABEL_LENGTH} caractères."
            )
        if trash or code_from_label(label) == TRASH.code:
            raise TrashStatusExistsError()
        _check_rules(on_planning, ends_worksite)
        code = code if code is not None else code_from_label(label)
        if not _CODE.match(code):
            raise InvalidStatusError(
                "Le code d'un statut commence par une lettre et ne contient que des lettres "
                "minuscules sans accent, des chiffres et des « _ » (40 au plus)."
            )
        if any(s.code == code for s in self.statuses):
            raise StatusAlreadyDefinedError(code)
        self.record(
            ClientStatusDefined(
                code=code, label=label, on_planning=on_planning, ends_worksite=ends_worksite
            )
        )
        return self.get(code)

    def configure(self, code: str, *, on_planning: bool, ends_worksite: bool) -> Status:
        """Say whether a status (a default one too) puts the client on the planning and
        whether it ends the worksite; nothing recorded when that does not change."""
        status = self.get(code)
        if status.trash:
            raise InvalidStatusError("La Corbeille ne met pas une fiche sur le planning.")
        _check_rules(on_planning, ends_worksite)
        if (status.on_planning, status.ends_worksite) != (on_planning, ends_worksite):
            self.record(
                ClientStatusConfigured(
                    code=code, on_planning=on_planning, ends_worksite=ends_worksite
                )
            )
        return self.get(code)

    def when_ClientStatusDefined(self, e: ClientStatusDefined) -> None:
        self.added.append(Status(e.code, e.label, e.on_planning, e.ends_worksite))

    def when_ClientStatusConfigured(self, e: ClientStatusConfigured) -> None:
        self.rules[e.code] = (e.on_planning, e.ends_worksite)


def _check_rules(on_planning: bool, ends_worksite: bool) -> None:
    if on_planning and ends_worksite:
        raise InvalidStatusError(
            "Un statut ne peut pas à la fois mettre le client sur le planning et terminer "
            "son chantier."
        )


def with_rules(statuses: list[Status], rules: Mapping[str, tuple[bool, bool]]) -> list[Status]:
    """The statuses with the planning rules a company changed (``ClientStatusConfigured``)."""
    return [s.with_rules(*rules[s.code]) if s.code in rules else s for s in statuses]
