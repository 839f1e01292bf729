// FAQ « Attribuer une action à un collaborateur » : assigned to Paul, shared with Julie, whose
// bells ring live in their own browsers.
import { expect, test } from "@playwright/test";
import { createClientRecord, expectAccessible, openAs, screenshot, world } from "./support";

test("une action attribuée et partagée fait sonner les cloches en direct", async ({ browser }) => {
  const { admin, paul, julie, pierre, run } = world();
  const paulPage = await openAs(browser, paul, "/actions");
  const juliePage = await openAs(browser, julie, "/clients");
  for (const page of [paulPage, juliePage]) {
    await expect(page.getByRole("button", { name: /^Alertes/ })).toHaveAccessibleName("Alertes : aucune non lue");
  }

  const page = await openAs(browser, admin);
  await createClientRecord(page, { last: `Durand${run}`, first: "Sophie" });

  await page.getByRole("button", { name: "Nouvelle action" }).click();
  const form = page.getByRole("form", { name: "Nouvelle action" });
  await form.getByLabel("Type d'action").selectOption({ label: "A relancer" });
  await form.getByLabel("Date et heure de l'alerte").fill("2030-06-03T09:30");
  await form.getByLabel("Note").fill("Rappeler pour le devis");
  await form.getByLabel("Partager cette action").check();
  await form.getByRole("group", { name: "Partager avec" }).getByLabel(julie.name).check();
  await form.getByLabel("Attribuer cette action").check();
  await form.getByRole("group", { name: "Attribuer à" }).getByLabel(paul.name).check();
  await expectAccessible(page, "nouvelle action");
  await form.getByRole("button", { name: "Créer l'action" }).click();
  const item = page.getByRole("listitem", { name: new RegExp(`A relancer`) });
  await expect(item).toContainText(`attribuée à ${paul.name}`);
  await expect(item).toContainText(`partagée avec ${julie.name}`);
  await expect(item).toContainText("3 juin 2030");
  // shared with one more colleague afterwards
  await item.getByRole("button", { name: "Partager" }).click();
  const more = item.getByRole("form", { name: "Partager l'action" });
  await more.getByLabel(pierre.name).check();
  await more.getByRole("button", { name: "Valider" }).click();
  await expect(item).toContainText(`partagée avec ${julie.name}, ${pierre.name}`);
  await screenshot(page, "4a-action-creee");

  // no reload: the alerts arrive over the stream
  for (const [who, p] of [["paul", paulPage], ["julie", juliePage]] as const) {
    const bell = p.getByRole("button", { name: /^Alertes/ });
    await expect(bell).toHaveAccessibleName("Alertes : 1 non lue");
    await bell.click();
    await expect(p.getByRole("dialog", { name: "Alertes" })).toContainText(/A relancer/);
    await expectAccessible(p, `alertes de ${who}`);
    await screenshot(p, `4b-cloche-${who}`);
    await p.keyboard.press("Escape");
  }
  await expect(paulPage.getByRole("listitem", { name: new RegExp(`Durand${run}`) })).toBeVisible();
  await expectAccessible(paulPage, "mes actions");
  // later (the action was shared once more meanwhile: a stale list would get the 412 dialog),
  // Paul opens his list again and answers with one of the type's responses
  await paulPage.reload();
  const mine = paulPage.getByRole("listitem", { name: new RegExp(`Durand${run}`) });
  await mine.getByRole("button", { name: "Répondre" }).click();
  const answer = mine.getByRole("form", { name: "Répondre à l'action" });
  await answer.getByLabel("Réponse").selectOption("Intéressé");
  await answer.getByLabel("Commentaire").fill("Rappeler en septembre");
  await answer.getByRole("button", { name: "Valider" }).click();
  await expect(mine).toContainText("Réponse : Intéressé");
  await screenshot(paulPage, "4c-mes-actions-paul");
  await mine.getByRole("button", { name: "Terminer" }).click();
  await expect(mine).toHaveCount(0); // « Mes actions » lists what is still to do

  const bell = juliePage.getByRole("button", { name: /^Alertes/ });
  await bell.click();
  await juliePage.getByRole("button", { name: "Marquer comme lue" }).first().click();
  await expect(bell).toHaveAccessibleName("Alertes : aucune non lue");
  await juliePage.getByRole("link", { name: "Toutes les alertes" }).click(); // the list is still open
  await expect(juliePage.getByRole("heading", { name: "Alertes" })).toBeVisible();
  await expectAccessible(juliePage, "alertes");
});
