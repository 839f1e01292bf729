"""The tenant's planning task catalog: the tasks a worksite can be given."""

from __future__ import annotations

from collections.abc import Iterable
from uuid import NAMESPACE_URL, UUID, uuid5

import ouvrage_events as es
from ouvrage_events.catalog.planning import TaskCatalogEntryAdded

from planning.domain.errors import TaskAlreadyInCatalogError, require_text

DEFAULT_TASKS: tuple[str, ...] = (
    "Démolition",
    "Maçonnerie",
    "Plomberie",
    "Électricité",
    "Menuiserie",
    "Carrelage",
    "Peinture",
)
_NAMESPACE = uuid5(NAMESPACE_URL, "urn:ouvrage:planning:task-catalog")


def catalog_id_for(tenant_id: UUID) -> UUID:
    """The id of a tenant's catalog stream (one per tenant)."""
    return uuid5(_NAMESPACE, str(tenant_id))


def seeded_task_id(catalog_id: UUID, name: str) -> UUID:
    """Seeded entries get stable ids, so seeding again (or a rebuild) adds nothing."""
    return uuid5(catalog_id, name.casefold())


class TaskCatalog(es.Aggregate):
    stream_type = "task_catalog"

    def __init__(self, aggregate_id: UUID) -> None:
        super().__init__(aggregate_id)
        self.entries: dict[UUID, str] = {}

    def names(self) -> set[str]:
        return {n.casefold() for n in self.entries.values()}

    def add(self, task_id: UUID, name: str) -> None:
        """Add a task by hand; names are unique in a catalog, whatever their case."""
        cleaned = require_text(name, "nom de la tâche")
        if cleaned.casefold() in self.names():
            raise TaskAlreadyInCatalogError(cleaned)
        self._add(task_id, cleaned, seeded=False)

    def seed(self, names: Iterable[str] = DEFAULT_TASKS) -> None:
        """Add the default tasks the catalog does not have yet."""
        for name in names:
            if name.casefold() not in self.names():
                self._add(seeded_task_id(self.id, name), name, seeded=True)

    def _add(self, task_id: UUID, name: str, *, seeded: bool) -> None:
        self.record(
            TaskCatalogEntryAdded(
                catalog_id=self.id, catalog_task_id=task_id, name=name, seeded=seeded
            )
        )

    def when_TaskCatalogEntryAdded(self, e: TaskCatalogEntryAdded) -> None:
        self.entries[e.catalog_task_id] = e.name
