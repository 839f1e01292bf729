"""deploy/k8s/gateway: the Gateway API resources validated against the Gateway API CRD schemas
(vendored from sigs.k8s.io/gateway-api v1.4.1, see each schema's $comment), one HTTPRoute per
service of the gateway's route table, NetworkPolicies closing the services to all but the gateway
and the metrics scraper."""

from __future__ import annotations

import copy
import importlib.util
import json
import sys
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
GATEWAY = ROOT / "deploy" / "k8s" / "gateway"
BASE = ROOT / "deploy" / "k8s" / "base"
SCHEMAS = {
    "Gateway": GATEWAY / "schemas" / "gateway.v1.schema.json",
    "HTTPRoute": GATEWAY / "schemas" / "httproute.v1.schema.json",
}

Doc = dict[str, Any]


def _module(name: str, path: Path) -> Any:
    sys.path.insert(0, str(ROOT / "deploy" / "local"))
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


generator = _module("gateway_k8s", ROOT / "tools" / "gateway_k8s.py")
ROUTES: dict[str, int] = generator.ROUTES


def _docs(directory: Path) -> list[Doc]:
    return [
        doc
        for path in sorted(directory.glob("*.yaml"))
        for doc in yaml.safe_load_all(path.read_text())
        if doc is not None and "kind" in doc and doc["kind"] != "Kustomization"
    ]


@pytest.fixture(scope="module")
def docs() -> list[Doc]:
    return _docs(GATEWAY)


def _validator(kind: str) -> jsonschema.protocols.Validator:
    schema = json.loads(SCHEMAS[kind].read_text())
    cls = jsonschema.validators.validator_for(schema, default=jsonschema.Draft7Validator)
    return cls(schema)


def test_the_generated_files_are_up_to_date() -> None:
    for path, text in generator.render().items():
        assert path.read_text() == text, f"stale {path}: uv run python tools/gateway_k8s.py"


def test_the_kustomization_lists_every_manifest() -> None:
    listed = yaml.safe_load((GATEWAY / "kustomization.yaml").read_text())["resources"]
    assert sorted(listed) == sorted(
        p.name for p in GATEWAY.glob("*.yaml") if p.stem != "kustomization"
    )


def test_gateway_api_resources_follow_the_crd_schemas(docs: list[Doc]) -> None:
    checked = [d for d in docs if d["kind"] in SCHEMAS]
    assert {d["kind"] for d in checked} == {"Gateway", "HTTPRoute"}
    for doc in checked:
        assert doc["apiVersion"] == "gateway.networking.k8s.io/v1"
        errors = list(_validator(doc["kind"]).iter_errors(doc))
        assert not errors, f"{doc['kind']}/{doc['metadata']['name']}: {errors[0].message}"


def test_the_schemas_do_refuse_a_wrong_route(docs: list[Doc]) -> None:
    route = copy.deepcopy(next(d for d in docs if d["kind"] == "HTTPRoute"))
    route["spec"]["rules"][0]["matches"][0]["path"]["type"] = "Prefix"  # Ingress' word, not ours
    assert list(_validator("HTTPRoute").iter_errors(route))


def test_one_route_per_service_strips_its_prefix(docs: list[Doc]) -> None:
    gateway = next(d for d in docs if d["kind"] == "Gateway")
    listeners = {item["name"]: item for item in gateway["spec"]["listeners"]}
    assert listeners["https"]["tls"]["certificateRefs"][0]["name"] == "ouvrage-tls"
    routes = {d["metadata"]["name"]: d for d in docs if d["kind"] == "HTTPRoute"}
    services = {d["metadata"]["name"]: d for d in _docs(BASE) if d["kind"] == "Service"}
    for name, port in ROUTES.items():
        route = routes[f"ouvrage-{name}"]
        assert route["spec"]["parentRefs"] == [{"name": "ouvrage", "sectionName": "https"}]
        main = route["spec"]["rules"][-1]
        assert main["matches"] == [{"path": {"type": "PathPrefix", "value": f"/api/{name}"}}]
        rewrite = main["filters"][0]["urlRewrite"]["path"]
        assert rewrite == {"type": "ReplacePrefixMatch", "replacePrefixMatch": "/"}
        assert main["backendRefs"] == [{"name": f"ouvrage-{name}", "port": port}]
        if f"ouvrage-{name}" in services:  # the base's Service answers on that port
            assert services[f"ouvrage-{name}"]["spec"]["ports"][0]["port"] == port
    stream = routes["ouvrage-notifier"]["spec"]["rules"][0]
    assert stream["matches"][0]["path"]["value"] == "/api/notifier/alerts/stream"
    assert stream["timeouts"]["request"] == "0s"
    redirect = routes["ouvrage-https-redirect"]
    assert redirect["spec"]["parentRefs"][0]["sectionName"] == "http"


def test_services_accept_traffic_only_from_the_gateway_and_the_scraper(docs: list[Doc]) -> None:
    policies = {d["metadata"]["name"]: d for d in docs if d["kind"] == "NetworkPolicy"}
    deny = policies["ouvrage-default-deny-ingress"]["spec"]
    assert deny["policyTypes"] == ["Ingress"] and "ingress" not in deny
    assert deny["podSelector"]["matchLabels"] == {"app.kubernetes.io/part-of": "ouvrage"}
    deployments = {d["metadata"]["name"]: d for d in _docs(BASE) if d["kind"] == "Deployment"}
    for name, port in ROUTES.items():
        spec = policies[f"ouvrage-{name}-ingress"]["spec"]
        selector = spec["podSelector"]["matchLabels"]
        if f"ouvrage-{name}" in deployments:  # the policy selects the service's pods
            labels = deployments[f"ouvrage-{name}"]["spec"]["template"]["metadata"]["labels"]
            assert selector.items() <= labels.items()
        rule, *bounces = spec["ingress"]
        assert rule["ports"] == [{"protocol": "TCP", "port": port}]
        # the notifier also takes bounces (SMTP) from the inbound mail relay, on its own port
        expected = [{"from": [generator.MAIL_RELAY_PEER],
                     "ports": [{"protocol": "TCP", "port": 2526}]}]  # fmt: skip
        assert bounces == (expected if name == "notifier" else [])
        roles = [p.get("namespaceSelector", {}).get("matchLabels", {}) for p in rule["from"]]
        assert {"ouvrage.example/role": "gateway"} in roles
        assert {"ouvrage.example/role": "monitoring"} in roles
        same_namespace = [p for p in rule["from"] if "namespaceSelector" not in p]
        # only identity is called by the other services (their JWKS reads)
        assert bool(same_namespace) == (name == "identity")
