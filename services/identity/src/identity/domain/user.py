"""A user account: identity, permissions, preferences, active or not. Credentials live apart."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from uuid import UUID

from ouvrage_events.aggregate import Aggregate
from ouvrage_events.catalog.identity import (
    PasswordChanged,
    UserDeactivated,
    UserErased,
    UserLockedOut,
    UserOperatorChanged,
    UserPermissionsChanged,
    UserPreferencesChanged,
    UserProfileChanged,
    UserRegistered,
)
from ouvrage_events.privacy import ERASED_USER

from identity.domain.errors import UserDeactivatedError
from identity.domain.permissions import Grant, validate_permissions
from identity.domain.preferences import Preferences
from identity.domain.validation import (
    clean_name,
    clean_phone,
    clean_signature,
    normalise_email,
)


@dataclass(frozen=True)
class ProfileChange:
    """What a user's profile becomes; ``None`` keeps a field as it is (PATCH)."""

    first_name: str | None = None
    last_name: str | None = None
    email: str | None = None
    phone: str | None = None
    email_signature: str | None = None


def _or(given: str | None, current: str, clean: Callable[[str], str]) -> str:
    return current if given is None else clean(given)


class User(Aggregate):
    stream_type = "user"

    def __init__(self, aggregate_id: UUID) -> None:
        super().__init__(aggregate_id)
        self.email = ""
        self.first_name = ""
        self.last_name = ""
        self.phone = ""
        self.email_signature = ""
        self.grant = Grant(False, frozenset())
        self.is_operator = False
        self.active = True
        self.erased = False
        self.preferences = Preferences()
        self.locked_until: datetime | None = None

    @classmethod
    def register(
        cls,
        user_id: UUID,
        *,
        email: str,
        first_name: str,
        last_name: str,
        is_admin: bool = False,
        permissions: Iterable[str] = (),
        is_operator: bool = False,
    ) -> User:
        """A new account (its password is stored apart, by the application)."""
        user = cls(user_id)
        user.record(
            UserRegistered(
                user_id=user_id,
                email=normalise_email(email),
                first_name=clean_name(first_name),
                last_name=clean_name(last_name),
                is_admin=is_admin,
                permissions=sorted(validate_permissions(permissions)),
                is_operator=is_operator,
            )
        )
        return user

    @property
    def is_admin(self) -> bool:
        return self.grant.is_admin

    def _ensure_active(self) -> None:
        if not self.active:
            raise UserDeactivatedError()

    def change_permissions(self, grant: Grant) -> bool:
        """Replace the permissions; False (nothing recorded) when they are unchanged."""
        self._ensure_active()
        validate_permissions(grant.permissions)
        if grant == self.grant:
            return False
        self.record(
            UserPermissionsChanged(
                user_id=self.id, is_admin=grant.is_admin, permissions=sorted(grant.permissions)
            )
        )
        return True

    def change_profile(self, change: ProfileChange) -> bool:
        """Change the name, email, phone or email signature (fields left ``None`` are kept);
        False when nothing changes."""
        self._ensure_active()
        profile = UserProfileChanged(
            user_id=self.id,
            email=self.email if change.email is None else normalise_email(change.email),
            first_name=_or(change.first_name, self.first_name, clean_name),
            last_name=_or(change.last_name, self.last_name, clean_name),
            phone=_or(change.phone, self.phone, clean_phone),
            email_signature=_or(change.email_signature, self.email_signature, clean_signature),
        )
        current = (self.email, self.first_name, self.last_name, self.phone, self.email_signature)
        if current == (profile.email, profile.first_name, profile.last_name, profile.phone,
                       profile.email_signature):  # fmt: skip
            return False
        self.record(profile)
        return True

    def change_operator(self, is_operator: bool) -> bool:
        """Make the user bookable on interventions (or not); False when unchanged."""
        self._ensure_active()
        if is_operator == self.is_operator:
            return False
        self.record(UserOperatorChanged(user_id=self.id, is_operator=is_operator))
        return True

    def record_password_change(self, *, changed_by: UUID) -> None:
        """The password was replaced (the hash is stored apart); by an administrator if
        somebody else did it."""
        self._ensure_active()
        self.record(
            PasswordChanged(
                user_id=self.id, changed_by=changed_by, by_administrator=changed_by != self.id
            )
        )

    def change_preferences(self, preferences: Preferences) -> bool:
        """Replace the preferences; False when they are unchanged."""
        self._ensure_active()
        if preferences == self.preferences:
            return False
        self.record(
            UserPreferencesChanged(
                user_id=self.id,
                show_archived_sav=preferences.show_archived_sav,
                sav_observations_as_tooltips=preferences.sav_observations_as_tooltips,
                notification_channels=preferences.explicit_channels(),
            )
        )
        return True

    def deactivate(self) -> bool:
        """The user can no longer log in; False when already deactivated."""
        if not self.active:
            return False
        self.record(UserDeactivated(user_id=self.id))
        return True

    def erase(self) -> bool:
        """A user who left (RGPD): deactivated, then their personal data erased; their work
        stays attributed to « Utilisateur effacé ». False when already erased."""
        if self.erased:
            return False
        self.deactivate()
        self.record(UserErased(user_id=self.id))
        return True

    def lock_out(self, until: datetime) -> None:
        """Too many failed logins (recorded once per lockout)."""
        self.record(UserLockedOut(user_id=self.id, until=until))

    def when_UserRegistered(self, e: UserRegistered) -> None:
        self.email, self.first_name, self.last_name = e.email, e.first_name, e.last_name
        self.grant = Grant(e.is_admin, frozenset(e.permissions))
        self.is_operator = e.is_operator

    def when_UserProfileChanged(self, e: UserProfileChanged) -> None:
        self.email, self.first_name, self.last_name = e.email, e.first_name, e.last_name
        self.phone, self.email_signature = e.phone, e.email_signature

    def when_UserPermissionsChanged(self, e: UserPermissionsChanged) -> None:
        self.grant = Grant(e.is_admin, frozenset(e.permissions))

    def when_UserOperatorChanged(self, e: UserOperatorChanged) -> None:
        self.is_operator = e.is_operator

    def when_PasswordChanged(self, e: PasswordChanged) -> None:
        return None

    def when_UserPreferencesChanged(self, e: UserPreferencesChanged) -> None:
        self.preferences = Preferences.from_event(
            show_archived_sav=e.show_archived_sav,
            sav_observations_as_tooltips=e.sav_observations_as_tooltips,
            notification_channels=e.notification_channels,
        )

    def when_UserDeactivated(self, e: UserDeactivated) -> None:
        self.active = False

    def when_UserErased(self, e: UserErased) -> None:
        self.erased = True
        self.email, self.first_name, self.last_name = "", "", ERASED_USER
        self.phone, self.email_signature = "", ""

    def when_UserLockedOut(self, e: UserLockedOut) -> None:
        self.locked_until = e.until
