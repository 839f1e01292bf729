// FAQ « Mon email revient « not delivery » »: the company's sender address, and the SPF diagnosis
// of a domain that does not include the platform, with the exact record to publish.
import { expect, test } from "@playwright/test";
import { expectAccessible, openAs, screenshot, world } from "./support";

test("paramètres de la société : le diagnostic SPF donne l'enregistrement exact", async ({ browser }) => {
  test.setTimeout(150_000); // the notifier hears of the new address through Kafka
  const { admin, spf_domain: domain } = world();
  const page = await openAs(browser, admin, "/parametres/societe");
  const address = page.getByRole("textbox", { name: "Adresse d'expédition" });
  const original = await address.inputValue();
  await address.fill(`contact@${domain}`);
  await page.getByRole("button", { name: "Enregistrer l'adresse" }).click();
  await expect(page.getByRole("heading", { name: `Diagnostic SPF de ${domain}` })).toBeVisible();
  const result = page.getByRole("status").filter({ hasText: "Enregistrement TXT à publier" });
  // the notifier learns the new sender address from identity's events (Kafka): until then it
  // answers that the domain is not the company's; the diagnosis is rate-limited, ask slowly
  await expect(async () => {
    await page.getByRole("button", { name: "Vérifier le domaine" }).click();
    await expect(result).toContainText("v=spf1 ip4:203.0.113.7", { timeout: 2_000 });
  }).toPass({ timeout: 45_000, intervals: [6_000] });
  await expect(result.locator("code.record")).toHaveText("v=spf1 ip4:203.0.113.7 include:_spf.ouvrage.example -all");
  await expectAccessible(page, "société, diagnostic SPF");
  await screenshot(page, "40-societe-spf");

  // the other settings pages
  for (const [link, heading] of [["Types d'action", "Types d'action"], ["Catalogue des tâches", "Catalogue des tâches"]] as const) {
    await page.getByRole("navigation", { name: "Paramètres" }).getByRole("link", { name: link }).click();
    await expect(page.getByRole("heading", { name: heading, level: 1 })).toBeVisible();
    await expectAccessible(page, heading);
    await screenshot(page, `41-${link.replace(/[^a-z]+/gi, "-").toLowerCase()}`);
  }
  await page.getByLabel("Nouvelle tâche").fill("Étanchéité");
  await page.getByRole("button", { name: "Ajouter" }).click();
  await expect(page.getByRole("region", { name: "Tâches", exact: true })).toContainText("Étanchéité");

  // the statuses page is the clients feature's (main), without the settings navigation
  await page.getByRole("navigation", { name: "Paramètres" }).getByRole("link", { name: "Statuts des fiches" }).click();
  await expect(page.getByRole("heading", { name: "Statuts", level: 1 })).toBeVisible();
  await screenshot(page, "41-statuts-des-fiches");
  await page.goto("/parametres/societe");
  await page.getByRole("textbox", { name: "Adresse d'expédition" }).fill(original);
  await page.getByRole("button", { name: "Enregistrer l'adresse" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Adresse enregistrée" })).toBeVisible();
});
