"""Local infrastructure of Ouvrage: PostgreSQL, Kafka (KRaft), an SMTP sink, the gateway (nginx).

    python deploy/local/infra.py up|down|status|env [postgres|kafka|smtp|gateway ...]

`up` without names starts the three the tests need; Kafka is the SASL/SCRAM + ACL broker
(infra_kafka_sasl.py: one principal per service, an administrator for the tests) unless
OUVRAGE_KAFKA_SECURITY=plaintext chooses the unauthenticated one; the gateway (in front of the
services on 8001-8006, see gateway_conf.py) is started by `make up` (system.py) or `up gateway`.
`down` and `status` without names cover all four.

Everything lives under .local/ at the repository root (or $OUVRAGE_LOCAL_DIR). `up` is idempotent:
what already runs is reused. Exit code 2 with a one-line message when a tool is missing.
"""

from __future__ import annotations

import argparse
import json
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path

from infra_common import (
    HOST,
    KAFKA_CONTROLLER_PORT,
    KAFKA_PORT,
    PG_PASSWORD,
    PG_PORT,
    PG_USER,
    SERVICES,
    SMTP_API_PORT,
    SMTP_PORT,
    InfraError,
    kafka_bootstrap,
    local_dir,
    pg_admin_dsn,
)
from infra_gateway import Gateway
from infra_kafka import Kafka
from infra_kafka_sasl import SaslKafka, sasl_chosen, service_settings
from infra_postgres import Postgres
from infra_smtp import SmtpSink

SERVICE_PORTS = {name: 8001 + index for index, name in enumerate(SERVICES)}


INFRASTRUCTURE = ["postgres", "kafka", "smtp"]
KNOWN = [*INFRASTRUCTURE, "gateway"]


def components() -> dict[str, Postgres | Kafka | SmtpSink | Gateway]:
    local = local_dir()
    return {
        "postgres": Postgres(local),
        "kafka": kafka(local),
        "smtp": SmtpSink(local),
        "gateway": Gateway(local / "gateway"),
    }


def kafka(local: Path) -> Kafka:
    """The SASL/SCRAM + ACL broker (data in kafka-sasl/), or the PLAINTEXT one (kafka/) when
    OUVRAGE_KAFKA_SECURITY=plaintext chooses it explicitly."""
    if sasl_chosen():
        return sasl_kafka(local)
    return Kafka(local)


def sasl_kafka(local: Path) -> SaslKafka:
    return SaslKafka(local, port=KAFKA_PORT, controller_port=KAFKA_CONTROLLER_PORT)


def _refuse_mixed_brokers(chosen: Kafka) -> None:
    """A checkout that ran the PLAINTEXT broker before the switch: say how to stop it."""
    if isinstance(chosen, SaslKafka) and Kafka(local_dir()).pid() is not None:
        raise InfraError(
            f"kafka: the PLAINTEXT broker of {local_dir()} still runs on port {KAFKA_PORT}: "
            "`python deploy/local/infra.py down kafka` stops it (the local broker is SASL/SCRAM "
            "now; OUVRAGE_KAFKA_SECURITY=plaintext keeps the old one)"
        )


def up(selected: list[str]) -> int:
    """Start the components in parallel threads (the JVM and initdb overlap)."""
    chosen = components()
    local_dir().mkdir(parents=True, exist_ok=True)
    if "kafka" in selected:
        kafka_broker = chosen["kafka"]
        assert isinstance(kafka_broker, Kafka)
        _refuse_mixed_brokers(kafka_broker)
    errors: dict[str, str] = {}
    started = time.monotonic()

    def run(name: str, action: Callable[[], None]) -> None:
        try:
            action()
        except InfraError as error:
            errors[name] = str(error)
        except Exception as error:  # any failure of a component fails `up`
            errors[name] = f"{type(error).__name__}: {error}"

    threads = [
        threading.Thread(target=run, args=(name, chosen[name].up), name=name) for name in selected
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for name, message in errors.items():
        print(f"infra: {name}: {message}", file=sys.stderr)
    if errors:
        return 2
    print(f"infra: up in {time.monotonic() - started:.1f}s ({local_dir()})")
    return 0


def down(selected: list[str]) -> int:
    chosen = components()
    # stop the gateway, the SMTP sink and Kafka before PostgreSQL (reverse of the start order)
    for name in reversed(selected):
        component = chosen[name]
        component.down()
        if isinstance(component, Kafka):
            _down_other_broker(component)
    return 0


def _down_other_broker(stopped: Kafka) -> None:
    """The broker of the other security mode, if one still runs (started before a switch)."""
    other = Kafka(local_dir()) if isinstance(stopped, SaslKafka) else sasl_kafka(local_dir())
    if other.pid() is not None:
        other.down()


def status(selected: list[str], as_json: bool) -> int:
    chosen = components()
    found = [chosen[name].status() for name in selected]
    if as_json:
        print(json.dumps([asdict(item) for item in found], indent=2))
    else:
        for item in found:
            print(item.line())
    return 0


def env_exports() -> dict[str, str]:
    """Connection settings of the local infrastructure, for tests and services."""
    exports = {
        "OUVRAGE_LOCAL_DIR": str(local_dir()),
        "OUVRAGE_TEST_PG_DSN": pg_admin_dsn(),
        "OUVRAGE_TEST_KAFKA_BOOTSTRAP": kafka_bootstrap(),
        "OUVRAGE_TEST_SMTP_HOST": HOST,
        "OUVRAGE_TEST_SMTP_PORT": str(SMTP_PORT),
        "OUVRAGE_TEST_SMTP_API": f"http://{HOST}:{SMTP_API_PORT}",
    }
    for name in SERVICES:
        prefix = name.upper()
        exports[f"{prefix}_DATABASE_URL"] = (
            f"postgresql://{PG_USER}:{PG_PASSWORD}@{HOST}:{PG_PORT}/{name}"
        )
        exports[f"{prefix}_KAFKA_BOOTSTRAP"] = f"{HOST}:{KAFKA_PORT}"
        exports[f"{prefix}_JWKS_URL"] = (
            f"http://{HOST}:{SERVICE_PORTS['identity']}/.well-known/jwks.json"
        )
    if sasl_chosen():
        broker = sasl_kafka(local_dir())
        exports |= service_settings(broker)
        # the tests' fixtures connect as the administrator of these credentials
        exports["OUVRAGE_TEST_KAFKA_CREDENTIALS"] = str(broker.credentials_file)
    else:
        exports["OUVRAGE_TEST_KAFKA_SECURITY_PROTOCOL"] = "PLAINTEXT"
    exports["NOTIFIER_SMTP_HOST"] = HOST
    exports["NOTIFIER_SMTP_PORT"] = str(SMTP_PORT)
    return exports


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["up", "down", "status", "env"])
    parser.add_argument(
        "components", nargs="*", help="postgres, kafka, smtp, gateway (default: see above)"
    )
    parser.add_argument("--json", action="store_true", help="status as JSON")
    args = parser.parse_args(argv)
    if unknown := set(args.components) - set(KNOWN):
        parser.error(f"unknown component(s): {', '.join(sorted(unknown))}")
    default = INFRASTRUCTURE if args.command == "up" else KNOWN
    selected = [name for name in KNOWN if name in args.components] or default
    try:
        if args.command == "up":
            return up(selected)
        if args.command == "down":
            return down(selected)
        if args.command == "status":
            return status(selected, args.json)
        for key, value in env_exports().items():
            print(f"export {key}={value}")
        return 0
    except InfraError as error:
        print(f"infra: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("infra: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
