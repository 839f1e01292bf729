// GENERATED from docs/openapi/clients.json by scripts/generate-api.mjs: do not edit.
export interface paths {
    "/clients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Clients
         * @description List or search the records (best match first with ``q``; ``trash=true`` for the trash,
         *     ``kind`` for clients or prospects).
         */
        get: operations["clients.list_clients"];
        put?: never;
        /**
         * Create Client
         * @description Create a record; the answer lists its probable duplicates.
         */
        post: operations["clients.create_client"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/clients/{client_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Client
         * @description One record (also from the trash), with its version in ``ETag``.
         */
        get: operations["clients.get_client"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/clients/{client_id}/commercial-block": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Block
         * @description Block commercial management for the client, with a reason (quotes, invoices refused).
         */
        put: operations["clients.block"];
        post?: never;
        /**
         * Unblock
         * @description Allow commercial management again.
         */
        delete: operations["clients.unblock"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/clients/{client_id}/contact": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change Contact
         * @description Change some contact fields (« Contact » tab).
         */
        patch: operations["clients.change_contact"];
        trace?: never;
    };
    "/clients/{client_id}/convert": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Convert
         * @description The prospect becomes a client.
         */
        post: operations["clients.convert"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/clients/{client_id}/duplicates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Duplicates
         * @description Active records that probably are the same person (name, phone or e-mail).
         */
        get: operations["clients.list_duplicates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/clients/{client_id}/erasure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Erase
         * @description Erase the person's data everywhere (« Personne effacée »); the record's activity stays.
         */
        post: operations["personal_data.erase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/clients/{client_id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get History
         * @description The record's timeline, oldest first: who, when, what (in French).
         */
        get: operations["clients.get_history"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/clients/{client_id}/owner": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Change Owner
         * @description Hand the record to another user (or to nobody).
         */
        put: operations["clients.change_owner"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/clients/{client_id}/personal-data": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Personal Data
         * @description Everything Ouvrage holds about the person, assembled from every service (JSON).
         */
        get: operations["personal_data.personal_data"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/clients/{client_id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Restore
         * @description Bring the record back from the trash.
         */
        post: operations["clients.restore"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/clients/{client_id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Change Status
         * @description Set the record's status: one that puts the client on the planning opens a worksite, one
         *     that ends it closes it; « corbeille » trashes the record, another status restores it.
         */
        put: operations["clients.change_status"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/clients/{client_id}/trash": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Trash
         * @description Put the record in the trash (« Corbeille »), optionally as a duplicate of another.
         */
        post: operations["clients.trash"];
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
    "/settings/prospect-retention": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read Retention
         * @description How long prospects without activity are kept, and what the job erased (history).
         */
        get: operations["personal_data.read_retention"];
        /**
         * Set Retention
         * @description Set the company's retention of prospects (3 years by default, CNIL guidance).
         */
        put: operations["personal_data.set_retention"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/statuses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Statuses
         * @description The statuses a record can have: the defaults, then the tenant's own.
         */
        get: operations["statuses.list_statuses"];
        put?: never;
        /**
         * Define Status
         * @description Add a status to the tenant's list.
         */
        post: operations["statuses.define_status"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/statuses/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Configure Status
         * @description Say whether a status puts the client on the planning and whether it ends the worksite.
         */
        patch: operations["statuses.configure_status"];
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** Address */
        Address: {
            /**
             * City
             * @default
             */
            city: string;
            /**
             * Country
             * @default FR
             */
            country: string;
            /**
             * Postal Code
             * @default
             */
            postal_code: string;
            /**
             * Street
             * @default
             */
            street: string;
        };
        /** AddressIn */
        AddressIn: {
            /**
             * City
             * @default
             */
            city: string;
            /**
             * Country
             * @default FR
             */
            country: string;
            /**
             * Postal Code
             * @default
             */
            postal_code: string;
            /**
             * Street
             * @default
             */
            street: string;
        };
        /**
         * ClientCreate
         * @description A new client or prospect record.
         */
        ClientCreate: {
            address?: components["schemas"]["AddressIn"];
            /** Civility */
            civility?: string | null;
            /** Company Name */
            company_name?: string | null;
            /** Emails */
            emails?: string[];
            /**
             * First Name
             * @default
             */
            first_name: string;
            /**
             * Kind
             * @default prospect
             * @enum {string}
             */
            kind: "prospect" | "client";
            /**
             * Last Name
             * @default
             */
            last_name: string;
            /**
             * Notes
             * @default
             */
            notes: string;
            /**
             * Owner Id
             * @description Par défaut : l'auteur de la fiche
             */
            owner_id?: string | null;
            /** Phones */
            phones?: string[];
            /**
             * Status
             * @default prospect
             */
            status: string;
        };
        /**
         * ClientCreated
         * @description The new record, and the records it probably duplicates (creation is never refused).
         */
        ClientCreated: {
            commercial_block: components["schemas"]["CommercialBlockPublic"] | null;
            contact: components["schemas"]["Contact"];
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Display Name */
            display_name: string;
            /** Duplicate Of */
            duplicate_of: string | null;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Kind */
            kind: string;
            /** Owner Id */
            owner_id: string | null;
            /** Probable Duplicates */
            probable_duplicates: components["schemas"]["DuplicatePublic"][];
            status: components["schemas"]["StatusRef"];
            /** Trashed */
            trashed: boolean;
            /** Trashed At */
            trashed_at: string | null;
            /**
             * Undeliverable Emails
             * @default []
             */
            undeliverable_emails: components["schemas"]["UndeliverableEmailPublic"][];
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** Version */
            version: number;
        };
        /**
         * ClientPublic
         * @description A client or prospect record.
         */
        ClientPublic: {
            commercial_block: components["schemas"]["CommercialBlockPublic"] | null;
            contact: components["schemas"]["Contact"];
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Display Name */
            display_name: string;
            /** Duplicate Of */
            duplicate_of: string | null;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Kind */
            kind: string;
            /** Owner Id */
            owner_id: string | null;
            status: components["schemas"]["StatusRef"];
            /** Trashed */
            trashed: boolean;
            /** Trashed At */
            trashed_at: string | null;
            /**
             * Undeliverable Emails
             * @default []
             */
            undeliverable_emails: components["schemas"]["UndeliverableEmailPublic"][];
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** Version */
            version: number;
        };
        /** CommercialBlock */
        CommercialBlock: {
            /**
             * Reason
             * @example impayés
             */
            reason: string;
        };
        /** CommercialBlockPublic */
        CommercialBlockPublic: {
            /** Reason */
            reason: string;
            /** Since */
            since: string | null;
        };
        /**
         * Contact
         * @description A client record's contact details, as shown on the « Contact » tab.
         */
        Contact: {
            address?: components["schemas"]["Address"];
            /** Civility */
            civility?: string | null;
            /** Company Name */
            company_name?: string | null;
            /** Emails */
            emails?: string[];
            /**
             * First Name
             * @default
             */
            first_name: string;
            /**
             * Last Name
             * @default
             */
            last_name: string;
            /**
             * Notes
             * @default
             */
            notes: string;
            /** Phones */
            phones?: string[];
        };
        /**
         * ContactPatch
         * @description Contact fields to change; the others keep their value.
         */
        ContactPatch: {
            address?: components["schemas"]["AddressIn"] | null;
            /** Civility */
            civility?: string | null;
            /** Company Name */
            company_name?: string | null;
            /** Emails */
            emails?: string[] | null;
            /** First Name */
            first_name?: string | null;
            /** Last Name */
            last_name?: string | null;
            /** Notes */
            notes?: string | null;
            /** Phones */
            phones?: string[] | null;
        };
        /**
         * DuplicatePublic
         * @description A probable duplicate and what it shares: ``name``, ``phone``, ``email``.
         */
        DuplicatePublic: {
            client: components["schemas"]["ClientPublic"];
            /** Reasons */
            reasons: string[];
        };
        /** ErasurePublic */
        ErasurePublic: {
            /**
             * Client Id
             * Format: uuid
             */
            client_id: string;
            /**
             * Erased
             * @default true
             */
            erased: boolean;
            /** Recorded Now */
            recorded_now: boolean;
        };
        /**
         * HistoryEntryPublic
         * @description One line of the timeline: who (actor id), when, what (in French).
         */
        HistoryEntryPublic: {
            /** Actor Id */
            actor_id: string | null;
            /**
             * At
             * Format: date-time
             */
            at: string;
            /** Label */
            label: string;
            /** Sequence */
            sequence: number;
            /** Type */
            type: string;
        };
        /** OwnerChange */
        OwnerChange: {
            /** Owner Id */
            owner_id: string | null;
        };
        /** Page[ClientPublic] */
        Page_ClientPublic_: {
            /** Items */
            items: components["schemas"]["ClientPublic"][];
            /** Next Cursor */
            next_cursor?: string | null;
        };
        /** Page[DuplicatePublic] */
        Page_DuplicatePublic_: {
            /** Items */
            items: components["schemas"]["DuplicatePublic"][];
            /** Next Cursor */
            next_cursor?: string | null;
        };
        /** Page[HistoryEntryPublic] */
        Page_HistoryEntryPublic_: {
            /** Items */
            items: components["schemas"]["HistoryEntryPublic"][];
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
        /** RetentionChange */
        RetentionChange: {
            /** Years */
            years: number;
        };
        /** RetentionPublic */
        RetentionPublic: {
            /** History */
            history?: components["schemas"]["RetentionRunPublic"][];
            /**
             * Years
             * @description Années sans activité avant l'effacement d'un prospect
             */
            years: number;
        };
        /** RetentionRunPublic */
        RetentionRunPublic: {
            /**
             * At
             * Format: date-time
             */
            at: string;
            /** Erased */
            erased: number;
            /** Years */
            years: number;
        };
        /** StatusChange */
        StatusChange: {
            /**
             * Duplicate Of
             * @description Avec la Corbeille seulement : la fiche dont celle-ci est le doublon
             */
            duplicate_of?: string | null;
            /** Status */
            status: string;
        };
        /**
         * StatusCreate
         * @description A status to add to the tenant's list; the code is made from the label if omitted.
         */
        StatusCreate: {
            /** Code */
            code?: string | null;
            /**
             * Ends Worksite
             * @description Termine le chantier en cours
             * @default false
             */
            ends_worksite: boolean;
            /** Label */
            label: string;
            /**
             * On Planning
             * @description Met le client sur le planning
             * @default false
             */
            on_planning: boolean;
            /**
             * Trash
             * @description Refusé : la liste a déjà sa Corbeille (« corbeille »)
             * @default false
             */
            trash: boolean;
        };
        /** StatusPublic */
        StatusPublic: {
            /** Code */
            code: string;
            /** Default */
            default: boolean;
            /**
             * Ends Worksite
             * @default false
             */
            ends_worksite: boolean;
            /** Label */
            label: string;
            /**
             * On Planning
             * @default false
             */
            on_planning: boolean;
            /**
             * Trash
             * @default false
             */
            trash: boolean;
        };
        /** StatusRef */
        StatusRef: {
            /** Code */
            code: string;
            /** Label */
            label: string;
        };
        /**
         * StatusRules
         * @description What a status does on the planning (« Paramètres » of the statuses).
         */
        StatusRules: {
            /**
             * Ends Worksite
             * @description Termine le chantier en cours
             */
            ends_worksite: boolean;
            /**
             * On Planning
             * @description Met le client sur le planning
             */
            on_planning: boolean;
        };
        /** TrashRequest */
        TrashRequest: {
            /**
             * Duplicate Of
             * @description La fiche dont celle-ci est le doublon
             */
            duplicate_of?: string | null;
        };
        /**
         * UndeliverableEmailPublic
         * @description An address of the record that bounced: mail to it cannot be delivered.
         */
        UndeliverableEmailPublic: {
            /** Address */
            address: string;
            /**
             * Bounced At
             * Format: date-time
             */
            bounced_at: string;
            /** Diagnostic */
            diagnostic: string;
            /** Status */
            status: string;
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
    "clients.list_clients": {
        parameters: {
            query?: {
                /** @description Curseur opaque de la page suivante */
                cursor?: string | null;
                /** @description Bulle « Client » ou « Prospect » (avec trash=true : leur corbeille) */
                kind?: ("client" | "prospect") | null;
                /** @description Taille de page */
                limit?: number;
                owner_id?: string | null;
                /** @description Recherche : nom, téléphone, e-mail */
                q?: string | null;
                status?: string | null;
                trash?: boolean;
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
                    "application/json": components["schemas"]["Page_ClientPublic_"];
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
            /** @description Requête non traitable (`invalid_block_reason`, `invalid_contact`, `invalid_duplicate`, `invalid_retention`, `invalid_status`, `unknown_status`, `validation_error`) */
            422: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "invalid_block_reason" | "invalid_contact" | "invalid_duplicate" | "invalid_retention" | "invalid_status" | "unknown_status" | "validation_error";
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
    "clients.create_client": {
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
                "application/json": components["schemas"]["ClientCreate"];
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
                    "application/json": components["schemas"]["ClientCreated"];
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
            /** @description Accès refusé (`forbidden`). Permission requise : `clients.write` */
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
            /** @description Ressource introuvable (`client_not_found`, `not_found`) */
            404: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "client_not_found" | "not_found";
                    };
                };
            };
            /** @description Conflit (`already_client`, `client_erased`, `client_not_trashed`, `client_trashed`, `concurrent_update`, `status_exists`, `trash_status_exists`) */
            409: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "already_client" | "client_erased" | "client_not_trashed" | "client_trashed" | "concurrent_update" | "status_exists" | "trash_status_exists";
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
            /** @description Requête non traitable (`idempotency_key_reused`, `invalid_block_reason`, `invalid_contact`, `invalid_duplicate`, `invalid_retention`, `invalid_status`, `unknown_status`, `validation_error`) */
            422: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "idempotency_key_reused" | "invalid_block_reason" | "invalid_contact" | "invalid_duplicate" | "invalid_retention" | "invalid_status" | "unknown_status" | "validation_error";
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
    "clients.get_client": {
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
                    ETag: components["headers"]["ETag"];
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientPublic"];
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
            /** @description Ressource introuvable (`client_not_found`, `not_found`) */
            404: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "client_not_found" | "not_found";
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
    "clients.block": {
        parameters: {
            query?: never;
            header?: {
                /** @description La version attendue (l'`ETag` reçu, ex. `"3"`) : une version périmée répond 412 `version_conflict` ; absent ou `*`, pas de vérification. */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                client_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CommercialBlock"];
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
                    "application/json": components["schemas"]["ClientPublic"];
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
            /** @description Accès refusé (`forbidden`). Permission requise : `clients.block` */
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
            /** @description Ressource introuvable (`client_not_found`, `not_found`) */
            404: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "client_not_found" | "not_found";
                    };
                };
            };
            /** @description Conflit (`already_client`, `client_erased`, `client_not_trashed`, `client_trashed`, `concurrent_update`, `status_exists`, `trash_status_exists`) */
            409: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "already_client" | "client_erased" | "client_not_trashed" | "client_trashed" | "concurrent_update" | "status_exists" | "trash_status_exists";
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
            /** @description Requête non traitable (`invalid_block_reason`, `invalid_contact`, `invalid_duplicate`, `invalid_retention`, `invalid_status`, `unknown_status`, `validation_error`) */
            422: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "invalid_block_reason" | "invalid_contact" | "invalid_duplicate" | "invalid_retention" | "invalid_status" | "unknown_status" | "validation_error";
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
    "clients.unblock": {
        parameters: {
            query?: never;
            header?: {
                /** @description La version attendue (l'`ETag` reçu, ex. `"3"`) : une version périmée répond 412 `version_conflict` ; absent ou `*`, pas de vérification. */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
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
                    ETag: components["headers"]["ETag"];
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientPublic"];
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
            /** @description Accès refusé (`forbidden`). Permission requise : `clients.block` */
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
            /** @description Ressource introuvable (`client_not_found`, `not_found`) */
            404: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "client_not_found" | "not_found";
                    };
                };
            };
            /** @description Conflit (`already_client`, `client_erased`, `client_not_trashed`, `client_trashed`, `concurrent_update`, `status_exists`, `trash_status_exists`) */
            409: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "already_client" | "client_erased" | "client_not_trashed" | "client_trashed" | "concurrent_update" | "status_exists" | "trash_status_exists";
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
            /** @description Requête non traitable (`invalid_block_reason`, `invalid_contact`, `invalid_duplicate`, `invalid_retention`, `invalid_status`, `unknown_status`, `validation_error`) */
            422: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "invalid_block_reason" | "invalid_contact" | "invalid_duplicate" | "invalid_retention" | "invalid_status" | "unknown_status" | "validation_error";
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
    "clients.change_contact": {
        parameters: {
            query?: never;
            header?: {
                /** @description La version attendue (l'`ETag` reçu, ex. `"3"`) : une version périmée répond 412 `version_conflict` ; absent ou `*`, pas de vérification. */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                client_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactPatch"];
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
                    "application/json": components["schemas"]["ClientPublic"];
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
            /** @description Accès refusé (`forbidden`). Permission requise : `clients.write` */
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
            /** @description Ressource introuvable (`client_not_found`, `not_found`) */
            404: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "client_not_found" | "not_found";
                    };
                };
            };
            /** @description Conflit (`already_client`, `client_erased`, `client_not_trashed`, `client_trashed`, `concurrent_update`, `status_exists`, `trash_status_exists`) */
            409: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "already_client" | "client_erased" | "client_not_trashed" | "client_trashed" | "concurrent_update" | "status_exists" | "trash_status_exists";
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
            /** @description Requête non traitable (`invalid_block_reason`, `invalid_contact`, `invalid_duplicate`, `invalid_retention`, `invalid_status`, `unknown_status`, `validation_error`) */
            422: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "invalid_block_reason" | "invalid_contact" | "invalid_duplicate" | "invalid_retention" | "invalid_status" | "unknown_status" | "validation_error";
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
    "clients.convert": {
        parameters: {
            query?: never;
            header?: {
                /** @description La version attendue (l'`ETag` reçu, ex. `"3"`) : une version périmée répond 412 `version_conflict` ; absent ou `*`, pas de vérification. */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
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
                    ETag: components["headers"]["ETag"];
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientPublic"];
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
            /** @description Accès refusé (`forbidden`). Permission requise : `clients.write` */
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
            /** @description Ressource introuvable (`client_not_found`, `not_found`) */
            404: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "client_not_found" | "not_found";
                    };
                };
            };
            /** @description Conflit (`already_client`, `client_erased`, `client_not_trashed`, `client_trashed`, `concurrent_update`, `status_exists`, `trash_status_exists`) */
            409: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "already_client" | "client_erased" | "client_not_trashed" | "client_trashed" | "concurrent_update" | "status_exists" | "trash_status_exists";
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
            /** @description Requête non traitable (`invalid_block_reason`, `invalid_contact`, `invalid_duplicate`, `invalid_retention`, `invalid_status`, `unknown_status`, `validation_error`) */
            422: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "invalid_block_reason" | "invalid_contact" | "invalid_duplicate" | "invalid_retention" | "invalid_status" | "unknown_status" | "validation_error";
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
    "clients.list_duplicates": {
        parameters: {
            query?: {
                /** @description Curseur opaque de la page suivante */
                cursor?: string | null;
                /** @description Taille de page */
                limit?: number;
            };
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
                    "application/json": components["schemas"]["Page_DuplicatePublic_"];
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
            /** @description Ressource introuvable (`client_not_found`, `not_found`) */
            404: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "client_not_found" | "not_found";
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
    "personal_data.erase": {
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
                    "application/json": components["schemas"]["ErasurePublic"];
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
            /** @description Ressource introuvable (`client_not_found`, `not_found`) */
            404: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "client_not_found" | "not_found";
                    };
                };
            };
            /** @description Conflit (`already_client`, `client_erased`, `client_not_trashed`, `client_trashed`, `concurrent_update`, `status_exists`, `trash_status_exists`) */
            409: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "already_client" | "client_erased" | "client_not_trashed" | "client_trashed" | "concurrent_update" | "status_exists" | "trash_status_exists";
                    };
                };
            };
            /** @description Requête non traitable (`invalid_block_reason`, `invalid_contact`, `invalid_duplicate`, `invalid_retention`, `invalid_status`, `unknown_status`, `validation_error`) */
            422: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "invalid_block_reason" | "invalid_contact" | "invalid_duplicate" | "invalid_retention" | "invalid_status" | "unknown_status" | "validation_error";
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
    "clients.get_history": {
        parameters: {
            query?: {
                /** @description Curseur opaque de la page suivante */
                cursor?: string | null;
                /** @description Taille de page */
                limit?: number;
            };
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
                    "application/json": components["schemas"]["Page_HistoryEntryPublic_"];
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
            /** @description Ressource introuvable (`client_not_found`, `not_found`) */
            404: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "client_not_found" | "not_found";
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
    "clients.change_owner": {
        parameters: {
            query?: never;
            header?: {
                /** @description La version attendue (l'`ETag` reçu, ex. `"3"`) : une version périmée répond 412 `version_conflict` ; absent ou `*`, pas de vérification. */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                client_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OwnerChange"];
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
                    "application/json": components["schemas"]["ClientPublic"];
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
            /** @description Accès refusé (`forbidden`). Permission requise : `clients.write` */
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
            /** @description Ressource introuvable (`client_not_found`, `not_found`) */
            404: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "client_not_found" | "not_found";
                    };
                };
            };
            /** @description Conflit (`already_client`, `client_erased`, `client_not_trashed`, `client_trashed`, `concurrent_update`, `status_exists`, `trash_status_exists`) */
            409: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "already_client" | "client_erased" | "client_not_trashed" | "client_trashed" | "concurrent_update" | "status_exists" | "trash_status_exists";
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
            /** @description Requête non traitable (`invalid_block_reason`, `invalid_contact`, `invalid_duplicate`, `invalid_retention`, `invalid_status`, `unknown_status`, `validation_error`) */
            422: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "invalid_block_reason" | "invalid_contact" | "invalid_duplicate" | "invalid_retention" | "invalid_status" | "unknown_status" | "validation_error";
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
    "personal_data.personal_data": {
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
            /** @description Ressource introuvable (`client_not_found`, `not_found`) */
            404: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "client_not_found" | "not_found";
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
    "clients.restore": {
        parameters: {
            query?: never;
            header?: {
                /** @description La version attendue (l'`ETag` reçu, ex. `"3"`) : une version périmée répond 412 `version_conflict` ; absent ou `*`, pas de vérification. */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
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
                    ETag: components["headers"]["ETag"];
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientPublic"];
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
            /** @description Accès refusé (`forbidden`). Permission requise : `clients.write` */
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
            /** @description Ressource introuvable (`client_not_found`, `not_found`) */
            404: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "client_not_found" | "not_found";
                    };
                };
            };
            /** @description Conflit (`already_client`, `client_erased`, `client_not_trashed`, `client_trashed`, `concurrent_update`, `status_exists`, `trash_status_exists`) */
            409: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "already_client" | "client_erased" | "client_not_trashed" | "client_trashed" | "concurrent_update" | "status_exists" | "trash_status_exists";
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
            /** @description Requête non traitable (`invalid_block_reason`, `invalid_contact`, `invalid_duplicate`, `invalid_retention`, `invalid_status`, `unknown_status`, `validation_error`) */
            422: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "invalid_block_reason" | "invalid_contact" | "invalid_duplicate" | "invalid_retention" | "invalid_status" | "unknown_status" | "validation_error";
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
    "clients.change_status": {
        parameters: {
            query?: never;
            header?: {
                /** @description La version attendue (l'`ETag` reçu, ex. `"3"`) : une version périmée répond 412 `version_conflict` ; absent ou `*`, pas de vérification. */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                client_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StatusChange"];
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
                    "application/json": components["schemas"]["ClientPublic"];
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
            /** @description Accès refusé (`forbidden`). Permission requise : `clients.write` */
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
            /** @description Ressource introuvable (`client_not_found`, `not_found`) */
            404: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "client_not_found" | "not_found";
                    };
                };
            };
            /** @description Conflit (`already_client`, `client_erased`, `client_not_trashed`, `client_trashed`, `concurrent_update`, `status_exists`, `trash_status_exists`) */
            409: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "already_client" | "client_erased" | "client_not_trashed" | "client_trashed" | "concurrent_update" | "status_exists" | "trash_status_exists";
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
            /** @description Requête non traitable (`invalid_block_reason`, `invalid_contact`, `invalid_duplicate`, `invalid_retention`, `invalid_status`, `unknown_status`, `validation_error`) */
            422: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "invalid_block_reason" | "invalid_contact" | "invalid_duplicate" | "invalid_retention" | "invalid_status" | "unknown_status" | "validation_error";
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
    "clients.trash": {
        parameters: {
            query?: never;
            header?: {
                /** @description La version attendue (l'`ETag` reçu, ex. `"3"`) : une version périmée répond 412 `version_conflict` ; absent ou `*`, pas de vérification. */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                client_id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["TrashRequest"] | null;
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
                    "application/json": components["schemas"]["ClientPublic"];
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
            /** @description Accès refusé (`forbidden`). Permission requise : `clients.write` */
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
            /** @description Ressource introuvable (`client_not_found`, `not_found`) */
            404: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "client_not_found" | "not_found";
                    };
                };
            };
            /** @description Conflit (`already_client`, `client_erased`, `client_not_trashed`, `client_trashed`, `concurrent_update`, `status_exists`, `trash_status_exists`) */
            409: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "already_client" | "client_erased" | "client_not_trashed" | "client_trashed" | "concurrent_update" | "status_exists" | "trash_status_exists";
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
            /** @description Requête non traitable (`invalid_block_reason`, `invalid_contact`, `invalid_duplicate`, `invalid_retention`, `invalid_status`, `unknown_status`, `validation_error`) */
            422: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "invalid_block_reason" | "invalid_contact" | "invalid_duplicate" | "invalid_retention" | "invalid_status" | "unknown_status" | "validation_error";
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
    "personal_data.read_retention": {
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
                    "application/json": components["schemas"]["RetentionPublic"];
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
    "personal_data.set_retention": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RetentionChange"];
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
                    "application/json": components["schemas"]["RetentionPublic"];
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
            /** @description Ressource introuvable (`client_not_found`, `not_found`) */
            404: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "client_not_found" | "not_found";
                    };
                };
            };
            /** @description Conflit (`already_client`, `client_erased`, `client_not_trashed`, `client_trashed`, `concurrent_update`, `status_exists`, `trash_status_exists`) */
            409: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "already_client" | "client_erased" | "client_not_trashed" | "client_trashed" | "concurrent_update" | "status_exists" | "trash_status_exists";
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
            /** @description Requête non traitable (`invalid_block_reason`, `invalid_contact`, `invalid_duplicate`, `invalid_retention`, `invalid_status`, `unknown_status`, `validation_error`) */
            422: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "invalid_block_reason" | "invalid_contact" | "invalid_duplicate" | "invalid_retention" | "invalid_status" | "unknown_status" | "validation_error";
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
    "statuses.list_statuses": {
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
                    "application/json": components["schemas"]["StatusPublic"][];
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
    "statuses.define_status": {
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
                "application/json": components["schemas"]["StatusCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatusPublic"];
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
            /** @description Ressource introuvable (`client_not_found`, `not_found`) */
            404: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "client_not_found" | "not_found";
                    };
                };
            };
            /** @description Conflit (`already_client`, `client_erased`, `client_not_trashed`, `client_trashed`, `concurrent_update`, `status_exists`, `trash_status_exists`) */
            409: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "already_client" | "client_erased" | "client_not_trashed" | "client_trashed" | "concurrent_update" | "status_exists" | "trash_status_exists";
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
            /** @description Requête non traitable (`idempotency_key_reused`, `invalid_block_reason`, `invalid_contact`, `invalid_duplicate`, `invalid_retention`, `invalid_status`, `unknown_status`, `validation_error`) */
            422: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "idempotency_key_reused" | "invalid_block_reason" | "invalid_contact" | "invalid_duplicate" | "invalid_retention" | "invalid_status" | "unknown_status" | "validation_error";
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
    "statuses.configure_status": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StatusRules"];
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
                    "application/json": components["schemas"]["StatusPublic"];
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
            /** @description Ressource introuvable (`client_not_found`, `not_found`) */
            404: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "client_not_found" | "not_found";
                    };
                };
            };
            /** @description Conflit (`already_client`, `client_erased`, `client_not_trashed`, `client_trashed`, `concurrent_update`, `status_exists`, `trash_status_exists`) */
            409: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "already_client" | "client_erased" | "client_not_trashed" | "client_trashed" | "concurrent_update" | "status_exists" | "trash_status_exists";
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
            /** @description Requête non traitable (`invalid_block_reason`, `invalid_contact`, `invalid_duplicate`, `invalid_retention`, `invalid_status`, `unknown_status`, `validation_error`) */
            422: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "invalid_block_reason" | "invalid_contact" | "invalid_duplicate" | "invalid_retention" | "invalid_status" | "unknown_status" | "validation_error";
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
}
