"""A Kafka broker with SASL/SCRAM-SHA-512 and ACLs (KRaft StandardAuthorizer): one principal per
service, which may write only its own topic and dead-letter topics, read only the topics it
consumes, and use only its own consumer-group prefix.

Locally the listener is SASL_PLAINTEXT (loopback only); production puts TLS under it (SASL_SSL,
``<PREFIX>_KAFKA_CA_FILE``). Credentials are generated at first start into ``credentials.json``
(mode 0600) beside the broker's data, and the SCRAM ones are written into the KRaft metadata when
the storage is formatted (KIP-900 ``--add-scram``). The controller listener uses SASL PLAIN with
the administrator only: SCRAM credentials live in the metadata the controller serves, so they
cannot authenticate the controller itself.
"""

from __future__ import annotations

import json
import os
import secrets
import subprocess
from pathlib import Path

from infra_common import HOST, SERVICES, InfraError, say
from infra_kafka import NAME, SERVER_PROPERTIES, Kafka

ADMIN = "admin"
MECHANISM = "SCRAM-SHA-512"

# The topics each service consumes (its consumed projections' services; a test checks this
# against the services' code). Its own topic and `ouvrage.<service>.*` dead letters it writes.
READS: dict[str, tuple[str, ...]] = {
    "identity": ("identity", "notifier"),
    "clients": ("clients", "identity", "notifier"),
    "actions": ("clients", "identity", "notifier", "planning", "sales"),
    "planning": ("identity", "clients", "sales"),
    "notifier": ("identity", "clients", "actions", "planning", "sales"),
    "sales": ("identity", "clients", "planning"),
}

_LISTENERS = """\
# written by deploy/local/infra_kafka_sasl.py on every `up`: edit there, not here
process.roles=broker,controller
node.id=1
controller.quorum.bootstrap.servers={host}:{controller_port}
listeners=SASL_PLAINTEXT://{host}:{port},CONTROLLER://{host}:{controller_port}
advertised.listeners=SASL_PLAINTEXT://{host}:{port},CONTROLLER://{host}:{controller_port}
controller.listener.names=CONTROLLER
inter.broker.listener.name=SASL_PLAINTEXT
listener.security.protocol.map=CONTROLLER:SASL_PLAINTEXT,SASL_PLAINTEXT:SASL_PLAINTEXT
sasl.enabled.mechanisms={mechanism}
sasl.mechanism.inter.broker.protocol={mechanism}
sasl.mechanism.controller.protocol=PLAIN
listener.name.controller.sasl.enabled.mechanisms=PLAIN
listener.name.controller.plain.sasl.jaas.config=\
org.apache.kafka.common.security.plain.PlainLoginModule required \
username="{admin}" password="{password}" user_{admin}="{password}";
listener.name.sasl_plaintext.{mechanism_lower}.sasl.jaas.config=\
org.apache.kafka.common.security.scram.ScramLoginModule required \
username="{admin}" password="{password}";
authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer
super.users=User:{admin}
allow.everyone.if.no.acl.found=false
"""
# Everything after the listeners is the same as the PLAINTEXT broker's.
_COMMON = SERVER_PROPERTIES[SERVER_PROPERTIES.index("log.dirs=") :]


def acl_bindings(service: str) -> list[list[str]]:
    """AclCommand arguments (one run each) granting ``service`` exactly what it needs."""
    principal = ["--allow-principal", f"User:{service}"]
    bindings = [
        # its topic and dead letters (ouvrage.<service>.events, ouvrage.<service>.<group>.dlq)
        [*principal, "--operation", "Write", "--operation", "Describe", "--operation", "Create",
         "--topic", f"ouvrage.{service}.", "--resource-pattern-type", "prefixed"],
        # its consumer groups (<service>.<projection>[suffix])
        [*principal, "--operation", "Read", "--operation", "Describe",
         "--group", f"{service}.", "--resource-pattern-type", "prefixed"],
    ]  # fmt: skip
    if READS[service]:
        topics = [arg for s in READS[service] for arg in ("--topic", f"ouvrage.{s}.events")]
        bindings.append([*principal, "--operation", "Read", "--operation", "Describe", *topics])
    return bindings


class SaslKafka(Kafka):
    """The broker of ``Kafka`` with SASL/SCRAM authentication and per-service ACLs."""

    def __init__(
        self,
        local: Path,
        *,
        dirname: str = "kafka-sasl",
        port: int,
        controller_port: int,
        libs: Path | None = None,
    ) -> None:
        super().__init__(
            local, dirname=dirname, port=port, controller_port=controller_port, libs=libs
        )
        self.credentials_file = self.base / "credentials.json"
        self.admin_password_file = self.base / "admin.password"
        self.admin_config = self.base / "admin.properties"

    def credentials(self) -> dict[str, str]:
        """Password of each principal (``admin`` and one per service), made at first start."""
        if not self.credentials_file.exists():
            self.base.mkdir(parents=True, exist_ok=True)
            made = {user: secrets.token_urlsafe(24) for user in (ADMIN, *SERVICES)}
            _write_private(self.credentials_file, json.dumps(made, indent=2))
        loaded: dict[str, str] = json.loads(self.credentials_file.read_text())
        return loaded

    def up(self) -> None:
        super().up()
        self._grant_acls()

    def _write_config(self) -> None:
        password = self.credentials()[ADMIN]
        listeners = _LISTENERS.format(
            host=HOST, port=self.port, controller_port=self.controller_port, admin=ADMIN,
            password=password, mechanism=MECHANISM, mechanism_lower=MECHANISM.lower(),
        )  # fmt: skip
        _write_private(self.props, listeners + _COMMON.format(data=self.data))
        _write_private(self.admin_password_file, password)
        _write_private(
            self.admin_config,
            "security.protocol=SASL_PLAINTEXT\n"
            f"sasl.mechanism={MECHANISM}\n"
            "sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required "
            f'username="{ADMIN}" password="{password}";\n',
        )
        super()._write_log_config()

    def _format_options(self) -> list[str]:
        return [
            arg
            for user, password in self.credentials().items()
            for arg in ("--add-scram", f"{MECHANISM}=[name={user},password={password}]")
        ]

    def _client_arguments(self) -> list[str]:
        return ["--sasl-username", ADMIN, "--sasl-password-file", str(self.admin_password_file)]

    def _grant_acls(self) -> None:
        """Idempotent: AclCommand adds a binding that exists already without complaint."""
        for service in SERVICES:
            for binding in acl_bindings(service):
                done = self._acl_command("--add", "--force", *binding)
                if done.returncode != 0:
                    raise InfraError(f"ACLs of {service}: {done.stderr.strip()[-300:]}")
        say(NAME, f"ACLs granted to {', '.join(SERVICES)} on {self.bootstrap}")

    def _acl_command(self, *args: str) -> subprocess.CompletedProcess[str]:
        cmd = self.java(
            "org.apache.kafka.tools.AclCommand", "--bootstrap-server", self.bootstrap,
            "--command-config", str(self.admin_config), *args,
            opts=("-Xmx256m", "-XX:TieredStopAtLevel=1", "-Xshare:auto"),
        )  # fmt: skip
        return subprocess.run(cmd, capture_output=True, text=True, check=False)


def _write_private(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as file:
        file.write(text)


def sasl_chosen() -> bool:
    """The local broker is the SASL/SCRAM + ACL one unless `OUVRAGE_KAFKA_SECURITY=plaintext`
    explicitly chooses the unauthenticated one (same ports, its own data dir `kafka/`);
    `infra.py env` / `system.py` give each service its principal."""
    chosen = os.environ.get("OUVRAGE_KAFKA_SECURITY", "sasl").strip().lower() or "sasl"
    if chosen not in ("sasl", "plaintext"):
        raise InfraError(f"OUVRAGE_KAFKA_SECURITY={chosen}: expected sasl (default) or plaintext")
    return chosen == "sasl"


def service_settings(kafka: SaslKafka) -> dict[str, str]:
    """Each service's Kafka security settings (its own principal and password); nothing when
    the broker was never started (no credentials were made yet)."""
    if not kafka.credentials_file.exists():
        return {}
    passwords = kafka.credentials()
    env: dict[str, str] = {}
    for service in SERVICES:
        prefix = service.upper()
        env[f"{prefix}_KAFKA_SECURITY_PROTOCOL"] = "SASL_PLAINTEXT"
        env[f"{prefix}_KAFKA_SASL_MECHANISM"] = MECHANISM
        env[f"{prefix}_KAFKA_USERNAME"] = service
        env[f"{prefix}_KAFKA_PASSWORD"] = passwords[service]
    return env
