// GENERATED from docs/openapi/notifier.json by scripts/generate-api.mjs: do not edit.
export interface paths {
    "/alerts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Alerts
         * @description The caller's alerts, newest first, with the number still unread.
         */
        get: operations["alerts.list_alerts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/alerts/{alert_id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Read Alert
         * @description Mark one of the caller's alerts read (idempotent; ``If-Match`` checks its version).
         */
        post: operations["alerts.read_alert"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/alerts/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Stream Alerts
         * @description The caller's new alerts, live (server-sent events ``alert``; ``ready`` first); ends with
         *     ``session_ended`` when the token expires or is revoked (reconnect with a new one).
         */
        get: operations["alerts.stream_alerts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/emails": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Emails
         * @description The delivery log of the caller's company, newest first: status, attempts, server reason.
         */
        get: operations["emails.list_emails"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Health
         * @description The process is alive.
         */
        get: operations["ops.health"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/personal-data/clients/{client_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export Client
         * @description What this service holds about the client (internal part of the access export).
         */
        get: operations["personal_data.export_client"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Ready
         * @description The service's dependencies (database, Kafka) answer.
         */
        get: operations["ops.ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sender-domains/{domain}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Diagnose Domain
         * @description Whether the domain's SPF record lets the platform send as the company, and how to fix it.
         */
        get: operations["sender_domains.diagnose_domain"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** AlertPage */
        AlertPage: {
            /** Items */
            items: components["schemas"]["AlertPublic"][];
            /** Next Cursor */
            next_cursor?: string | null;
            /** Unread Count */
            unread_count: number;
        };
        /** AlertPublic */
        AlertPublic: {
            /** Body */
            body: string;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Kind */
            kind: string;
            /** Link */
            link: string | null;
            /**
             * Raised At
             * Format: date-time
             */
            raised_at: string;
            /** Read */
            read: boolean;
            /** Read At */
            read_at: string | null;
            /**
             * Source Event Id
             * Format: uuid
             */
            source_event_id: string;
            /** Title */
            title: string;
            /** Version */
            version: number;
        };
        /** EmailPage */
        EmailPage: {
            /** Items */
            items: components["schemas"]["EmailPublic"][];
            /** Next Cursor */
            next_cursor?: string | null;
        };
        /** EmailPublic */
        EmailPublic: {
            /** Attempts */
            attempts: number;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Error */
            error: string | null;
            /** From Address */
            from_address: string | null;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Message Id */
            message_id: string;
            /**
             * Recipient Id
             * Format: uuid
             */
            recipient_id: string;
            /** Reply To */
            reply_to: string | null;
            /** Sent At */
            sent_at: string | null;
            /**
             * Source Event Id
             * Format: uuid
             */
            source_event_id: string;
            /** Source Type */
            source_type: string;
            /** Status */
            status: string;
            /** Subject */
            subject: string | null;
            /** Template */
            template: string;
            /** To Address */
            to_address: string | null;
            /** Via Platform Sender */
            via_platform_sender: boolean | null;
        };
        /**
         * Problem
         * @description RFC 9457 problem details; `code` is stable, `detail` is French.
         */
        Problem: {
            /** @description Code stable de l'erreur. */
            code: string;
            /** @description La version actuelle (code `version_conflict`). */
            current_version?: number;
            /** @description Explication en français. */
            detail: string;
            /** @description Les champs refusés (code `validation_error`). */
            errors?: components["schemas"]["ProblemFieldError"][];
            /** @description Le chemin de la requête. */
            instance?: string;
            /** @description La permission manquante (code `forbidden`). */
            permission?: string;
            status: number;
            /** @description Le titre français du statut. */
            title: string;
            /**
             * Format: uri-reference
             * @example urn:ouvrage:problem:client_not_found
             */
            type: string;
        } & {
            [key: string]: unknown;
        };
        /** ProblemFieldError */
        ProblemFieldError: {
            loc: string[];
            message: string;
            type: string;
        };
        /** SenderDomainPublic */
        SenderDomainPublic: {
            /** Authorised */
            authorised: boolean;
            /** Domain */
            domain: string;
            /** Fix */
            fix: string | null;
            /** Include Chain */
            include_chain: string[];
            /** Lookups */
            lookups: number;
            /** Platform Spf Domain */
            platform_spf_domain: string;
            /** Reason */
            reason: string;
            /** Record */
            record: string | null;
            /** Recorded Status */
            recorded_status: string;
            /** Sends From Platform */
            sends_from_platform: boolean;
            /** Suggested Record */
            suggested_record: string | null;
            /** Summary */
            summary: string;
            /** Verdict */
            verdict: string;
            /** Void Lookups */
            void_lookups: number;
        };
    };
    responses: never;
    parameters: {
        /** @description Clé choisie par le client (1 à 255 caractères ASCII imprimables) : une requête rejouée avec la même clé reçoit la première réponse et ne crée rien deux fois ; la même clé sur une autre requête répond 422 `idempotency_key_reused`. */
        IdempotencyKey: string;
        /** @description La version attendue (l'`ETag` reçu, ex. `"3"`) : une version périmée répond 412 `version_conflict` ; absent ou `*`, pas de vérification. */
        IfMatch: string;
    };
    requestBodies: never;
    headers: {
        /** @description L'identifiant de corrélation de la requête (repris de la requête ou créé). */
        CorrelationId: string;
        /** @description La version de la ressource, ex. `"3"` : à renvoyer dans `If-Match`. */
        ETag: string;
        /** @description `true` quand la réponse est celle d'une requête antérieure de même clé. */
        IdempotentReplayed: "true";
        /** @description Le défi `Bearer` (RFC 6750). */
        WWWAuthenticate: string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    "alerts.list_alerts": {
        parameters: {
            query?: {
                /** @description Curseur opaque de la page suivante */
                cursor?: string | null;
                /** @description Taille de page */
                limit?: number;
                /** @description Seulement les alertes non lues */
                unread?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AlertPage"];
                };
            };
            /** @description Requête invalide (`invalid_cursor`) */
            400: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "invalid_cursor";
                    };
                };
            };
            /** @description Authentification requise (`unauthenticated`) */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "unauthenticated";
                    };
                };
            };
            /** @description Requête non traitable (`invalid_domain`, `validation_error`) */
            422: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "invalid_domain" | "validation_error";
                    };
                };
            };
            /** @description Service indisponible (`auth_unavailable`, `unavailable`) */
            503: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth_unavailable" | "unavailable";
                    };
                };
            };
        };
    };
    "alerts.read_alert": {
        parameters: {
            query?: never;
            header?: {
                /** @description La version attendue (l'`ETag` reçu, ex. `"3"`) : une version périmée répond 412 `version_conflict` ; absent ou `*`, pas de vérification. */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                alert_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AlertPublic"];
                };
            };
            /** @description Requête invalide (`invalid_if_match`) */
            400: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "invalid_if_match";
                    };
                };
            };
            /** @description Authentification requise (`unauthenticated`) */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "unauthenticated";
                    };
                };
            };
            /** @description Ressource introuvable (`alert_not_found`, `email_not_found`, `not_found`, `sender_domain_not_found`) */
            404: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "alert_not_found" | "email_not_found" | "not_found" | "sender_domain_not_found";
                    };
                };
            };
            /** @description Conflit (`concurrent_update`) */
            409: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "concurrent_update";
                    };
                };
            };
            /** @description Version périmée (`version_conflict`) */
            412: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "version_conflict";
                    };
                };
            };
            /** @description Requête non traitable (`invalid_domain`, `validation_error`) */
            422: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "invalid_domain" | "validation_error";
                    };
                };
            };
            /** @description Service indisponible (`auth_unavailable`, `unavailable`) */
            503: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth_unavailable" | "unavailable";
                    };
                };
            };
        };
    };
    "alerts.stream_alerts": {
        parameters: {
            query?: never;
            header?: {
                "Last-Event-ID"?: string | null;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Flux d'événements serveur (server-sent events), ouvert jusqu'à la déconnexion du client. */
            200: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": string;
                };
            };
            /** @description Authentification requise (`unauthenticated`) */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "unauthenticated";
                    };
                };
            };
            /** @description Requête non traitable (`validation_error`) */
            422: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "validation_error";
                    };
                };
            };
            /** @description Service indisponible (`auth_unavailable`, `unavailable`) */
            503: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth_unavailable" | "unavailable";
                    };
                };
            };
        };
    };
    "emails.list_emails": {
        parameters: {
            query?: {
                /** @description Curseur opaque de la page suivante */
                cursor?: string | null;
                /** @description Taille de page */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmailPage"];
                };
            };
            /** @description Requête invalide (`invalid_cursor`) */
            400: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "invalid_cursor";
                    };
                };
            };
            /** @description Authentification requise (`unauthenticated`) */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "unauthenticated";
                    };
                };
            };
            /** @description Accès refusé (`forbidden`). Permission requise : `settings.manage` */
            403: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "forbidden";
                    };
                };
            };
            /** @description Requête non traitable (`validation_error`) */
            422: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "validation_error";
                    };
                };
            };
            /** @description Service indisponible (`auth_unavailable`, `unavailable`) */
            503: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth_unavailable" | "unavailable";
                    };
                };
            };
        };
    };
    "ops.health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: string;
                    };
                };
            };
            /** @description Service indisponible (`unavailable`) */
            503: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "unavailable";
                    };
                };
            };
        };
    };
    "personal_data.export_client": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                client_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Authentification requise (`unauthenticated`) */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "unauthenticated";
                    };
                };
            };
            /** @description Accès refusé (`forbidden`). Permission requise : `personal_data.manage` */
            403: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "forbidden";
                    };
                };
            };
            /** @description Ressource introuvable (`alert_not_found`, `email_not_found`, `not_found`, `sender_domain_not_found`) */
            404: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "alert_not_found" | "email_not_found" | "not_found" | "sender_domain_not_found";
                    };
                };
            };
            /** @description Requête non traitable (`validation_error`) */
            422: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "validation_error";
                    };
                };
            };
            /** @description Service indisponible (`auth_unavailable`, `unavailable`) */
            503: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth_unavailable" | "unavailable";
                    };
                };
            };
        };
    };
    "ops.ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description Service indisponible (`not_ready`, `unavailable`). Une dépendance ne répond pas */
            503: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "not_ready" | "unavailable";
                    };
                };
            };
        };
    };
    "sender_domains.diagnose_domain": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                domain: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SenderDomainPublic"];
                };
            };
            /** @description Authentification requise (`unauthenticated`) */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "unauthenticated";
                    };
                };
            };
            /** @description Accès refusé (`forbidden`). Permission requise : `settings.manage` */
            403: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "forbidden";
                    };
                };
            };
            /** @description Ressource introuvable (`alert_not_found`, `email_not_found`, `not_found`, `sender_domain_not_found`) */
            404: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "alert_not_found" | "email_not_found" | "not_found" | "sender_domain_not_found";
                    };
                };
            };
            /** @description Requête non traitable (`invalid_domain`, `validation_error`). Nom de domaine invalide */
            422: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "invalid_domain" | "validation_error";
                    };
                };
            };
            /** @description Trop de requêtes (`too_many_requests`). too many live diagnoses for this company (Retry-After) */
            429: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "too_many_requests";
                    };
                };
            };
            /** @description Service indisponible (`auth_unavailable`, `unavailable`) */
            503: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth_unavailable" | "unavailable";
                    };
                };
            };
        };
    };
}
