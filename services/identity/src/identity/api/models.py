"""Request and response bodies (XCreate / XUpdate / XPublic)."""

from __future__ import annotations

from datetime import datetime
from typing import Literal, Self
from uuid import UUID

from ouvrage_platform.inputs import SingleLine
from pydantic import BaseModel, ConfigDict, Field, StrictBool, model_validator

from identity.app.queries import TenantRow, UserRow
from identity.domain.preferences import Channel

_Password = Field(min_length=1, max_length=1024)


class _Body(BaseModel):
    model_config = ConfigDict(extra="forbid", hide_input_in_errors=True)


class TokenRequest(_Body):
    """``grant_type`` password (email + password) or refresh_token.

    ``refresh_token_delivery: "cookie"`` (browsers): the refresh token travels as an HttpOnly
    cookie instead of in the bodies, and a refresh reads it there (header X-Ouvrage-CSRF
    required)."""

    grant_type: Literal["password", "refresh_token"] = "password"
    email: SingleLine | None = Field(default=None, max_length=320)
    password: SingleLine | None = Field(default=None, max_length=1024)
    refresh_token: SingleLine | None = Field(default=None, max_length=512)
    refresh_token_delivery: Literal["body", "cookie"] = "body"  # noqa: S105 - a mode

    @model_validator(mode="after")
    def _fields_of_the_grant(self) -> Self:
        if self.grant_type == "password" and (self.email is None or self.password is None):
            raise ValueError("email et mot de passe requis")
        if self.cookie_mode:
            if self.refresh_token is not None:
                raise ValueError("refresh_token : transmis par cookie dans ce mode")
        elif self.grant_type == "refresh_token" and self.refresh_token is None:
            raise ValueError("refresh_token requis")
        return self

    @property
    def cookie_mode(self) -> bool:
        return self.refresh_token_delivery == "cookie"  # noqa: S105 - a mode


class TokenPublic(BaseModel):
    """The refresh token is absent in the cookie mode (it is in the cookie)."""

    access_token: str
    token_type: Literal["Bearer"] = "Bearer"  # noqa: S105 - the scheme name, not a secret
    expires_in: int
    refresh_token: str | None = None
    # True after a manager reset the password: the access token is only good for
    # `PUT /users/{own id}/password` (with the password the manager set as the current one).
    password_change_required: bool = False


class RevokeRequest(_Body):
    """The refresh token to revoke; none in the cookie mode (the cookie's, X-Ouvrage-CSRF
    required)."""

    refresh_token: SingleLine | None = Field(default=None, max_length=512)


class UserCreate(_Body):
    email: SingleLine = Field(max_length=320)
    first_name: SingleLine = Field(max_length=200)
    last_name: SingleLine = Field(max_length=200)
    password: SingleLine = _Password
    is_admin: bool = False
    permissions: list[SingleLine] = Field(default_factory=list, max_length=50)
    is_operator: bool = False


class UndeliverableEmailPublic(BaseModel):
    """The user's address bounced: mail to it cannot be delivered."""

    address: str
    status: str
    diagnostic: str
    bounced_at: datetime


class UserPublic(BaseModel):
    """An entry of the directory; ``permissions`` are the effective ones."""

    id: UUID
    name: str
    first_name: str
    last_name: str
    email: str
    active: bool
    is_admin: bool
    permissions: list[str]
    is_operator: bool
    version: int
    email_undeliverable: UndeliverableEmailPublic | None = None
    """Set when the user's address bounced (« Adresse email non distribuable »), until it is
    changed; on ``GET /users/{id}`` only."""

    @classmethod
    def of(cls, row: UserRow) -> UserPublic:
        return cls(
            id=row.id, name=row.name, first_name=row.first_name, last_name=row.last_name,
            email=row.email, active=row.active, is_admin=row.grant.is_admin,
            permissions=sorted(row.grant.effective), is_operator=row.is_operator,
            version=row.version,
        )  # fmt: skip


class UserPage(BaseModel):
    items: list[UserPublic]
    next_cursor: str | None = None


class PasswordUpdate(_Body):
    current_password: SingleLine | None = Field(default=None, max_length=1024)
    new_password: SingleLine = _Password


class PermissionsUpdate(_Body):
    is_admin: bool = False
    permissions: list[SingleLine] = Field(default_factory=list, max_length=50)


class OperatorUpdate(_Body):
    is_operator: StrictBool


class PreferencesUpdate(_Body):
    show_archived_sav: bool = False
    sav_observations_as_tooltips: bool = True
    notification_channels: dict[SingleLine, list[Channel]] = Field(default_factory=dict)


class PreferencesPublic(BaseModel):
    """Every notification kind is listed, with its channels (absent from a PUT = all)."""

    user_id: UUID
    show_archived_sav: bool
    sav_observations_as_tooltips: bool
    notification_channels: dict[str, list[Channel]]
    version: int

    @classmethod
    def of(cls, row: UserRow) -> PreferencesPublic:
        prefs = row.preferences
        return cls(
            user_id=row.id,
            show_archived_sav=prefs.show_archived_sav,
            sav_observations_as_tooltips=prefs.sav_observations_as_tooltips,
            notification_channels=prefs.all_channels(),
            version=row.version,
        )


class TenantPublic(BaseModel):
    id: UUID
    name: str
    timezone: str
    sender_email: str | None
    version: int

    @classmethod
    def of(cls, row: TenantRow) -> TenantPublic:
        return cls(
            id=row.id, name=row.name, timezone=row.timezone, sender_email=row.sender_email,
            version=row.version,
        )  # fmt: skip


class TenantUpdate(_Body):
    name: SingleLine = Field(max_length=200)
    timezone: SingleLine = Field(max_length=64)
    sender_email: SingleLine | None = Field(default=None, max_length=320)


class PermissionPublic(BaseModel):
    code: str
    label: str


class NotificationKindPublic(BaseModel):
    code: str
    label: str
