// The policy shown live while typing (identity's password_policy.py); the server stays the
// judge: it also refuses common passwords and the current one, which only it can know.

export type Rule = { id: string; label: string; met: (password: string, email: string) => boolean };

const MIN_LENGTH = 10;

function localPart(email: string): string {
  return (email.split("@")[0] ?? "").normalize("NFKC").toLowerCase();
}

export const RULES: Rule[] = [
  { id: "min_length", label: `Au moins ${MIN_LENGTH} caractères`,
    met: (p) => [...p].length >= MIN_LENGTH },
  { id: "uppercase", label: "Une lettre majuscule", met: (p) => /\p{Lu}/u.test(p) },
  { id: "digit", label: "Un chiffre", met: (p) => /\p{Nd}/u.test(p) },
  { id: "special", label: "Un caractère spécial, par exemple @ ! €",
    met: (p) => /[^\p{L}\p{N}\s\p{C}]/u.test(p) },
  { id: "not_email", label: "Pas la partie de votre adresse email avant le @",
    met: (p, email) => {
      const local = localPart(email);
      return local.length < 3 || !p.normalize("NFKC").toLowerCase().includes(local);
    } },
];

export function checklist(password: string, email: string): { rule: Rule; met: boolean }[] {
  return RULES.map((rule) => ({ rule, met: rule.met(password, email) }));
}
