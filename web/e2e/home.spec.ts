// FAQ « Comment afficher les SAV et Prestations de services sur ma page d'accueil »: each
// combination of the two preferences; a SAV opened, observed and archived.
import { expect, test, type Page } from "@playwright/test";
import { createClientRecord, expectAccessible, openAs, screenshot, world } from "./support";

async function prefer(page: Page, archived: boolean, tooltips: boolean): Promise<void> {
  await page.goto("/preferences");
  const form = page.getByRole("form", { name: "Page d'accueil" });
  await form.getByLabel("Afficher les SAV archivés").setChecked(archived);
  await form.getByLabel("Afficher les observations des SAV en info-bulle").setChecked(tooltips);
  await form.getByRole("button", { name: "Enregistrer les préférences" }).click();
  await expect(form.getByRole("status")).toContainText("Préférences enregistrées");
  await page.getByRole("navigation", { name: "Navigation principale" }).getByRole("link", { name: "Accueil" }).click();
}

test("la page d'accueil selon les préférences : archivés, observations en info-bulle", async ({ browser }) => {
  const { admin, run } = world();
  const page = await openAs(browser, admin);
  await createClientRecord(page, { last: `Sav${run}`, first: "Lucie" });
  const open = page.getByRole("form", { name: "SAV et prestations" });
  for (const title of [`Fuite ${run}`, `Volet ${run}`]) {
    await open.getByLabel("Objet").fill(title);
    await open.getByLabel("Observations").fill(`Constaté le lundi (${title})`);
    // the planning learns of a new client through Kafka: the first try may come too early
    await expect(async () => {
      await open.getByRole("button", { name: "Ouvrir" }).click();
      await expect(open.getByRole("status")).toContainText(title, { timeout: 3_000 });
    }).toPass({ timeout: 30_000 });
  }

  // home page: add an observation, archive the other
  await page.getByRole("navigation", { name: "Navigation principale" }).getByRole("link", { name: "Accueil" }).click();
  const fuite = page.getByRole("listitem", { name: `SAV Fuite ${run}` });
  await fuite.getByRole("button", { name: "Ajouter une observation" }).click();
  await fuite.getByRole("textbox", { name: "Observation", exact: true }).fill("Joint changé");
  await fuite.getByRole("button", { name: "Enregistrer" }).click();
  await expect(fuite.getByRole("textbox", { name: "Observation", exact: true })).toHaveCount(0);
  const volet = page.getByRole("listitem", { name: `SAV Volet ${run}` });
  await volet.getByRole("button", { name: "Archiver" }).click();
  // archived (hidden or marked, as the preference says) before leaving the page
  await expect(volet.getByRole("button", { name: "Archiver" })).toHaveCount(0);

  // 1. archived hidden, no tooltips: the archived one on request only
  await prefer(page, false, false);
  await expect(fuite).toBeVisible();
  await expect(page.getByRole("listitem", { name: `SAV Volet ${run}` })).toHaveCount(0);
  await expect(fuite.getByRole("button", { name: `Fuite ${run}` })).toHaveCount(0);
  await page.getByRole("button", { name: "Afficher les archivés" }).click();
  await expect(page.getByRole("list", { name: "SAV archivés" }).getByRole("listitem", { name: `SAV Volet ${run}` })).toContainText("Archivé");
  await expectAccessible(page, "accueil");
  await screenshot(page, "30-accueil-sans-preferences");

  // 2. archived shown, no tooltips
  await prefer(page, true, false);
  await expect(page.getByRole("listitem", { name: `SAV Volet ${run}` })).toContainText("Archivé");
  await expect(fuite.getByRole("button", { name: `Fuite ${run}` })).toHaveCount(0);

  // 3. archived shown, observations as tooltips
  await prefer(page, true, true);
  await expect(page.getByRole("listitem", { name: `SAV Volet ${run}` })).toBeVisible();
  const trigger = fuite.getByRole("button", { name: `Fuite ${run}` });
  await trigger.focus();
  await expect(page.getByRole("tooltip")).toContainText("Joint changé");
  await expectAccessible(page, "accueil, info-bulle");
  await screenshot(page, "31-accueil-info-bulle");

  // 4. archived hidden, observations as tooltips
  await prefer(page, false, true);
  await expect(page.getByRole("listitem", { name: `SAV Volet ${run}` })).toHaveCount(0);
  await expect(trigger).toHaveAccessibleDescription(/Constaté le lundi/);
});
