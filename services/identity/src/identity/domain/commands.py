"""The commands identity accepts (secrets are kept out of their repr)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from uuid import UUID

from identity.domain.tenant import DEFAULT_TIMEZONE


@dataclass(frozen=True)
class CreateTenant:
    name: str
    admin_email: str
    first_name: str
    last_name: str
    password: str | None = field(default=None, repr=False)
    timezone: str = DEFAULT_TIMEZONE
    sender_email: str | None = None


@dataclass(frozen=True)
class UpdateTenant:
    name: str
    timezone: str
    sender_email: str | None
    expected_version: int | None = None


@dataclass(frozen=True)
class RegisterUser:
    email: str
    first_name: str
    last_name: str
    password: str = field(repr=False)
    is_admin: bool = False
    permissions: Sequence[str] = ()
    is_operator: bool = False


@dataclass(frozen=True)
class ChangePermissions:
    user_id: UUID
    is_admin: bool
    permissions: Sequence[str]
    expected_version: int | None = None


@dataclass(frozen=True)
class ChangeOperator:
    user_id: UUID
    is_operator: bool
    expected_version: int | None = None


@dataclass(frozen=True)
class ChangePassword:
    user_id: UUID
    new_password: str = field(repr=False)
    current_password: str | None = field(default=None, repr=False)
    expected_version: int | None = None


@dataclass(frozen=True)
class ChangePreferences:
    user_id: UUID
    show_archived_sav: bool
    sav_observations_as_tooltips: bool
    notification_channels: Mapping[str, Sequence[str]]
    expected_version: int | None = None


@dataclass(frozen=True)
class ChangeProfile:
    """``PATCH /users/{id}``: the fields given change, the others stay."""

    user_id: UUID
    first_name: str | None = None
    last_name: str | None = None
    email: str | None = None
    phone: str | None = None
    email_signature: str | None = None
    expected_version: int | None = None


@dataclass(frozen=True)
class PatchPreferences:
    """``PATCH /users/{id}/preferences``: the fields given change, a kind given replaces that
    kind's channels only."""

    user_id: UUID
    show_archived_sav: bool | None = None
    sav_observations_as_tooltips: bool | None = None
    notification_channels: Mapping[str, Sequence[str]] | None = None
    expected_version: int | None = None


@dataclass(frozen=True)
class DeactivateUser:
    user_id: UUID
    expected_version: int | None = None
