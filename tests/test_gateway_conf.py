"""The gateway's configuration: generated from one table, accepted by the real nginx."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]
LOCAL = ROOT / "deploy" / "local"


def _load(name: str) -> ModuleType:
    if str(LOCAL) not in sys.path:
        sys.path.insert(0, str(LOCAL))
    spec = importlib.util.spec_from_file_location(name, LOCAL / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


conf = _load("gateway_conf")
infra_gateway = _load("infra_gateway")


def test_the_route_table_names_every_service_of_the_openapi_documents() -> None:
    documented = {path.stem for path in (ROOT / "docs" / "openapi").glob("*.json")}
    assert documented <= set(conf.ROUTES)
    assert conf.ROUTES["identity"] == 8001
    assert len(set(conf.ROUTES.values())) == len(conf.ROUTES)


def test_every_service_of_the_table_is_routed_with_its_prefix_stripped(tmp_path: Path) -> None:
    upstreams = {name: f"127.0.0.1:{port}" for name, port in conf.ROUTES.items()}
    layout = conf.local_layout(tmp_path, None)
    text = conf.render(conf.GatewaySettings(), upstreams, layout)
    for name, address in upstreams.items():
        assert f"location /api/{name}/ {{" in text
        assert f"proxy_pass http://ouvrage_{name}/;" in text
        assert f"server {address};" in text
    services = json.dumps(list(conf.ROUTES))
    assert f"return 200 '{services}'" in text


def test_the_committed_container_configuration_is_up_to_date() -> None:
    committed = (ROOT / "deploy" / "docker" / "nginx.conf").read_text()
    assert committed == conf.container_conf(), (
        "regenerate: python deploy/local/gateway_conf.py --container > deploy/docker/nginx.conf"
    )


def test_settings_come_from_the_environment() -> None:
    settings = conf.GatewaySettings.from_env(
        {
            "OUVRAGE_GATEWAY_PORT": "9080",
            "OUVRAGE_GATEWAY_HTTPS_PORT": "off",
            "OUVRAGE_GATEWAY_REDIRECT_HTTPS": "1",
            "OUVRAGE_GATEWAY_CORS_ORIGINS": "https://a.example, https://b.example",
            "OUVRAGE_GATEWAY_BODY_LIMIT": "2m",
        }
    )
    assert settings.http_port == 9080
    assert settings.https_port is None
    assert settings.redirect_https
    assert settings.cors_origins == ("https://a.example", "https://b.example")
    assert settings.body_limit == "2m"


@pytest.mark.parametrize(
    "settings",
    [
        {},
        {"redirect_https": True},
        {"https_port": None},
        {"cors_origins": ("https://app.example",)},
    ],
    ids=["default", "redirect", "http-only", "cors"],
)
def test_nginx_accepts_the_generated_configuration(
    tmp_path: Path, settings: dict[str, object]
) -> None:
    chosen = conf.GatewaySettings(**{"http_port": 23097, "https_port": 23098, **settings})
    gateway = infra_gateway.Gateway(tmp_path / "gw", chosen)
    gateway.write_config()  # runs `nginx -t` and raises on refusal
    text = gateway.conf.read_text()
    assert "daemon off;" in text
    assert str(tmp_path / "gw") in text  # pid, logs, temp dirs under the prefix
    assert "/var/" not in text and "/etc/" not in text
    if chosen.redirect_https:
        assert "return 308 https://$host:23098$request_uri;" in text
    if chosen.cors_origins:
        assert '"https://app.example" $http_origin;' in text
    else:
        assert "Access-Control-Allow-Origin" not in text


def test_the_certificate_is_made_once_for_localhost(tmp_path: Path) -> None:
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    infra_gateway.make_certificate(cert, key)
    first = cert.read_bytes()
    infra_gateway.make_certificate(cert, key)
    assert cert.read_bytes() == first
    text = subprocess.run(
        ["openssl", "x509", "-in", str(cert), "-noout", "-text"],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    assert "DNS:localhost" in text
    assert "IP Address:127.0.0.1" in text
    assert key.stat().st_mode & 0o777 == 0o600
