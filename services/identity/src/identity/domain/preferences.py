"""A user's display preferences (home page SAV) and notification channels per kind."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Literal

from identity.domain.errors import (
    InvalidChannelError,
    SecurityNotificationsRequiredError,
    UnknownNotificationKindError,
)

Channel = Literal["alert", "email"]
CHANNELS: tuple[Channel, ...] = ("alert", "email")
# The kind that tells a user their account changed (password, rights): never switched off.
SECURITY_KIND = "security"

NOTIFICATION_KINDS: Mapping[str, str] = MappingProxyType(
    {
        "action_assigned": "Une action m'est attribuée",
        "action_shared": "Une action est partagée avec moi",
        "action_due": "Une action arrive à échéance",
        "intervention_changed": "Une intervention qui me concerne change",
        "site_sheet": "Une fiche chantier m'est envoyée",
        "security": "Sécurité de mon compte",
        "client_blocked": "La gestion commerciale d'un client est bloquée",
        "warranty": "Un parfait achèvement finit avec des réserves à lever",
    }
)


def _channels(kind: str, given: Iterable[str]) -> tuple[Channel, ...]:
    chosen = set(given)
    unknown = sorted(chosen - set(CHANNELS))
    if unknown:
        raise InvalidChannelError(kind=kind, channels=unknown)
    return tuple(c for c in CHANNELS if c in chosen)


@dataclass(frozen=True)
class Preferences:
    """``notification_channels`` holds the kinds the user set; an absent kind has every channel."""

    show_archived_sav: bool = False
    sav_observations_as_tooltips: bool = True
    notification_channels: Mapping[str, tuple[Channel, ...]] = field(default_factory=dict)

    @classmethod
    def build(
        cls,
        *,
        show_archived_sav: bool,
        sav_observations_as_tooltips: bool,
        notification_channels: Mapping[str, Iterable[str]],
    ) -> Preferences:
        """Validated preferences; unknown kinds or channels are refused."""
        unknown = sorted(set(notification_channels) - set(NOTIFICATION_KINDS))
        if unknown:
            raise UnknownNotificationKindError(
                "Type de notification inconnu : " + ", ".join(unknown) + ".", kinds=unknown
            )
        channels = {
            kind: _channels(kind, notification_channels[kind])
            for kind in NOTIFICATION_KINDS
            if kind in notification_channels
        }
        if not channels.get(SECURITY_KIND, CHANNELS):
            raise SecurityNotificationsRequiredError()
        return cls(show_archived_sav, sav_observations_as_tooltips, channels)

    @classmethod
    def from_event(
        cls,
        *,
        show_archived_sav: bool,
        sav_observations_as_tooltips: bool,
        notification_channels: Mapping[str, Iterable[str]],
    ) -> Preferences:
        """Preferences as recorded; kinds or channels no longer known are dropped, not refused."""
        channels = {
            kind: tuple(c for c in CHANNELS if c in set(given))
            for kind, given in notification_channels.items()
            if kind in NOTIFICATION_KINDS
        }
        return cls(show_archived_sav, sav_observations_as_tooltips, channels)

    def channels_for(self, kind: str) -> tuple[Channel, ...]:
        return self.notification_channels.get(kind, CHANNELS)

    def all_channels(self) -> dict[str, list[Channel]]:
        """Every kind with its channels (what a client shows)."""
        return {kind: list(self.channels_for(kind)) for kind in NOTIFICATION_KINDS}

    def explicit_channels(self) -> dict[str, list[Channel]]:
        """The kinds the user set, as events carry them."""
        return {kind: list(chans) for kind, chans in self.notification_channels.items()}
