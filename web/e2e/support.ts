import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, type Browser, type Page } from "@playwright/test";

export type Person = { email: string; password: string; name: string; id: string };
export type World = { admin: Person; paul: Person; julie: Person; pierre: Person; run: string; spf_domain: string };

/** The company the pytest module made for this run (its people and their passwords). */
export function world(): World {
  const path = process.env.OUVRAGE_WEB_WORLD;
  if (!path) throw new Error("OUVRAGE_WEB_WORLD is not set (run through tests/e2e/test_e2e_browser.py)");
  return JSON.parse(readFileSync(path, "utf8")) as World;
}

export async function signIn(page: Page, person: Person, password = person.password): Promise<void> {
  await page.getByLabel("Adresse email").fill(person.email);
  await page.getByLabel("Mot de passe").fill(password);
  await page.getByRole("button", { name: "Se connecter" }).click();
}

export async function openAs(browser: Browser, person: Person, path = "/clients"): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(path);
  await signIn(page, person);
  await expect(page.getByRole("button", { name: "Déconnexion" })).toBeVisible();
  return page;
}

/** axe-core on the screen as it is: no serious or critical violation. */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  const summary = bad.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(summary, `accessibility of « ${screen} »`).toEqual([]);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true });
}

type NewRecord = {
  last: string; first: string; phone?: string; city?: string; kind?: "Client" | "Prospect";
  doubleClick?: boolean; audit?: boolean;
};

/** « Nouvelle fiche » from the menu, filled and created; resolves on the new record's page. */
export async function createClientRecord(page: Page, record: NewRecord): Promise<void> {
  await page.getByRole("navigation", { name: "Navigation principale" }).getByRole("link", { name: "Clients" }).click();
  await page.getByRole("link", { name: "Nouvelle fiche" }).click();
  if (record.audit) await expectAccessible(page, "nouvelle fiche");
  if (record.kind) await page.getByLabel(record.kind, { exact: true }).check();
  await page.getByLabel("Nom", { exact: true }).fill(record.last);
  await page.getByLabel("Prénom").fill(record.first);
  if (record.phone) await page.getByLabel("Téléphone").fill(record.phone);
  if (record.city) await page.getByLabel("Ville").fill(record.city);
  const create = page.getByRole("button", { name: "Créer la fiche" });
  // a double click must make one record (the Idempotency-Key is the same)
  await (record.doubleClick ? create.dblclick() : create.click());
  await expect(page.getByRole("heading", { level: 1 })).toContainText(record.last);
}
