"""Nobody takes over an account stronger than theirs; security notifications stay on."""

from uuid import uuid4

import pytest
from identity.domain.authority import Account, check_authority, must_choose_new_password
from identity.domain.errors import (
    AccountAuthorityError,
    ActorDeactivatedError,
    SecurityNotificationsRequiredError,
)
from identity.domain.permissions import PERMISSIONS, Grant
from identity.domain.preferences import Preferences

ADMIN = Grant(True, frozenset())
MANAGER = Grant(False, frozenset({"users.manage", "clients.write"}))
PLANNER = Grant(False, frozenset({"planning.manage"}))
WRITER = Grant(False, frozenset({"clients.write"}))


def _account(grant: Grant, active: bool = True) -> Account:
    return Account(uuid4(), grant, active)


def test_a_manager_may_not_act_on_an_administrator() -> None:
    with pytest.raises(AccountAuthorityError) as caught:
        check_authority(_account(MANAGER), _account(ADMIN))
    assert "administrateur" in str(caught.value)


def test_a_manager_may_not_act_on_a_user_holding_a_permission_they_lack() -> None:
    with pytest.raises(AccountAuthorityError) as caught:
        check_authority(_account(MANAGER), _account(PLANNER))
    assert caught.value.details["permissions"] == ["planning.manage"]
    assert "Gérer le planning" in str(caught.value)


def test_a_manager_may_act_on_a_user_holding_less() -> None:
    check_authority(_account(MANAGER), _account(WRITER))
    check_authority(_account(MANAGER), _account(Grant(False, frozenset())))


def test_an_administrator_acts_on_anyone_and_anyone_on_themself() -> None:
    check_authority(_account(ADMIN), _account(Grant(True, PERMISSIONS)))
    me = _account(WRITER)
    check_authority(me, me)


def test_a_deactivated_actor_acts_on_nobody() -> None:
    with pytest.raises(ActorDeactivatedError):
        check_authority(_account(ADMIN, active=False), _account(WRITER))


def test_a_password_set_by_somebody_else_must_be_replaced() -> None:
    me, other = uuid4(), uuid4()
    assert must_choose_new_password(other, me) is True
    assert must_choose_new_password(me, me) is False


def test_security_notifications_cannot_be_switched_off() -> None:
    with pytest.raises(SecurityNotificationsRequiredError):
        Preferences.build(show_archived_sav=False, sav_observations_as_tooltips=True,
                          notification_channels={"security": []})  # fmt: skip
    kept = Preferences.build(show_archived_sav=False, sav_observations_as_tooltips=True,
                             notification_channels={"security": ["email"]})  # fmt: skip
    assert kept.channels_for("security") == ("email",)
