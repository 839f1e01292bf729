// GENERATED from docs/openapi/planning.json by scripts/generate-api.mjs: do not edit.
export interface paths {
    "/clients/{client_id}/sav": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Open Sav
         * @description Open a SAV or service ticket for a client.
         */
        post: operations["open_sav_clients__client_id__sav_post"];
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
    "/home": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Home
         * @description The SAV and services of the company, per the caller's display preferences.
         */
        get: operations["get_home_home_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/interventions/{intervention_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Intervention
         * @description One intervention with its dot and padlock.
         */
        get: operations["get_intervention_interventions__intervention_id__get"];
        put?: never;
        post?: never;
        /**
         * Remove Intervention
         * @description Take the intervention off the planning (refused while locked).
         */
        delete: operations["remove_intervention_interventions__intervention_id__delete"];
        options?: never;
        head?: never;
        /**
         * Change Intervention
         * @description Move the slot and/or change the operators (refused while locked).
         */
        patch: operations["change_intervention_interventions__intervention_id__patch"];
        trace?: never;
    };
    "/interventions/{intervention_id}/lock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Lock
         * @description Close the padlock: the intervention must not move.
         */
        post: operations["lock_interventions__intervention_id__lock_post"];
        /**
         * Unlock
         * @description Open the padlock.
         */
        delete: operations["unlock_interventions__intervention_id__lock_delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/interventions/{intervention_id}/state": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set State
         * @description Change the dot: a_faire (red), planifie (orange), fait (green).
         */
        put: operations["set_state_interventions__intervention_id__state_put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/operators/{user_id}/agenda": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Agenda
         * @description An operator's interventions of a week.
         */
        get: operations["get_agenda_operators__user_id__agenda_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/planning": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Planning
         * @description The planning: worksites by start date (earliest first, undated last) with their tasks,
         *     interventions, dots and padlocks.
         */
        get: operations["get_planning_planning_get"];
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
    "/sav": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Sav
         * @description The company's SAV and service tickets, newest first.
         */
        get: operations["list_sav_sav_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sav/{ticket_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Sav
         * @description One ticket with its observations.
         */
        get: operations["get_sav_sav__ticket_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sav/{ticket_id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Archive Sav
         * @description Archive a ticket.
         */
        post: operations["archive_sav_sav__ticket_id__archive_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sav/{ticket_id}/observations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add Observation
         * @description Add an observation to a ticket.
         */
        post: operations["add_observation_sav__ticket_id__observations_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/task-catalog": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Catalog
         * @description The company's planning tasks.
         */
        get: operations["list_catalog_task_catalog_get"];
        put?: never;
        /**
         * Add Catalog Task
         * @description Add a task to the company's catalog.
         */
        post: operations["add_catalog_task_task_catalog_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/worksites": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create Worksite
         * @description Put a client's worksite on the planning by hand.
         */
        post: operations["create_worksite_worksites_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/worksites/{worksite_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Worksite
         * @description One worksite with its tasks and interventions.
         */
        get: operations["get_worksite_worksites__worksite_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/worksites/{worksite_id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Close Worksite
         * @description Close the worksite: it leaves the planning.
         */
        post: operations["close_worksite_worksites__worksite_id__close_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/worksites/{worksite_id}/interventions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Plan Intervention
         * @description Book operators on the worksite for a time slot (double bookings are warned).
         */
        post: operations["plan_intervention_worksites__worksite_id__interventions_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/worksites/{worksite_id}/sheet.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Sheet Pdf
         * @description The site sheet (« fiche de chantier ») as a PDF to print.
         */
        get: operations["sheet_pdf_worksites__worksite_id__sheet_pdf_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/worksites/{worksite_id}/sheet/send": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send Sheet
         * @description Email the site sheet to a collaborator (through the notifier).
         */
        post: operations["send_sheet_worksites__worksite_id__sheet_send_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/worksites/{worksite_id}/start-date": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set Start Date
         * @description Set the start date, even a provisional one (the planning is ordered by it).
         */
        put: operations["set_start_date_worksites__worksite_id__start_date_put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/worksites/{worksite_id}/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add Task
         * @description Give the worksite a task of the company's catalog.
         */
        post: operations["add_task_worksites__worksite_id__tasks_post"];
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
        /** AddressPublic */
        AddressPublic: {
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
        /** AgendaEntry */
        AgendaEntry: {
            /** Client Name */
            client_name: string;
            dot: components["schemas"]["DotPublic"];
            /**
             * Ends At
             * Format: date-time
             */
            ends_at: string;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Label */
            label: string;
            /** Locked */
            locked: boolean;
            /** Operators */
            operators: components["schemas"]["OperatorPublic"][];
            /**
             * Starts At
             * Format: date-time
             */
            starts_at: string;
            /**
             * State
             * @enum {string}
             */
            state: "a_faire" | "planifie" | "fait";
            /** Version */
            version: number;
            /**
             * Worksite Id
             * Format: uuid
             */
            worksite_id: string;
            /** Worksite Title */
            worksite_title: string;
        };
        /** AgendaPublic */
        AgendaPublic: {
            /**
             * First Day
             * Format: date
             */
            first_day: string;
            /** Interventions */
            interventions: components["schemas"]["AgendaEntry"][];
            /**
             * Last Day
             * Format: date
             */
            last_day: string;
            /** Name */
            name: string | null;
            /** Timezone */
            timezone: string;
            /**
             * User Id
             * Format: uuid
             */
            user_id: string;
            /** Week */
            week: string;
        };
        /** CatalogPage */
        CatalogPage: {
            /** Items */
            items: components["schemas"]["CatalogTaskPublic"][];
            /** Next Cursor */
            next_cursor?: string | null;
        };
        /** CatalogTaskCreate */
        CatalogTaskCreate: {
            /** Name */
            name: string;
        };
        /** CatalogTaskPublic */
        CatalogTaskPublic: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Name */
            name: string;
            /** Seeded */
            seeded: boolean;
        };
        /**
         * DotPublic
         * @description The intervention's dot: its state, colour name and French label.
         */
        DotPublic: {
            /**
             * Colour
             * @enum {string}
             */
            colour: "red" | "orange" | "green";
            /** Label */
            label: string;
            /**
             * State
             * @enum {string}
             */
            state: "a_faire" | "planifie" | "fait";
        };
        /**
         * HomeItem
         * @description A SAV or service line of the home page; ``tooltip`` only if the user wants them.
         */
        HomeItem: {
            /** Archived */
            archived: boolean;
            /**
             * Client Id
             * Format: uuid
             */
            client_id: string;
            /** Client Name */
            client_name: string;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Kind
             * @enum {string}
             */
            kind: "sav" | "service";
            /**
             * Opened At
             * Format: date-time
             */
            opened_at: string;
            /** Title */
            title: string;
            /** Tooltip */
            tooltip: string | null;
        };
        /** HomePreferences */
        HomePreferences: {
            /** Sav Observations As Tooltips */
            sav_observations_as_tooltips: boolean;
            /** Show Archived Sav */
            show_archived_sav: boolean;
        };
        /** HomePublic */
        HomePublic: {
            /** Items */
            items: components["schemas"]["HomeItem"][];
            /** Next Cursor */
            next_cursor?: string | null;
            preferences: components["schemas"]["HomePreferences"];
        };
        /** HTTPValidationError */
        HTTPValidationError: {
            /** Detail */
            detail?: components["schemas"]["ValidationError"][];
        };
        /** InterventionCreate */
        InterventionCreate: {
            /**
             * Ends At
             * Format: date-time
             */
            ends_at: string;
            /**
             * Label
             * @default
             */
            label: string;
            /** Operator Ids */
            operator_ids?: string[];
            /**
             * Starts At
             * Format: date-time
             */
            starts_at: string;
            /** State */
            state?: ("a_faire" | "planifie" | "fait") | null;
        };
        /** InterventionPublic */
        InterventionPublic: {
            dot: components["schemas"]["DotPublic"];
            /**
             * Ends At
             * Format: date-time
             */
            ends_at: string;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Label */
            label: string;
            /** Locked */
            locked: boolean;
            /** Operators */
            operators: components["schemas"]["OperatorPublic"][];
            /**
             * Starts At
             * Format: date-time
             */
            starts_at: string;
            /**
             * State
             * @enum {string}
             */
            state: "a_faire" | "planifie" | "fait";
            /** Version */
            version: number;
            /**
             * Worksite Id
             * Format: uuid
             */
            worksite_id: string;
            /** Worksite Title */
            worksite_title: string;
        };
        /** InterventionStateUpdate */
        InterventionStateUpdate: {
            /**
             * State
             * @enum {string}
             */
            state: "a_faire" | "planifie" | "fait";
        };
        /** InterventionUpdate */
        InterventionUpdate: {
            /** Ends At */
            ends_at?: string | null;
            /** Operator Ids */
            operator_ids?: string[] | null;
            /** Starts At */
            starts_at?: string | null;
        };
        /** InterventionWritten */
        InterventionWritten: {
            dot: components["schemas"]["DotPublic"];
            /**
             * Ends At
             * Format: date-time
             */
            ends_at: string;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Label */
            label: string;
            /** Locked */
            locked: boolean;
            /** Operators */
            operators: components["schemas"]["OperatorPublic"][];
            /**
             * Starts At
             * Format: date-time
             */
            starts_at: string;
            /**
             * State
             * @enum {string}
             */
            state: "a_faire" | "planifie" | "fait";
            /** Version */
            version: number;
            /** Warnings */
            warnings: components["schemas"]["OverlapWarning"][];
            /**
             * Worksite Id
             * Format: uuid
             */
            worksite_id: string;
            /** Worksite Title */
            worksite_title: string;
        };
        /** ObservationCreate */
        ObservationCreate: {
            /** Text */
            text: string;
        };
        /** ObservationPublic */
        ObservationPublic: {
            /**
             * Added At
             * Format: date-time
             */
            added_at: string;
            /** Author Id */
            author_id: string | null;
            /** Text */
            text: string;
        };
        /** OperatorPublic */
        OperatorPublic: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Name */
            name: string | null;
        };
        /**
         * OverlapWarning
         * @description An operator booked on two interventions at overlapping times.
         */
        OverlapWarning: {
            /**
             * Code
             * @default operator_double_booked
             * @constant
             */
            code: "operator_double_booked";
            /** Message */
            message: string;
            /**
             * Operator Id
             * Format: uuid
             */
            operator_id: string;
            /**
             * Other Intervention Id
             * Format: uuid
             */
            other_intervention_id: string;
        };
        /** PlanningPage */
        PlanningPage: {
            /** Items */
            items: components["schemas"]["WorksitePublic"][];
            /** Next Cursor */
            next_cursor?: string | null;
        };
        /** SavCreate */
        SavCreate: {
            /**
             * Kind
             * @default sav
             * @enum {string}
             */
            kind: "sav" | "service";
            /**
             * Observations
             * @default
             */
            observations: string;
            /** Title */
            title: string;
        };
        /** SavPage */
        SavPage: {
            /** Items */
            items: components["schemas"]["SavPublic"][];
            /** Next Cursor */
            next_cursor?: string | null;
        };
        /** SavPublic */
        SavPublic: {
            /** Archived */
            archived: boolean;
            /**
             * Client Id
             * Format: uuid
             */
            client_id: string;
            /** Client Name */
            client_name: string;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Kind
             * @enum {string}
             */
            kind: "sav" | "service";
            /** Observations */
            observations: components["schemas"]["ObservationPublic"][];
            /**
             * Opened At
             * Format: date-time
             */
            opened_at: string;
            /** Title */
            title: string;
            /** Version */
            version: number;
        };
        /** SheetSend */
        SheetSend: {
            /**
             * User Id
             * Format: uuid
             */
            user_id: string;
        };
        /** SheetSentPublic */
        SheetSentPublic: {
            /** Filename */
            filename: string;
            /**
             * Recipient Id
             * Format: uuid
             */
            recipient_id: string;
            /** Sha256 */
            sha256: string;
            /** Size Bytes */
            size_bytes: number;
            /**
             * Worksite Id
             * Format: uuid
             */
            worksite_id: string;
        };
        /** StartDateUpdate */
        StartDateUpdate: {
            /**
             * Provisional
             * @default false
             */
            provisional: boolean;
            /**
             * Start Date
             * Format: date
             */
            start_date: string;
        };
        /** TaskPublic */
        TaskPublic: {
            /** Catalog Task Id */
            catalog_task_id: string | null;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Name */
            name: string;
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
        /** WorksiteCreate */
        WorksiteCreate: {
            address?: components["schemas"]["AddressIn"] | null;
            /**
             * Client Id
             * Format: uuid
             */
            client_id: string;
            /**
             * Notes
             * @default
             */
            notes: string;
            /**
             * Provisional
             * @default false
             */
            provisional: boolean;
            /** Start Date */
            start_date?: string | null;
            /**
             * Title
             * @default
             */
            title: string;
        };
        /** WorksitePublic */
        WorksitePublic: {
            address: components["schemas"]["AddressPublic"];
            /**
             * Client Id
             * Format: uuid
             */
            client_id: string;
            /** Client Name */
            client_name: string;
            /** Closed */
            closed: boolean;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Interventions */
            interventions: components["schemas"]["InterventionPublic"][];
            /** Notes */
            notes: string;
            /** On Planning */
            on_planning: boolean;
            /** Origin */
            origin: string;
            /** Provisional */
            provisional: boolean;
            /** Start Date */
            start_date: string | null;
            /** Tasks */
            tasks: components["schemas"]["TaskPublic"][];
            /** Title */
            title: string;
            /** Version */
            version: number;
        };
        /** WorksiteTaskCreate */
        WorksiteTaskCreate: {
            /**
             * Catalog Task Id
             * Format: uuid
             */
            catalog_task_id: string;
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
    open_sav_clients__client_id__sav_post: {
        parameters: {
            query?: never;
            header?: {
                "Idempotency-Key"?: string | null;
            };
            path: {
                client_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SavCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SavPublic"];
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
    get_home_home_get: {
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
                    "application/json": components["schemas"]["HomePublic"];
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
    get_intervention_interventions__intervention_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                intervention_id: string;
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
                    "application/json": components["schemas"]["InterventionPublic"];
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
    remove_intervention_interventions__intervention_id__delete: {
        parameters: {
            query?: never;
            header?: {
                "If-Match"?: string | null;
            };
            path: {
                intervention_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
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
    change_intervention_interventions__intervention_id__patch: {
        parameters: {
            query?: never;
            header?: {
                "If-Match"?: string | null;
            };
            path: {
                intervention_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InterventionUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InterventionWritten"];
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
    lock_interventions__intervention_id__lock_post: {
        parameters: {
            query?: never;
            header?: {
                "If-Match"?: string | null;
            };
            path: {
                intervention_id: string;
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
                    "application/json": components["schemas"]["InterventionPublic"];
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
    unlock_interventions__intervention_id__lock_delete: {
        parameters: {
            query?: never;
            header?: {
                "If-Match"?: string | null;
            };
            path: {
                intervention_id: string;
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
                    "application/json": components["schemas"]["InterventionPublic"];
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
    set_state_interventions__intervention_id__state_put: {
        parameters: {
            query?: never;
            header?: {
                "If-Match"?: string | null;
            };
            path: {
                intervention_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InterventionStateUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InterventionPublic"];
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
    get_agenda_operators__user_id__agenda_get: {
        parameters: {
            query?: {
                /** @description Semaine ISO, ex. 2026-W49 */
                week?: string | null;
            };
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
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgendaPublic"];
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
    get_planning_planning_get: {
        parameters: {
            query?: {
                /** @description Curseur opaque de la page suivante */
                cursor?: string | null;
                /** @description Premier jour */
                from?: string | null;
                /** @description Taille de page */
                limit?: number;
                /** @description Dernier jour */
                to?: string | null;
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
                    "application/json": components["schemas"]["PlanningPage"];
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
    list_sav_sav_get: {
        parameters: {
            query?: {
                /** @description Inclure les SAV archivés */
                archived?: boolean;
                client_id?: string | null;
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
                    "application/json": components["schemas"]["SavPage"];
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
    get_sav_sav__ticket_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                ticket_id: string;
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
                    "application/json": components["schemas"]["SavPublic"];
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
    archive_sav_sav__ticket_id__archive_post: {
        parameters: {
            query?: never;
            header?: {
                "If-Match"?: string | null;
            };
            path: {
                ticket_id: string;
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
                    "application/json": components["schemas"]["SavPublic"];
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
    add_observation_sav__ticket_id__observations_post: {
        parameters: {
            query?: never;
            header?: {
                "Idempotency-Key"?: string | null;
                "If-Match"?: string | null;
            };
            path: {
                ticket_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ObservationCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SavPublic"];
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
    list_catalog_task_catalog_get: {
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
                    "application/json": components["schemas"]["CatalogPage"];
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
    add_catalog_task_task_catalog_post: {
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
                "application/json": components["schemas"]["CatalogTaskCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatalogTaskPublic"];
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
    create_worksite_worksites_post: {
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
                "application/json": components["schemas"]["WorksiteCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorksitePublic"];
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
    get_worksite_worksites__worksite_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                worksite_id: string;
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
                    "application/json": components["schemas"]["WorksitePublic"];
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
    close_worksite_worksites__worksite_id__close_post: {
        parameters: {
            query?: never;
            header?: {
                "If-Match"?: string | null;
            };
            path: {
                worksite_id: string;
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
                    "application/json": components["schemas"]["WorksitePublic"];
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
    plan_intervention_worksites__worksite_id__interventions_post: {
        parameters: {
            query?: never;
            header?: {
                "Idempotency-Key"?: string | null;
            };
            path: {
                worksite_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InterventionCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InterventionWritten"];
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
    sheet_pdf_worksites__worksite_id__sheet_pdf_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                worksite_id: string;
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
                    "application/pdf": unknown;
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
    send_sheet_worksites__worksite_id__sheet_send_post: {
        parameters: {
            query?: never;
            header?: {
                "Idempotency-Key"?: string | null;
            };
            path: {
                worksite_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SheetSend"];
            };
        };
        responses: {
            /** @description Successful Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SheetSentPublic"];
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
    set_start_date_worksites__worksite_id__start_date_put: {
        parameters: {
            query?: never;
            header?: {
                "If-Match"?: string | null;
            };
            path: {
                worksite_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StartDateUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorksitePublic"];
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
    add_task_worksites__worksite_id__tasks_post: {
        parameters: {
            query?: never;
            header?: {
                "Idempotency-Key"?: string | null;
                "If-Match"?: string | null;
            };
            path: {
                worksite_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WorksiteTaskCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorksitePublic"];
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
