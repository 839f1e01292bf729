// FAQ « Les bonnes règles afin de créer et gérer son planning chantier », rules 1 to 6, and the
// live board (another user's change seen within 2 s, without reloading).
import { expect, test, type Page } from "@playwright/test";
import { createClientRecord, expectAccessible, openAs, screenshot, world } from "./support";

function nextMonday(): Date {
  const day = new Date();
  day.setDate(day.getDate() + ((8 - day.getDay()) % 7 || 7));
  return day;
}
const iso = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
const plus = (d: Date, n: number) => new Date(d.getFullYear(), d.getMonth(), d.getDate() + n);

async function toPlanningNextWeek(page: Page): Promise<void> {
  await page.getByRole("navigation", { name: "Navigation principale" }).getByRole("link", { name: "Planning" }).click();
  await expect(page.getByRole("heading", { name: "Planning", level: 1 })).toBeVisible();
  await page.getByRole("button", { name: "Période suivante" }).click();
}

async function setStart(page: Page, site: RegExp, day: string, provisional: boolean): Promise<void> {
  await page.getByRole("row", { name: site }).getByRole("button", { name: site }).click();
  const form = page.getByRole("form", { name: "Date de début" });
  await form.getByLabel("Début du chantier").fill(day);
  await form.getByLabel("Date provisoire").setChecked(provisional);
  await form.getByRole("button", { name: "Enregistrer la date" }).click();
}

test("planning : statut, dates, pastilles, cadenas, fiche chantier, en direct", async ({ browser }) => {
  const { admin, paul, pierre, julie, run } = world();
  const monday = nextMonday();
  const [wednesday, thursday] = [iso(plus(monday, 2)), iso(plus(monday, 3))];
  const page = await openAs(browser, admin);

  // 1. « En cours de chantier » puts the client on the planning
  await createClientRecord(page, { last: `Lefevre${run}`, first: "Marc" });
  const record = new URL(page.url()).pathname;
  await page.getByLabel("Statut").selectOption({ label: "En cours de chantier" });
  await expect(page.getByRole("region", { name: "Historique" })).toContainText(/chantier/i, { timeout: 30_000 });
  await toPlanningNextWeek(page);
  const siteA = new RegExp(`Chantier Lefevre${run}`, "i");
  const siteB = new RegExp(`Chantier Second${run}`, "i");
  // the planning hears of the status through Kafka; the live board shows the worksite when it opens
  await expect(page.getByRole("row", { name: siteA })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole("row", { name: siteB })).toBeVisible();

  // 2. the start dates order the board (earliest first), provisional ones marked
  await setStart(page, siteA, wednesday, false);
  await setStart(page, siteB, iso(monday), true);
  await expect(page.getByRole("row", { name: siteB })).toContainText("provisoire");
  await expect(async () => {
    const names = await page.locator("tbody tr").evaluateAll((rows) => rows.map((r) => r.getAttribute("aria-label") ?? ""));
    const [a, b] = [names.findIndex((n) => siteA.test(n)), names.findIndex((n) => siteB.test(n))];
    expect(b).toBeGreaterThanOrEqual(0);
    expect(b).toBeLessThan(a);
  }).toPass();

  // a colleague has the board open on the same week: they see changes live
  const other = await openAs(browser, paul);
  await toPlanningNextWeek(other);
  await expect(other.getByRole("row", { name: siteA })).toBeVisible();

  // 3. a task from the catalog, an intervention with its operator, its dot in one click
  await page.getByRole("row", { name: siteA }).getByRole("button", { name: siteA }).click();
  const tasks = page.getByRole("form", { name: "Ajouter une tâche" });
  await tasks.getByLabel("Tâche du catalogue").selectOption({ label: "Menuiserie" });
  await tasks.getByRole("button", { name: "Ajouter la tâche" }).click();
  await expect(page.getByRole("row", { name: siteA })).toContainText("Menuiserie");
  const plan = page.getByRole("form", { name: "Planifier une intervention" });
  await plan.getByLabel("Intitulé").fill("Pose fenêtres");
  await plan.getByLabel("Jour").fill(wednesday);
  await plan.getByLabel(pierre.name).check();
  await plan.getByRole("button", { name: "Planifier" }).click();
  const rowA = page.getByRole("row", { name: siteA });
  const chip = rowA.locator(`td[data-day="${wednesday}"]`).getByRole("button", { name: /^Pose fenêtres : Planifié/ });
  await expect(chip).toBeVisible();
  await expect(other.getByRole("button", { name: /^Pose fenêtres : Planifié/ })).toBeVisible({ timeout: 2_000 });
  await expectAccessible(page, "planning");
  await screenshot(page, "10-planning-semaine");
  await chip.click();
  await expect(rowA.getByRole("button", { name: /^Pose fenêtres : Fait/ })).toBeVisible();
  // the live board: the colleague's screen follows within 2 s, no reload
  await expect(other.getByRole("button", { name: /^Pose fenêtres : Fait/ })).toBeVisible({ timeout: 2_000 });

  // 4. the padlock: a locked intervention refuses the drag with the server's message and stays
  await rowA.getByRole("button", { name: "Verrouiller Pose fenêtres" }).click();
  await expect(rowA.getByRole("button", { name: "Déverrouiller Pose fenêtres" })).toHaveAttribute("aria-pressed", "true");
  const dragged = rowA.locator("[data-intervention]").filter({ hasText: "Pose fenêtres" });
  await expect(async () => {
    await dragged.dragTo(rowA.locator(`td[data-day="${thursday}"]`));
    await expect(page.getByRole("alert")).toContainText("verrouillée", { timeout: 3_000 });
  }).toPass({ timeout: 20_000 });
  await expect(rowA.locator(`td[data-day="${wednesday}"]`)).toContainText("Pose fenêtres");
  await expect(rowA.locator(`td[data-day="${thursday}"]`)).not.toContainText("Pose fenêtres");
  await screenshot(page, "11-planning-cadenas-refuse");
  // unlocked, the same drag moves it
  await rowA.getByRole("button", { name: "Déverrouiller Pose fenêtres" }).click();
  await expect(rowA.getByRole("button", { name: "Verrouiller Pose fenêtres" })).toBeVisible();
  await expect(async () => {
    await dragged.dragTo(rowA.locator(`td[data-day="${thursday}"]`));
    await expect(rowA.locator(`td[data-day="${thursday}"]`)).toContainText("Pose fenêtres", { timeout: 3_000 });
  }).toPass({ timeout: 20_000 });
  await expect(other.getByRole("row", { name: siteA }).locator(`td[data-day="${thursday}"]`)).toContainText("Pose fenêtres", { timeout: 2_000 });

  // 6. the site sheet: printed (the PDF opens) and sent to a collaborator (the notifier emails it)
  const sheet = page.getByRole("form", { name: "Fiche chantier" });
  const [popup, pdf] = await Promise.all([
    page.waitForEvent("popup"),
    page.waitForResponse((r) => r.url().includes("/sheet.pdf")),
    sheet.getByRole("button", { name: "Imprimer la fiche chantier" }).click(),
  ]);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toContain("application/pdf");
  await popup.close();
  await sheet.getByLabel("Envoyer à").selectOption({ label: julie.name });
  await sheet.getByRole("button", { name: "Envoyer la fiche" }).click();
  await expect(sheet.getByRole("status")).toContainText(`Fiche envoyée à ${julie.name}`);
  await expectAccessible(page, "planning, chantier ouvert");
  await screenshot(page, "12-planning-fiche-chantier");

  // the month view, the operator's agenda, the client record's planning
  await page.getByRole("button", { name: "Mois" }).click();
  await expect(page.getByRole("button", { name: "Mois" })).toHaveAttribute("aria-pressed", "true");
  await screenshot(page, "13-planning-mois");
  await page.getByRole("link", { name: "Agenda des opérateurs" }).click();
  await page.getByRole("button", { name: "Semaine suivante" }).click();
  await expect(page.getByRole("row", { name: pierre.name })).toContainText("Pose fenêtres");
  await expectAccessible(page, "agenda des opérateurs");
  await screenshot(page, "14-agenda-operateurs");
  await page.goto(record);
  const tab = page.getByRole("region", { name: "Planning" });
  await expect(tab).toContainText("Pose fenêtres");
  await screenshot(page, "15-fiche-client-planning");
});
