"""Administrators hold everything; nobody grants more than they hold; one admin must remain."""

import pytest
from identity.domain.errors import (
    GrantNotAllowedError,
    LastAdministratorError,
    UnknownPermissionError,
)
from identity.domain.permissions import (
    PERMISSIONS,
    Grant,
    check_grant,
    effective_permissions,
    ensure_an_administrator_remains,
    validate_permissions,
)

NOBODY = Grant(False, frozenset())
ADMIN = Grant(True, frozenset())
MANAGER = Grant(False, frozenset({"users.manage", "clients.write"}))


def test_administrators_hold_every_permission() -> None:
    assert effective_permissions(True, []) == PERMISSIONS
    assert {"users.manage", "settings.manage", "clients.write", "clients.block",
            "planning.manage"} <= PERMISSIONS  # fmt: skip


def test_unknown_permissions_are_named_in_the_refusal() -> None:
    with pytest.raises(UnknownPermissionError) as caught:
        validate_permissions(["clients.write", "root", "sudo"])
    assert caught.value.details["unknown"] == ["root", "sudo"]
    assert "root" in str(caught.value)


def test_an_administrator_may_grant_anything() -> None:
    check_grant(ADMIN, NOBODY, Grant(True, frozenset()))
    check_grant(ADMIN, NOBODY, Grant(False, PERMISSIONS))


def test_a_manager_grants_only_what_they_hold() -> None:
    check_grant(MANAGER, NOBODY, Grant(False, frozenset({"clients.write"})))
    with pytest.raises(GrantNotAllowedError) as caught:
        check_grant(MANAGER, NOBODY, Grant(False, frozenset({"clients.block"})))
    assert caught.value.details["permissions"] == ["clients.block"]
    assert "Bloquer la gestion commerciale" in str(caught.value)


def test_a_manager_cannot_withdraw_what_they_do_not_hold() -> None:
    with pytest.raises(GrantNotAllowedError):
        check_grant(MANAGER, Grant(False, frozenset({"planning.manage"})), NOBODY)


def test_only_an_administrator_names_an_administrator() -> None:
    with pytest.raises(GrantNotAllowedError):
        check_grant(MANAGER, NOBODY, Grant(True, frozenset()))
    with pytest.raises(GrantNotAllowedError):
        check_grant(MANAGER, ADMIN, NOBODY)


def test_the_last_administrator_cannot_go() -> None:
    with pytest.raises(LastAdministratorError):
        ensure_an_administrator_remains(0)
    ensure_an_administrator_remains(1)
