"""The `aud` claim: which services a token is for (identity names them, each service checks its
own name), so a token meant for one place is not accepted everywhere."""

from collections.abc import Sequence

SERVICES: tuple[str, ...] = ("identity", "clients", "actions", "planning", "notifier", "sales")

# A token that only lets its holder choose a new password (after a manager reset theirs): no
# service names it as its audience, only identity's password route accepts it.
PASSWORD_CHANGE_AUDIENCE = "ouvrage-identity/password-change"  # noqa: S105 - a name


def audience_of(service: str) -> str:
    """The `aud` value naming one service."""
    return f"ouvrage-{service}"


ALL_AUDIENCES: Sequence[str] = tuple(audience_of(s) for s in SERVICES)


def service_of_prefix(env_prefix: str) -> str:
    """``CLIENTS_`` -> ``clients``: the service a settings class belongs to."""
    return env_prefix.rstrip("_").lower()
