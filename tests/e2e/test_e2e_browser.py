"""The web app in Debian's Chromium (Playwright, web/e2e/*.spec.ts), one test per FAQ paragraph,
against the running system: the built app (web/dist) served by the run's gateway (nginx: ``/`` the app,
``/api/<service>`` the services, same origin), a company of its own with four people made over HTTP.

Each Playwright test ends in a screenshot under web/test-results/screenshots (git-ignored) and
checks every screen with axe-core (no serious or critical violation)."""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from e2e_kit import Company, Ouvrage, Person, expect
from e2e_steps import action_type, mail_to, new_client
from ouvrage_testing.dns import DnsServerHandle
from ouvrage_testing.smtp import SmtpSink

pytestmark = pytest.mark.asyncio(loop_scope="session")

ROOT = Path(__file__).resolve().parents[2]
WEB = ROOT / "web"
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
NPM_ENV = {**os.environ, "PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD": "1", "CI": "1"}


def _npm(*args: str, timeout: float = 600, env: dict[str, str] | None = None) -> None:
    done = subprocess.run(["npm", *args], cwd=WEB, env=env or NPM_ENV, capture_output=True,
                          text=True, timeout=timeout)  # fmt: skip
    assert done.returncode == 0, (
        f"npm {' '.join(args)} failed:\n{done.stdout[-4000:]}\n{done.stderr[-4000:]}"
    )


@pytest.fixture(scope="module")
def web_url(e2e_system: Any) -> str:
    """web/dist built (npm ci the first time), served by the run's gateway with /api/<service>."""
    if shutil.which("npm") is None or not Path(CHROMIUM).exists():
        pytest.fail(
            f"npm and Chromium ({CHROMIUM}) are needed: .ci/run installs them", pytrace=False
        )
    if not (WEB / "node_modules").exists():
        _npm("ci", "--no-audit", "--no-fund")
    _npm("run", "build")
    # HTTPS (the launcher's self-signed certificate): identity's session cookie is Secure
    url: str = e2e_system.gateway.https_url
    return url


async def _person(ouvrage: Ouvrage, person: Person, as_: Person) -> dict[str, str]:
    user = expect(await ouvrage.get("identity", f"/users/{person.id}", as_), 200)
    return {"email": person.email, "password": person.password, "name": user["name"],
            "id": str(person.id)}  # fmt: skip


OWN_SERVERS_ONLY = "v=spf1 ip4:203.0.113.7 -all"  # a sender domain without the platform


async def test_faq_paragraphs_in_chromium(
    ouvrage: Ouvrage, company: Company, web_url: str, tmp_path: Path, smtp_sink: SmtpSink,
    dns_server: DnsServerHandle,
) -> None:  # fmt: skip
    admin = company.admin
    paul = await company.add_user("Paul", "Martin")
    julie = await company.add_user("Julie", "Bernard")
    pierre = await company.add_user("Pierre", "Roux", is_operator=True)
    relancer = await action_type(company, admin, "A relancer")
    assert relancer["responses"], "the default type « A relancer » comes with its responses"
    run = company.domain.split("-")[-2][:6]
    # a second worksite for the planning's order (the first is put there in the browser)
    await new_client(company, admin, f"Second{run}", "Anne", status="en_cours_de_chantier")
    spf_domain = f"sans-include-{run}.example"
    dns_server.zone.spf(spf_domain, OWN_SERVERS_ONLY, ttl=0)
    world = {
        "run": run,
        "spf_domain": spf_domain,
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
        # OUVRAGE_WEB_SPECS narrows the run to some spec files while working on them
        "npx", "playwright", "test", *os.environ.get("OUVRAGE_WEB_SPECS", "").split(), cwd=WEB, env=env,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT,
    )  # fmt: skip
    out, _ = await asyncio.wait_for(process.communicate(), timeout=420)
    report = out.decode(errors="replace")
    assert process.returncode == 0, f"Playwright failed:\n{report[-12000:]}"
    assert sorted(p.name for p in shots.glob("*.png")), "no screenshot was taken"
    # rule 6: the site sheet sent from the board reached the collaborator, PDF attached
    mail = await mail_to(smtp_sink, julie, f"Fiche de chantier : Lefevre{run}", timeout=60)
    assert [a.content_type for a in mail.attachments] == ["application/pdf"]
