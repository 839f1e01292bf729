"""Bearer token verification (RS256 tokens issued by identity) and its FastAPI dependencies."""

from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import Annotated, Any
from uuid import UUID

import httpx
import jwt
import structlog
from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from ouvrage_platform.errors import ProblemError
from ouvrage_platform.jwks import (
    JwksKeys,
    KeySource,
    KeysUnavailableError,
    StaticKeys,
    default_jwks_client,
)
from ouvrage_platform.openapi import PERMISSION_ATTRIBUTE
from ouvrage_platform.permissions import PERMISSIONS

__all__ = [
    "CurrentUser",
    "CurrentUserDep",
    "InvalidTokenError",
    "JwksVerifier",
    "KeySource",
    "KeysUnavailableError",
    "StaticKeys",
    "TokenVerifier",
    "current_user",
    "refuse_revoked",
    "require",
]

ALGORITHM = "RS256"
UNAUTHENTICATED_DETAIL = "Authentification requise."
BAD_CREDENTIALS_DETAIL = "Jeton invalide ou expiré."
REVOKED_DETAIL = "Votre session n'est plus valide (compte ou droits modifiés) : reconnectez-vous."
AUTH_UNAVAILABLE_DETAIL = "La vérification de l'authentification est momentanément indisponible."

log = structlog.get_logger(__name__)


@dataclass(frozen=True, slots=True)
class CurrentUser:
    """The authenticated caller, as the token describes it."""

    id: UUID
    tenant_id: UUID
    permissions: frozenset[str]
    # From `iat` / `exp` (seconds since the epoch): revocation and stream lifetimes use them.
    issued_at: float = field(default=0.0, compare=False)
    expires_at: float = field(default=float("inf"), compare=False)

    def has(self, permission: str) -> bool:
        return permission in self.permissions


class InvalidTokenError(Exception):
    """The token is malformed, badly signed, expired or lacks a required claim."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _user_from_claims(claims: Mapping[str, Any]) -> CurrentUser:
    perms = claims.get("perms", [])
    if not isinstance(perms, list) or not all(isinstance(p, str) for p in perms):
        raise InvalidTokenError("bad_perms")
    try:
        return CurrentUser(
            id=UUID(str(claims["sub"])),
            tenant_id=UUID(str(claims["tid"])),
            permissions=frozenset(perms),
            issued_at=float(claims.get("iat", 0)),
            expires_at=float(claims["exp"]),
        )
    except (TypeError, ValueError) as exc:
        raise InvalidTokenError("bad_ids") from exc


class TokenVerifier:
    """Verifies RS256 tokens against a key source; every other algorithm is refused."""

    def __init__(
        self,
        keys: KeySource,
        *,
        issuer: str | None = None,
        audience: str | None = None,
        leeway: float = 10,
    ) -> None:
        self._keys = keys
        self._issuer = issuer
        self._audience = audience
        self._leeway = leeway

    async def verify(self, token: str) -> CurrentUser:
        """The user a valid token names; raises InvalidTokenError or KeysUnavailableError."""
        try:
            header = jwt.get_unverified_header(token)
        except jwt.PyJWTError as exc:
            raise InvalidTokenError("malformed") from exc
        # Checked before any key lookup: "none" and HS256-with-the-public-key never get further.
        if header.get("alg") != ALGORITHM:
            raise InvalidTokenError("algorithm")
        kid = header.get("kid")
        if not isinstance(kid, str) or not kid:
            raise InvalidTokenError("missing_kid")
        key = await self._keys.get(kid)
        if key is None:
            raise InvalidTokenError("unknown_kid")
        return _user_from_claims(self._decode(token, key))

    def _decode(self, token: str, key: Any) -> dict[str, Any]:
        try:
            return jwt.decode(
                token,
                key,
                algorithms=[ALGORITHM],
                issuer=self._issuer,
                audience=self._audience,
                leeway=self._leeway,
                options={
                    "require": ["exp", "iat", "sub", "tid"],
                    "verify_aud": self._audience is not None,
                },
            )
        except jwt.ExpiredSignatureError as exc:
            raise InvalidTokenError("expired") from exc
        except jwt.MissingRequiredClaimError as exc:
            raise InvalidTokenError(f"missing_{exc.claim}") from exc
        except jwt.PyJWTError as exc:
            raise InvalidTokenError(type(exc).__name__) from exc

    async def aclose(self) -> None:
        await self._keys.aclose()


class JwksVerifier(TokenVerifier):
    """A TokenVerifier whose keys come from identity's JWKS URL (fetched lazily, cached)."""

    def __init__(
        self,
        jwks_url: str,
        *,
        client_factory: Callable[[], httpx.AsyncClient] = default_jwks_client,
        issuer: str | None = None,
        audience: str | None = None,
        leeway: float = 10,
        refetch_interval: float = 30.0,
        max_age: float = 300.0,
    ) -> None:
        keys = JwksKeys(
            jwks_url,
            client_factory=client_factory,
            refetch_interval=refetch_interval,
            max_age=max_age,
        )
        super().__init__(keys, issuer=issuer, audience=audience, leeway=leeway)


_bearer = HTTPBearer(auto_error=False, description="Jeton RS256 émis par identity")


def _unauthenticated(detail: str, challenge: str) -> ProblemError:
    return ProblemError(401, "unauthenticated", detail, headers={"WWW-Authenticate": challenge})


def _verifier(request: Request) -> TokenVerifier:
    verifier = getattr(request.app.state, "verifier", None)
    if not isinstance(verifier, TokenVerifier):
        raise RuntimeError("app.state.verifier is not set to a TokenVerifier")
    return verifier


async def current_user(
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> CurrentUser:
    """The caller of this request, from `Authorization: Bearer`; 401 problem otherwise."""
    if credentials is None:
        raise _unauthenticated(UNAUTHENTICATED_DETAIL, "Bearer")
    try:
        user = await _verifier(request).verify(credentials.credentials)
    except InvalidTokenError as exc:
        log.info("auth.token_rejected", reason=exc.reason)
        raise _unauthenticated(BAD_CREDENTIALS_DETAIL, 'Bearer error="invalid_token"') from exc
    except KeysUnavailableError as exc:
        raise ProblemError(503, "auth_unavailable", AUTH_UNAVAILABLE_DETAIL) from exc
    await refuse_revoked(request, user)
    request.state.user = user
    structlog.contextvars.bind_contextvars(user_id=str(user.id), tenant_id=str(user.tenant_id))
    return user


async def refuse_revoked(request: Request, user: CurrentUser) -> None:
    """401 when identity's events voided the token after it was issued (see `revocation`)."""
    revocations = getattr(request.app.state, "revocations", None)
    if revocations is None:
        return
    if await revocations.is_revoked(user.id, user.issued_at):
        log.info("auth.token_rejected", reason="revoked")
        raise _unauthenticated(REVOKED_DETAIL, 'Bearer error="invalid_token"')


CurrentUserDep = Annotated[CurrentUser, Depends(current_user)]


def require(permission: str) -> Callable[[CurrentUser], Awaitable[CurrentUser]]:
    """A dependency giving the caller if they hold `permission`, else a 403 problem."""
    if permission not in PERMISSIONS:
        raise ValueError(f"unknown permission: {permission}")

    async def dependency(user: CurrentUserDep) -> CurrentUser:
        if not user.has(permission):
            raise ProblemError(
                403,
                "forbidden",
                f"Vous n'avez pas la permission « {permission} ».",
                extra={"permission": str(permission)},
            )
        return user

    setattr(dependency, PERMISSION_ATTRIBUTE, str(permission))  # the route's 403 in OpenAPI
    return dependency
