"""Fallback for machines with a Docker engine and no local infrastructure: testcontainers.

Optional (testcontainers is not a dependency): imported only when nothing else is reachable.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Stop = Callable[[], None]


def _module(name: str) -> Any:
    try:
        return __import__(f"testcontainers.{name}", fromlist=["_"])
    except ImportError as error:
        raise RuntimeError("pip install testcontainers to use a Docker engine") from error


def start_postgres() -> tuple[str, Stop]:
    credentials = {"username": "ouvrage", "password": "ouvrage", "dbname": "postgres"}
    container = _module("postgres").PostgresContainer("postgres:15", **credentials)
    container.start()
    host, port = container.get_container_host_ip(), container.get_exposed_port(5432)
    return f"postgresql://ouvrage:ouvrage@{host}:{port}/postgres", container.stop


def start_kafka() -> tuple[str, Stop]:
    container = _module("kafka").KafkaContainer().with_kraft()
    container.start()
    return str(container.get_bootstrap_server()), container.stop
