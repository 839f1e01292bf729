"""Readiness probe and topic creation for the local broker (run with the workspace venv).

Prints {"existing": [...], "created": [...]} as JSON; exit 1 when the broker is not ready in time.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time
from pathlib import Path

from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import KafkaError

TOPIC_ALREADY_EXISTS = 36


async def ensure(args: argparse.Namespace) -> dict[str, list[str]]:
    deadline = time.monotonic() + args.timeout
    while True:
        try:
            return await _ensure_once(args)
        except (KafkaError, OSError) as error:
            if time.monotonic() > deadline:
                raise SystemExit(f"broker not ready: {error!r}") from error
            await asyncio.sleep(0.5)


def _security(args: argparse.Namespace) -> dict[str, str]:
    """SASL/SCRAM options when the broker asks for them (the password is read from a file)."""
    if not args.sasl_username:
        return {}
    return {
        "security_protocol": "SASL_PLAINTEXT",
        "sasl_mechanism": "SCRAM-SHA-512",
        "sasl_plain_username": args.sasl_username,
        "sasl_plain_password": Path(args.sasl_password_file).read_text().strip(),
    }


async def _ensure_once(args: argparse.Namespace) -> dict[str, list[str]]:
    admin = AIOKafkaAdminClient(
        bootstrap_servers=args.bootstrap, request_timeout_ms=10000, **_security(args)
    )
    await admin.start()
    try:
        existing = set(await admin.list_topics())
        missing = [topic for topic in args.topics if topic not in existing]
        configs = dict(item.split("=", 1) for item in args.config)
        if missing:
            new = [NewTopic(t, args.partitions, 1, topic_configs=configs) for t in missing]
            response = await admin.create_topics(new)
            for topic, code, *_ in response.topic_errors:
                if code not in (0, TOPIC_ALREADY_EXISTS):
                    raise SystemExit(f"could not create topic {topic}: error code {code}")
            await _wait_visible(admin, missing, args.partitions)
        return {"existing": sorted(existing), "created": missing}
    finally:
        await admin.close()


async def _wait_visible(admin: AIOKafkaAdminClient, topics: list[str], partitions: int) -> None:
    for _ in range(200):
        described = await admin.describe_topics(topics)
        if all(
            t["error_code"] == 0
            and len(t["partitions"]) == partitions
            and all(p["leader"] >= 0 for p in t["partitions"])
            for t in described
        ):
            return
        await asyncio.sleep(0.1)
    raise SystemExit(f"topics not visible in metadata: {topics}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--bootstrap", required=True)
    parser.add_argument("--partitions", type=int, default=6)
    parser.add_argument("--timeout", type=float, default=60.0)
    parser.add_argument("--config", action="append", default=[], help="key=value topic config")
    parser.add_argument("--sasl-username", help="authenticate with SCRAM-SHA-512 as this user")
    parser.add_argument("--sasl-password-file", help="file holding that user's password")
    parser.add_argument("topics", nargs="*")
    args = parser.parse_args()
    result = asyncio.run(ensure(args))
    json.dump(result, sys.stdout)
    print()


if __name__ == "__main__":
    main()
