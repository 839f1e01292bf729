// FAQ « Gérer les doublons dans les bases clients et prospects ».
import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, openAs, screenshot, world } from "./support";

async function createClient(page: Page, last: string, first: string, phone: string): Promise<void> {
  await page.getByRole("navigation", { name: "Navigation principale" }).getByRole("link", { name: "Clients" }).click();
  await page.getByRole("link", { name: "Nouvelle fiche" }).click();
  await page.getByLabel("Client", { exact: true }).check();
  await page.getByLabel("Nom", { exact: true }).fill(last);
  await page.getByLabel("Prénom").fill(first);
  await page.getByLabel("Téléphone").fill(phone);
  await page.getByLabel("Ville").fill("Tours");
  // a double click: one record (the Idempotency-Key is the same)
  await page.getByRole("button", { name: "Créer la fiche" }).dblclick();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(last);
}

test("deux fiches presque identiques : l'avertissement, la corbeille, une seule trouvée", async ({ browser }) => {
  const { admin, run } = world();
  const page = await openAs(browser, admin);
  const phone = `06 ${run.slice(0, 2)} 12 34 56`.replace(/[a-f]/g, "7");
  await createClient(page, `Pavière${run}`, "Robert", phone);
  await expectAccessible(page, "fiche client");
  await createClient(page, `Paviere${run}`, "robert", phone);

  const warning = page.getByRole("alert").filter({ hasText: "Doublon probable" });
  await expect(warning).toBeVisible();
  await expect(warning.getByRole("link", { name: new RegExp(`Pavière${run}`) })).toBeVisible();
  await screenshot(page, "2a-doublon-probable");

  await page.getByRole("button", { name: "Mettre à la corbeille" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Doublon de").selectOption({ label: `Pavière${run} Robert` });
  await expectAccessible(page, "corbeille");
  await dialog.getByRole("button", { name: "Mettre à la corbeille" }).click();
  await expect(page.getByRole("note", { name: "Fiche à la corbeille" })).toBeVisible();

  await page.getByRole("navigation", { name: "Navigation principale" }).getByRole("link", { name: "Clients" }).click();
  await page.getByRole("combobox", { name: "Rechercher un client" }).fill(`paviere${run} robert`);
  const results = page.getByRole("listbox", { name: "Résultats" }).getByRole("option");
  await expect(results).toHaveCount(1);
  await expect(results.first().locator("mark").first()).toBeVisible();
  await expectAccessible(page, "recherche");
  await screenshot(page, "2b-une-seule-fiche");

  await page.getByRole("button", { name: "Corbeille" }).click();
  await expect(results).toHaveCount(1);
  await expect(results.first()).toContainText("Corbeille");
  // the keyboard: from the search box, Enter opens the highlighted record
  await page.getByRole("combobox", { name: "Rechercher un client" }).press("Enter");
  await expect(page.getByRole("button", { name: "Restaurer la fiche" })).toBeVisible();
});
