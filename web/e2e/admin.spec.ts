// FAQ « Droits des utilisateurs »: an administrator creates a user, grants « Paramétrer les
// comptes utilisateurs » to a colleague, who then changes another user's password; deactivation.
import { expect, test } from "@playwright/test";
import { expectAccessible, openAs, screenshot, signIn, world } from "./support";

test("un administrateur donne « Paramétrer les comptes utilisateurs », le collaborateur change un mot de passe", async ({ browser }) => {
  const { admin, paul, run } = world();
  const page = await openAs(browser, admin);
  await page.getByRole("link", { name: "Paramètres" }).click();
  await expect(page.getByRole("heading", { name: "Utilisateurs", level: 1 })).toBeVisible();

  // create a user (operator), shown in the French order of names
  const email = `nina.${run}@exemple.fr`;
  const form = page.getByRole("form", { name: "Nouvel utilisateur" });
  await form.getByLabel("Prénom").fill("Nina");
  await form.getByLabel("Nom", { exact: true }).fill(`Éloi${run}`);
  await form.getByLabel("Adresse email").fill(email);
  await form.getByLabel("Mot de passe initial").fill(`Premier#${run}Pass9`);
  await form.getByLabel("Opérateur (peut être planifié sur les chantiers)").check();
  await expectAccessible(page, "utilisateurs, nouvel utilisateur");
  await form.getByRole("button", { name: "Créer l'utilisateur" }).click();
  await expect(form.getByRole("status")).toContainText("a été créé");
  const names = page.getByRole("list", { name: "Utilisateurs de la société" }).getByRole("link");
  await expect(names.filter({ hasText: `Éloi${run}` })).toBeVisible();
  const shown = await names.allTextContents();
  // the French order: by last name, then first name (« Bernard Julie » before « Éloi Nina »)
  const key = (name: string) => name.split(" ").reverse().join(" ");
  expect(shown).toEqual([...shown].sort((a, b) => key(a).localeCompare(key(b), "fr", { sensitivity: "base" })));
  await screenshot(page, "20-utilisateurs");

  // grant Paul « Paramétrer les comptes utilisateurs »
  await names.filter({ hasText: paul.name }).click();
  const rights = page.getByRole("form", { name: "Droits" });
  await rights.getByLabel("Paramétrer les comptes utilisateurs").check();
  await rights.getByRole("button", { name: "Enregistrer les droits" }).click();
  await expect(rights.getByRole("status")).toContainText("Droits enregistrés");
  await expectAccessible(page, "droits d'un utilisateur");
  await screenshot(page, "21-droits-utilisateur");

  // Paul now sets the new colleague's password
  const byPaul = await browser.newPage();
  await byPaul.goto("/parametres/utilisateurs");
  await signIn(byPaul, paul);
  await expect(byPaul.getByRole("heading", { name: "Utilisateurs", level: 1 })).toBeVisible();
  await byPaul.getByRole("link", { name: new RegExp(`Éloi${run}`) }).click();
  const fresh = `Chantier#${run}Neuf7`;
  await byPaul.getByLabel("Nouveau mot de passe").fill(fresh);
  await byPaul.getByRole("button", { name: "Changer le mot de passe" }).click();
  await expect(byPaul.getByRole("status").filter({ hasText: "a été changé" })).toBeVisible();
  const nina = await browser.newPage();
  await nina.goto("/");
  await signIn(nina, { email, password: fresh, name: "Nina", id: "" });
  await expect(nina.getByRole("button", { name: "Déconnexion" })).toBeVisible();

  // the administrator deactivates the account
  await page.getByRole("link", { name: "Utilisateurs" }).click();
  await page.getByRole("link", { name: new RegExp(`Éloi${run}`) }).click();
  await page.getByRole("button", { name: "Désactiver le compte" }).click();
  await page.getByRole("button", { name: "Confirmer la désactivation" }).click();
  await expect(page.getByText("Compte désactivé")).toBeVisible();
});
