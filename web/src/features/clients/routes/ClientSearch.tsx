import { useId, useState, type KeyboardEvent } from "react";
import { Link, useNavigate, useSearchParams } from "react-router";
import { Highlight } from "@/components/Highlight";
import { ErrorNote } from "@/components/ErrorNote";
import { useClientSearch, type Client } from "../api/clients";
import { ClientBadges } from "../components/ClientBadges";

type Bubble = "client" | "prospect" | "trash";
const BUBBLES: { id: Bubble; label: string }[] = [
  { id: "client", label: "Clients" },
  { id: "prospect", label: "Prospects" },
  { id: "trash", label: "Corbeille" },
];

function subtitle(client: Client): string {
  const { contact } = client;
  return [contact.company_name, contact.address?.city, contact.phones?.[0], contact.emails?.[0]]
    .filter(Boolean).join(" · ");
}

export function ClientSearch() {
  const [params, setParams] = useSearchParams();
  const [q, setQ] = useState(params.get("q") ?? "");
  const [bubbles, setBubbles] = useState<Set<Bubble>>(new Set(["client", "prospect"]));
  const [active, setActive] = useState(0);
  const navigate = useNavigate();
  const listId = useId();
  const trash = bubbles.has("trash");
  // one character matches thousands of records and costs the server its worst query: the
  // search starts at two (the list meanwhile stays as it was)
  const term = q.trim();
  const searched = term.length === 1 ? "" : term;
  const onlyKind = bubbles.has("client") === bubbles.has("prospect") ? undefined
    : bubbles.has("client") ? "client" : "prospect";
  const search = useClientSearch(searched, trash, onlyKind);
  const kinds = bubbles.has("client") || bubbles.has("prospect")
    ? (c: Client) => bubbles.has(c.kind as Bubble) : () => true;
  const results = (search.data?.items ?? []).filter(kinds);

  function toggle(bubble: Bubble) {
    const next = new Set(bubbles);
    if (next.has(bubble)) next.delete(bubble); else next.add(bubble);
    setBubbles(next);
    setActive(0);
  }

  function type(value: string) {
    setQ(value);
    setActive(0);
    setParams(value ? { q: value } : {}, { replace: true });
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown") setActive((i) => Math.min(i + 1, results.length - 1));
    else if (event.key === "ArrowUp") setActive((i) => Math.max(i - 1, 0));
    else if (event.key === "Enter" && results[active]) void navigate(`/clients/${results[active].id}`);
    else return;
    event.preventDefault();
  }

  const optionId = (index: number) => `${listId}-option-${index}`;
  return (
    <section className="page" aria-labelledby="search-title">
      <div className="row between">
        <h1 id="search-title">Clients et prospects</h1>
        <Link className="button primary" to="/clients/nouveau">Nouvelle fiche</Link>
      </div>
      <div className="search-box">
        <input
          type="search" role="combobox" aria-label="Rechercher un client"
          placeholder="Nom, téléphone, email… (ex. paviere robert)"
          value={q} onChange={(e) => type(e.target.value)} onKeyDown={onKeyDown}
          aria-expanded={results.length > 0} aria-controls={listId} aria-autocomplete="list"
          aria-activedescendant={results.length ? optionId(active) : undefined}
          autoFocus autoComplete="off"
        />
        <div className="bubbles" role="group" aria-label="Filtrer">
          {BUBBLES.map((b) => (
            <button key={b.id} type="button" className="bubble" aria-pressed={bubbles.has(b.id)}
              onClick={() => toggle(b.id)}>
              {b.label}
            </button>
          ))}
        </div>
      </div>
      <ErrorNote error={search.error} />
      <p className="muted" role="status" aria-live="polite">
        {term.length === 1 ? "Tapez au moins 2 caractères pour chercher."
          : search.isFetching && !search.data ? "Recherche…"
          : `${results.length ? `${results.length} fiche${results.length > 1 ? "s" : ""}` : "Aucune fiche"}${trash ? " dans la corbeille" : ""}`
            + (search.data?.next_cursor ? " — d'autres correspondent : précisez la recherche." : "")}
      </p>
      {/* data-results-for: the query these results answer (the budgets script waits for it) */}
      <ul id={listId} role="listbox" aria-label="Résultats" className="results"
        aria-busy={search.isPlaceholderData || search.isFetching}
        data-results-for={search.isPlaceholderData || !search.data ? undefined : term}>
        {results.map((client, index) => (
          <li key={client.id} id={optionId(index)} role="option" aria-selected={index === active}
            className={index === active ? "result active" : "result"}
            onMouseEnter={() => setActive(index)} onClick={() => navigate(`/clients/${client.id}`)}>
            <span className="result-name"><Highlight text={client.display_name} query={searched} /></span>
            <span className="result-sub"><Highlight text={subtitle(client)} query={searched} /></span>
            <ClientBadges client={client} />
          </li>
        ))}
      </ul>
    </section>
  );
}
