// FAQ « Comment bloquer la gestion commerciale pour un client ».
import { expect, test } from "@playwright/test";
import { createClientRecord, expectAccessible, openAs, screenshot, world } from "./support";

test("bloquer la gestion commerciale avec sa raison : le bandeau s'affiche", async ({ browser }) => {
  const { admin, run } = world();
  const page = await openAs(browser, admin);
  await createClientRecord(page, { last: `Lemaire${run}`, first: "Odette", audit: true });
  // a colleague has the same record open (in another browser)
  const other = await openAs(browser, admin, new URL(page.url()).pathname);
  await expect(other.getByRole("heading", { level: 1 })).toContainText(`Lemaire${run}`);

  await page.getByRole("button", { name: "Modifier" }).click();
  const contact = page.getByRole("form", { name: "Modifier le contact" });
  await contact.getByLabel("Téléphone").fill("02 47 00 11 22");
  await expectAccessible(page, "modifier le contact");
  await contact.getByRole("button", { name: "Enregistrer" }).click();
  await expect(page.getByRole("link", { name: "02 47 00 11 22" })).toBeVisible();

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

  // the colleague's screen is stale: their change is refused (412) and they reload
  await other.getByLabel("Statut").selectOption({ label: "Devis en cours" });
  const conflict = other.getByRole("dialog", { name: "Fiche modifiée par quelqu'un d'autre" });
  await expect(conflict).toBeVisible();
  await expectAccessible(other, "conflit");
  await screenshot(other, "3b-modifiee-par-quelqu-un-d-autre");
  await conflict.getByRole("button", { name: "Recharger la fiche" }).click();
  await expect(other.getByRole("note", { name: "Gestion commerciale bloquée" })).toContainText("Impayés depuis mars");
});
