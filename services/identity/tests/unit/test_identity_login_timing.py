"""An unknown email costs one argon2 verification too (against a dummy hash), and answers the
same error as a wrong password."""

from __future__ import annotations

from typing import Any
from uuid import uuid4

import pytest
from identity.app.container import Container
from identity.app.session_handlers import login
from identity.domain.errors import InvalidCredentialsError
from identity.domain.lockout import LockoutPolicy
from identity.domain.password_policy import PasswordPolicy


class FakeHasher:
    def __init__(self) -> None:
        self.calls: list[str] = []

    async def hash(self, password: str) -> str:
        return "hashed"

    async def verify(self, password_hash: str, password: str) -> bool:
        self.calls.append("verify")
        return False

    async def verify_dummy(self, password: str) -> None:
        self.calls.append("verify_dummy")

    def needs_rehash(self, password_hash: str) -> bool:
        return False


class NoCredentials:
    async def find_by_email(self, conn: Any, email: str) -> None:
        return None


def identity(hasher: FakeHasher) -> Container:
    return Container(
        pool=None,  # type: ignore[arg-type]  # never reached for an unknown email
        pipeline=None,  # type: ignore[arg-type]
        hasher=hasher,
        policy=PasswordPolicy(frozenset()),
        lockout=LockoutPolicy(),
        credentials=NoCredentials(),  # type: ignore[arg-type]
        refresh_tokens=None,  # type: ignore[arg-type]
        tokens=None,  # type: ignore[arg-type]
    )


@pytest.mark.parametrize("email", [f"{uuid4().hex}@example.fr", "not an email"])
async def test_unknown_email_verifies_against_the_dummy_hash(email: str) -> None:
    hasher = FakeHasher()
    with pytest.raises(InvalidCredentialsError) as caught:
        await login(identity(hasher), email, "Quelconque-2024!")
    assert hasher.calls == ["verify_dummy"]
    assert str(caught.value) == "Identifiants invalides."
