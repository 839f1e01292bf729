"""The reusable parts of every service's OpenAPI document: the RFC 9457 Problem schema, the
response headers (ETag, correlation id) and the request headers (Idempotency-Key, If-Match)."""

from collections.abc import Iterable
from typing import Any

from ouvrage_platform.correlation import HEADER as CORRELATION_HEADER
from ouvrage_platform.errors import PROBLEM_MEDIA_TYPE, title_for

PROBLEM_REF = "#/components/schemas/Problem"
EVENT_STREAM = "text/event-stream"

PROBLEM_SCHEMAS: dict[str, Any] = {
    "Problem": {
        "title": "Problem",
        "description": "RFC 9457 problem details; `code` is stable, `detail` is French.",
        "type": "object",
        "required": ["type", "title", "status", "code", "detail"],
        "properties": {
            "type": {
                "type": "string",
                "format": "uri-reference",
                "example": "urn:ouvrage:problem:client_not_found",
            },
            "title": {"type": "string", "description": "Le titre français du statut."},
            "status": {"type": "integer", "minimum": 400, "maximum": 599},
            "code": {"type": "string", "description": "Code stable de l'erreur."},
            "detail": {"type": "string", "description": "Explication en français."},
            "instance": {"type": "string", "description": "Le chemin de la requête."},
            "errors": {
                "type": "array",
                "description": "Les champs refusés (code `validation_error`).",
                "items": {"$ref": "#/components/schemas/ProblemFieldError"},
            },
            "current_version": {
                "type": "integer",
                "description": "La version actuelle (code `version_conflict`).",
            },
            "permission": {
                "type": "string",
                "description": "La permission manquante (code `forbidden`).",
            },
        },
        "additionalProperties": True,
    },
    "ProblemFieldError": {
        "title": "ProblemFieldError",
        "type": "object",
        "required": ["loc", "type", "message"],
        "properties": {
            "loc": {"type": "array", "items": {"type": "string"}},
            "type": {"type": "string"},
            "message": {"type": "string"},
        },
    },
}

HEADERS: dict[str, Any] = {
    "CorrelationId": {
        "description": "L'identifiant de corrélation de la requête (repris de la requête ou créé).",
        "schema": {"type": "string", "format": "uuid"},
    },
    "ETag": {
        "description": 'La version de la ressource, ex. `"3"` : à renvoyer dans `If-Match`.',
        "schema": {"type": "string", "pattern": r'^"\d+"$'},
    },
    "IdempotentReplayed": {
        "description": "`true` quand la réponse est celle d'une requête antérieure de même clé.",
        "schema": {"type": "string", "enum": ["true"]},
    },
    "WWWAuthenticate": {
        "description": "Le défi `Bearer` (RFC 6750).",
        "schema": {"type": "string"},
    },
}

PARAMETERS: dict[str, Any] = {
    "IdempotencyKey": {
        "name": "Idempotency-Key",
        "in": "header",
        "required": False,
        "description": (
            "Clé choisie par le client (1 à 255 caractères ASCII imprimables) : une requête"
            " rejouée avec la même clé reçoit la première réponse et ne crée rien deux fois ;"
            " la même clé sur une autre requête répond 422 `idempotency_key_reused`."
        ),
        "schema": {"type": "string", "pattern": r"^[\x21-\x7e]{1,255}$"},
    },
    "IfMatch": {
        "name": "If-Match",
        "in": "header",
        "required": False,
        "description": (
            'La version attendue (l\'`ETag` reçu, ex. `"3"`) : une version périmée répond'
            " 412 `version_conflict` ; absent ou `*`, pas de vérification."
        ),
        "schema": {"type": "string", "pattern": r'^(\*|(W/)?("\d{1,18}"|\d{1,18}))$'},
    },
}
SHARED_PARAMETERS = {p["name"].lower(): name for name, p in PARAMETERS.items()}

SECURITY_SCHEMES: dict[str, Any] = {
    "AccessTokenQuery": {
        "type": "apiKey",
        "in": "query",
        "name": "access_token",
        "description": "Le jeton Bearer en paramètre, pour `EventSource` qui ne peut pas "
        "envoyer d'en-tête.",
    },
}


def header_ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/headers/{name}"}


def problem_response(status: int, codes: Iterable[str], note: str | None = None) -> dict[str, Any]:
    """A problem response whose `code` is one of `codes`."""
    listed = sorted(set(codes))
    description = f"{title_for(status)} (`{'`, `'.join(listed)}`)"
    if note:
        description += f". {note}"
    headers = {CORRELATION_HEADER: header_ref("CorrelationId")}
    if status == 401:
        headers["WWW-Authenticate"] = header_ref("WWWAuthenticate")
    schema = {
        "allOf": [
            {"$ref": PROBLEM_REF},
            {"type": "object", "properties": {"code": {"type": "string", "enum": listed}}},
        ]
    }
    return {
        "description": description,
        "headers": headers,
        "content": {PROBLEM_MEDIA_TYPE: {"schema": schema}},
    }


def install_components(document: dict[str, Any]) -> None:
    """Add the shared schemas, headers, parameters and security schemes to `document`."""
    components = document.setdefault("components", {})
    components.setdefault("schemas", {}).update(PROBLEM_SCHEMAS)
    components.setdefault("headers", {}).update(HEADERS)
    components.setdefault("parameters", {}).update(PARAMETERS)
    components.setdefault("securitySchemes", {}).update(SECURITY_SCHEMES)
