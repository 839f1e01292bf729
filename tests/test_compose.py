"""docker-compose.yml describes the whole system (no Docker engine here: its shape is checked)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
SERVICES = {"identity": 8001, "clients": 8002, "actions": 8003, "planning": 8004, "notifier": 8005,
            "sales": 8006}  # fmt: skip


@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    loaded = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    assert isinstance(loaded, dict)
    return loaded


def test_the_infrastructure_uses_the_agreed_images(compose: dict[str, Any]) -> None:
    services = compose["services"]
    assert services["kafka"]["image"] == "apache/kafka:4.1.1"
    assert services["postgres"]["image"].startswith("postgres:15.")
    assert services["smtp"]["image"].startswith("axllent/mailpit:v")
    for name in ("kafka", "postgres"):
        assert services[name]["healthcheck"]["test"]


def test_postgres_creates_one_database_per_service(compose: dict[str, Any]) -> None:
    mounts = compose["services"]["postgres"]["volumes"]
    init = next(m.split(":")[0] for m in mounts if "docker-entrypoint-initdb.d" in m)
    script = (ROOT / init).read_text()
    for name in SERVICES:
        assert f"CREATE DATABASE {name};" in script


@pytest.mark.parametrize(("name", "port"), SERVICES.items())
def test_each_service_is_built_checked_and_wired(
    compose: dict[str, Any], name: str, port: int
) -> None:
    service = compose["services"][name]
    prefix = name.upper()

    build = service["build"]
    assert (ROOT / build["context"] / build["dockerfile"]).is_file()
    assert build["args"] == {"SERVICE": name, "PORT": str(port)}
    assert "/ready" in " ".join(service["healthcheck"]["test"])
    for dependency in ("postgres", "kafka"):
        assert service["depends_on"][dependency]["condition"] == "service_healthy"
    env = service["environment"]
    assert env[f"{prefix}_DATABASE_URL"] == f"postgresql://ouvrage:ouvrage@postgres:5432/{name}"
    assert env[f"{prefix}_KAFKA_BOOTSTRAP"] == "kafka:9092"
    assert env[f"{prefix}_JWKS_URL"] == "http://identity:8001/.well-known/jwks.json"
    assert env[f"{prefix}_HTTP_HOST"] == "0.0.0.0"
    assert any(p.endswith(f":{port}:{port}") for p in service["ports"])


def test_the_notifier_sends_to_the_smtp_sink(compose: dict[str, Any]) -> None:
    env = compose["services"]["notifier"]["environment"]
    assert env["NOTIFIER_SMTP_HOST"] == "smtp"
    assert compose["services"]["notifier"]["depends_on"]["smtp"]


def test_the_image_installs_one_service_and_serves_it_after_migrating() -> None:
    dockerfile = (ROOT / "deploy" / "docker" / "Dockerfile").read_text()
    assert 'uv sync --frozen --no-dev --no-editable --package "ouvrage-${SERVICE}"' in dockerfile
    assert "ouvrage-${SERVICE} migrate && exec ouvrage-${SERVICE} serve" in dockerfile


def test_the_gateway_fronts_every_service_with_the_generated_configuration(
    compose: dict[str, Any],
) -> None:
    gateway = compose["services"]["gateway"]
    name, tag = gateway["image"].split(":")
    assert name == "nginx"
    assert re.fullmatch(r"\d+\.\d+\.\d+-alpine", tag), "the official image, pinned"
    mounts = {m.split(":")[1]: m.split(":")[0] for m in gateway["volumes"]}
    conf = (ROOT / mounts["/etc/nginx/nginx.conf"]).read_text()
    for service, port in SERVICES.items():
        assert gateway["depends_on"][service]["condition"] == "service_healthy"
        assert f"server {service}:{port};" in conf
        assert f"location /api/{service}/ {{" in conf
    assert "listen 0.0.0.0:8080;" in conf
    assert (ROOT / mounts["/usr/share/ouvrage/docs"] / "index.html").is_file()
    assert any(p.endswith(":8080:8080") for p in gateway["ports"])
    assert "services.json" in " ".join(gateway["healthcheck"]["test"])


def test_every_image_is_pinned_to_a_version(compose: dict[str, Any]) -> None:
    images = {n: s["image"] for n, s in compose["services"].items() if "image" in s}
    assert images, "the infrastructure runs from images"
    for name, image in images.items():
        _, _, tag = image.rpartition(":")
        assert "/" not in tag and tag != "latest", f"{name}: {image} is not pinned"
        assert any(ch.isdigit() for ch in tag), f"{name}: {image} names no version"


def test_the_dependencies_are_a_layer_of_their_own_before_the_sources() -> None:
    """A source change rebuilds only the last layers, not the third-party dependencies."""
    lines = (ROOT / "deploy" / "docker" / "Dockerfile").read_text().splitlines()
    deps = next(
        i for i, line in enumerate(lines) if "uv sync" in line and "--no-install-workspace" in line
    )
    sources = next(i for i, line in enumerate(lines) if line.startswith("COPY libs ./libs"))
    assert deps < sources
    copied = [
        line.split()[1]
        for line in lines[:deps]
        if line.startswith("COPY ") and "--from" not in line
    ]
    assert all(
        c.endswith(("pyproject.toml", "uv.lock")) or c == "pyproject.toml" for c in copied
    ), copied
    members = [p.parent.relative_to(ROOT) for p in ROOT.glob("*/*/pyproject.toml")]
    assert {f"{m}/pyproject.toml" for m in members if m.parts[0] in {"libs", "services"}} <= set(
        copied
    )
