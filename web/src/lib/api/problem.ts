// problem+json (RFC 9457) from the services, turned into an error whose message is French.

export type Problem = {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  code?: string;
  errors?: unknown;
  [extra: string]: unknown;
};

const FALLBACK: Record<number, string> = {
  401: "Votre session a expiré : reconnectez-vous.",
  403: "Vous n'avez pas le droit de faire cela.",
  404: "Cette fiche est introuvable.",
  409: "Cette demande entre en conflit avec l'état actuel de la fiche.",
  412: "La fiche a été modifiée par quelqu'un d'autre.",
  422: "Certaines informations sont invalides.",
  429: "Trop de demandes : patientez un instant.",
};

export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;

  constructor(status: number, problem: Problem) {
    super(frenchMessage(status, problem));
    this.name = "ApiError";
    this.status = status;
    this.problem = problem;
  }

  get code(): string | undefined {
    return this.problem.code;
  }

  get isConflict(): boolean {
    return this.status === 412;
  }
}

export function frenchMessage(status: number, problem: Problem): string {
  if (typeof problem.detail === "string" && problem.detail.trim()) return problem.detail;
  if (status >= 500) return "Le service ne répond pas pour le moment : réessayez dans un instant.";
  return FALLBACK[status] ?? "La demande n'a pas abouti.";
}

export function asProblem(body: unknown): Problem {
  return typeof body === "object" && body !== null ? (body as Problem) : {};
}

/** The French sentence to show for any error (network errors included). */
export function messageOf(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof TypeError) return "Le serveur est injoignable : vérifiez votre connexion.";
  return "Une erreur inattendue est survenue.";
}
