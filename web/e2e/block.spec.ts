// FAQ « Comment bloquer la gestion commerciale pour un client ».
import { expect, test } from "@playwright/test";
import { expectAccessible, openAs, screenshot, world } from "./support";

test("bloquer la gestion commerciale avec sa raison : le bandeau s'affiche", async ({ browser }) => {
  const { admin, run } = world();
  const page = await openAs(browser, admin, "/clients/nouveau");
  await page.getByLabel("Nom", { exact: true }).fill(`Lemaire${run}`);
  await page.getByLabel("Prénom").fill("Odette");
  await page.getByRole("button", { name: "Créer la fiche" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(`Lemaire${run}`);

  await page.getByRole("switch", { name: "Bloquer la gestion commerciale" }).click();
  await page.getByLabel("Raison du blocage").fill("Impayés depuis mars");
  await page.getByRole("button", { name: "Valider" }).click();
  const banner = page.getByRole("note", { name: "Gestion commerciale bloquée" });
  await expect(banner).toContainText("Impayés depuis mars");
  await expect(page.getByRole("region", { name: "Historique" })).toContainText(/bloqu/i);
  await expectAccessible(page, "fiche bloquée");
  await screenshot(page, "3-gestion-commerciale-bloquee");

  await page.reload();
  await expect(banner).toContainText("Impayés depuis mars");
});
