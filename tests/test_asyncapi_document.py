"""docs/asyncapi.yaml is valid for the official AsyncAPI parser (@asyncapi/parser, npm, locked
in tools/contract-check/package-lock.json), and docs/events/ holds one JSON Schema per event."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml
from jsonschema import Draft202012Validator
from ouvrage_events.contract import schema

ROOT = Path(__file__).resolve().parents[1]
CHECKER = ROOT / "tools" / "contract-check"


@pytest.fixture(scope="module")
def node() -> str:
    found = shutil.which("node")
    if found is None or shutil.which("npm") is None:
        pytest.skip("node is not installed (CI installs it)")
    lock = CHECKER / "package-lock.json"
    installed = CHECKER / "node_modules" / ".package-lock.json"
    if not installed.exists() or installed.stat().st_mtime < lock.stat().st_mtime:
        subprocess.run(
            ["npm", "ci", "--no-audit", "--no-fund", "--ignore-scripts"],
            cwd=CHECKER,
            check=True,
            capture_output=True,
            timeout=300,
        )
    return found


def test_the_official_parser_finds_no_error(node: str) -> None:
    result = subprocess.run(
        [node, str(CHECKER / "check.mjs"), "docs/asyncapi.yaml"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    print(result.stdout)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "docs/asyncapi.yaml: valid AsyncAPI 3.0.0" in result.stdout
    assert " 0 warnings)" in result.stdout


def test_the_event_schemas_and_the_document_are_up_to_date() -> None:
    assert schema.main(["--output", str(ROOT / "docs" / "asyncapi.yaml"), "--check"]) == 0


def test_every_message_has_an_example_headers_servers_and_dead_letters() -> None:
    doc = yaml.safe_load((ROOT / "docs" / "asyncapi.yaml").read_text(encoding="utf-8"))
    assert doc["servers"]["production"]["security"] == [
        {"$ref": "#/components/securitySchemes/sasl"}
    ]
    assert doc["channels"]["deadLetters"]["address"] == "ouvrage.{consumer}.dlq"
    for name, message in doc["components"]["messages"].items():
        if name == "DeadLetter":
            continue
        assert message["traits"] == [{"$ref": "#/components/messageTraits/CloudEvent"}]
        [example] = message["examples"]
        assert example["headers"]["ce_streamversion"] == "2"
        path = ROOT / "docs" / "events" / f"{example['headers']['ce_type']}.json"
        published = json.loads(path.read_text(encoding="utf-8"))
        assert published["$id"] == example["headers"]["ce_dataschema"]
        Draft202012Validator(published).validate(example["payload"])
