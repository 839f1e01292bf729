"""Client statuses: the default list every tenant starts with, plus the ones it adds."""

from __future__ import annotations

import re
from dataclasses import dataclass
from uuid import NAMESPACE_URL, UUID, uuid5

import ouvrage_events as es
from ouvrage_events.catalog.clients import ClientStatusDefined

from clients.domain.errors import (
    InvalidStatusError,
    StatusAlreadyDefinedError,
    UnknownStatusError,
)
from clients.domain.text import fold


@dataclass(frozen=True, slots=True)
class Status:
    """A status a record can have: a stable code and its French label."""

    code: str
    label: str


PROSPECT = Status("prospect", "Prospect")
WORKSITE_IN_PROGRESS = Status("en_cours_de_chantier", "En cours de chantier")
DEFAULT_STATUSES: tuple[Status, ...] = (
    PROSPECT,
    Status("devis_en_cours", "Devis en cours"),
    WORKSITE_IN_PROGRESS,
    Status("chantier_termine", "Chantier terminé"),
    Status("sav", "SAV"),
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

    @property
    def statuses(self) -> list[Status]:
        return [*DEFAULT_STATUSES, *self.added]

    def get(self, code: str) -> Status:
        """The status with this code; ``UnknownStatusError`` if the tenant has none."""
        for status in self.statuses:
            if status.code == code:
                return status
        raise UnknownStatusError(code)

    def define(self, label: str, code: str | None = None) -> Status:
        """Add a status; its code is derived from the label when not given."""
        label = " ".join(label.split())
        if not label or len(label) > MAX_LABEL_LENGTH:
            raise InvalidStatusError(
                f"Le libellé d'un statut doit faire de 1 à {MAX_LABEL_LENGTH} caractères."
            )
        code = code if code is not None else code_from_label(label)
        if not _CODE.match(code):
            raise InvalidStatusError(
                "Le code d'un statut commence par une lettre et ne contient que des lettres "
                "minuscules sans accent, des chiffres et des « _ » (40 au plus)."
            )
        if any(s.code == code for s in self.statuses):
            raise StatusAlreadyDefinedError(code)
        self.record(ClientStatusDefined(code=code, label=label))
        return Status(code, label)

    def when_ClientStatusDefined(self, e: ClientStatusDefined) -> None:
        self.added.append(Status(e.code, e.label))
