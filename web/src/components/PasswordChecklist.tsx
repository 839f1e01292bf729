import { checklist } from "@/lib/password-rules";

export function PasswordChecklist({ password, email }: { password: string; email: string }) {
  const items = checklist(password, email);
  return (
    <ul className="checklist" aria-label="Règles du mot de passe" aria-live="polite">
      {items.map(({ rule, met }) => (
        <li key={rule.id} className={met ? "met" : "unmet"}>
          <span aria-hidden="true">{met ? "✓" : "○"}</span> {rule.label}
          <span className="visually-hidden">{met ? " : respectée" : " : pas encore"}</span>
        </li>
      ))}
    </ul>
  );
}
