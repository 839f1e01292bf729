"""deploy/k8s: the Kubernetes manifests of the six services (no cluster here: their shape is checked,
and every environment variable they set is loaded by the service's real settings class)."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from actions.settings import ActionsSettings
from clients.settings import ClientsSettings
from identity.settings import IdentitySettings
from notifier.settings import NotifierSettings
from ouvrage_platform.settings import ServiceSettings
from planning.settings import PlanningSettings
from sales.settings import SalesSettings

ROOT = Path(__file__).resolve().parents[1]
K8S = ROOT / "deploy" / "k8s"
BASE = K8S / "base"
SECRETS_EXAMPLE = K8S / "examples" / "secrets.example.yaml"
SERVICES: dict[str, tuple[int, type[ServiceSettings]]] = {
    "identity": (8001, IdentitySettings),
    "clients": (8002, ClientsSettings),
    "actions": (8003, ActionsSettings),
    "planning": (8004, PlanningSettings),
    "notifier": (8005, NotifierSettings),
    "sales": (8006, SalesSettings),
}
# Names a literal `value:` must never carry, whatever the service's secret_fields say.
SECRET_NAME = re.compile(r"(DATABASE_URL|PASSWORD|SECRET|TOKEN|ENCRYPTION_KEY|PRIVATE)")

Doc = dict[str, Any]


def _load(path: Path) -> list[Doc]:
    return [doc for doc in yaml.safe_load_all(path.read_text()) if doc is not None]


@pytest.fixture(scope="module")
def base_docs() -> list[Doc]:
    return [doc for path in sorted(BASE.glob("*.yaml")) for doc in _load(path)]


def _one(docs: list[Doc], kind: str, name: str) -> Doc:
    found = [d for d in docs if d["kind"] == kind and d["metadata"]["name"] == name]
    assert len(found) == 1, f"{kind}/{name}: {len(found)} found"
    return found[0]


def _container(workload: Doc) -> Doc:
    containers = workload["spec"]["template"]["spec"]["containers"]
    assert len(containers) == 1
    container: Doc = containers[0]
    return container


def _env(container: Doc) -> dict[str, Doc]:
    names = [e["name"] for e in container["env"]]
    assert len(names) == len(set(names)), "duplicate environment variable"
    return {e["name"]: e for e in container["env"]}


def _config_data(docs: list[Doc]) -> dict[str, str]:
    data: dict[str, str] = _one(docs, "ConfigMap", "ouvrage-config")["data"]
    return data


def _example_secrets() -> dict[str, dict[str, str]]:
    return {d["metadata"]["name"]: d["stringData"] for d in _load(SECRETS_EXAMPLE)}


def test_every_manifest_parses_and_the_kustomization_lists_every_base_file() -> None:
    for path in K8S.rglob("*.yaml"):
        assert _load(path), path
    kustomization = yaml.safe_load((BASE / "kustomization.yaml").read_text())
    listed = kustomization["resources"]
    on_disk = {p.name for p in BASE.glob("*.y*ml")} - {"kustomization.yaml"}
    assert sorted(listed) == sorted(on_disk)
    assert len(listed) == len(set(listed))
    # the Secret template is an example: never applied with the base
    assert not any("secret" in entry for entry in listed)
    images = {i["name"] for i in kustomization["images"]}
    assert images == {f"ouvrage/{name}" for name in SERVICES}


def test_the_base_holds_no_secret_and_the_example_only_placeholders(base_docs: list[Doc]) -> None:
    assert not [d for d in base_docs if d["kind"] == "Secret"]
    secrets = _load(SECRETS_EXAMPLE)
    assert secrets and all(d["kind"] == "Secret" for d in secrets)
    for secret in secrets:
        assert "data" not in secret
        assert set(secret["stringData"].values()) == {"REPLACE_ME"}
    assert "EXAMPLE ONLY" in SECRETS_EXAMPLE.read_text()


# Ports beside HTTP: the notifier's bounce receiver (SMTP, the DSNs of its emails).
EXTRA_PORTS = {"notifier": [2526]}


@pytest.mark.parametrize("name", SERVICES)
def test_the_deployment_is_probed_on_its_port(base_docs: list[Doc], name: str) -> None:
    port, _ = SERVICES[name]
    deployment = _one(base_docs, "Deployment", f"ouvrage-{name}")
    container = _container(deployment)
    assert deployment["spec"]["replicas"] == 2
    assert re.fullmatch(rf"ouvrage/{name}:[\w.-]+", container["image"])
    assert container["command"] == [f"ouvrage-{name}", "serve"]
    assert [p["containerPort"] for p in container["ports"]] == [port, *EXTRA_PORTS.get(name, [])]
    assert _env(container)[f"{name.upper()}_HTTP_PORT"]["value"] == str(port)
    probes = {
        kind: container[f"{kind}Probe"]["httpGet"] for kind in ("liveness", "readiness", "startup")
    }
    assert probes == {
        "liveness": {"path": "/health", "port": port},
        "readiness": {"path": "/ready", "port": port},
        "startup": {"path": "/health", "port": port},
    }
    pod_labels = deployment["spec"]["template"]["metadata"]["labels"]
    assert deployment["spec"]["selector"]["matchLabels"].items() <= pod_labels.items()


def _assert_hardened(pod_spec: Doc, container: Doc) -> None:
    dockerfile_uid = re.search(r"--uid (\d+)", (ROOT / "deploy/docker/Dockerfile").read_text())
    assert dockerfile_uid is not None
    uid = int(dockerfile_uid[1])
    security = container["securityContext"]
    assert security["runAsNonRoot"] is True
    assert security["runAsUser"] == uid == 10001
    assert security["readOnlyRootFilesystem"] is True
    assert security["allowPrivilegeEscalation"] is False
    assert security["capabilities"]["drop"] == ["ALL"]
    assert pod_spec["securityContext"]["runAsNonRoot"] is True
    # a read-only root needs a writable /tmp
    tmp = next(m for m in container["volumeMounts"] if m["mountPath"] == "/tmp")  # noqa: S108
    assert "emptyDir" in next(v for v in pod_spec["volumes"] if v["name"] == tmp["name"])
    for bound in ("requests", "limits"):
        assert set(container["resources"][bound]) == {"cpu", "memory"}


@pytest.mark.parametrize("name", SERVICES)
def test_the_deployment_and_the_job_are_hardened(base_docs: list[Doc], name: str) -> None:
    for workload in (
        _one(base_docs, "Deployment", f"ouvrage-{name}"),
        _one(base_docs, "Job", f"ouvrage-{name}-migrate"),
    ):
        _assert_hardened(workload["spec"]["template"]["spec"], _container(workload))


@pytest.mark.parametrize("name", SERVICES)
def test_env_names_exist_in_the_settings_model(base_docs: list[Doc], name: str) -> None:
    _, settings_class = SERVICES[name]
    prefix = settings_class.model_config["env_prefix"]
    assert prefix == f"{name.upper()}_"
    env = _env(_container(_one(base_docs, "Deployment", f"ouvrage-{name}")))
    for variable in env:
        assert variable.startswith(prefix), variable
        assert variable[len(prefix) :].lower() in settings_class.model_fields, variable
    assert env[f"{prefix}ENVIRONMENT"]["value"] == "production"
    assert env[f"{prefix}HTTP_HOST"]["value"] == "0.0.0.0"
    assert env[f"{prefix}JWKS_URL"]["value"] == "http://ouvrage-identity:8001/.well-known/jwks.json"
    assert "configMapKeyRef" in env[f"{prefix}KAFKA_BOOTSTRAP"]["valueFrom"]


@pytest.mark.parametrize("name", SERVICES)
def test_no_literal_secret_values(base_docs: list[Doc], name: str) -> None:
    _, settings_class = SERVICES[name]
    prefix = settings_class.model_config["env_prefix"]
    secret_env = {f"{prefix}{field.upper()}" for field in settings_class.secret_fields}
    env = _env(_container(_one(base_docs, "Deployment", f"ouvrage-{name}")))
    assert secret_env <= env.keys(), "every secret field is set, from a Secret"
    for variable, entry in env.items():
        if variable in secret_env or SECRET_NAME.search(variable):
            assert "value" not in entry, variable
            assert "secretKeyRef" in entry["valueFrom"], variable
        assert "://" not in entry.get("value", "") or variable.endswith("_JWKS_URL")
    assert "postgresql://" not in "".join(p.read_text() for p in BASE.glob("*.yaml"))


@pytest.mark.parametrize("name", SERVICES)
def test_every_reference_resolves(base_docs: list[Doc], name: str) -> None:
    config = _config_data(base_docs)
    secrets = _example_secrets()
    env = _env(_container(_one(base_docs, "Deployment", f"ouvrage-{name}")))
    for entry in env.values():
        source = entry.get("valueFrom", {})
        if ref := source.get("configMapKeyRef"):
            assert ref["name"] == "ouvrage-config"
            assert ref["key"] in config or ref.get("optional") is True, ref
        if ref := source.get("secretKeyRef"):
            assert ref["key"] in secrets[ref["name"]], ref


def _resolved_env(docs: list[Doc], env: dict[str, Doc]) -> dict[str, str]:
    """The environment a pod gets, with realistic (non-placeholder) secret and address values."""
    config = {
        k: v.replace("REPLACE_ME", "infra.example.net") for k, v in _config_data(docs).items()
    }
    secret_values = {
        "url": "postgresql://svc:s3cr3t-value@db.example.net:5432/ouvrage",
        "key-encryption-key": "a-real-fernet-key-would-be-here",
        "platform-key": "c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0LTMyYg==",
        "cursor-secret": "a-real-random-cursor-key",
        "bounce-secret": "a-real-random-bounce-key",
        "username": "relay-user",
        "password": "relay-pass-value",
    }
    resolved: dict[str, str] = {}
    for variable, entry in env.items():
        source = entry.get("valueFrom", {})
        if "value" in entry:
            resolved[variable] = entry["value"]
        elif ref := source.get("configMapKeyRef"):
            if ref["key"] in config:
                resolved[variable] = config[ref["key"]]
        else:
            resolved[variable] = secret_values[source["secretKeyRef"]["key"]]
    return resolved


@pytest.mark.parametrize("name", SERVICES)
def test_the_settings_load_from_the_manifest_env(
    base_docs: list[Doc], name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    port, settings_class = SERVICES[name]
    for variable in [v for v in os.environ if v.startswith(f"{name.upper()}_")]:
        monkeypatch.delenv(variable)
    env = _env(_container(_one(base_docs, "Deployment", f"ouvrage-{name}")))
    for variable, value in _resolved_env(base_docs, env).items():
        monkeypatch.setenv(variable, value)
    settings = settings_class()
    assert settings.environment == "production"
    assert settings.http_port == port
    assert settings.http_host == "0.0.0.0"
    assert settings.database_url.startswith("postgresql://svc:")
    if isinstance(settings, NotifierSettings):
        assert settings.smtp_port == 587 and settings.smtp_starttls is True
        assert settings.smtp_password is not None
        assert settings.nameserver() is None


@pytest.mark.parametrize("name", SERVICES)
def test_the_service_exposes_the_port(base_docs: list[Doc], name: str) -> None:
    port, _ = SERVICES[name]
    deployment = _one(base_docs, "Deployment", f"ouvrage-{name}")
    pod_labels = deployment["spec"]["template"]["metadata"]["labels"]
    service = _one(base_docs, "Service", f"ouvrage-{name}")
    assert service["spec"]["type"] == "ClusterIP"
    assert service["spec"]["selector"].items() <= pod_labels.items()
    exposed, *extra = service["spec"]["ports"]
    assert exposed["port"] == port
    assert [p["port"] for p in extra] == EXTRA_PORTS.get(name, [])
    named = {p["name"]: p["containerPort"] for p in _container(deployment)["ports"]}
    assert named.get(exposed["targetPort"], exposed["targetPort"]) == port
    budget = _one(base_docs, "PodDisruptionBudget", f"ouvrage-{name}")
    assert budget["spec"]["minAvailable"] == 1
    assert budget["spec"]["selector"]["matchLabels"].items() <= pod_labels.items()


@pytest.mark.parametrize("name", SERVICES)
def test_the_migrate_job_runs_with_the_same_image_and_env(base_docs: list[Doc], name: str) -> None:
    deployment = _container(_one(base_docs, "Deployment", f"ouvrage-{name}"))
    job = _one(base_docs, "Job", f"ouvrage-{name}-migrate")
    container = _container(job)
    assert container["command"] == [f"ouvrage-{name}", "migrate"]
    assert container["image"] == deployment["image"]
    assert container["env"] == deployment["env"]
    assert job["spec"]["template"]["spec"]["restartPolicy"] in {"Never", "OnFailure"}
    # the Job's pods must not join the Service or the disruption budget
    service = _one(base_docs, "Service", f"ouvrage-{name}")
    job_labels = job["spec"]["template"]["metadata"]["labels"]
    assert not service["spec"]["selector"].items() <= job_labels.items()


# -- scraping, Kafka (Strimzi) and PostgreSQL (CloudNativePG) examples -------------------------

EXAMPLES = K8S / "examples"


@pytest.mark.parametrize("name", SERVICES)
def test_prometheus_scrapes_every_service(base_docs: list[Doc], name: str) -> None:
    port, _ = SERVICES[name]
    template = _one(base_docs, "Deployment", f"ouvrage-{name}")["spec"]["template"]
    annotations = template["metadata"]["annotations"]
    assert annotations["prometheus.io/scrape"] == "true"
    assert annotations["prometheus.io/port"] == str(port)
    assert annotations["prometheus.io/path"] == "/metrics"
    [monitor] = _load(EXAMPLES / "observability" / "servicemonitor.yaml")
    service = _one(base_docs, "Service", f"ouvrage-{name}")
    assert (
        monitor["spec"]["selector"]["matchLabels"].items() <= service["metadata"]["labels"].items()
    )
    assert [e["port"] for e in monitor["spec"]["endpoints"]] == [
        service["spec"]["ports"][0]["name"]
    ]


def test_the_kafka_examples_are_generated_from_the_code() -> None:
    tool = _tool("kafka_manifests")
    assert tool.main(["--check"]) == 0, "run `uv run python tools/kafka_manifests.py`"


def _tool(name: str) -> Any:
    import importlib.util

    spec = importlib.util.spec_from_file_location(name, ROOT / "tools" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _acls(user: Doc, operation: str, kind: str = "topic") -> set[str]:
    return {
        acl["resource"]["name"]
        for acl in user["spec"]["authorization"]["acls"]
        if acl["resource"]["type"] == kind and operation in acl["operations"]
    }


@pytest.mark.parametrize("name", SERVICES)
def test_each_service_user_writes_its_own_topics_and_reads_what_it_consumes(name: str) -> None:
    users = {d["metadata"]["name"]: d for d in _load(EXAMPLES / "kafka" / "kafka-users.yaml")}
    topics = {d["spec"]["topicName"] for d in _load(EXAMPLES / "kafka" / "kafka-topics.yaml")}
    user = users[f"ouvrage-{name}"]
    assert user["spec"]["authentication"]["type"] == "scram-sha-512"
    groups = _tool("kafka_manifests").consumed(name)
    writes = _acls(user, "Write")
    assert writes == {f"ouvrage.{name}.events", *(f"ouvrage.{g}.dlq" for g in groups)}
    assert all(t.startswith(f"ouvrage.{name}.") for t in writes)  # never another's topic
    assert _acls(user, "Read") == {t for ts in groups.values() for t in ts}
    assert _acls(user, "Read") | writes <= topics  # every topic it uses is declared
    group_acls = [
        a for a in user["spec"]["authorization"]["acls"] if a["resource"]["type"] == "group"
    ]
    if groups:
        [group_acl] = group_acls
        assert group_acl["resource"] == {
            "type": "group",
            "name": f"{name}.",
            "patternType": "prefix",
        }
    else:
        assert group_acls == []


def test_topics_are_replicated_as_the_services_are_told(base_docs: list[Doc]) -> None:
    config = _config_data(base_docs)
    replicas, min_isr = (
        int(config["kafka-replication-factor"]),
        int(config["kafka-min-insync-replicas"]),
    )
    assert replicas >= 2 and 1 <= min_isr < replicas  # never 1 outside a development machine
    for topic in _load(EXAMPLES / "kafka" / "kafka-topics.yaml"):
        assert topic["spec"]["replicas"] == replicas
        assert topic["spec"]["config"]["min.insync.replicas"] == min_isr
        assert topic["spec"]["config"]["retention.ms"] == -1
        assert topic["spec"]["partitions"] == 6
    for name in SERVICES:
        env = _env(_container(_one(base_docs, "Deployment", f"ouvrage-{name}")))
        ref = env[f"{name.upper()}_KAFKA_REPLICATION_FACTOR"]["valueFrom"]["configMapKeyRef"]
        assert ref["key"] == "kafka-replication-factor"


def test_settings_refuse_more_in_sync_replicas_than_replicas() -> None:
    with pytest.raises(ValueError, match="exceeds"):
        ClientsSettings(
            database_url="postgresql://svc:s3cr3t-value@db.example.net/clients",
            kafka_replication_factor=2,
            kafka_min_insync_replicas=3,
        )


def test_postgres_example_gives_each_service_its_own_database_and_role() -> None:
    docs = _load(EXAMPLES / "postgres" / "cluster.yaml")
    [cluster] = [d for d in docs if d["kind"] == "Cluster"]
    assert cluster["spec"]["instances"] >= 2
    initdb = cluster["spec"]["bootstrap"]["initdb"]
    owners = {initdb["database"]: initdb["owner"]}
    owners |= {d["spec"]["name"]: d["spec"]["owner"] for d in docs if d["kind"] == "Database"}
    assert owners == {name: name for name in SERVICES}
    roles = {r["name"] for r in cluster["spec"]["managed"]["roles"]} | {initdb["owner"]}
    assert roles == set(SERVICES)
    assert all(d["spec"]["cluster"]["name"] == cluster["metadata"]["name"] for d in docs[1:])
