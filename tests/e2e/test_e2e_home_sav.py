"""FAQ « Amélioration affichage sav et services sur la page d'accueil »: the home page's SAV
list under each of the four combinations of the user's preferences (« Afficher les sav
archivés », « Afficher les observations en infos bulles »), set through identity's
``PUT /users/{id}/preferences`` and applied by the planning once the change reaches it."""

from __future__ import annotations

from typing import Any

import pytest
from e2e_kit import Company, Ouvrage, Person, eventually, expect
from e2e_steps import new_client

pytestmark = pytest.mark.asyncio(loop_scope="session")

LEAK = "Fuite sous l'évier"
BOILER = "Chaudière : entretien annuel fait"


async def _open_sav(
    company: Company, by: Person, client: dict[str, Any], title: str, observations: str, kind: str
) -> dict[str, Any]:
    path = f"/clients/{client['id']}/sav"
    body = {"title": title, "observations": observations, "kind": kind}
    opened: dict[str, Any] = await company.accepted(
        lambda: company.ouvrage.post("planning", path, by, json=body), 201, what="the SAV"
    )
    return opened


async def _prefer(ouvrage: Ouvrage, person: Person, archived: bool, tooltips: bool) -> None:
    """« Préférences utilisateurs » (the cog beside « Déconnexion »)."""
    body = {"show_archived_sav": archived, "sav_observations_as_tooltips": tooltips}
    saved = expect(await ouvrage.put("identity", f"/users/{person.id}/preferences", person,
                                     json=body), 200)  # fmt: skip
    assert (saved["show_archived_sav"], saved["sav_observations_as_tooltips"]) == (
        archived,
        tooltips,
    )


async def _home(ouvrage: Ouvrage, person: Person, archived: bool, tooltips: bool) -> Any:
    """The home page once the planning applies these preferences."""

    async def shown() -> Any:
        home = expect(await ouvrage.get("planning", "/home", person), 200)
        prefs = home["preferences"]
        wanted = {"show_archived_sav": archived, "sav_observations_as_tooltips": tooltips}
        return home if prefs == wanted else None

    return await eventually(shown, what=f"the home page with archived={archived} tips={tooltips}")


async def test_home_page_sav_for_each_preference(ouvrage: Ouvrage, company: Company) -> None:
    planner = company.admin
    claire = await company.add_user("Claire", "Moreau")
    client = await new_client(company, planner, "Lambert", "Yves")
    leak = await _open_sav(company, planner, client, "Évier cuisine", LEAK, "sav")
    boiler = await _open_sav(company, planner, client, "Entretien chaudière", BOILER, "service")
    archive_path = f"/sav/{boiler['id']}/archive"
    archived = expect(await ouvrage.post("planning", archive_path, planner,
                                         headers={"If-Match": f'"{boiler["version"]}"'}), 200)  # fmt: skip
    assert archived["archived"] is True

    # Each combination differs from the one before, so each is really applied.
    for show_archived, tooltips in ((True, False), (True, True), (False, False), (False, True)):
        await _prefer(ouvrage, claire, show_archived, tooltips)
        home = await _home(ouvrage, claire, show_archived, tooltips)
        lines = {item["id"]: item for item in home["items"]}
        expected = {leak["id"], boiler["id"]} if show_archived else {leak["id"]}
        assert set(lines) == expected
        assert lines[leak["id"]]["title"] == "Évier cuisine"
        assert lines[leak["id"]]["client_name"] == "Lambert Yves"
        assert lines[leak["id"]]["archived"] is False
        assert lines[leak["id"]]["tooltip"] == (LEAK if tooltips else None)
        if show_archived:
            assert lines[boiler["id"]]["archived"] is True
            assert lines[boiler["id"]]["kind"] == "service"
            assert lines[boiler["id"]]["tooltip"] == (BOILER if tooltips else None)

    # Preferences are one's own: the planner's home page is unchanged by Claire's.
    other = expect(await ouvrage.get("planning", "/home", planner), 200)
    assert {item["id"] for item in other["items"]} == {leak["id"]}
