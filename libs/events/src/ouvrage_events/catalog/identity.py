"""Events of the identity service: companies (tenants) and their users.

No payload carries a secret: passwords, hashes and tokens live only in identity's own tables.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, ClassVar, Literal
from uuid import UUID

from pydantic import Field

from ouvrage_events.contract.base import DomainEvent
from ouvrage_events.contract.registry import event
from ouvrage_events.privacy.marks import Personal, user_name

Channel = Literal["alert", "email"]


class IdentityEvent(DomainEvent):
    service: ClassVar[str] = "identity"


@event
class TenantRegistered(IdentityEvent):
    """A company started using Ouvrage."""

    tenant_id: UUID
    name: str
    timezone: str = "Europe/Paris"
    sender_email: str | None = None


@event
class TenantSenderChanged(IdentityEvent):
    """The address the company's emails are sent from changed."""

    tenant_id: UUID
    sender_email: str


@event
class TenantProfileChanged(IdentityEvent):
    """The company's name or time zone changed (the full new profile)."""

    tenant_id: UUID
    name: str
    timezone: str


@event
class UserRegistered(IdentityEvent):
    """A user account was created in a company."""

    user_id: UUID
    email: Annotated[str, Personal("user")]
    first_name: Annotated[str, Personal("user")]
    last_name: Annotated[str, user_name()]
    is_admin: bool = False
    permissions: list[str] = Field(default_factory=list)
    is_operator: bool = False


@event
class UserProfileChanged(IdentityEvent):
    """A user's name, email, phone or email signature changed (the full new profile). The
    signature ends the emails sent on the user's behalf."""

    user_id: UUID
    email: Annotated[str, Personal("user")]
    first_name: Annotated[str, Personal("user")]
    last_name: Annotated[str, user_name()]
    phone: Annotated[str, Personal("user")] = ""
    email_signature: Annotated[str, Personal("user")] = ""


@event
class UserPermissionsChanged(IdentityEvent):
    """The permissions granted to a user changed (the full new set)."""

    user_id: UUID
    is_admin: bool
    permissions: list[str]


@event
class UserOperatorChanged(IdentityEvent):
    """A user became (or stopped being) an operator who can be booked on interventions."""

    user_id: UUID
    is_operator: bool


@event
class PasswordChanged(IdentityEvent):
    """A user's password was changed, by themself or by an administrator. Carries no secret."""

    user_id: UUID
    changed_by: UUID | None = None
    by_administrator: bool = False


@event
class UserPreferencesChanged(IdentityEvent):
    """A user's display and notification preferences (the full new set)."""

    user_id: UUID
    show_archived_sav: bool = False
    sav_observations_as_tooltips: bool = True
    notification_channels: dict[str, list[Channel]] = Field(default_factory=dict)


@event
class UserDeactivated(IdentityEvent):
    """A user can no longer log in; their open work needs reassigning."""

    user_id: UUID


@event
class UserLockedOut(IdentityEvent):
    """Too many failed logins: the account is locked until ``until``."""

    user_id: UUID
    until: datetime


@event
class UserErased(IdentityEvent):
    """A user who left was erased: their key is destroyed; their actions and interventions stay,
    attributed to « Utilisateur effacé »."""

    user_id: UUID
