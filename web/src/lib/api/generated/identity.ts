// GENERATED from docs/openapi/identity.json by scripts/generate-api.mjs: do not edit.
export interface paths {
    "/.well-known/jwks.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Jwks
         * @description The public keys that verify identity's tokens (current and recently retired).
         */
        get: operations["auth.jwks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revoke Token
         * @description End the session of a refresh token, from the body or the cookie (204 even if unknown).
         */
        post: operations["auth.revoke_token"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Issue Token
         * @description Log in with email and password, or rotate a refresh token (in the body or the cookie).
         */
        post: operations["auth.issue_token"];
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
    "/notification-kinds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Notification Kinds
         * @description Every kind of notification a user can route to alerts and/or emails.
         */
        get: operations["tenant.notification_kinds"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/permissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Permissions
         * @description Every permission with its French label.
         */
        get: operations["tenant.permissions"];
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
    "/tenant": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read Tenant
         * @description The caller's company.
         */
        get: operations["tenant.read_tenant"];
        /**
         * Update Tenant
         * @description Change the company's name, time zone or sender address (settings.manage).
         */
        put: operations["tenant.update_tenant"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Directory
         * @description The company's users in French name order (accents and case ignored), for pickers.
         */
        get: operations["users.directory"];
        put?: never;
        /**
         * Create User
         * @description Create an account with an initial password (users.manage).
         */
        post: operations["users.create_user"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{user_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read User
         * @description One user of the company.
         */
        get: operations["users.read_user"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{user_id}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Deactivate
         * @description Deactivate an account (users.manage): no more logins, sessions end at the next refresh.
         */
        post: operations["users.deactivate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{user_id}/erasure": {
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
         * @description Erase a user who left: their account closes, their actions and interventions stay,
         *     attributed to « Utilisateur effacé » in every service.
         */
        post: operations["personal_data.erase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{user_id}/operator": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Change Operator
         * @description Make a user bookable on interventions, or not (users.manage).
         */
        put: operations["users.change_operator"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{user_id}/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Change Password
         * @description Change a password: one's own with the current one, another's with users.manage.
         */
        put: operations["users.change_password"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{user_id}/permissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Change Permissions
         * @description Replace a user's permissions (users.manage).
         */
        put: operations["users.change_permissions"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{user_id}/preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read Preferences
         * @description A user's preferences (one's own, or any with users.manage).
         */
        get: operations["users.read_preferences"];
        /**
         * Change Preferences
         * @description Replace a user's preferences; a kind left out gets every channel.
         */
        put: operations["users.change_preferences"];
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
        /** NotificationKindPublic */
        NotificationKindPublic: {
            /** Code */
            code: string;
            /** Label */
            label: string;
        };
        /** OperatorUpdate */
        OperatorUpdate: {
            /** Is Operator */
            is_operator: boolean;
        };
        /** PasswordUpdate */
        PasswordUpdate: {
            /** Current Password */
            current_password?: string | null;
            /** New Password */
            new_password: string;
        };
        /** PermissionPublic */
        PermissionPublic: {
            /** Code */
            code: string;
            /** Label */
            label: string;
        };
        /** PermissionsUpdate */
        PermissionsUpdate: {
            /**
             * Is Admin
             * @default false
             */
            is_admin: boolean;
            /** Permissions */
            permissions?: string[];
        };
        /**
         * PreferencesPublic
         * @description Every notification kind is listed, with its channels (absent from a PUT = all).
         */
        PreferencesPublic: {
            /** Notification Channels */
            notification_channels: {
                [key: string]: ("alert" | "email")[];
            };
            /** Sav Observations As Tooltips */
            sav_observations_as_tooltips: boolean;
            /** Show Archived Sav */
            show_archived_sav: boolean;
            /**
             * User Id
             * Format: uuid
             */
            user_id: string;
            /** Version */
            version: number;
        };
        /** PreferencesUpdate */
        PreferencesUpdate: {
            /** Notification Channels */
            notification_channels?: {
                [key: string]: ("alert" | "email")[];
            };
            /**
             * Sav Observations As Tooltips
             * @default true
             */
            sav_observations_as_tooltips: boolean;
            /**
             * Show Archived Sav
             * @default false
             */
            show_archived_sav: boolean;
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
        /**
         * RevokeRequest
         * @description The refresh token to revoke; none in the cookie mode (the cookie's, X-Ouvrage-CSRF
         *     required).
         */
        RevokeRequest: {
            /** Refresh Token */
            refresh_token?: string | null;
        };
        /** TenantPublic */
        TenantPublic: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Name */
            name: string;
            /** Sender Email */
            sender_email: string | null;
            /** Timezone */
            timezone: string;
            /** Version */
            version: number;
        };
        /** TenantUpdate */
        TenantUpdate: {
            /** Name */
            name: string;
            /** Sender Email */
            sender_email?: string | null;
            /** Timezone */
            timezone: string;
        };
        /**
         * TokenPublic
         * @description The refresh token is absent in the cookie mode (it is in the cookie).
         */
        TokenPublic: {
            /** Access Token */
            access_token: string;
            /** Expires In */
            expires_in: number;
            /**
             * Password Change Required
             * @default false
             */
            password_change_required: boolean;
            /** Refresh Token */
            refresh_token?: string | null;
            /**
             * Token Type
             * @default Bearer
             * @constant
             */
            token_type: "Bearer";
        };
        /**
         * TokenRequest
         * @description ``grant_type`` password (email + password) or refresh_token.
         *
         *     ``refresh_token_delivery: "cookie"`` (browsers): the refresh token travels as an HttpOnly
         *     cookie instead of in the bodies, and a refresh reads it there (header X-Ouvrage-CSRF
         *     required).
         */
        TokenRequest: {
            /** Email */
            email?: string | null;
            /**
             * Grant Type
             * @default password
             * @enum {string}
             */
            grant_type: "password" | "refresh_token";
            /** Password */
            password?: string | null;
            /** Refresh Token */
            refresh_token?: string | null;
            /**
             * Refresh Token Delivery
             * @default body
             * @enum {string}
             */
            refresh_token_delivery: "body" | "cookie";
        };
        /**
         * UndeliverableEmailPublic
         * @description The user's address bounced: mail to it cannot be delivered.
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
        /** UserCreate */
        UserCreate: {
            /** Email */
            email: string;
            /** First Name */
            first_name: string;
            /**
             * Is Admin
             * @default false
             */
            is_admin: boolean;
            /**
             * Is Operator
             * @default false
             */
            is_operator: boolean;
            /** Last Name */
            last_name: string;
            /** Password */
            password: string;
            /** Permissions */
            permissions?: string[];
        };
        /** UserErasurePublic */
        UserErasurePublic: {
            /**
             * Erased
             * @default true
             */
            erased: boolean;
            /** Recorded Now */
            recorded_now: boolean;
            /**
             * User Id
             * Format: uuid
             */
            user_id: string;
        };
        /** UserPage */
        UserPage: {
            /** Items */
            items: components["schemas"]["UserPublic"][];
            /** Next Cursor */
            next_cursor?: string | null;
        };
        /**
         * UserPublic
         * @description An entry of the directory; ``permissions`` are the effective ones.
         */
        UserPublic: {
            /** Active */
            active: boolean;
            /** Email */
            email: string;
            email_undeliverable?: components["schemas"]["UndeliverableEmailPublic"] | null;
            /** First Name */
            first_name: string;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Is Admin */
            is_admin: boolean;
            /** Is Operator */
            is_operator: boolean;
            /** Last Name */
            last_name: string;
            /** Name */
            name: string;
            /** Permissions */
            permissions: string[];
            /** Version */
            version: number;
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
    "auth.jwks": {
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
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    "auth.revoke_token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["RevokeRequest"] | null;
            };
        };
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Authentification requise (`actor_deactivated`, `invalid_credentials`, `invalid_refresh_token`) */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "actor_deactivated" | "invalid_credentials" | "invalid_refresh_token";
                    };
                };
            };
            /** @description Accès refusé (`csrf_header_required`). cookie mode without the X-Ouvrage-CSRF header */
            403: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "csrf_header_required";
                    };
                };
            };
            /** @description Ressource introuvable (`not_found`, `tenant_not_found`, `user_not_found`) */
            404: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "not_found" | "tenant_not_found" | "user_not_found";
                    };
                };
            };
            /** @description Conflit (`concurrent_update`, `email_taken`, `last_administrator`, `self_deactivation`, `user_deactivated`) */
            409: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "concurrent_update" | "email_taken" | "last_administrator" | "self_deactivation" | "user_deactivated";
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
            /** @description Requête non traitable (`current_password_required`, `invalid_channel`, `invalid_email`, `invalid_name`, `invalid_timezone`, `password_policy`, `security_notifications_required`, `sender_email_required`, `unknown_notification_kind`, `unknown_permission`, `validation_error`) */
            422: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "current_password_required" | "invalid_channel" | "invalid_email" | "invalid_name" | "invalid_timezone" | "password_policy" | "security_notifications_required" | "sender_email_required" | "unknown_notification_kind" | "unknown_permission" | "validation_error";
                    };
                };
            };
        };
    };
    "auth.issue_token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TokenRequest"];
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
                    "application/json": components["schemas"]["TokenPublic"];
                };
            };
            /** @description Authentification requise (`actor_deactivated`, `invalid_credentials`, `invalid_refresh_token`) */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "actor_deactivated" | "invalid_credentials" | "invalid_refresh_token";
                    };
                };
            };
            /** @description Accès refusé (`csrf_header_required`). cookie mode without the X-Ouvrage-CSRF header */
            403: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "csrf_header_required";
                    };
                };
            };
            /** @description Ressource introuvable (`not_found`, `tenant_not_found`, `user_not_found`) */
            404: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "not_found" | "tenant_not_found" | "user_not_found";
                    };
                };
            };
            /** @description Conflit (`concurrent_update`, `email_taken`, `last_administrator`, `self_deactivation`, `user_deactivated`) */
            409: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "concurrent_update" | "email_taken" | "last_administrator" | "self_deactivation" | "user_deactivated";
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
            /** @description Requête non traitable (`current_password_required`, `invalid_channel`, `invalid_email`, `invalid_name`, `invalid_timezone`, `password_policy`, `security_notifications_required`, `sender_email_required`, `unknown_notification_kind`, `unknown_permission`, `validation_error`) */
            422: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "current_password_required" | "invalid_channel" | "invalid_email" | "invalid_name" | "invalid_timezone" | "password_policy" | "security_notifications_required" | "sender_email_required" | "unknown_notification_kind" | "unknown_permission" | "validation_error";
                    };
                };
            };
            /** @description Trop de requêtes (`too_many_attempts`). too many attempts from this address or for this account (Retry-After) */
            429: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "too_many_attempts";
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
    "tenant.notification_kinds": {
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
                    "application/json": components["schemas"]["NotificationKindPublic"][];
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
            /** @description Accès refusé (`account_authority`, `current_password_incorrect`, `forbidden`, `grant_not_allowed`, `password_change_required`) */
            403: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "account_authority" | "current_password_incorrect" | "forbidden" | "grant_not_allowed" | "password_change_required";
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
    "tenant.permissions": {
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
                    "application/json": components["schemas"]["PermissionPublic"][];
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
            /** @description Accès refusé (`account_authority`, `current_password_incorrect`, `forbidden`, `grant_not_allowed`, `password_change_required`) */
            403: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "account_authority" | "current_password_incorrect" | "forbidden" | "grant_not_allowed" | "password_change_required";
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
    "tenant.read_tenant": {
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
                    ETag: components["headers"]["ETag"];
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TenantPublic"];
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
            /** @description Accès refusé (`account_authority`, `current_password_incorrect`, `forbidden`, `grant_not_allowed`, `password_change_required`) */
            403: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "account_authority" | "current_password_incorrect" | "forbidden" | "grant_not_allowed" | "password_change_required";
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
    "tenant.update_tenant": {
        parameters: {
            query?: never;
            header?: {
                /** @description La version attendue (l'`ETag` reçu, ex. `"3"`) : une version périmée répond 412 `version_conflict` ; absent ou `*`, pas de vérification. */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TenantUpdate"];
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
                    "application/json": components["schemas"]["TenantPublic"];
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
            /** @description Accès refusé (`account_authority`, `current_password_incorrect`, `forbidden`, `grant_not_allowed`, `password_change_required`). Permission requise : `settings.manage` */
            403: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "account_authority" | "current_password_incorrect" | "forbidden" | "grant_not_allowed" | "password_change_required";
                    };
                };
            };
            /** @description Ressource introuvable (`not_found`, `tenant_not_found`, `user_not_found`) */
            404: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "not_found" | "tenant_not_found" | "user_not_found";
                    };
                };
            };
            /** @description Conflit (`concurrent_update`, `email_taken`, `last_administrator`, `self_deactivation`, `user_deactivated`) */
            409: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "concurrent_update" | "email_taken" | "last_administrator" | "self_deactivation" | "user_deactivated";
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
            /** @description Requête non traitable (`current_password_required`, `invalid_channel`, `invalid_email`, `invalid_name`, `invalid_timezone`, `password_policy`, `security_notifications_required`, `sender_email_required`, `unknown_notification_kind`, `unknown_permission`, `validation_error`) */
            422: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "current_password_required" | "invalid_channel" | "invalid_email" | "invalid_name" | "invalid_timezone" | "password_policy" | "security_notifications_required" | "sender_email_required" | "unknown_notification_kind" | "unknown_permission" | "validation_error";
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
    "users.directory": {
        parameters: {
            query?: {
                /** @description Only active (or inactive) users */
                active?: boolean | null;
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
                    "application/json": components["schemas"]["UserPage"];
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
            /** @description Accès refusé (`account_authority`, `current_password_incorrect`, `forbidden`, `grant_not_allowed`, `password_change_required`) */
            403: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "account_authority" | "current_password_incorrect" | "forbidden" | "grant_not_allowed" | "password_change_required";
                    };
                };
            };
            /** @description Requête non traitable (`current_password_required`, `invalid_channel`, `invalid_email`, `invalid_name`, `invalid_timezone`, `password_policy`, `security_notifications_required`, `sender_email_required`, `unknown_notification_kind`, `unknown_permission`, `validation_error`) */
            422: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "current_password_required" | "invalid_channel" | "invalid_email" | "invalid_name" | "invalid_timezone" | "password_policy" | "security_notifications_required" | "sender_email_required" | "unknown_notification_kind" | "unknown_permission" | "validation_error";
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
    "users.create_user": {
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
                "application/json": components["schemas"]["UserCreate"];
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
                    "application/json": components["schemas"]["UserPublic"];
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
            /** @description Accès refusé (`account_authority`, `current_password_incorrect`, `forbidden`, `grant_not_allowed`, `password_change_required`). Permission requise : `users.manage` */
            403: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "account_authority" | "current_password_incorrect" | "forbidden" | "grant_not_allowed" | "password_change_required";
                    };
                };
            };
            /** @description Ressource introuvable (`not_found`, `tenant_not_found`, `user_not_found`) */
            404: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "not_found" | "tenant_not_found" | "user_not_found";
                    };
                };
            };
            /** @description Conflit (`concurrent_update`, `email_taken`, `last_administrator`, `self_deactivation`, `user_deactivated`) */
            409: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "concurrent_update" | "email_taken" | "last_administrator" | "self_deactivation" | "user_deactivated";
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
            /** @description Requête non traitable (`current_password_required`, `idempotency_key_reused`, `invalid_channel`, `invalid_email`, `invalid_name`, `invalid_timezone`, `password_policy`, `security_notifications_required`, `sender_email_required`, `unknown_notification_kind`, `unknown_permission`, `validation_error`) */
            422: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "current_password_required" | "idempotency_key_reused" | "invalid_channel" | "invalid_email" | "invalid_name" | "invalid_timezone" | "password_policy" | "security_notifications_required" | "sender_email_required" | "unknown_notification_kind" | "unknown_permission" | "validation_error";
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
    "users.read_user": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                user_id: string;
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
                    "application/json": components["schemas"]["UserPublic"];
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
            /** @description Accès refusé (`account_authority`, `current_password_incorrect`, `forbidden`, `grant_not_allowed`, `password_change_required`) */
            403: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "account_authority" | "current_password_incorrect" | "forbidden" | "grant_not_allowed" | "password_change_required";
                    };
                };
            };
            /** @description Ressource introuvable (`not_found`, `tenant_not_found`, `user_not_found`) */
            404: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "not_found" | "tenant_not_found" | "user_not_found";
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
    "users.deactivate": {
        parameters: {
            query?: never;
            header?: {
                /** @description La version attendue (l'`ETag` reçu, ex. `"3"`) : une version périmée répond 412 `version_conflict` ; absent ou `*`, pas de vérification. */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                user_id: string;
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
                    "application/json": components["schemas"]["UserPublic"];
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
            /** @description Accès refusé (`account_authority`, `current_password_incorrect`, `forbidden`, `grant_not_allowed`, `password_change_required`). Permission requise : `users.manage` */
            403: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "account_authority" | "current_password_incorrect" | "forbidden" | "grant_not_allowed" | "password_change_required";
                    };
                };
            };
            /** @description Ressource introuvable (`not_found`, `tenant_not_found`, `user_not_found`) */
            404: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "not_found" | "tenant_not_found" | "user_not_found";
                    };
                };
            };
            /** @description Conflit (`concurrent_update`, `email_taken`, `last_administrator`, `self_deactivation`, `user_deactivated`) */
            409: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "concurrent_update" | "email_taken" | "last_administrator" | "self_deactivation" | "user_deactivated";
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
            /** @description Requête non traitable (`current_password_required`, `invalid_channel`, `invalid_email`, `invalid_name`, `invalid_timezone`, `password_policy`, `security_notifications_required`, `sender_email_required`, `unknown_notification_kind`, `unknown_permission`, `validation_error`) */
            422: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "current_password_required" | "invalid_channel" | "invalid_email" | "invalid_name" | "invalid_timezone" | "password_policy" | "security_notifications_required" | "sender_email_required" | "unknown_notification_kind" | "unknown_permission" | "validation_error";
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
                user_id: string;
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
                    "application/json": components["schemas"]["UserErasurePublic"];
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
            /** @description Accès refusé (`account_authority`, `current_password_incorrect`, `forbidden`, `grant_not_allowed`, `password_change_required`). Permission requise : `personal_data.manage` */
            403: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "account_authority" | "current_password_incorrect" | "forbidden" | "grant_not_allowed" | "password_change_required";
                    };
                };
            };
            /** @description Ressource introuvable (`not_found`, `tenant_not_found`, `user_not_found`) */
            404: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "not_found" | "tenant_not_found" | "user_not_found";
                    };
                };
            };
            /** @description Conflit (`concurrent_update`, `email_taken`, `last_administrator`, `self_deactivation`, `user_deactivated`) */
            409: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "concurrent_update" | "email_taken" | "last_administrator" | "self_deactivation" | "user_deactivated";
                    };
                };
            };
            /** @description Requête non traitable (`current_password_required`, `invalid_channel`, `invalid_email`, `invalid_name`, `invalid_timezone`, `password_policy`, `security_notifications_required`, `sender_email_required`, `unknown_notification_kind`, `unknown_permission`, `validation_error`) */
            422: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "current_password_required" | "invalid_channel" | "invalid_email" | "invalid_name" | "invalid_timezone" | "password_policy" | "security_notifications_required" | "sender_email_required" | "unknown_notification_kind" | "unknown_permission" | "validation_error";
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
    "users.change_operator": {
        parameters: {
            query?: never;
            header?: {
                /** @description La version attendue (l'`ETag` reçu, ex. `"3"`) : une version périmée répond 412 `version_conflict` ; absent ou `*`, pas de vérification. */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                user_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OperatorUpdate"];
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
                    "application/json": components["schemas"]["UserPublic"];
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
            /** @description Accès refusé (`account_authority`, `current_password_incorrect`, `forbidden`, `grant_not_allowed`, `password_change_required`). Permission requise : `users.manage` */
            403: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "account_authority" | "current_password_incorrect" | "forbidden" | "grant_not_allowed" | "password_change_required";
                    };
                };
            };
            /** @description Ressource introuvable (`not_found`, `tenant_not_found`, `user_not_found`) */
            404: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "not_found" | "tenant_not_found" | "user_not_found";
                    };
                };
            };
            /** @description Conflit (`concurrent_update`, `email_taken`, `last_administrator`, `self_deactivation`, `user_deactivated`) */
            409: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "concurrent_update" | "email_taken" | "last_administrator" | "self_deactivation" | "user_deactivated";
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
            /** @description Requête non traitable (`current_password_required`, `invalid_channel`, `invalid_email`, `invalid_name`, `invalid_timezone`, `password_policy`, `security_notifications_required`, `sender_email_required`, `unknown_notification_kind`, `unknown_permission`, `validation_error`) */
            422: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "current_password_required" | "invalid_channel" | "invalid_email" | "invalid_name" | "invalid_timezone" | "password_policy" | "security_notifications_required" | "sender_email_required" | "unknown_notification_kind" | "unknown_permission" | "validation_error";
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
    "users.change_password": {
        parameters: {
            query?: never;
            header?: {
                /** @description La version attendue (l'`ETag` reçu, ex. `"3"`) : une version périmée répond 412 `version_conflict` ; absent ou `*`, pas de vérification. */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                user_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordUpdate"];
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
                    "application/json": components["schemas"]["UserPublic"];
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
            /** @description Accès refusé (`account_authority`, `current_password_incorrect`, `forbidden`, `grant_not_allowed`, `password_change_required`) */
            403: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "account_authority" | "current_password_incorrect" | "forbidden" | "grant_not_allowed" | "password_change_required";
                    };
                };
            };
            /** @description Ressource introuvable (`not_found`, `tenant_not_found`, `user_not_found`) */
            404: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "not_found" | "tenant_not_found" | "user_not_found";
                    };
                };
            };
            /** @description Conflit (`concurrent_update`, `email_taken`, `last_administrator`, `self_deactivation`, `user_deactivated`) */
            409: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "concurrent_update" | "email_taken" | "last_administrator" | "self_deactivation" | "user_deactivated";
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
            /** @description Requête non traitable (`current_password_required`, `invalid_channel`, `invalid_email`, `invalid_name`, `invalid_timezone`, `password_policy`, `security_notifications_required`, `sender_email_required`, `unknown_notification_kind`, `unknown_permission`, `validation_error`) */
            422: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "current_password_required" | "invalid_channel" | "invalid_email" | "invalid_name" | "invalid_timezone" | "password_policy" | "security_notifications_required" | "sender_email_required" | "unknown_notification_kind" | "unknown_permission" | "validation_error";
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
    "users.change_permissions": {
        parameters: {
            query?: never;
            header?: {
                /** @description La version attendue (l'`ETag` reçu, ex. `"3"`) : une version périmée répond 412 `version_conflict` ; absent ou `*`, pas de vérification. */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                user_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PermissionsUpdate"];
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
                    "application/json": components["schemas"]["UserPublic"];
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
            /** @description Accès refusé (`account_authority`, `current_password_incorrect`, `forbidden`, `grant_not_allowed`, `password_change_required`). Permission requise : `users.manage` */
            403: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "account_authority" | "current_password_incorrect" | "forbidden" | "grant_not_allowed" | "password_change_required";
                    };
                };
            };
            /** @description Ressource introuvable (`not_found`, `tenant_not_found`, `user_not_found`) */
            404: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "not_found" | "tenant_not_found" | "user_not_found";
                    };
                };
            };
            /** @description Conflit (`concurrent_update`, `email_taken`, `last_administrator`, `self_deactivation`, `user_deactivated`) */
            409: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "concurrent_update" | "email_taken" | "last_administrator" | "self_deactivation" | "user_deactivated";
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
            /** @description Requête non traitable (`current_password_required`, `invalid_channel`, `invalid_email`, `invalid_name`, `invalid_timezone`, `password_policy`, `security_notifications_required`, `sender_email_required`, `unknown_notification_kind`, `unknown_permission`, `validation_error`) */
            422: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "current_password_required" | "invalid_channel" | "invalid_email" | "invalid_name" | "invalid_timezone" | "password_policy" | "security_notifications_required" | "sender_email_required" | "unknown_notification_kind" | "unknown_permission" | "validation_error";
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
    "users.read_preferences": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                user_id: string;
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
                    "application/json": components["schemas"]["PreferencesPublic"];
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
            /** @description Accès refusé (`account_authority`, `current_password_incorrect`, `forbidden`, `grant_not_allowed`, `password_change_required`) */
            403: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "account_authority" | "current_password_incorrect" | "forbidden" | "grant_not_allowed" | "password_change_required";
                    };
                };
            };
            /** @description Ressource introuvable (`not_found`, `tenant_not_found`, `user_not_found`) */
            404: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "not_found" | "tenant_not_found" | "user_not_found";
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
    "users.change_preferences": {
        parameters: {
            query?: never;
            header?: {
                /** @description La version attendue (l'`ETag` reçu, ex. `"3"`) : une version périmée répond 412 `version_conflict` ; absent ou `*`, pas de vérification. */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                user_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PreferencesUpdate"];
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
                    "application/json": components["schemas"]["PreferencesPublic"];
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
            /** @description Accès refusé (`account_authority`, `current_password_incorrect`, `forbidden`, `grant_not_allowed`, `password_change_required`) */
            403: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "account_authority" | "current_password_incorrect" | "forbidden" | "grant_not_allowed" | "password_change_required";
                    };
                };
            };
            /** @description Ressource introuvable (`not_found`, `tenant_not_found`, `user_not_found`) */
            404: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "not_found" | "tenant_not_found" | "user_not_found";
                    };
                };
            };
            /** @description Conflit (`concurrent_update`, `email_taken`, `last_administrator`, `self_deactivation`, `user_deactivated`) */
            409: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "concurrent_update" | "email_taken" | "last_administrator" | "self_deactivation" | "user_deactivated";
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
            /** @description Requête non traitable (`current_password_required`, `invalid_channel`, `invalid_email`, `invalid_name`, `invalid_timezone`, `password_policy`, `security_notifications_required`, `sender_email_required`, `unknown_notification_kind`, `unknown_permission`, `validation_error`) */
            422: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "current_password_required" | "invalid_channel" | "invalid_email" | "invalid_name" | "invalid_timezone" | "password_policy" | "security_notifications_required" | "sender_email_required" | "unknown_notification_kind" | "unknown_permission" | "validation_error";
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
