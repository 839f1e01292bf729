// GENERATED from docs/openapi/actions.json by scripts/generate-api.mjs: do not edit.
export interface paths {
    "/action-types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Action Types
         * @description The company's action types, by name.
         */
        get: operations["action_types.list_action_types"];
        put?: never;
        /**
         * Define Action Type
         * @description Create an action type, with its possible responses.
         */
        post: operations["action_types.define_action_type"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/action-types/{action_type_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Action Type
         * @description One action type (its ETag is its version).
         */
        get: operations["action_types.get_action_type"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Rename Action Type
         * @description Rename an action type.
         */
        patch: operations["action_types.rename_action_type"];
        trace?: never;
    };
    "/action-types/{action_type_id}/responses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add Response
         * @description Add a possible response (« Ajouter une réponse »).
         */
        post: operations["action_types.add_response"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/action-types/{action_type_id}/responses/{response}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove Response
         * @description Remove a possible response.
         */
        delete: operations["action_types.remove_response"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/action-types/{action_type_id}/retire": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Retire Action Type
         * @description Retire an action type: existing actions keep it, new ones cannot use it.
         */
        post: operations["action_types.retire_action_type"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Actions
         * @description The company's actions by alert time: mine (assigned, shared), a client's, overdue.
         */
        get: operations["actions.list_actions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/actions/{action_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Action
         * @description One action (its ETag is its version).
         */
        get: operations["actions.get_action"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update Action
         * @description Reschedule the alert and/or change the note.
         */
        patch: operations["actions.update_action"];
        trace?: never;
    };
    "/actions/{action_id}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Answer Action
         * @description Answer the action with one of its type's responses.
         */
        post: operations["actions.answer_action"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/actions/{action_id}/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Assign Action
         * @description Assign (or reassign) the action to a collaborator.
         */
        post: operations["actions.assign_action"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/actions/{action_id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel Action
         * @description Cancel the action.
         */
        post: operations["actions.cancel_action"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/actions/{action_id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Complete Action
         * @description Mark the action done.
         */
        post: operations["actions.complete_action"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/actions/{action_id}/share": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Share Action
         * @description Share the action with more colleagues, to keep them informed.
         */
        post: operations["actions.share_action"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/clients/{client_id}/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create Action
         * @description Create an action on a client record: alert time, type, note, assignee, colleagues.
         */
        post: operations["actions.create_action"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/clock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Clock
         * @description The service's time (moved forward only in tests).
         */
        get: operations["follow_up_rules.get_clock"];
        /**
         * Set Clock
         * @description Tests only (``ACTIONS_CONTROLLABLE_CLOCK``): let time pass for the whole service.
         */
        put: operations["follow_up_rules.set_clock"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/follow-up-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Rules
         * @description The company's follow-up rules (defaults included), in creation order.
         */
        get: operations["follow_up_rules.list_rules"];
        put?: never;
        /**
         * Define Rule
         * @description Create a rule « quand…, créer une action… pour… après…, annulée si… ».
         */
        post: operations["follow_up_rules.define_rule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/follow-up-rules/{rule_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Rule
         * @description One rule (its ETag is its version).
         */
        get: operations["follow_up_rules.get_rule"];
        /**
         * Change Rule
         * @description Edit a rule (the actions it already created are left alone).
         */
        put: operations["follow_up_rules.change_rule"];
        post?: never;
        /**
         * Delete Rule
         * @description Delete a rule (the actions it already created are left alone).
         */
        delete: operations["follow_up_rules.delete_rule"];
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
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** ActionAnswer */
        ActionAnswer: {
            /**
             * Comment
             * @default
             */
            comment: string;
            /** Response */
            response: string;
        };
        /** ActionAssign */
        ActionAssign: {
            /**
             * Assignee Id
             * Format: uuid
             */
            assignee_id: string;
        };
        /** ActionCancel */
        ActionCancel: {
            /**
             * Reason
             * @default
             */
            reason: string;
        };
        /** ActionCreate */
        ActionCreate: {
            /**
             * Action Type Id
             * Format: uuid
             */
            action_type_id: string;
            /**
             * Alert At
             * Format: date-time
             * @description Date et heure de l'alerte : heure locale de la société (fuseau Europe/Paris par défaut) si sans décalage, sinon prise telle quelle (ex. 2026-12-01T09:00:00+01:00)
             */
            alert_at: string;
            /** Assignee Id */
            assignee_id?: string | null;
            /**
             * Note
             * @default
             */
            note: string;
            /**
             * Share With
             * @default []
             */
            share_with: string[];
        };
        /** ActionPublic */
        ActionPublic: {
            /**
             * Action Type Id
             * Format: uuid
             */
            action_type_id: string;
            /**
             * Alert At
             * Format: date-time
             * @description Date et heure de l'alerte, en UTC
             */
            alert_at: string;
            /**
             * Alert At Local
             * Format: date-time
             * @description La même, à l'heure locale de la société
             */
            alert_at_local: string;
            /** Assignee Id */
            assignee_id: string | null;
            /** Cancel Reason */
            cancel_reason: string | null;
            /**
             * Client Id
             * Format: uuid
             */
            client_id: string;
            /** Client Name */
            client_name: string;
            /**
             * Client Pending
             * @description Fiche client pas encore connue du service (nom renseigné dès qu'elle l'est)
             */
            client_pending: boolean;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Created By */
            created_by: string | null;
            /**
             * Due
             * @description L'alerte de l'heure actuelle a été déclenchée
             */
            due: boolean;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Needs Reassignment */
            needs_reassignment: boolean;
            /** Note */
            note: string;
            /**
             * Overdue
             * @description Ouverte et son heure d'alerte est passée
             */
            overdue: boolean;
            /** Response */
            response: string | null;
            /** Response Comment */
            response_comment: string | null;
            /**
             * Rule Id
             * @description La règle de relance qui l'a créée
             */
            rule_id?: string | null;
            /**
             * Rule Name
             * @default
             */
            rule_name: string;
            /** Shared With */
            shared_with: string[];
            /**
             * Status
             * @enum {string}
             */
            status: "open" | "completed" | "cancelled";
            /** Timezone */
            timezone: string;
            /** Type Name */
            type_name: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** Version */
            version: number;
        };
        /** ActionShare */
        ActionShare: {
            /** User Ids */
            user_ids: string[];
        };
        /** ActionTypeCreate */
        ActionTypeCreate: {
            /** Name */
            name: string;
            /**
             * Responses
             * @default []
             */
            responses: string[];
        };
        /** ActionTypePublic */
        ActionTypePublic: {
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Name */
            name: string;
            /** Responses */
            responses: string[];
            /** Retired */
            retired: boolean;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** Version */
            version: number;
        };
        /** ActionTypeRename */
        ActionTypeRename: {
            /** Name */
            name: string;
        };
        /** ActionUpdate */
        ActionUpdate: {
            /** Alert At */
            alert_at?: string | null;
            /** Note */
            note?: string | null;
        };
        /** ClockPublic */
        ClockPublic: {
            /** Controllable */
            controllable: boolean;
            /**
             * Now
             * Format: date-time
             */
            now: string;
            /** Offset Seconds */
            offset_seconds: number;
        };
        /** ClockSet */
        ClockSet: {
            /** Offset Seconds */
            offset_seconds: number;
        };
        /**
         * FollowUpRuleCreate
         * @description « Quand <trigger>, créer une action <action_type_id> pour <role> après <delay>, annulée
         *     si <cancel_on> ».
         */
        FollowUpRuleCreate: {
            /**
             * Action Type Id
             * Format: uuid
             */
            action_type_id: string;
            /** Cancel On */
            cancel_on?: ("QuoteAccepted" | "QuoteRefused" | "PaymentRecorded")[];
            /**
             * Delay Days
             * @default 0
             */
            delay_days: number;
            /**
             * Delay Months
             * @default 0
             */
            delay_months: number;
            /** Name */
            name: string;
            /**
             * Role
             * @default auteur
             * @enum {string}
             */
            role: "auteur" | "responsable_client";
            /**
             * Trigger
             * @enum {string}
             */
            trigger: "QuoteSent" | "InvoiceIssued" | "WorksiteAccepted";
        };
        /** FollowUpRulePublic */
        FollowUpRulePublic: {
            /**
             * Action Type Id
             * Format: uuid
             */
            action_type_id: string;
            /** Cancel On */
            cancel_on: ("QuoteAccepted" | "QuoteRefused" | "PaymentRecorded")[];
            /** Delay Days */
            delay_days: number;
            /** Delay Months */
            delay_months: number;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Name */
            name: string;
            /**
             * Role
             * @enum {string}
             */
            role: "auteur" | "responsable_client";
            /** Seeded */
            seeded: boolean;
            /**
             * Sentence
             * @description La règle en une phrase
             */
            sentence: string;
            /**
             * Trigger
             * @enum {string}
             */
            trigger: "QuoteSent" | "InvoiceIssued" | "WorksiteAccepted";
            /** Type Name */
            type_name: string;
            /** Version */
            version: number;
        };
        /** Page[ActionPublic] */
        Page_ActionPublic_: {
            /** Items */
            items: components["schemas"]["ActionPublic"][];
            /** Next Cursor */
            next_cursor?: string | null;
        };
        /** Page[ActionTypePublic] */
        Page_ActionTypePublic_: {
            /** Items */
            items: components["schemas"]["ActionTypePublic"][];
            /** Next Cursor */
            next_cursor?: string | null;
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
        /** ResponseCreate */
        ResponseCreate: {
            /** Response */
            response: string;
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
    "action_types.list_action_types": {
        parameters: {
            query?: {
                /** @description Curseur opaque de la page suivante */
                cursor?: string | null;
                /** @description Inclure les types retirés */
                include_retired?: boolean;
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
                    "application/json": components["schemas"]["Page_ActionTypePublic_"];
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
            /** @description Accès refusé (`action_change_forbidden`) */
            403: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "action_change_forbidden";
                    };
                };
            };
            /** @description Requête non traitable (`invalid_follow_up_rule`, `invalid_name`, `invalid_response`, `invalid_users`, `nonexistent_local_time`, `nothing_to_change`, `response_not_allowed`, `unknown_timezone`, `validation_error`) */
            422: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "invalid_follow_up_rule" | "invalid_name" | "invalid_response" | "invalid_users" | "nonexistent_local_time" | "nothing_to_change" | "response_not_allowed" | "unknown_timezone" | "validation_error";
                    };
                };
            };
            /** @description Service indisponible (`auth_unavailable`) */
            503: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth_unavailable";
                    };
                };
            };
        };
    };
    "action_types.define_action_type": {
        parameters: {
            query?: never;
            header?: {
                /** @description Clé choisie par le client (1 à 255 caractères ASCII imprimables) : une requête rejouée avec la même clé reçoit la première réponse et ne crée rien deux fois ; la même clé sur une autre requête répond 422 `idempotency_key_reused`. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ActionTypeCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionTypePublic"];
                };
            };
            /** @description Requête invalide (`invalid_idempotency_key`) */
            400: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "invalid_idempotency_key";
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
            /** @description Accès refusé (`action_change_forbidden`, `forbidden`). Permission requise : `settings.manage` */
            403: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "action_change_forbidden" | "forbidden";
                    };
                };
            };
            /** @description Ressource introuvable (`action_not_found`, `action_type_not_found`, `client_not_found`, `follow_up_rule_not_found`, `not_found`, `response_not_found`) */
            404: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "action_not_found" | "action_type_not_found" | "client_not_found" | "follow_up_rule_not_found" | "not_found" | "response_not_found";
                    };
                };
            };
            /** @description Conflit (`action_closed`, `action_type_name_taken`, `action_type_retired`, `client_trashed`, `concurrent_update`, `follow_up_rule_deleted`, `response_exists`) */
            409: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "action_closed" | "action_type_name_taken" | "action_type_retired" | "client_trashed" | "concurrent_update" | "follow_up_rule_deleted" | "response_exists";
                    };
                };
            };
            /** @description Request Entity Too Large (`body_too_large`) */
            413: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "body_too_large";
                    };
                };
            };
            /** @description Requête non traitable (`idempotency_key_reused`, `invalid_follow_up_rule`, `invalid_name`, `invalid_response`, `invalid_users`, `nonexistent_local_time`, `nothing_to_change`, `response_not_allowed`, `unknown_timezone`, `validation_error`) */
            422: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "idempotency_key_reused" | "invalid_follow_up_rule" | "invalid_name" | "invalid_response" | "invalid_users" | "nonexistent_local_time" | "nothing_to_change" | "response_not_allowed" | "unknown_timezone" | "validation_error";
                    };
                };
            };
            /** @description Service indisponible (`auth_unavailable`) */
            503: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth_unavailable";
                    };
                };
            };
        };
    };
    "action_types.get_action_type": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                action_type_id: string;
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
                    "application/json": components["schemas"]["ActionTypePublic"];
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
            /** @description Accès refusé (`action_change_forbidden`) */
            403: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "action_change_forbidden";
                    };
                };
            };
            /** @description Ressource introuvable (`action_not_found`, `action_type_not_found`, `client_not_found`, `follow_up_rule_not_found`, `not_found`, `response_not_found`) */
            404: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "action_not_found" | "action_type_not_found" | "client_not_found" | "follow_up_rule_not_found" | "not_found" | "response_not_found";
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
            /** @description Service indisponible (`auth_unavailable`) */
            503: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth_unavailable";
                    };
                };
            };
        };
    };
    "action_types.rename_action_type": {
        parameters: {
            query?: never;
            header?: {
                /** @description La version attendue (l'`ETag` reçu, ex. `"3"`) : une version périmée répond 412 `version_conflict` ; absent ou `*`, pas de vérification. */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                action_type_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ActionTypeRename"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionTypePublic"];
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
            /** @description Accès refusé (`action_change_forbidden`, `forbidden`). Permission requise : `settings.manage` */
            403: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "action_change_forbidden" | "forbidden";
                    };
                };
            };
            /** @description Ressource introuvable (`action_not_found`, `action_type_not_found`, `client_not_found`, `follow_up_rule_not_found`, `not_found`, `response_not_found`) */
            404: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "action_not_found" | "action_type_not_found" | "client_not_found" | "follow_up_rule_not_found" | "not_found" | "response_not_found";
                    };
                };
            };
            /** @description Conflit (`action_closed`, `action_type_name_taken`, `action_type_retired`, `client_trashed`, `concurrent_update`, `follow_up_rule_deleted`, `response_exists`) */
            409: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "action_closed" | "action_type_name_taken" | "action_type_retired" | "client_trashed" | "concurrent_update" | "follow_up_rule_deleted" | "response_exists";
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
            /** @description Request Entity Too Large (`body_too_large`) */
            413: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "body_too_large";
                    };
                };
            };
            /** @description Requête non traitable (`invalid_follow_up_rule`, `invalid_name`, `invalid_response`, `invalid_users`, `nonexistent_local_time`, `nothing_to_change`, `response_not_allowed`, `unknown_timezone`, `validation_error`) */
            422: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "invalid_follow_up_rule" | "invalid_name" | "invalid_response" | "invalid_users" | "nonexistent_local_time" | "nothing_to_change" | "response_not_allowed" | "unknown_timezone" | "validation_error";
                    };
                };
            };
            /** @description Service indisponible (`auth_unavailable`) */
            503: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth_unavailable";
                    };
                };
            };
        };
    };
    "action_types.add_response": {
        parameters: {
            query?: never;
            header?: {
                /** @description La version attendue (l'`ETag` reçu, ex. `"3"`) : une version périmée répond 412 `version_conflict` ; absent ou `*`, pas de vérification. */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                action_type_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResponseCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionTypePublic"];
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
            /** @description Accès refusé (`action_change_forbidden`, `forbidden`). Permission requise : `settings.manage` */
            403: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "action_change_forbidden" | "forbidden";
                    };
                };
            };
            /** @description Ressource introuvable (`action_not_found`, `action_type_not_found`, `client_not_found`, `follow_up_rule_not_found`, `not_found`, `response_not_found`) */
            404: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "action_not_found" | "action_type_not_found" | "client_not_found" | "follow_up_rule_not_found" | "not_found" | "response_not_found";
                    };
                };
            };
            /** @description Conflit (`action_closed`, `action_type_name_taken`, `action_type_retired`, `client_trashed`, `concurrent_update`, `follow_up_rule_deleted`, `response_exists`) */
            409: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "action_closed" | "action_type_name_taken" | "action_type_retired" | "client_trashed" | "concurrent_update" | "follow_up_rule_deleted" | "response_exists";
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
            /** @description Request Entity Too Large (`body_too_large`) */
            413: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "body_too_large";
                    };
                };
            };
            /** @description Requête non traitable (`invalid_follow_up_rule`, `invalid_name`, `invalid_response`, `invalid_users`, `nonexistent_local_time`, `nothing_to_change`, `response_not_allowed`, `unknown_timezone`, `validation_error`) */
            422: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "invalid_follow_up_rule" | "invalid_name" | "invalid_response" | "invalid_users" | "nonexistent_local_time" | "nothing_to_change" | "response_not_allowed" | "unknown_timezone" | "validation_error";
                    };
                };
            };
            /** @description Service indisponible (`auth_unavailable`) */
            503: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth_unavailable";
                    };
                };
            };
        };
    };
    "action_types.remove_response": {
        parameters: {
            query?: never;
            header?: {
                /** @description La version attendue (l'`ETag` reçu, ex. `"3"`) : une version périmée répond 412 `version_conflict` ; absent ou `*`, pas de vérification. */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                action_type_id: string;
                response: string;
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
                    "application/json": components["schemas"]["ActionTypePublic"];
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
            /** @description Accès refusé (`action_change_forbidden`, `forbidden`). Permission requise : `settings.manage` */
            403: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "action_change_forbidden" | "forbidden";
                    };
                };
            };
            /** @description Ressource introuvable (`action_not_found`, `action_type_not_found`, `client_not_found`, `follow_up_rule_not_found`, `not_found`, `response_not_found`) */
            404: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "action_not_found" | "action_type_not_found" | "client_not_found" | "follow_up_rule_not_found" | "not_found" | "response_not_found";
                    };
                };
            };
            /** @description Conflit (`action_closed`, `action_type_name_taken`, `action_type_retired`, `client_trashed`, `concurrent_update`, `follow_up_rule_deleted`, `response_exists`) */
            409: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "action_closed" | "action_type_name_taken" | "action_type_retired" | "client_trashed" | "concurrent_update" | "follow_up_rule_deleted" | "response_exists";
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
            /** @description Requête non traitable (`invalid_follow_up_rule`, `invalid_name`, `invalid_response`, `invalid_users`, `nonexistent_local_time`, `nothing_to_change`, `response_not_allowed`, `unknown_timezone`, `validation_error`) */
            422: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "invalid_follow_up_rule" | "invalid_name" | "invalid_response" | "invalid_users" | "nonexistent_local_time" | "nothing_to_change" | "response_not_allowed" | "unknown_timezone" | "validation_error";
                    };
                };
            };
            /** @description Service indisponible (`auth_unavailable`) */
            503: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth_unavailable";
                    };
                };
            };
        };
    };
    "action_types.retire_action_type": {
        parameters: {
            query?: never;
            header?: {
                /** @description La version attendue (l'`ETag` reçu, ex. `"3"`) : une version périmée répond 412 `version_conflict` ; absent ou `*`, pas de vérification. */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                action_type_id: string;
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
                    "application/json": components["schemas"]["ActionTypePublic"];
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
            /** @description Accès refusé (`action_change_forbidden`, `forbidden`). Permission requise : `settings.manage` */
            403: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "action_change_forbidden" | "forbidden";
                    };
                };
            };
            /** @description Ressource introuvable (`action_not_found`, `action_type_not_found`, `client_not_found`, `follow_up_rule_not_found`, `not_found`, `response_not_found`) */
            404: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "action_not_found" | "action_type_not_found" | "client_not_found" | "follow_up_rule_not_found" | "not_found" | "response_not_found";
                    };
                };
            };
            /** @description Conflit (`action_closed`, `action_type_name_taken`, `action_type_retired`, `client_trashed`, `concurrent_update`, `follow_up_rule_deleted`, `response_exists`) */
            409: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "action_closed" | "action_type_name_taken" | "action_type_retired" | "client_trashed" | "concurrent_update" | "follow_up_rule_deleted" | "response_exists";
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
            /** @description Requête non traitable (`invalid_follow_up_rule`, `invalid_name`, `invalid_response`, `invalid_users`, `nonexistent_local_time`, `nothing_to_change`, `response_not_allowed`, `unknown_timezone`, `validation_error`) */
            422: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "invalid_follow_up_rule" | "invalid_name" | "invalid_response" | "invalid_users" | "nonexistent_local_time" | "nothing_to_change" | "response_not_allowed" | "unknown_timezone" | "validation_error";
                    };
                };
            };
            /** @description Service indisponible (`auth_unavailable`) */
            503: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth_unavailable";
                    };
                };
            };
        };
    };
    "actions.list_actions": {
        parameters: {
            query?: {
                /** @description « me » ou l'identifiant d'un collaborateur */
                assigned_to?: string | null;
                client_id?: string | null;
                /** @description Curseur opaque de la page suivante */
                cursor?: string | null;
                /** @description Taille de page */
                limit?: number;
                /** @description Ouvertes et dont l'alerte est passée */
                overdue?: boolean;
                /** @description « me » ou l'identifiant d'un collaborateur */
                shared_with?: string | null;
                status?: ("open" | "completed" | "cancelled") | null;
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
                    "application/json": components["schemas"]["Page_ActionPublic_"];
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
            /** @description Accès refusé (`action_change_forbidden`) */
            403: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "action_change_forbidden";
                    };
                };
            };
            /** @description Requête non traitable (`invalid_follow_up_rule`, `invalid_name`, `invalid_response`, `invalid_users`, `nonexistent_local_time`, `nothing_to_change`, `response_not_allowed`, `unknown_timezone`, `validation_error`) */
            422: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "invalid_follow_up_rule" | "invalid_name" | "invalid_response" | "invalid_users" | "nonexistent_local_time" | "nothing_to_change" | "response_not_allowed" | "unknown_timezone" | "validation_error";
                    };
                };
            };
            /** @description Service indisponible (`auth_unavailable`) */
            503: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth_unavailable";
                    };
                };
            };
        };
    };
    "actions.get_action": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                action_id: string;
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
                    "application/json": components["schemas"]["ActionPublic"];
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
            /** @description Accès refusé (`action_change_forbidden`) */
            403: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "action_change_forbidden";
                    };
                };
            };
            /** @description Ressource introuvable (`action_not_found`, `action_type_not_found`, `client_not_found`, `follow_up_rule_not_found`, `not_found`, `response_not_found`) */
            404: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "action_not_found" | "action_type_not_found" | "client_not_found" | "follow_up_rule_not_found" | "not_found" | "response_not_found";
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
            /** @description Service indisponible (`auth_unavailable`) */
            503: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth_unavailable";
                    };
                };
            };
        };
    };
    "actions.update_action": {
        parameters: {
            query?: never;
            header?: {
                /** @description La version attendue (l'`ETag` reçu, ex. `"3"`) : une version périmée répond 412 `version_conflict` ; absent ou `*`, pas de vérification. */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                action_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ActionUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionPublic"];
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
            /** @description Accès refusé (`action_change_forbidden`) */
            403: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "action_change_forbidden";
                    };
                };
            };
            /** @description Ressource introuvable (`action_not_found`, `action_type_not_found`, `client_not_found`, `follow_up_rule_not_found`, `not_found`, `response_not_found`) */
            404: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "action_not_found" | "action_type_not_found" | "client_not_found" | "follow_up_rule_not_found" | "not_found" | "response_not_found";
                    };
                };
            };
            /** @description Conflit (`action_closed`, `action_type_name_taken`, `action_type_retired`, `client_trashed`, `concurrent_update`, `follow_up_rule_deleted`, `response_exists`) */
            409: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "action_closed" | "action_type_name_taken" | "action_type_retired" | "client_trashed" | "concurrent_update" | "follow_up_rule_deleted" | "response_exists";
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
            /** @description Request Entity Too Large (`body_too_large`) */
            413: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "body_too_large";
                    };
                };
            };
            /** @description Requête non traitable (`invalid_follow_up_rule`, `invalid_name`, `invalid_response`, `invalid_users`, `nonexistent_local_time`, `nothing_to_change`, `response_not_allowed`, `unknown_timezone`, `validation_error`) */
            422: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "invalid_follow_up_rule" | "invalid_name" | "invalid_response" | "invalid_users" | "nonexistent_local_time" | "nothing_to_change" | "response_not_allowed" | "unknown_timezone" | "validation_error";
                    };
                };
            };
            /** @description Service indisponible (`auth_unavailable`) */
            503: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth_unavailable";
                    };
                };
            };
        };
    };
    "actions.answer_action": {
        parameters: {
            query?: never;
            header?: {
                /** @description La version attendue (l'`ETag` reçu, ex. `"3"`) : une version périmée répond 412 `version_conflict` ; absent ou `*`, pas de vérification. */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                action_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ActionAnswer"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionPublic"];
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
            /** @description Accès refusé (`action_change_forbidden`) */
            403: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "action_change_forbidden";
                    };
                };
            };
            /** @description Ressource introuvable (`action_not_found`, `action_type_not_found`, `client_not_found`, `follow_up_rule_not_found`, `not_found`, `response_not_found`) */
            404: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "action_not_found" | "action_type_not_found" | "client_not_found" | "follow_up_rule_not_found" | "not_found" | "response_not_found";
                    };
                };
            };
            /** @description Conflit (`action_closed`, `action_type_name_taken`, `action_type_retired`, `client_trashed`, `concurrent_update`, `follow_up_rule_deleted`, `response_exists`) */
            409: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "action_closed" | "action_type_name_taken" | "action_type_retired" | "client_trashed" | "concurrent_update" | "follow_up_rule_deleted" | "response_exists";
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
            /** @description Request Entity Too Large (`body_too_large`) */
            413: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "body_too_large";
                    };
                };
            };
            /** @description Requête non traitable (`invalid_follow_up_rule`, `invalid_name`, `invalid_response`, `invalid_users`, `nonexistent_local_time`, `nothing_to_change`, `response_not_allowed`, `unknown_timezone`, `validation_error`) */
            422: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "invalid_follow_up_rule" | "invalid_name" | "invalid_response" | "invalid_users" | "nonexistent_local_time" | "nothing_to_change" | "response_not_allowed" | "unknown_timezone" | "validation_error";
                    };
                };
            };
            /** @description Service indisponible (`auth_unavailable`) */
            503: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth_unavailable";
                    };
                };
            };
        };
    };
    "actions.assign_action": {
        parameters: {
            query?: never;
            header?: {
                /** @description La version attendue (l'`ETag` reçu, ex. `"3"`) : une version périmée répond 412 `version_conflict` ; absent ou `*`, pas de vérification. */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                action_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ActionAssign"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionPublic"];
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
            /** @description Accès refusé (`action_change_forbidden`) */
            403: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "action_change_forbidden";
                    };
                };
            };
            /** @description Ressource introuvable (`action_not_found`, `action_type_not_found`, `client_not_found`, `follow_up_rule_not_found`, `not_found`, `response_not_found`) */
            404: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "action_not_found" | "action_type_not_found" | "client_not_found" | "follow_up_rule_not_found" | "not_found" | "response_not_found";
                    };
                };
            };
            /** @description Conflit (`action_closed`, `action_type_name_taken`, `action_type_retired`, `client_trashed`, `concurrent_update`, `follow_up_rule_deleted`, `response_exists`) */
            409: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "action_closed" | "action_type_name_taken" | "action_type_retired" | "client_trashed" | "concurrent_update" | "follow_up_rule_deleted" | "response_exists";
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
            /** @description Request Entity Too Large (`body_too_large`) */
            413: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "body_too_large";
                    };
                };
            };
            /** @description Requête non traitable (`invalid_follow_up_rule`, `invalid_name`, `invalid_response`, `invalid_users`, `nonexistent_local_time`, `nothing_to_change`, `response_not_allowed`, `unknown_timezone`, `validation_error`) */
            422: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "invalid_follow_up_rule" | "invalid_name" | "invalid_response" | "invalid_users" | "nonexistent_local_time" | "nothing_to_change" | "response_not_allowed" | "unknown_timezone" | "validation_error";
                    };
                };
            };
            /** @description Service indisponible (`auth_unavailable`) */
            503: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth_unavailable";
                    };
                };
            };
        };
    };
    "actions.cancel_action": {
        parameters: {
            query?: never;
            header?: {
                /** @description La version attendue (l'`ETag` reçu, ex. `"3"`) : une version périmée répond 412 `version_conflict` ; absent ou `*`, pas de vérification. */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                action_id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ActionCancel"] | null;
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionPublic"];
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
            /** @description Accès refusé (`action_change_forbidden`) */
            403: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "action_change_forbidden";
                    };
                };
            };
            /** @description Ressource introuvable (`action_not_found`, `action_type_not_found`, `client_not_found`, `follow_up_rule_not_found`, `not_found`, `response_not_found`) */
            404: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "action_not_found" | "action_type_not_found" | "client_not_found" | "follow_up_rule_not_found" | "not_found" | "response_not_found";
                    };
                };
            };
            /** @description Conflit (`action_closed`, `action_type_name_taken`, `action_type_retired`, `client_trashed`, `concurrent_update`, `follow_up_rule_deleted`, `response_exists`) */
            409: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "action_closed" | "action_type_name_taken" | "action_type_retired" | "client_trashed" | "concurrent_update" | "follow_up_rule_deleted" | "response_exists";
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
            /** @description Request Entity Too Large (`body_too_large`) */
            413: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "body_too_large";
                    };
                };
            };
            /** @description Requête non traitable (`invalid_follow_up_rule`, `invalid_name`, `invalid_response`, `invalid_users`, `nonexistent_local_time`, `nothing_to_change`, `response_not_allowed`, `unknown_timezone`, `validation_error`) */
            422: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "invalid_follow_up_rule" | "invalid_name" | "invalid_response" | "invalid_users" | "nonexistent_local_time" | "nothing_to_change" | "response_not_allowed" | "unknown_timezone" | "validation_error";
                    };
                };
            };
            /** @description Service indisponible (`auth_unavailable`) */
            503: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth_unavailable";
                    };
                };
            };
        };
    };
    "actions.complete_action": {
        parameters: {
            query?: never;
            header?: {
                /** @description La version attendue (l'`ETag` reçu, ex. `"3"`) : une version périmée répond 412 `version_conflict` ; absent ou `*`, pas de vérification. */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                action_id: string;
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
                    "application/json": components["schemas"]["ActionPublic"];
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
            /** @description Accès refusé (`action_change_forbidden`) */
            403: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "action_change_forbidden";
                    };
                };
            };
            /** @description Ressource introuvable (`action_not_found`, `action_type_not_found`, `client_not_found`, `follow_up_rule_not_found`, `not_found`, `response_not_found`) */
            404: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "action_not_found" | "action_type_not_found" | "client_not_found" | "follow_up_rule_not_found" | "not_found" | "response_not_found";
                    };
                };
            };
            /** @description Conflit (`action_closed`, `action_type_name_taken`, `action_type_retired`, `client_trashed`, `concurrent_update`, `follow_up_rule_deleted`, `response_exists`) */
            409: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "action_closed" | "action_type_name_taken" | "action_type_retired" | "client_trashed" | "concurrent_update" | "follow_up_rule_deleted" | "response_exists";
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
            /** @description Requête non traitable (`invalid_follow_up_rule`, `invalid_name`, `invalid_response`, `invalid_users`, `nonexistent_local_time`, `nothing_to_change`, `response_not_allowed`, `unknown_timezone`, `validation_error`) */
            422: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "invalid_follow_up_rule" | "invalid_name" | "invalid_response" | "invalid_users" | "nonexistent_local_time" | "nothing_to_change" | "response_not_allowed" | "unknown_timezone" | "validation_error";
                    };
                };
            };
            /** @description Service indisponible (`auth_unavailable`) */
            503: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth_unavailable";
                    };
                };
            };
        };
    };
    "actions.share_action": {
        parameters: {
            query?: never;
            header?: {
                /** @description La version attendue (l'`ETag` reçu, ex. `"3"`) : une version périmée répond 412 `version_conflict` ; absent ou `*`, pas de vérification. */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                action_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ActionShare"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionPublic"];
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
            /** @description Accès refusé (`action_change_forbidden`) */
            403: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "action_change_forbidden";
                    };
                };
            };
            /** @description Ressource introuvable (`action_not_found`, `action_type_not_found`, `client_not_found`, `follow_up_rule_not_found`, `not_found`, `response_not_found`) */
            404: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "action_not_found" | "action_type_not_found" | "client_not_found" | "follow_up_rule_not_found" | "not_found" | "response_not_found";
                    };
                };
            };
            /** @description Conflit (`action_closed`, `action_type_name_taken`, `action_type_retired`, `client_trashed`, `concurrent_update`, `follow_up_rule_deleted`, `response_exists`) */
            409: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "action_closed" | "action_type_name_taken" | "action_type_retired" | "client_trashed" | "concurrent_update" | "follow_up_rule_deleted" | "response_exists";
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
            /** @description Request Entity Too Large (`body_too_large`) */
            413: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "body_too_large";
                    };
                };
            };
            /** @description Requête non traitable (`invalid_follow_up_rule`, `invalid_name`, `invalid_response`, `invalid_users`, `nonexistent_local_time`, `nothing_to_change`, `response_not_allowed`, `unknown_timezone`, `validation_error`) */
            422: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "invalid_follow_up_rule" | "invalid_name" | "invalid_response" | "invalid_users" | "nonexistent_local_time" | "nothing_to_change" | "response_not_allowed" | "unknown_timezone" | "validation_error";
                    };
                };
            };
            /** @description Service indisponible (`auth_unavailable`) */
            503: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth_unavailable";
                    };
                };
            };
        };
    };
    "actions.create_action": {
        parameters: {
            query?: never;
            header?: {
                /** @description Clé choisie par le client (1 à 255 caractères ASCII imprimables) : une requête rejouée avec la même clé reçoit la première réponse et ne crée rien deux fois ; la même clé sur une autre requête répond 422 `idempotency_key_reused`. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                client_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ActionCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionPublic"];
                };
            };
            /** @description Requête invalide (`invalid_idempotency_key`) */
            400: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "invalid_idempotency_key";
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
            /** @description Accès refusé (`action_change_forbidden`) */
            403: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "action_change_forbidden";
                    };
                };
            };
            /** @description Ressource introuvable (`action_not_found`, `action_type_not_found`, `client_not_found`, `follow_up_rule_not_found`, `not_found`, `response_not_found`) */
            404: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "action_not_found" | "action_type_not_found" | "client_not_found" | "follow_up_rule_not_found" | "not_found" | "response_not_found";
                    };
                };
            };
            /** @description Conflit (`action_closed`, `action_type_name_taken`, `action_type_retired`, `client_trashed`, `concurrent_update`, `follow_up_rule_deleted`, `response_exists`) */
            409: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "action_closed" | "action_type_name_taken" | "action_type_retired" | "client_trashed" | "concurrent_update" | "follow_up_rule_deleted" | "response_exists";
                    };
                };
            };
            /** @description Request Entity Too Large (`body_too_large`) */
            413: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "body_too_large";
                    };
                };
            };
            /** @description Requête non traitable (`idempotency_key_reused`, `invalid_follow_up_rule`, `invalid_name`, `invalid_response`, `invalid_users`, `nonexistent_local_time`, `nothing_to_change`, `response_not_allowed`, `unknown_timezone`, `validation_error`) */
            422: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "idempotency_key_reused" | "invalid_follow_up_rule" | "invalid_name" | "invalid_response" | "invalid_users" | "nonexistent_local_time" | "nothing_to_change" | "response_not_allowed" | "unknown_timezone" | "validation_error";
                    };
                };
            };
            /** @description Service indisponible (`auth_unavailable`) */
            503: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth_unavailable";
                    };
                };
            };
        };
    };
    "follow_up_rules.get_clock": {
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
                    "application/json": components["schemas"]["ClockPublic"];
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
            /** @description Accès refusé (`action_change_forbidden`) */
            403: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "action_change_forbidden";
                    };
                };
            };
            /** @description Service indisponible (`auth_unavailable`) */
            503: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth_unavailable";
                    };
                };
            };
        };
    };
    "follow_up_rules.set_clock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ClockSet"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClockPublic"];
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
            /** @description Accès refusé (`action_change_forbidden`, `forbidden`). Permission requise : `settings.manage` */
            403: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "action_change_forbidden" | "forbidden";
                    };
                };
            };
            /** @description Ressource introuvable (`action_not_found`, `action_type_not_found`, `client_not_found`, `follow_up_rule_not_found`, `not_found`, `response_not_found`) */
            404: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "action_not_found" | "action_type_not_found" | "client_not_found" | "follow_up_rule_not_found" | "not_found" | "response_not_found";
                    };
                };
            };
            /** @description Conflit (`action_closed`, `action_type_name_taken`, `action_type_retired`, `client_trashed`, `concurrent_update`, `follow_up_rule_deleted`, `response_exists`) */
            409: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "action_closed" | "action_type_name_taken" | "action_type_retired" | "client_trashed" | "concurrent_update" | "follow_up_rule_deleted" | "response_exists";
                    };
                };
            };
            /** @description Request Entity Too Large (`body_too_large`) */
            413: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "body_too_large";
                    };
                };
            };
            /** @description Requête non traitable (`invalid_follow_up_rule`, `invalid_name`, `invalid_response`, `invalid_users`, `nonexistent_local_time`, `nothing_to_change`, `response_not_allowed`, `unknown_timezone`, `validation_error`) */
            422: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "invalid_follow_up_rule" | "invalid_name" | "invalid_response" | "invalid_users" | "nonexistent_local_time" | "nothing_to_change" | "response_not_allowed" | "unknown_timezone" | "validation_error";
                    };
                };
            };
            /** @description Service indisponible (`auth_unavailable`) */
            503: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth_unavailable";
                    };
                };
            };
        };
    };
    "follow_up_rules.list_rules": {
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
                    "application/json": components["schemas"]["FollowUpRulePublic"][];
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
            /** @description Accès refusé (`action_change_forbidden`) */
            403: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "action_change_forbidden";
                    };
                };
            };
            /** @description Service indisponible (`auth_unavailable`) */
            503: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth_unavailable";
                    };
                };
            };
        };
    };
    "follow_up_rules.define_rule": {
        parameters: {
            query?: never;
            header?: {
                /** @description Clé choisie par le client (1 à 255 caractères ASCII imprimables) : une requête rejouée avec la même clé reçoit la première réponse et ne crée rien deux fois ; la même clé sur une autre requête répond 422 `idempotency_key_reused`. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FollowUpRuleCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FollowUpRulePublic"];
                };
            };
            /** @description Requête invalide (`invalid_idempotency_key`) */
            400: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "invalid_idempotency_key";
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
            /** @description Accès refusé (`action_change_forbidden`, `forbidden`). Permission requise : `settings.manage` */
            403: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "action_change_forbidden" | "forbidden";
                    };
                };
            };
            /** @description Ressource introuvable (`action_not_found`, `action_type_not_found`, `client_not_found`, `follow_up_rule_not_found`, `not_found`, `response_not_found`) */
            404: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "action_not_found" | "action_type_not_found" | "client_not_found" | "follow_up_rule_not_found" | "not_found" | "response_not_found";
                    };
                };
            };
            /** @description Conflit (`action_closed`, `action_type_name_taken`, `action_type_retired`, `client_trashed`, `concurrent_update`, `follow_up_rule_deleted`, `response_exists`) */
            409: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "action_closed" | "action_type_name_taken" | "action_type_retired" | "client_trashed" | "concurrent_update" | "follow_up_rule_deleted" | "response_exists";
                    };
                };
            };
            /** @description Request Entity Too Large (`body_too_large`) */
            413: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "body_too_large";
                    };
                };
            };
            /** @description Requête non traitable (`idempotency_key_reused`, `invalid_follow_up_rule`, `invalid_name`, `invalid_response`, `invalid_users`, `nonexistent_local_time`, `nothing_to_change`, `response_not_allowed`, `unknown_timezone`, `validation_error`) */
            422: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "idempotency_key_reused" | "invalid_follow_up_rule" | "invalid_name" | "invalid_response" | "invalid_users" | "nonexistent_local_time" | "nothing_to_change" | "response_not_allowed" | "unknown_timezone" | "validation_error";
                    };
                };
            };
            /** @description Service indisponible (`auth_unavailable`) */
            503: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth_unavailable";
                    };
                };
            };
        };
    };
    "follow_up_rules.get_rule": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                rule_id: string;
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
                    "application/json": components["schemas"]["FollowUpRulePublic"];
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
            /** @description Accès refusé (`action_change_forbidden`) */
            403: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "action_change_forbidden";
                    };
                };
            };
            /** @description Ressource introuvable (`action_not_found`, `action_type_not_found`, `client_not_found`, `follow_up_rule_not_found`, `not_found`, `response_not_found`) */
            404: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "action_not_found" | "action_type_not_found" | "client_not_found" | "follow_up_rule_not_found" | "not_found" | "response_not_found";
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
            /** @description Service indisponible (`auth_unavailable`) */
            503: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth_unavailable";
                    };
                };
            };
        };
    };
    "follow_up_rules.change_rule": {
        parameters: {
            query?: never;
            header?: {
                /** @description La version attendue (l'`ETag` reçu, ex. `"3"`) : une version périmée répond 412 `version_conflict` ; absent ou `*`, pas de vérification. */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                rule_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FollowUpRuleCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FollowUpRulePublic"];
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
            /** @description Accès refusé (`action_change_forbidden`, `forbidden`). Permission requise : `settings.manage` */
            403: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "action_change_forbidden" | "forbidden";
                    };
                };
            };
            /** @description Ressource introuvable (`action_not_found`, `action_type_not_found`, `client_not_found`, `follow_up_rule_not_found`, `not_found`, `response_not_found`) */
            404: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "action_not_found" | "action_type_not_found" | "client_not_found" | "follow_up_rule_not_found" | "not_found" | "response_not_found";
                    };
                };
            };
            /** @description Conflit (`action_closed`, `action_type_name_taken`, `action_type_retired`, `client_trashed`, `concurrent_update`, `follow_up_rule_deleted`, `response_exists`) */
            409: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "action_closed" | "action_type_name_taken" | "action_type_retired" | "client_trashed" | "concurrent_update" | "follow_up_rule_deleted" | "response_exists";
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
            /** @description Request Entity Too Large (`body_too_large`) */
            413: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "body_too_large";
                    };
                };
            };
            /** @description Requête non traitable (`invalid_follow_up_rule`, `invalid_name`, `invalid_response`, `invalid_users`, `nonexistent_local_time`, `nothing_to_change`, `response_not_allowed`, `unknown_timezone`, `validation_error`) */
            422: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "invalid_follow_up_rule" | "invalid_name" | "invalid_response" | "invalid_users" | "nonexistent_local_time" | "nothing_to_change" | "response_not_allowed" | "unknown_timezone" | "validation_error";
                    };
                };
            };
            /** @description Service indisponible (`auth_unavailable`) */
            503: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth_unavailable";
                    };
                };
            };
        };
    };
    "follow_up_rules.delete_rule": {
        parameters: {
            query?: never;
            header?: {
                /** @description La version attendue (l'`ETag` reçu, ex. `"3"`) : une version périmée répond 412 `version_conflict` ; absent ou `*`, pas de vérification. */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                rule_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description Accès refusé (`action_change_forbidden`, `forbidden`). Permission requise : `settings.manage` */
            403: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "action_change_forbidden" | "forbidden";
                    };
                };
            };
            /** @description Ressource introuvable (`action_not_found`, `action_type_not_found`, `client_not_found`, `follow_up_rule_not_found`, `not_found`, `response_not_found`) */
            404: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "action_not_found" | "action_type_not_found" | "client_not_found" | "follow_up_rule_not_found" | "not_found" | "response_not_found";
                    };
                };
            };
            /** @description Conflit (`action_closed`, `action_type_name_taken`, `action_type_retired`, `client_trashed`, `concurrent_update`, `follow_up_rule_deleted`, `response_exists`) */
            409: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "action_closed" | "action_type_name_taken" | "action_type_retired" | "client_trashed" | "concurrent_update" | "follow_up_rule_deleted" | "response_exists";
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
            /** @description Requête non traitable (`invalid_follow_up_rule`, `invalid_name`, `invalid_response`, `invalid_users`, `nonexistent_local_time`, `nothing_to_change`, `response_not_allowed`, `unknown_timezone`, `validation_error`) */
            422: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "invalid_follow_up_rule" | "invalid_name" | "invalid_response" | "invalid_users" | "nonexistent_local_time" | "nothing_to_change" | "response_not_allowed" | "unknown_timezone" | "validation_error";
                    };
                };
            };
            /** @description Service indisponible (`auth_unavailable`) */
            503: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth_unavailable";
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
            /** @description Accès refusé (`action_change_forbidden`, `forbidden`). Permission requise : `personal_data.manage` */
            403: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "action_change_forbidden" | "forbidden";
                    };
                };
            };
            /** @description Ressource introuvable (`action_not_found`, `action_type_not_found`, `client_not_found`, `follow_up_rule_not_found`, `not_found`, `response_not_found`) */
            404: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "action_not_found" | "action_type_not_found" | "client_not_found" | "follow_up_rule_not_found" | "not_found" | "response_not_found";
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
            /** @description Service indisponible (`auth_unavailable`) */
            503: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth_unavailable";
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
        };
    };
}
