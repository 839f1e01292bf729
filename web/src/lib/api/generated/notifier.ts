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
        get: operations["list_alerts_alerts_get"];
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
        post: operations["read_alert_alerts__alert_id__read_post"];
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
         * @description The caller's new alerts, live (server-sent events ``alert``; ``ready`` first).
         */
        get: operations["stream_alerts_alerts_stream_get"];
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
        get: operations["list_emails_emails_get"];
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
        get: operations["diagnose_domain_sender_domains__domain__get"];
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
        /** HTTPValidationError */
        HTTPValidationError: {
            /** Detail */
            detail?: components["schemas"]["ValidationError"][];
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
    list_alerts_alerts_get: {
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
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AlertPage"];
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
    read_alert_alerts__alert_id__read_post: {
        parameters: {
            query?: never;
            header?: {
                "If-Match"?: string | null;
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
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AlertPublic"];
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
    stream_alerts_alerts_stream_get: {
        parameters: {
            query?: {
                /** @description Jeton, pour EventSource */
                access_token?: string | null;
            };
            header?: {
                authorization?: string | null;
                "Last-Event-ID"?: string | null;
            };
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
                content?: never;
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
    list_emails_emails_get: {
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
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmailPage"];
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
    diagnose_domain_sender_domains__domain__get: {
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
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SenderDomainPublic"];
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
