"""How the tests authenticate to their Kafka broker (issue 13: the broker is SASL/SCRAM + ACLs).

The broker of `make test` (deploy/local/infra.py, port 59092) is authenticated: the tests' own
clients (topic factory, taps, test producers, in-process services) connect as its administrator,
whose password the launcher keeps in ``.local/kafka-sasl/credentials.json`` beside one password
per service (the end-to-end system runs each service under its own principal).

A broker named by ``OUVRAGE_TEST_KAFKA_BOOTSTRAP`` is described by these variables:

- ``OUVRAGE_TEST_KAFKA_SECURITY_PROTOCOL``: ``PLAINTEXT``, ``SASL_PLAINTEXT``, ``SASL_SSL``...
- ``OUVRAGE_TEST_KAFKA_CREDENTIALS``: a launcher's ``credentials.json`` (``admin`` + services);
- ``OUVRAGE_TEST_KAFKA_USERNAME`` / ``OUVRAGE_TEST_KAFKA_PASSWORD``: the administrator otherwise;
- ``OUVRAGE_TEST_KAFKA_SASL_MECHANISM`` (SCRAM-SHA-512), ``OUVRAGE_TEST_KAFKA_CA_FILE``;
- ``OUVRAGE_TEST_KAFKA_DATA_DIR``: its log dir (the RGPD scenario reads the segments on disk).

With ``OUVRAGE_KAFKA_SECURITY=plaintext`` (the launcher's explicit opt-out) the launcher's
broker is PLAINTEXT. A broker named by address with no protocol and no credentials is taken as
a PLAINTEXT broker of one's own (e.g. one started with ``infra_kafka.Kafka``); credentials
without a protocol mean ``SASL_PLAINTEXT``.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

from ouvrage_events.runtime.kafka import KafkaSecurity, SaslMechanism, SecurityProtocol

from ouvrage_testing.settings import kafka_bootstrap

ROOT = Path(__file__).resolve().parents[4]
ADMIN = "admin"
SERVICES = ("identity", "clients", "actions", "planning", "notifier", "sales")
_PREFIX = "OUVRAGE_TEST_KAFKA_"


def _env(name: str) -> str | None:
    return os.environ.get(_PREFIX + name) or None


def launcher_dir() -> Path:
    """Where `infra.py up` keeps the authenticated broker (its data, its credentials)."""
    configured = os.environ.get("OUVRAGE_LOCAL_DIR")
    local = Path(configured).resolve() if configured else ROOT / ".local"
    return local / "kafka-sasl"


@dataclass(frozen=True)
class KafkaAccess:
    """The test broker: how to reach it, as whom, and where its files are."""

    bootstrap: str
    security: KafkaSecurity
    credentials_file: Path | None
    data_dir: Path

    @property
    def authenticated(self) -> bool:
        return self.security.protocol.startswith("SASL_")

    def describe(self) -> str:
        who = f" as {self.security.username}" if self.authenticated else ""
        return f"{self.bootstrap} ({self.security.protocol}{who})"

    def passwords(self) -> dict[str, str]:
        """Every principal's password (``admin`` and one per service), from the credentials."""
        if self.credentials_file is None:
            return {}
        loaded = json.loads(self.credentials_file.read_text())
        return {str(k): str(v) for k, v in loaded.items()}

    def service_security(self, service: str) -> KafkaSecurity:
        """A service's own principal (PLAINTEXT on an unauthenticated broker)."""
        if not self.authenticated:
            return self.security
        passwords = self.passwords()
        if service not in passwords:
            raise RuntimeError(
                f"no Kafka password for {service}: set {_PREFIX}CREDENTIALS to the broker's "
                "credentials.json (deploy/local/infra_kafka_sasl.py writes one)"
            )
        return KafkaSecurity(self.security.protocol, self.security.mechanism, service,
                             passwords[service], self.security.ca_file)  # fmt: skip

    def settings(self, security: KafkaSecurity | None = None) -> dict[str, Any]:
        """Keyword arguments of a service's ``Settings`` (the administrator by default)."""
        chosen = security or self.security
        values: dict[str, Any] = {
            "kafka_bootstrap": self.bootstrap,
            "kafka_security_protocol": chosen.protocol,
        }
        if chosen.username:
            values |= {
                "kafka_sasl_mechanism": chosen.mechanism,
                "kafka_username": chosen.username,
                "kafka_password": chosen.password,
            }
        if chosen.ca_file:
            values["kafka_ca_file"] = chosen.ca_file
        return values

    def env(self, service: str, security: KafkaSecurity | None = None) -> dict[str, str]:
        """The same as environment variables of ``service`` (``CLIENTS_KAFKA_...``)."""
        prefix = service.upper()
        return {f"{prefix}_{k.upper()}": str(v) for k, v in self.settings(security).items()}


def kafka_access() -> KafkaAccess:
    """The test broker as the environment (or, by default, the local launcher) describes it."""
    endpoint = kafka_bootstrap()
    credentials = _env("CREDENTIALS")
    username = _env("USERNAME")
    protocol = _env("SECURITY_PROTOCOL")
    if protocol is None:
        # the launcher's broker is PLAINTEXT only when `OUVRAGE_KAFKA_SECURITY=plaintext` chose it
        launcher_plain = os.environ.get("OUVRAGE_KAFKA_SECURITY", "").lower() == "plaintext"
        named_plainly = endpoint.configured and not (credentials or username)
        protocol = "PLAINTEXT" if named_plainly or launcher_plain else "SASL_PLAINTEXT"
    protocol = protocol.upper()
    credentials_file: Path | None = Path(credentials) if credentials else None
    if credentials_file is None and not endpoint.configured:
        credentials_file = launcher_dir() / "credentials.json"
    password = _env("PASSWORD")
    secure = protocol.startswith("SASL_")
    if secure and not (username and password):
        username, password = ADMIN, _admin_password(credentials_file, protocol)
    ca_file = _env("CA_FILE")
    security = KafkaSecurity(
        cast(SecurityProtocol, protocol),
        cast(SaslMechanism, _env("SASL_MECHANISM") or "SCRAM-SHA-512"),
        username if secure else None,
        password if secure else None,
        Path(ca_file) if ca_file else None,
    )
    return KafkaAccess(endpoint.value, security, credentials_file if secure else None,
                       _data_dir(credentials_file if secure else None))  # fmt: skip


def _admin_password(credentials_file: Path | None, protocol: str) -> str:
    if credentials_file is None or not credentials_file.exists():
        raise RuntimeError(
            f"Kafka {protocol} needs credentials: run `make infra-up` (it writes "
            f"{launcher_dir() / 'credentials.json'}), or set {_PREFIX}CREDENTIALS, or "
            f"{_PREFIX}USERNAME and {_PREFIX}PASSWORD, or {_PREFIX}SECURITY_PROTOCOL=PLAINTEXT "
            "for a plaintext broker"
        )
    return str(json.loads(credentials_file.read_text())[ADMIN])


def _data_dir(credentials_file: Path | None) -> Path:
    if configured := _env("DATA_DIR"):
        return Path(configured)
    if credentials_file is not None:
        return credentials_file.parent / "data"
    return launcher_dir().parent / "kafka" / "data"
