"""Per-message return paths (VERP): ``bounces+<token>@<bounce domain>``.

The token names the email and is signed (HMAC-SHA256, truncated to 80 bits): a bounce for an
address nobody was sent to, or a forged one naming another email, does not verify. Lower-case
hexadecimal only, because some mail servers change the case of local parts.
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass
from uuid import UUID

_MAC_HEX = 20  # 80 bits: guessing a token for a given email takes ~2^79 tries


class InvalidReturnPathError(ValueError):
    """The address is not one of our return paths, or its signature does not verify."""


@dataclass(frozen=True)
class ReturnPaths:
    secret: bytes
    domain: str
    prefix: str = "bounces"

    def token(self, email_id: UUID) -> str:
        return f"{email_id.hex}{self._mac(email_id)}"

    def address(self, email_id: UUID) -> str:
        """The envelope sender (MAIL FROM) for ``email_id``."""
        return f"{self.prefix}+{self.token(email_id)}@{self.domain}"

    def email_id(self, address: str) -> UUID:
        """The email a return path names; ``InvalidReturnPathError`` for anything else."""
        local, at, domain = address.strip().strip("<>").rpartition("@")
        if not at or domain.lower() != self.domain.lower():
            raise InvalidReturnPathError("not our bounce domain")
        prefix, plus, token = local.lower().partition("+")
        if not plus or prefix != self.prefix.lower() or len(token) != 32 + _MAC_HEX:
            raise InvalidReturnPathError("not a return path")
        try:
            email_id = UUID(hex=token[:32])
        except ValueError as exc:
            raise InvalidReturnPathError("not a return path") from exc
        if not hmac.compare_digest(token[32:], self._mac(email_id)):
            raise InvalidReturnPathError("bad signature")
        return email_id

    def _mac(self, email_id: UUID) -> str:
        digest = hmac.new(self.secret, b"verp/" + email_id.bytes, hashlib.sha256)
        return digest.hexdigest()[:_MAC_HEX]
