// FAQ « Comment changer votre mot de passe » (and signing in: French refusal, return to the page asked).
import { expect, test } from "@playwright/test";
import { expectAccessible, screenshot, signIn, world } from "./support";

test("changer son mot de passe, la politique affichée en direct", async ({ page }) => {
  const { pierre: julie, admin } = world();
  await page.goto("/actions");
  await expect(page).toHaveURL(/\/connexion\?retour=%2Factions/);
  await expectAccessible(page, "connexion");

  await signIn(page, julie, "pas-le-bon-mot-de-passe");
  await expect(page.getByRole("alert")).toContainText("Identifiants invalides");

  await signIn(page, julie);
  await expect(page.getByRole("heading", { name: "Mes actions" })).toBeVisible();
  // a reload keeps the session: the access token is renewed from identity's HttpOnly cookie
  await page.reload();
  await expect(page.getByRole("heading", { name: "Mes actions" })).toBeVisible();

  await page.getByRole("link", { name: "Mot de passe" }).click();
  await expect(page.getByRole("heading", { name: "Modifier mon mot de passe" })).toBeVisible();
  const rules = page.getByRole("list", { name: "Règles du mot de passe" });
  await page.getByLabel("Nouveau mot de passe").fill("court");
  await expect(rules.getByText("Au moins 10 caractères")).toContainText("pas encore");
  await page.getByLabel("Mot de passe actuel").fill(julie.password);
  await page.getByRole("button", { name: "Changer le mot de passe" }).click();
  await expect(page.getByRole("alert")).toContainText("Le mot de passe doit");
  await expectAccessible(page, "mot de passe");

  const fresh = `Chantier@${Date.now()}!Neuf`;
  await page.getByLabel("Nouveau mot de passe").fill(fresh);
  for (const rule of ["Au moins 10 caractères", "Une lettre majuscule", "Un chiffre"]) {
    await expect(rules.getByText(rule)).toContainText("respectée");
  }
  await page.getByRole("button", { name: "Changer le mot de passe" }).click();
  await expect(page.getByRole("status").filter({ hasText: "a été modifié" })).toBeVisible();
  await expect(page.getByLabel("Mot de passe actuel")).toHaveValue("");
  await screenshot(page, "1-mot-de-passe-modifie");

  await page.getByRole("button", { name: "Déconnexion" }).click();
  await signIn(page, julie);
  await expect(page.getByRole("alert")).toContainText("Identifiants invalides");
  // signed in with the new password (identity ends the other sessions of a changed password: the
  // app may bring them back to the page they were on)
  await signIn(page, julie, fresh);
  await expect(page.getByRole("button", { name: "Déconnexion" })).toBeVisible();
  await page.getByRole("button", { name: "Déconnexion" }).click();

  // the FAQ's way: an administrator, Paramètres → Utilisateurs → the user → under the name
  await signIn(page, admin);
  await page.getByRole("link", { name: "Paramètres" }).click();
  await expect(page.getByRole("heading", { name: "Utilisateurs" })).toBeVisible();
  await expectAccessible(page, "utilisateurs");
  await page.getByRole("link", { name: julie.name }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(julie.name);
  // the user's record above the password: phone and the signature ending their emails
  await page.getByLabel("Téléphone").fill("06 12 34 56 78");
  await page.getByLabel("Signature des emails").fill(`${julie.name}\nConductrice de travaux`);
  await page.getByRole("button", { name: "Enregistrer la fiche" }).click();
  await expect(page.getByRole("status").filter({ hasText: "est enregistrée" })).toBeVisible();
  await expect(page.getByLabel("Signature des emails")).toHaveValue(`${julie.name}\nConductrice de travaux`);
  const byAdmin = `Toiture#${Date.now()}Ok`;
  await page.getByLabel("Nouveau mot de passe").fill(byAdmin);
  await expect(page.getByRole("list", { name: "Règles du mot de passe" }).getByText("Un chiffre")).toContainText("respectée");
  await expectAccessible(page, "mot de passe d'un utilisateur");
  await page.getByRole("button", { name: "Changer le mot de passe" }).click();
  await expect(page.getByRole("status").filter({ hasText: "a été changé" })).toBeVisible();
  await screenshot(page, "1b-mot-de-passe-change-par-l-administrateur");
  await page.getByRole("button", { name: "Déconnexion" }).click();
  await signIn(page, julie, byAdmin);
  await expect(page.getByRole("button", { name: "Déconnexion" })).toBeVisible();
});
