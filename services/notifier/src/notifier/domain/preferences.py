"""Notification kinds and the channels a user keeps on for each (identity's preferences)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Literal

NotificationKind = Literal[
    "action_assigned",
    "action_shared",
    "action_due",
    "intervention_changed",
    "site_sheet",
    "security",
    "client_blocked",
    "sales_document",
    "invoice_overdue",
    "warranty",
]
Channel = Literal["alert", "email"]


def channel_enabled(
    channels: Mapping[str, Sequence[str]], kind: NotificationKind, channel: Channel
) -> bool:
    """A kind the user never configured keeps every channel on; a configured one lists them."""
    if kind not in channels:
        return True
    if kind == "security" and not channels[kind]:
        # Never silenced (identity refuses it now; events recorded before the rule may say so).
        return True
    return channel in channels[kind]
