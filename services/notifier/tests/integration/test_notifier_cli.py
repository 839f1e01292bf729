"""``ouvrage-notifier`` as the launcher and operators run it: a real process on the real
database, DNS server and Kafka."""

from __future__ import annotations

import asyncio
import json
import os
import sys
import uuid
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from typing import Any

import pytest_asyncio
from ouvrage_events.catalog.actions import ActionShared
from ouvrage_testing.kafka_access import kafka_access
from ouvrage_testing.smtp import SmtpSink


@pytest_asyncio.fixture(loop_scope="session", scope="module")
async def h(notifier_service: Any, smtp_sink: SmtpSink) -> AsyncIterator[Any]:
    async with notifier_service(smtp_host=smtp_sink.host, smtp_port=smtp_sink.port) as harness:
        yield harness


async def cli(h: Any, *args: str) -> tuple[int, Any]:
    """Run the console script's code in a child process; its exit code and JSON output."""
    s = h.settings
    env = {
        **os.environ,
        "NOTIFIER_DATABASE_URL": s.database_url,
        "NOTIFIER_KAFKA_BOOTSTRAP": s.kafka_bootstrap,
        **kafka_access().env("notifier"),
        "NOTIFIER_DNS_RESOLVER": s.dns_resolver or "",
        "NOTIFIER_DNS_TIMEOUT": "0.5",
        "NOTIFIER_LOG_LEVEL": "WARNING",
    }
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "notifier.cli", *args, env=env,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    out, err = await process.communicate()
    assert process.returncode is not None
    text = out.decode().strip()
    return process.returncode, json.loads(text) if text else err.decode()


async def test_migrate_is_idempotent(h: Any) -> None:
    code, out = await cli(h, "migrate")
    assert (code, out) == (0, {"applied": []})  # the harness migrated this database already


async def test_check_domain_prints_the_diagnosis(h: Any, notifier_dns: Any) -> None:
    domain = f"cli-{uuid.uuid4().hex[:8]}.test"
    notifier_dns.zone.spf(domain, "v=spf1 a -all")
    notifier_dns.zone.hosts[domain] = {"A"}
    code, out = await cli(h, "check-domain", domain)
    assert code == 2
    assert out["verdict"] == "fail"
    assert out["fix"] == f"Ajoutez include:_spf.ouvrage.example à l'enregistrement SPF de {domain}."
    assert out["suggested_record"] == "v=spf1 a include:_spf.ouvrage.example -all"
    notifier_dns.zone.spf(domain, out["suggested_record"], ttl=0)
    code, out = await cli(h, "check-domain", domain)
    assert (code, out["verdict"]) == (0, "pass")


async def test_rebuild_alerts_while_the_service_answers(h: Any) -> None:
    tenant_id, user = uuid.uuid4(), uuid.uuid4()
    for name in ("Un", "Deux"):
        event = ActionShared(
            action_id=uuid.uuid4(), user_ids=[user], client_id=uuid.uuid4(), client_name="Dupont",
            type_name=name, alert_at=datetime(2026, 3, 12, 8, 30, tzinfo=UTC),
        )  # fmt: skip
        await h.publish(event, tenant_id=tenant_id, aggregate_id=event.action_id)
    before = await h.wait_alerts(user, tenant_id, count=2)
    code, out = await cli(h, "rebuild", "alerts")
    assert code == 0
    assert out["projection"] == "alerts" and out["events"] >= 2
    after = (await h.alerts(user, tenant_id))["items"]
    assert {a["id"] for a in after} == {a["id"] for a in before}


async def test_resend_requeues_only_a_failed_or_unconfirmed_email(h: Any) -> None:
    email_id = uuid.uuid4()
    await h.running.pool.execute(
        "INSERT INTO email_outbox (email_id, tenant_id, source_event_id, source_type, "
        "correlation_id, recipient_id, template, context, message_id, status, attempts, "
        "next_attempt_at) VALUES ($1, $2, $3, 'test', $4, $5, 'action_due', '{}', '<m>', "
        "'unconfirmed', 1, now() + interval '1 day')",
        email_id, uuid.uuid4(), uuid.uuid4(), uuid.uuid4(), uuid.uuid4(),
    )  # fmt: skip
    code, out = await cli(h, "resend", str(email_id))
    assert (code, out["queued"]) == (0, True)
    # Back in the queue, a live worker tries it again (its recipient is unknown here).
    await h.wait_for(
        lambda: h.fetchval(
            "SELECT last_error = 'Adresse du destinataire inconnue.' FROM email_outbox "
            "WHERE email_id = $1",
            email_id,
        )
    )
    code, out = await cli(h, "resend", str(uuid.uuid4()))
    assert (code, out["queued"]) == (1, False)
