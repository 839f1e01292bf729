"""The v1 event catalog of every service; importing it fills the process-wide registry."""

from ouvrage_events.catalog import actions, clients, identity, notifier, planning, sales

__all__ = ["actions", "clients", "identity", "notifier", "planning", "sales"]
