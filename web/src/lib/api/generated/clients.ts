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
         * @description List or search the records (best match first with ``q``; ``trash=true`` for the trash).
         */
        get: operations["list_clients_clients_get"];
        put?: never;
        /**
         * Create Client
         * @description Create a record; the answer lists its probable duplicates.
         */
        post: operations["create_client_clients_post"];
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
        get: operations["get_client_clients__client_id__get"];
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
        put: operations["block_clients__client_id__commercial_block_put"];
        post?: never;
        /**
         * Unblock
         * @description Allow commercial management again.
         */
        delete: operations["unblock_clients__client_id__commercial_block_delete"];
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
        patch: operations["change_contact_clients__client_id__contact_patch"];
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
        get: operations["list_duplicates_clients__client_id__duplicates_get"];
        put?: never;
        post?: never;
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
        get: operations["get_history_clients__client_id__history_get"];
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
        put: operations["change_owner_clients__client_id__owner_put"];
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
        post: operations["restore_clients__client_id__restore_post"];
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
         * @description Set the record's status (``en_cours_de_chantier`` puts it on the planning).
         */
        put: operations["change_status_clients__client_id__status_put"];
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
        post: operations["trash_clients__client_id__trash_post"];
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
        get: operations["health_health_get"];
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
        get: operations["ready_ready_get"];
        put?: never;
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
        get: operations["list_statuses_statuses_get"];
        put?: never;
        /**
         * Define Status
         * @description Add a status to the tenant's list.
         */
        post: operations["define_status_statuses_post"];
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
        /** HTTPValidationError */
        HTTPValidationError: {
            /** Detail */
            detail?: components["schemas"]["ValidationError"][];
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
        /** StatusChange */
        StatusChange: {
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
            /** Label */
            label: string;
        };
        /** StatusPublic */
        StatusPublic: {
            /** Code */
            code: string;
            /** Default */
            default: boolean;
            /** Label */
            label: string;
        };
        /** StatusRef */
        StatusRef: {
            /** Code */
            code: string;
            /** Label */
            label: string;
        };
        /** TrashRequest */
        TrashRequest: {
            /**
             * Duplicate Of
             * @description La fiche dont celle-ci est le doublon
             */
            duplicate_of?: string | null;
        };
        /** ValidationError */
        ValidationError: {
            /** Context */
            ctx?: Record<string, never>;
            /** Input */
            input?: unknown;
            /** Location */
            loc: (string | number)[];
            /** Message */
            msg: string;
            /** Error Type */
            type: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    list_clients_clients_get: {
        parameters: {
            query?: {
                /** @description Curseur opaque de la page suivante */
                cursor?: string | null;
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
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_ClientPublic_"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    create_client_clients_post: {
        parameters: {
            query?: never;
            header?: {
                "Idempotency-Key"?: string | null;
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
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientCreated"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    get_client_clients__client_id__get: {
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
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientPublic"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    block_clients__client_id__commercial_block_put: {
        parameters: {
            query?: never;
            header?: {
                "If-Match"?: string | null;
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
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientPublic"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    unblock_clients__client_id__commercial_block_delete: {
        parameters: {
            query?: never;
            header?: {
                "If-Match"?: string | null;
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
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientPublic"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    change_contact_clients__client_id__contact_patch: {
        parameters: {
            query?: never;
            header?: {
                "If-Match"?: string | null;
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
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientPublic"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    list_duplicates_clients__client_id__duplicates_get: {
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
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_DuplicatePublic_"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    get_history_clients__client_id__history_get: {
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
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_HistoryEntryPublic_"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    change_owner_clients__client_id__owner_put: {
        parameters: {
            query?: never;
            header?: {
                "If-Match"?: string | null;
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
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientPublic"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    restore_clients__client_id__restore_post: {
        parameters: {
            query?: never;
            header?: {
                "If-Match"?: string | null;
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
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientPublic"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    change_status_clients__client_id__status_put: {
        parameters: {
            query?: never;
            header?: {
                "If-Match"?: string | null;
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
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientPublic"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    trash_clients__client_id__trash_post: {
        parameters: {
            query?: never;
            header?: {
                "If-Match"?: string | null;
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
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientPublic"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    health_health_get: {
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
    ready_ready_get: {
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
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
        };
    };
    list_statuses_statuses_get: {
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
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatusPublic"][];
                };
            };
        };
    };
    define_status_statuses_post: {
        parameters: {
            query?: never;
            header?: {
                "Idempotency-Key"?: string | null;
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
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatusPublic"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
}
