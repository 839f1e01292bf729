// FAQ « Gérer les doublons dans les bases clients et prospects ».
import { expect, test } from "@playwright/test";
import { createClientRecord, expectAccessible, openAs, screenshot, world } from "./support";

test("deux fiches presque identiques : l'avertissement, la corbeille, une seule trouvée", async ({ browser }) => {
  const { admin, run } = world();
  const page = await openAs(browser, admin);
  const phone = `06 ${run.slice(0, 2)} 12 34 56`.replace(/[a-f]/g, "7");
  await createClientRecord(page, { last: `Pavière${run}`, first: "Robert", phone, city: "Tours", kind: "Client", doubleClick: true });
  await expectAccessible(page, "fiche client");
  await createClientRecord(page, { last: `Paviere${run}`, first: "robert", phone, city: "Tours", kind: "Client", doubleClick: true });

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
  // « Corbeille » is the record's status now (FAQ: « vous modifiez le statut en sélectionnant Corbeille »)
  await expect(page.getByLabel("Statut")).toHaveValue("corbeille");

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
  // « Il vous suffira à ce moment là de rechanger le statut »
  await page.getByLabel("Statut").selectOption({ label: "Prospect" });
  await expect(page.getByRole("note", { name: "Fiche à la corbeille" })).toBeHidden();
  await expect(page.getByLabel("Statut")).toHaveValue("prospect");
});
