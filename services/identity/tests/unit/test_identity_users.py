"""The User aggregate: given events, when a command, then events or an error."""

from datetime import UTC, datetime
from uuid import uuid4

import pytest
from identity.domain.errors import (
    InvalidEmailError,
    InvalidNameError,
    InvalidPhoneError,
    InvalidSignatureError,
    UnknownPermissionError,
    UserDeactivatedError,
)
from identity.domain.permissions import Grant
from identity.domain.preferences import Preferences
from identity.domain.user import ProfileChange, User
from ouvrage_events.catalog.identity import (
    PasswordChanged,
    UserDeactivated,
    UserLockedOut,
    UserOperatorChanged,
    UserPermissionsChanged,
    UserPreferencesChanged,
    UserProfileChanged,
    UserRegistered,
)

USER_ID = uuid4()
ADMIN_ID = uuid4()
REGISTERED = UserRegistered(
    user_id=USER_ID, email="marie.curie@example.fr", first_name="Marie", last_name="Curie",
    permissions=["clients.write"],
)  # fmt: skip


def given(*events: object) -> User:
    return User.fold(USER_ID, list(events))  # type: ignore[arg-type]


def test_register_records_user_registered_with_normalised_fields() -> None:
    user = User.register(
        USER_ID, email="  Marie.Curie@Example.FR ", first_name=" Marie ", last_name="Curie",
        permissions=["clients.write", "clients.write"], is_operator=True,
    )  # fmt: skip
    (event,) = user.pending
    assert event == UserRegistered(
        user_id=USER_ID, email="marie.curie@example.fr", first_name="Marie", last_name="Curie",
        is_admin=False, permissions=["clients.write"], is_operator=True,
    )  # fmt: skip
    assert user.version == 1 and user.active


@pytest.mark.parametrize(
    ("fields", "error"),
    [
        ({"email": "pas-un-email"}, InvalidEmailError),
        ({"first_name": "   "}, InvalidNameError),
        ({"permissions": ["everything"]}, UnknownPermissionError),
    ],
)
def test_register_refuses_bad_input(fields: dict[str, object], error: type[Exception]) -> None:
    base: dict[str, object] = {"email": "a.b@example.fr", "first_name": "A", "last_name": "B"}
    with pytest.raises(error):
        User.register(USER_ID, **{**base, **fields})  # type: ignore[arg-type]


def test_change_permissions_records_the_full_new_set() -> None:
    user = given(REGISTERED)
    assert user.change_permissions(Grant(False, frozenset({"planning.manage", "clients.write"})))
    assert user.pending == [
        UserPermissionsChanged(
            user_id=USER_ID, is_admin=False, permissions=["clients.write", "planning.manage"]
        )
    ]


def test_unchanged_permissions_record_nothing() -> None:
    user = given(REGISTERED)
    assert not user.change_permissions(Grant(False, frozenset({"clients.write"})))
    assert user.pending == []


def test_password_change_by_the_user_or_by_an_administrator() -> None:
    user = given(REGISTERED)
    user.record_password_change(changed_by=USER_ID)
    user.record_password_change(changed_by=ADMIN_ID)
    assert user.pending == [
        PasswordChanged(user_id=USER_ID, changed_by=USER_ID, by_administrator=False),
        PasswordChanged(user_id=USER_ID, changed_by=ADMIN_ID, by_administrator=True),
    ]
    assert "hash" not in PasswordChanged.model_fields
    assert "password" not in PasswordChanged.model_fields


def test_preferences_change_records_what_the_user_set() -> None:
    user = given(REGISTERED)
    prefs = Preferences.build(
        show_archived_sav=True, sav_observations_as_tooltips=False,
        notification_channels={"action_due": ["email", "email"]},
    )  # fmt: skip
    assert user.change_preferences(prefs)
    assert user.pending == [
        UserPreferencesChanged(
            user_id=USER_ID, show_archived_sav=True, sav_observations_as_tooltips=False,
            notification_channels={"action_due": ["email"]},
        )
    ]  # fmt: skip
    assert not user.change_preferences(prefs)  # the same again: nothing more


def test_preferences_fold_back_from_their_event() -> None:
    user = given(
        REGISTERED,
        UserPreferencesChanged(user_id=USER_ID, show_archived_sav=True,
                               notification_channels={"security": ["alert"]}),
    )  # fmt: skip
    assert user.preferences.show_archived_sav
    assert user.preferences.channels_for("security") == ("alert",)
    assert user.preferences.channels_for("action_due") == ("alert", "email")


def test_deactivate_once_then_nothing_changes_any_more() -> None:
    user = given(REGISTERED)
    assert user.deactivate()
    assert user.pending == [UserDeactivated(user_id=USER_ID)]
    assert not user.deactivate()
    deactivated = given(REGISTERED, UserDeactivated(user_id=USER_ID))
    with pytest.raises(UserDeactivatedError):
        deactivated.change_permissions(Grant(True, frozenset()))
    with pytest.raises(UserDeactivatedError):
        deactivated.record_password_change(changed_by=ADMIN_ID)
    with pytest.raises(UserDeactivatedError):
        deactivated.change_preferences(Preferences(show_archived_sav=True))


def test_lock_out_records_until_when() -> None:
    until = datetime(2026, 3, 2, 8, 15, tzinfo=UTC)
    user = given(REGISTERED)
    user.lock_out(until)
    assert user.pending == [UserLockedOut(user_id=USER_ID, until=until)]
    assert user.locked_until == until


def test_operator_change_records_the_new_flag_and_folds_back() -> None:
    user = given(REGISTERED)
    assert user.change_operator(True)
    assert user.pending == [UserOperatorChanged(user_id=USER_ID, is_operator=True)]
    assert user.is_operator
    operator = given(REGISTERED, UserOperatorChanged(user_id=USER_ID, is_operator=True))
    assert operator.is_operator and operator.version == 2
    assert operator.change_operator(False)
    assert operator.pending == [UserOperatorChanged(user_id=USER_ID, is_operator=False)]


def test_unchanged_operator_flag_records_nothing_and_a_deactivated_user_refuses() -> None:
    user = given(REGISTERED)
    assert not user.change_operator(False)
    assert user.pending == []
    deactivated = given(REGISTERED, UserDeactivated(user_id=USER_ID))
    with pytest.raises(UserDeactivatedError):
        deactivated.change_operator(True)


def test_a_profile_change_records_the_full_new_profile_once() -> None:
    user = given(REGISTERED)
    change = ProfileChange(phone=" 06 12  34 56 78 ", email_signature="Marie Curie  \nGérante\n")

    assert user.change_profile(change) is True
    assert user.change_profile(change) is False  # nothing new the second time

    assert user.pending == [
        UserProfileChanged(
            user_id=USER_ID, email="marie.curie@example.fr", first_name="Marie",
            last_name="Curie", phone="06 12 34 56 78", email_signature="Marie Curie\nGérante",
        )
    ]  # fmt: skip


def test_a_profile_change_checks_each_field() -> None:
    user = given(REGISTERED)
    for change, error in (
        (ProfileChange(email="pas-une-adresse"), InvalidEmailError),
        (ProfileChange(first_name="  "), InvalidNameError),
        (ProfileChange(phone="06 12 <script>"), InvalidPhoneError),
        (ProfileChange(email_signature="x" * 2001), InvalidSignatureError),
    ):
        with pytest.raises(error):
            user.change_profile(change)
    assert user.pending == []


def test_the_profile_folds_back_and_the_email_is_normalised() -> None:
    user = given(REGISTERED)
    user.change_profile(ProfileChange(email=" Marie.Sklodowska@Example.FR", last_name="Curie"))
    again = given(REGISTERED, *user.pending)
    assert (again.email, again.last_name) == ("marie.sklodowska@example.fr", "Curie")
