"""Test helpers for services: mint RS256 tokens and serve their JWKS (no identity needed)."""

import base64
import hashlib
import hmac
import json
import threading
import time
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from uuid import UUID

import jwt
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from jwt.algorithms import RSAAlgorithm

from ouvrage_platform.audience import ALL_AUDIENCES
from ouvrage_platform.auth import TokenVerifier
from ouvrage_platform.jwks import StaticKeys


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


class TokenMinter:
    """An RSA key pair that mints tokens shaped like identity's (`sub`, `tid`, `perms`, `exp`)."""

    def __init__(self, kid: str = "test-key-1") -> None:
        self.kid = kid
        self.private_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        self.public_key = self.private_key.public_key()

    def jwks(self) -> dict[str, Any]:
        """The public key as a JWKS document."""
        jwk = json.loads(RSAAlgorithm.to_jwk(self.public_key))
        jwk.update({"kid": self.kid, "use": "sig", "alg": "RS256"})
        return {"keys": [jwk]}

    def keys(self) -> StaticKeys:
        return StaticKeys({self.kid: self.public_key})

    def verifier(self, **kwargs: Any) -> TokenVerifier:
        """A verifier trusting this minter's key, without HTTP."""
        return TokenVerifier(self.keys(), **kwargs)

    def claims(
        self, user_id: UUID, tenant_id: UUID, perms: Iterable[str] = (), *, ttl: int = 900
    ) -> dict[str, Any]:
        now = int(time.time())
        return {
            "iss": "ouvrage-identity",  # what identity issues and services expect by default
            "sub": str(user_id),
            "tid": str(tenant_id),
            "perms": sorted(str(p) for p in perms),
            "aud": list(ALL_AUDIENCES),
            "iat": now,
            "exp": now + ttl,
        }

    def mint(
        self,
        user_id: UUID,
        tenant_id: UUID,
        perms: Iterable[str] = (),
        *,
        ttl: int = 900,
        kid: str | None = None,
        alg: str = "RS256",
        extra: Mapping[str, Any] | None = None,
        drop: Iterable[str] = (),
    ) -> str:
        """A token; `alg` "none" and "HS256" (keyed with the public PEM) forge attack tokens."""
        claims = {**self.claims(user_id, tenant_id, perms, ttl=ttl), **(extra or {})}
        for name in drop:
            claims.pop(name, None)
        header = {"kid": kid or self.kid}
        if alg == "RS256":
            return jwt.encode(claims, self.private_key, algorithm="RS256", headers=header)
        return self._forge(alg, header, claims)

    def _forge(self, alg: str, header: dict[str, Any], claims: dict[str, Any]) -> str:
        # PyJWT refuses to produce these, which is the point: they must be hand-made.
        head = _b64(json.dumps({**header, "alg": alg, "typ": "JWT"}).encode())
        body = _b64(json.dumps(claims).encode())
        signing_input = f"{head}.{body}".encode()
        if alg == "none":
            return f"{head}.{body}."
        if alg == "HS256":
            secret = self.public_key.public_bytes(
                serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
            )
            signature = hmac.new(secret, signing_input, hashlib.sha256).digest()
            return f"{head}.{body}.{_b64(signature)}"
        raise ValueError(f"unsupported alg: {alg}")


@contextmanager
def serve_jwks(jwks: Mapping[str, Any]) -> Iterator[str]:
    """Serve a JWKS document on a local port; yields its URL."""
    payload = json.dumps(jwks).encode()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        def log_message(self, format: str, *args: Any) -> None:
            return None

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/.well-known/jwks.json"
    finally:
        server.shutdown()
        server.server_close()
