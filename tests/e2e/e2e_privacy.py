"""Raw-bytes probes of the RGPD scenario: what a database dump or a Kafka log segment on disk
holds, byte for byte (no API, no decoding)."""

from __future__ import annotations

import asyncio
import glob
import shutil
from pathlib import Path

from ouvrage_testing.kafka_access import kafka_access

SERVICES_WITH_EVENTS = ("identity", "clients", "actions", "planning", "notifier", "sales")
EVENT_STORE_TABLES = ("es_events", "es_snapshots", "es_parked_messages")


def pg_dump_binary() -> str:
    """The pg_dump of the local PostgreSQL (Debian keeps it out of PATH)."""
    found = shutil.which("pg_dump") or next(
        iter(sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_dump"), reverse=True)), None
    )
    assert found, "pg_dump not found (PostgreSQL client binaries)"
    return found


async def pg_dump(dsn: str, tables: tuple[str, ...] = ()) -> bytes:
    """The plain-SQL dump of a database (or of some of its tables, every schema)."""
    args = [pg_dump_binary(), "--no-owner", "--data-only", "--dbname", dsn]
    for table in tables:
        args += ["--table", f"*.{table}"]
    process = await asyncio.create_subprocess_exec(
        *args, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE
    )
    out, err = await process.communicate()
    assert process.returncode == 0, err.decode()[-2000:]
    return out


def kafka_data_dir() -> Path:
    """The test broker's log dir (OUVRAGE_TEST_KAFKA_DATA_DIR, else the launcher's)."""
    data = kafka_access().data_dir
    assert data.is_dir(), f"the test broker's log dir {data} is not there"
    return data


def kafka_segments(topics: list[str]) -> list[Path]:
    """Every log segment file of every partition of ``topics`` on the local broker's disk."""
    data = kafka_data_dir()
    segments = [
        segment
        for topic in topics
        for partition in data.glob(f"{topic}-*")
        if partition.name.rsplit("-", 1)[-1].isdigit()
        for segment in partition.glob("*.log")
    ]
    assert segments, f"no log segment for {topics} under {data}"
    return segments


def occurrences(blob: bytes, needles: list[str]) -> dict[str, int]:
    return {needle: blob.count(needle.encode()) for needle in needles}


def in_segments(topics: list[str], needles: list[str]) -> dict[str, int]:
    """How often each needle appears in the raw bytes of the topics' segments."""
    total = dict.fromkeys(needles, 0)
    for segment in kafka_segments(topics):
        for needle, count in occurrences(segment.read_bytes(), needles).items():
            total[needle] += count
    return total
