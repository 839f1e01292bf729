"""The web app in Debian's Chromium (Playwright, web/e2e/*.spec.ts), one test per FAQ paragraph,
against the running system: the built app (web/dist) served with the same-origin ``/api/<service>``
routes the gateway gives, a company of its own with four people made over HTTP.

Each Playwright test ends in a screenshot under web/test-results/screenshots (git-ignored) and
checks every screen with axe-core (no serious or critical violation)."""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from e2e_kit import Company, Ouvrage, Person, expect
from e2e_steps import action_type

pytestmark = pytest.mark.asyncio(loop_scope="session")

ROOT = Path(__file__).resolve().parents[2]
WEB = ROOT / "web"
PORT_BASE = int(os.environ.get("OUVRAGE_E2E_PORT_BASE", "18001"))
WEB_PORT = PORT_BASE + 40
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
NPM_ENV = {**os.environ, "PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD": "1", "CI": "1"}


def _npm(*args: str, timeout: float = 600, env: dict[str, str] | None = None) -> None:
    done = subprocess.run(["npm", *args], cwd=WEB, env=env or NPM_ENV, capture_output=True,
                          text=True, timeout=timeout)  # fmt: skip
    assert done.returncode == 0, f"npm {' '.join(args)} failed:\n{done.stdout[-4000:]}\n{done.stderr[-4000:]}"


def _wait_port(port: int, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.2)
    pytest.fail(f"the web app did not listen on {port}", pytrace=False)


@pytest.fixture(scope="module")
def web_url(e2e_system: object) -> Iterator[str]:
    """web/dist built, served on its own port with /api/<service> to this run's services."""
    if shutil.which("npm") is None or not Path(CHROMIUM).exists():
        pytest.fail(f"npm and Chromium ({CHROMIUM}) are needed: .ci/run installs them", pytrace=False)
    if not (WEB / "node_modules").exists():
        _npm("ci", "--no-audit", "--no-fund")
    _npm("run", "build")
    env = {**NPM_ENV, "OUVRAGE_API_PORT_BASE": str(PORT_BASE)}
    server = subprocess.Popen(
        ["npx", "vite", "preview", "--host", "127.0.0.1", "--port", str(WEB_PORT), "--strictPort"],
        cwd=WEB, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        _wait_port(WEB_PORT)
        yield f"http://127.0.0.1:{WEB_PORT}"
    finally:
        server.terminate()
        server.wait(timeout=10)


async def _person(ouvrage: Ouvrage, person: Person, as_: Person) -> dict[str, str]:
    user = expect(await ouvrage.get("identity", f"/users/{person.id}", as_), 200)
    return {"email": person.email, "password": person.password, "name": user["name"],
            "id": str(person.id)}  # fmt: skip


async def test_faq_paragraphs_in_chromium(
    ouvrage: Ouvrage, company: Company, web_url: str, tmp_path: Path
) -> None:
    admin = company.admin
    paul = await company.add_user("Paul", "Martin")
    julie = await company.add_user("Julie", "Bernard")
    pierre = await company.add_user("Pierre", "Roux")
    relancer = await action_type(company, admin, "A relancer")
    assert relancer["responses"], "the default type « A relancer » comes with its responses"
    world = {
        "run": company.domain.split("-")[-2][:6],
        **{name: await _person(ouvrage, p, admin)
           for name, p in {"admin": admin, "paul": paul, "julie": julie, "pierre": pierre}.items()},
    }  # fmt: skip
    world_file = tmp_path / "world.json"
    world_file.write_text(json.dumps(world))
    shots = WEB / "test-results" / "screenshots"
    shutil.rmtree(shots, ignore_errors=True)

    env = {**NPM_ENV, "OUVRAGE_WEB_URL": web_url, "OUVRAGE_WEB_WORLD": str(world_file),
           "CHROMIUM_PATH": CHROMIUM}  # fmt: skip
    process = await asyncio.create_subprocess_exec(
        "npx", "playwright", "test", cwd=WEB, env=env,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT,
    )  # fmt: skip
    out, _ = await asyncio.wait_for(process.communicate(), timeout=280)
    report = out.decode(errors="replace")
    assert process.returncode == 0, f"Playwright failed:\n{report[-12000:]}"
    assert sorted(p.name for p in shots.glob("*.png")), "no screenshot was taken"
