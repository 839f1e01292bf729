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
        post: operations["sav.open_sav"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/clients/{client_id}/worksites": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Client Worksites
         * @description The client's worksites, open or closed, with their tasks and interventions (the
         *     « onglet Planning » of the client record).
         */
        get: operations["worksites.client_worksites"];
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
        get: operations["views.get_home"];
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
        get: operations["interventions.get_intervention"];
        put?: never;
        post?: never;
        /**
         * Remove Intervention
         * @description Take the intervention off the planning (refused while locked).
         */
        delete: operations["interventions.remove_intervention"];
        options?: never;
        head?: never;
        /**
         * Change Intervention
         * @description Move the slot and/or change the operators (refused while locked).
         */
        patch: operations["interventions.change_intervention"];
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
        post: operations["interventions.lock"];
        /**
         * Unlock
         * @description Open the padlock.
         */
        delete: operations["interventions.unlock"];
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
         * @description Change the dot: a_faire (red), planifie (orange), fait (green); an operator of the
         *     intervention may mark it « fait » without the planning permission.
         */
        put: operations["interventions.set_state"];
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
        get: operations["views.get_agenda"];
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
        get: operations["views.get_planning"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/planning/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Stream Planning
         * @description The company's planning changes, live: ``ready`` first, then ``change``
         *     ``{"kind": "worksite"|"intervention", "id": ...}`` after each committed write (read the
         *     planning again); ends with ``session_ended`` when the token expires or is revoked.
         */
        get: operations["views.stream_planning"];
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
        get: operations["sav.list_sav"];
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
        get: operations["sav.get_sav"];
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
        post: operations["sav.archive_sav"];
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
        post: operations["sav.add_observation"];
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
        get: operations["catalog.list_catalog"];
        put?: never;
        /**
         * Add Catalog Task
         * @description Add a task to the company's catalog.
         */
        post: operations["catalog.add_catalog_task"];
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
        post: operations["worksites.create_worksite"];
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
        get: operations["worksites.get_worksite"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/worksites/{worksite_id}/acceptance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Acceptance
         * @description The worksite's acceptance, reserves and guarantee end dates.
         */
        get: operations["warranty.get_acceptance"];
        put?: never;
        /**
         * Accept Worksite
         * @description Record the acceptance of the works (« réception »), with or without reserves.
         */
        post: operations["warranty.accept_worksite"];
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
        post: operations["worksites.close_worksite"];
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
        post: operations["interventions.plan_intervention"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/worksites/{worksite_id}/reserves/{reserve_id}/lift": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Lift Reserve
         * @description Lift a reserve (the defect was put right).
         */
        post: operations["warranty.lift_reserve"];
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
        get: operations["worksites.sheet_pdf"];
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
        post: operations["worksites.send_sheet"];
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
        put: operations["worksites.set_start_date"];
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
        post: operations["worksites.add_task"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/worksites/{worksite_id}/tasks/{task_id}": {
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
         * Remove Task
         * @description Take a task off the worksite (refused while an intervention serves it).
         */
        delete: operations["worksites.remove_task"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/worksites/{worksite_id}/tasks/{task_id}/state": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set Task State
         * @description Change a task's dot: a_faire (red), planifie (orange), fait (green).
         */
        put: operations["worksites.set_task_state"];
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
        /** AcceptanceCreate */
        AcceptanceCreate: {
            /**
             * Accepted On
             * Format: date
             */
            accepted_on: string;
            /** Quote Id */
            quote_id?: string | null;
            /** Reserves */
            reserves?: string[];
        };
        /**
         * AcceptancePublic
         * @description A worksite's acceptance: its clocks, reserves, and when the retention may be released.
         */
        AcceptancePublic: {
            /** Accepted */
            accepted: boolean;
            /** Accepted On */
            accepted_on?: string | null;
            /** Biennale Ends On */
            biennale_ends_on?: string | null;
            /**
             * Client Id
             * Format: uuid
             */
            client_id: string;
            /** Decennale Ends On */
            decennale_ends_on?: string | null;
            /**
             * Open Reserves
             * @default 0
             */
            open_reserves: number;
            /** Parfait Achevement Ends On */
            parfait_achevement_ends_on?: string | null;
            /**
             * Reserves
             * @default []
             */
            reserves: components["schemas"]["ReservePublic"][];
            /** Retention Releasable On */
            retention_releasable_on?: string | null;
            /** Version */
            version: number;
            /**
             * Worksite Id
             * Format: uuid
             */
            worksite_id: string;
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
            /** Task Id */
            task_id?: string | null;
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
        /** GuaranteePublic */
        GuaranteePublic: {
            /**
             * Code
             * @enum {string}
             */
            code: "parfait_achevement" | "biennale" | "decennale";
            /**
             * Ends On
             * Format: date
             */
            ends_on: string;
            /** Label */
            label: string;
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
            warranty?: components["schemas"]["SavWarrantyPublic"] | null;
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
            /** Task Id */
            task_id?: string | null;
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
            /** Task Id */
            task_id?: string | null;
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
            /** Task Id */
            task_id?: string | null;
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
        /** ReserveLift */
        ReserveLift: {
            /** Lifted On */
            lifted_on?: string | null;
        };
        /** ReservePublic */
        ReservePublic: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Lifted On */
            lifted_on: string | null;
            /** Text */
            text: string;
        };
        /** SavCreate */
        SavCreate: {
            /** Disorder */
            disorder?: ("finition" | "equipement" | "structure") | null;
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
            /** Reported On */
            reported_on?: string | null;
            /** Title */
            title: string;
            /** Worksite Id */
            worksite_id?: string | null;
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
            warranty?: components["schemas"]["SavWarrantyPublic"] | null;
        };
        /**
         * SavWarrantyPublic
         * @description The guarantees covering a SAV ticket's disorder on the day it was reported (empty: none
         *     covers it any more, « hors garantie »).
         */
        SavWarrantyPublic: {
            /** Disorder */
            disorder: ("finition" | "equipement" | "structure") | null;
            /** Disorder Label */
            disorder_label: string | null;
            /** Guarantees */
            guarantees: components["schemas"]["GuaranteePublic"][];
            /**
             * Reported On
             * Format: date
             */
            reported_on: string;
            /** Summary */
            summary: string;
            /**
             * Worksite Id
             * Format: uuid
             */
            worksite_id: string;
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
        /**
         * TaskPublic
         * @description A worksite task with its own dot (rouge à faire, orange planifié, vert fait).
         */
        TaskPublic: {
            /** Catalog Task Id */
            catalog_task_id: string | null;
            dot?: components["schemas"]["DotPublic"] | null;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Name */
            name: string;
            /**
             * State
             * @default a_faire
             * @enum {string}
             */
            state: "a_faire" | "planifie" | "fait";
        };
        /** TaskStateUpdate */
        TaskStateUpdate: {
            /**
             * State
             * @enum {string}
             */
            state: "a_faire" | "planifie" | "fait";
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
        /**
         * WorksitePage
         * @description A client's worksites (open or closed), for the « onglet Planning » of the record.
         */
        WorksitePage: {
            /** Items */
            items: components["schemas"]["WorksitePublic"][];
            /** Next Cursor */
            next_cursor?: string | null;
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
    "sav.open_sav": {
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
                "application/json": components["schemas"]["SavCreate"];
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
                    "application/json": components["schemas"]["SavPublic"];
                };
            };
            /** @description Requête invalide (`bad_request`, `invalid_idempotency_key`) */
            400: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "bad_request" | "invalid_idempotency_key";
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
            /** @description Accès refusé (`forbidden`, `intervention_state_forbidden`). Permission requise : `planning.manage` */
            403: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "forbidden" | "intervention_state_forbidden";
                    };
                };
            };
            /** @description Ressource introuvable (`client_not_found`, `intervention_not_found`, `not_found`, `operator_not_found`, `reserve_not_found`, `sav_not_found`, `task_not_found`, `worksite_not_found`) */
            404: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "client_not_found" | "intervention_not_found" | "not_found" | "operator_not_found" | "reserve_not_found" | "sav_not_found" | "task_not_found" | "worksite_not_found";
                    };
                };
            };
            /** @description Conflit (`client_trashed`, `concurrent_update`, `intervention_locked`, `reserve_already_lifted`, `sav_archived`, `task_already_in_catalog`, `task_already_on_worksite`, `task_in_use`, `worksite_already_accepted`, `worksite_closed`, `worksite_not_accepted`) */
            409: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "client_trashed" | "concurrent_update" | "intervention_locked" | "reserve_already_lifted" | "sav_archived" | "task_already_in_catalog" | "task_already_on_worksite" | "task_in_use" | "worksite_already_accepted" | "worksite_closed" | "worksite_not_accepted";
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
            /** @description Requête non traitable (`blank_field`, `disorder_required`, `idempotency_key_reused`, `invalid_period`, `invalid_slot`, `invalid_week`, `lift_before_acceptance`, `nothing_to_change`, `planning_refused`, `sav_worksite_mismatch`, `sheet_too_large`, `unknown_catalog_task`, `unknown_operator`, `unknown_recipient`, `validation_error`) */
            422: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "blank_field" | "disorder_required" | "idempotency_key_reused" | "invalid_period" | "invalid_slot" | "invalid_week" | "lift_before_acceptance" | "nothing_to_change" | "planning_refused" | "sav_worksite_mismatch" | "sheet_too_large" | "unknown_catalog_task" | "unknown_operator" | "unknown_recipient" | "validation_error";
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
    "worksites.client_worksites": {
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
                    "application/json": components["schemas"]["WorksitePage"];
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
            /** @description Accès refusé (`intervention_state_forbidden`) */
            403: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "intervention_state_forbidden";
                    };
                };
            };
            /** @description Ressource introuvable (`client_not_found`, `intervention_not_found`, `not_found`, `operator_not_found`, `reserve_not_found`, `sav_not_found`, `task_not_found`, `worksite_not_found`) */
            404: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "client_not_found" | "intervention_not_found" | "not_found" | "operator_not_found" | "reserve_not_found" | "sav_not_found" | "task_not_found" | "worksite_not_found";
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
    "views.get_home": {
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
                    "application/json": components["schemas"]["HomePublic"];
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
            /** @description Accès refusé (`intervention_state_forbidden`) */
            403: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "intervention_state_forbidden";
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
    "interventions.get_intervention": {
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
                    ETag: components["headers"]["ETag"];
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InterventionPublic"];
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
            /** @description Accès refusé (`intervention_state_forbidden`) */
            403: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "intervention_state_forbidden";
                    };
                };
            };
            /** @description Ressource introuvable (`client_not_found`, `intervention_not_found`, `not_found`, `operator_not_found`, `reserve_not_found`, `sav_not_found`, `task_not_found`, `worksite_not_found`) */
            404: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "client_not_found" | "intervention_not_found" | "not_found" | "operator_not_found" | "reserve_not_found" | "sav_not_found" | "task_not_found" | "worksite_not_found";
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
    "interventions.remove_intervention": {
        parameters: {
            query?: never;
            header?: {
                /** @description La version attendue (l'`ETag` reçu, ex. `"3"`) : une version périmée répond 412 `version_conflict` ; absent ou `*`, pas de vérification. */
                "If-Match"?: components["parameters"]["IfMatch"];
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
            /** @description Accès refusé (`forbidden`, `intervention_state_forbidden`). Permission requise : `planning.manage` */
            403: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "forbidden" | "intervention_state_forbidden";
                    };
                };
            };
            /** @description Ressource introuvable (`client_not_found`, `intervention_not_found`, `not_found`, `operator_not_found`, `reserve_not_found`, `sav_not_found`, `task_not_found`, `worksite_not_found`) */
            404: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "client_not_found" | "intervention_not_found" | "not_found" | "operator_not_found" | "reserve_not_found" | "sav_not_found" | "task_not_found" | "worksite_not_found";
                    };
                };
            };
            /** @description Conflit (`client_trashed`, `concurrent_update`, `intervention_locked`, `reserve_already_lifted`, `sav_archived`, `task_already_in_catalog`, `task_already_on_worksite`, `task_in_use`, `worksite_already_accepted`, `worksite_closed`, `worksite_not_accepted`) */
            409: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "client_trashed" | "concurrent_update" | "intervention_locked" | "reserve_already_lifted" | "sav_archived" | "task_already_in_catalog" | "task_already_on_worksite" | "task_in_use" | "worksite_already_accepted" | "worksite_closed" | "worksite_not_accepted";
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
            /** @description Requête non traitable (`blank_field`, `disorder_required`, `invalid_period`, `invalid_slot`, `invalid_week`, `lift_before_acceptance`, `nothing_to_change`, `planning_refused`, `sav_worksite_mismatch`, `sheet_too_large`, `unknown_catalog_task`, `unknown_operator`, `unknown_recipient`, `validation_error`) */
            422: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "blank_field" | "disorder_required" | "invalid_period" | "invalid_slot" | "invalid_week" | "lift_before_acceptance" | "nothing_to_change" | "planning_refused" | "sav_worksite_mismatch" | "sheet_too_large" | "unknown_catalog_task" | "unknown_operator" | "unknown_recipient" | "validation_error";
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
    "interventions.change_intervention": {
        parameters: {
            query?: never;
            header?: {
                /** @description La version attendue (l'`ETag` reçu, ex. `"3"`) : une version périmée répond 412 `version_conflict` ; absent ou `*`, pas de vérification. */
                "If-Match"?: components["parameters"]["IfMatch"];
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
                    ETag: components["headers"]["ETag"];
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InterventionWritten"];
                };
            };
            /** @description Requête invalide (`bad_request`, `invalid_if_match`) */
            400: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "bad_request" | "invalid_if_match";
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
            /** @description Accès refusé (`forbidden`, `intervention_state_forbidden`). Permission requise : `planning.manage` */
            403: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "forbidden" | "intervention_state_forbidden";
                    };
                };
            };
            /** @description Ressource introuvable (`client_not_found`, `intervention_not_found`, `not_found`, `operator_not_found`, `reserve_not_found`, `sav_not_found`, `task_not_found`, `worksite_not_found`) */
            404: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "client_not_found" | "intervention_not_found" | "not_found" | "operator_not_found" | "reserve_not_found" | "sav_not_found" | "task_not_found" | "worksite_not_found";
                    };
                };
            };
            /** @description Conflit (`client_trashed`, `concurrent_update`, `intervention_locked`, `reserve_already_lifted`, `sav_archived`, `task_already_in_catalog`, `task_already_on_worksite`, `task_in_use`, `worksite_already_accepted`, `worksite_closed`, `worksite_not_accepted`) */
            409: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "client_trashed" | "concurrent_update" | "intervention_locked" | "reserve_already_lifted" | "sav_archived" | "task_already_in_catalog" | "task_already_on_worksite" | "task_in_use" | "worksite_already_accepted" | "worksite_closed" | "worksite_not_accepted";
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
            /** @description Requête non traitable (`blank_field`, `disorder_required`, `invalid_period`, `invalid_slot`, `invalid_week`, `lift_before_acceptance`, `nothing_to_change`, `planning_refused`, `sav_worksite_mismatch`, `sheet_too_large`, `unknown_catalog_task`, `unknown_operator`, `unknown_recipient`, `validation_error`) */
            422: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "blank_field" | "disorder_required" | "invalid_period" | "invalid_slot" | "invalid_week" | "lift_before_acceptance" | "nothing_to_change" | "planning_refused" | "sav_worksite_mismatch" | "sheet_too_large" | "unknown_catalog_task" | "unknown_operator" | "unknown_recipient" | "validation_error";
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
    "interventions.lock": {
        parameters: {
            query?: never;
            header?: {
                /** @description La version attendue (l'`ETag` reçu, ex. `"3"`) : une version périmée répond 412 `version_conflict` ; absent ou `*`, pas de vérification. */
                "If-Match"?: components["parameters"]["IfMatch"];
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
                    ETag: components["headers"]["ETag"];
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InterventionPublic"];
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
            /** @description Accès refusé (`forbidden`, `intervention_state_forbidden`). Permission requise : `planning.manage` */
            403: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "forbidden" | "intervention_state_forbidden";
                    };
                };
            };
            /** @description Ressource introuvable (`client_not_found`, `intervention_not_found`, `not_found`, `operator_not_found`, `reserve_not_found`, `sav_not_found`, `task_not_found`, `worksite_not_found`) */
            404: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "client_not_found" | "intervention_not_found" | "not_found" | "operator_not_found" | "reserve_not_found" | "sav_not_found" | "task_not_found" | "worksite_not_found";
                    };
                };
            };
            /** @description Conflit (`client_trashed`, `concurrent_update`, `intervention_locked`, `reserve_already_lifted`, `sav_archived`, `task_already_in_catalog`, `task_already_on_worksite`, `task_in_use`, `worksite_already_accepted`, `worksite_closed`, `worksite_not_accepted`) */
            409: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "client_trashed" | "concurrent_update" | "intervention_locked" | "reserve_already_lifted" | "sav_archived" | "task_already_in_catalog" | "task_already_on_worksite" | "task_in_use" | "worksite_already_accepted" | "worksite_closed" | "worksite_not_accepted";
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
            /** @description Requête non traitable (`blank_field`, `disorder_required`, `invalid_period`, `invalid_slot`, `invalid_week`, `lift_before_acceptance`, `nothing_to_change`, `planning_refused`, `sav_worksite_mismatch`, `sheet_too_large`, `unknown_catalog_task`, `unknown_operator`, `unknown_recipient`, `validation_error`) */
            422: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "blank_field" | "disorder_required" | "invalid_period" | "invalid_slot" | "invalid_week" | "lift_before_acceptance" | "nothing_to_change" | "planning_refused" | "sav_worksite_mismatch" | "sheet_too_large" | "unknown_catalog_task" | "unknown_operator" | "unknown_recipient" | "validation_error";
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
    "interventions.unlock": {
        parameters: {
            query?: never;
            header?: {
                /** @description La version attendue (l'`ETag` reçu, ex. `"3"`) : une version périmée répond 412 `version_conflict` ; absent ou `*`, pas de vérification. */
                "If-Match"?: components["parameters"]["IfMatch"];
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
                    ETag: components["headers"]["ETag"];
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InterventionPublic"];
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
            /** @description Accès refusé (`forbidden`, `intervention_state_forbidden`). Permission requise : `planning.manage` */
            403: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "forbidden" | "intervention_state_forbidden";
                    };
                };
            };
            /** @description Ressource introuvable (`client_not_found`, `intervention_not_found`, `not_found`, `operator_not_found`, `reserve_not_found`, `sav_not_found`, `task_not_found`, `worksite_not_found`) */
            404: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "client_not_found" | "intervention_not_found" | "not_found" | "operator_not_found" | "reserve_not_found" | "sav_not_found" | "task_not_found" | "worksite_not_found";
                    };
                };
            };
            /** @description Conflit (`client_trashed`, `concurrent_update`, `intervention_locked`, `reserve_already_lifted`, `sav_archived`, `task_already_in_catalog`, `task_already_on_worksite`, `task_in_use`, `worksite_already_accepted`, `worksite_closed`, `worksite_not_accepted`) */
            409: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "client_trashed" | "concurrent_update" | "intervention_locked" | "reserve_already_lifted" | "sav_archived" | "task_already_in_catalog" | "task_already_on_worksite" | "task_in_use" | "worksite_already_accepted" | "worksite_closed" | "worksite_not_accepted";
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
            /** @description Requête non traitable (`blank_field`, `disorder_required`, `invalid_period`, `invalid_slot`, `invalid_week`, `lift_before_acceptance`, `nothing_to_change`, `planning_refused`, `sav_worksite_mismatch`, `sheet_too_large`, `unknown_catalog_task`, `unknown_operator`, `unknown_recipient`, `validation_error`) */
            422: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "blank_field" | "disorder_required" | "invalid_period" | "invalid_slot" | "invalid_week" | "lift_before_acceptance" | "nothing_to_change" | "planning_refused" | "sav_worksite_mismatch" | "sheet_too_large" | "unknown_catalog_task" | "unknown_operator" | "unknown_recipient" | "validation_error";
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
    "interventions.set_state": {
        parameters: {
            query?: never;
            header?: {
                /** @description La version attendue (l'`ETag` reçu, ex. `"3"`) : une version périmée répond 412 `version_conflict` ; absent ou `*`, pas de vérification. */
                "If-Match"?: components["parameters"]["IfMatch"];
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
                    ETag: components["headers"]["ETag"];
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InterventionPublic"];
                };
            };
            /** @description Requête invalide (`bad_request`, `invalid_if_match`) */
            400: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "bad_request" | "invalid_if_match";
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
            /** @description Accès refusé (`intervention_state_forbidden`) */
            403: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "intervention_state_forbidden";
                    };
                };
            };
            /** @description Ressource introuvable (`client_not_found`, `intervention_not_found`, `not_found`, `operator_not_found`, `reserve_not_found`, `sav_not_found`, `task_not_found`, `worksite_not_found`) */
            404: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "client_not_found" | "intervention_not_found" | "not_found" | "operator_not_found" | "reserve_not_found" | "sav_not_found" | "task_not_found" | "worksite_not_found";
                    };
                };
            };
            /** @description Conflit (`client_trashed`, `concurrent_update`, `intervention_locked`, `reserve_already_lifted`, `sav_archived`, `task_already_in_catalog`, `task_already_on_worksite`, `task_in_use`, `worksite_already_accepted`, `worksite_closed`, `worksite_not_accepted`) */
            409: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "client_trashed" | "concurrent_update" | "intervention_locked" | "reserve_already_lifted" | "sav_archived" | "task_already_in_catalog" | "task_already_on_worksite" | "task_in_use" | "worksite_already_accepted" | "worksite_closed" | "worksite_not_accepted";
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
            /** @description Requête non traitable (`blank_field`, `disorder_required`, `invalid_period`, `invalid_slot`, `invalid_week`, `lift_before_acceptance`, `nothing_to_change`, `planning_refused`, `sav_worksite_mismatch`, `sheet_too_large`, `unknown_catalog_task`, `unknown_operator`, `unknown_recipient`, `validation_error`) */
            422: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "blank_field" | "disorder_required" | "invalid_period" | "invalid_slot" | "invalid_week" | "lift_before_acceptance" | "nothing_to_change" | "planning_refused" | "sav_worksite_mismatch" | "sheet_too_large" | "unknown_catalog_task" | "unknown_operator" | "unknown_recipient" | "validation_error";
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
    "views.get_agenda": {
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
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgendaPublic"];
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
            /** @description Accès refusé (`intervention_state_forbidden`) */
            403: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "intervention_state_forbidden";
                    };
                };
            };
            /** @description Ressource introuvable (`client_not_found`, `intervention_not_found`, `not_found`, `operator_not_found`, `reserve_not_found`, `sav_not_found`, `task_not_found`, `worksite_not_found`) */
            404: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "client_not_found" | "intervention_not_found" | "not_found" | "operator_not_found" | "reserve_not_found" | "sav_not_found" | "task_not_found" | "worksite_not_found";
                    };
                };
            };
            /** @description Requête non traitable (`blank_field`, `disorder_required`, `invalid_period`, `invalid_slot`, `invalid_week`, `lift_before_acceptance`, `nothing_to_change`, `planning_refused`, `sav_worksite_mismatch`, `sheet_too_large`, `unknown_catalog_task`, `unknown_operator`, `unknown_recipient`, `validation_error`) */
            422: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "blank_field" | "disorder_required" | "invalid_period" | "invalid_slot" | "invalid_week" | "lift_before_acceptance" | "nothing_to_change" | "planning_refused" | "sav_worksite_mismatch" | "sheet_too_large" | "unknown_catalog_task" | "unknown_operator" | "unknown_recipient" | "validation_error";
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
            /** @description Accès refusé (`forbidden`, `intervention_state_forbidden`). Permission requise : `personal_data.manage` */
            403: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "forbidden" | "intervention_state_forbidden";
                    };
                };
            };
            /** @description Ressource introuvable (`client_not_found`, `intervention_not_found`, `not_found`, `operator_not_found`, `reserve_not_found`, `sav_not_found`, `task_not_found`, `worksite_not_found`) */
            404: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "client_not_found" | "intervention_not_found" | "not_found" | "operator_not_found" | "reserve_not_found" | "sav_not_found" | "task_not_found" | "worksite_not_found";
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
    "views.get_planning": {
        parameters: {
            query?: {
                /** @description Les chantiers d'un client */
                client_id?: string | null;
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
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanningPage"];
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
            /** @description Accès refusé (`intervention_state_forbidden`) */
            403: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "intervention_state_forbidden";
                    };
                };
            };
            /** @description Requête non traitable (`blank_field`, `disorder_required`, `invalid_period`, `invalid_slot`, `invalid_week`, `lift_before_acceptance`, `nothing_to_change`, `planning_refused`, `sav_worksite_mismatch`, `sheet_too_large`, `unknown_catalog_task`, `unknown_operator`, `unknown_recipient`, `validation_error`) */
            422: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "blank_field" | "disorder_required" | "invalid_period" | "invalid_slot" | "invalid_week" | "lift_before_acceptance" | "nothing_to_change" | "planning_refused" | "sav_worksite_mismatch" | "sheet_too_large" | "unknown_catalog_task" | "unknown_operator" | "unknown_recipient" | "validation_error";
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
    "views.stream_planning": {
        parameters: {
            query?: never;
            header?: never;
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
            /** @description Accès refusé (`intervention_state_forbidden`) */
            403: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "intervention_state_forbidden";
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
    "sav.list_sav": {
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
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SavPage"];
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
            /** @description Accès refusé (`intervention_state_forbidden`) */
            403: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "intervention_state_forbidden";
                    };
                };
            };
            /** @description Requête non traitable (`blank_field`, `disorder_required`, `invalid_period`, `invalid_slot`, `invalid_week`, `lift_before_acceptance`, `nothing_to_change`, `planning_refused`, `sav_worksite_mismatch`, `sheet_too_large`, `unknown_catalog_task`, `unknown_operator`, `unknown_recipient`, `validation_error`) */
            422: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "blank_field" | "disorder_required" | "invalid_period" | "invalid_slot" | "invalid_week" | "lift_before_acceptance" | "nothing_to_change" | "planning_refused" | "sav_worksite_mismatch" | "sheet_too_large" | "unknown_catalog_task" | "unknown_operator" | "unknown_recipient" | "validation_error";
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
    "sav.get_sav": {
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
                    ETag: components["headers"]["ETag"];
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SavPublic"];
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
            /** @description Accès refusé (`intervention_state_forbidden`) */
            403: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "intervention_state_forbidden";
                    };
                };
            };
            /** @description Ressource introuvable (`client_not_found`, `intervention_not_found`, `not_found`, `operator_not_found`, `reserve_not_found`, `sav_not_found`, `task_not_found`, `worksite_not_found`) */
            404: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "client_not_found" | "intervention_not_found" | "not_found" | "operator_not_found" | "reserve_not_found" | "sav_not_found" | "task_not_found" | "worksite_not_found";
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
    "sav.archive_sav": {
        parameters: {
            query?: never;
            header?: {
                /** @description La version attendue (l'`ETag` reçu, ex. `"3"`) : une version périmée répond 412 `version_conflict` ; absent ou `*`, pas de vérification. */
                "If-Match"?: components["parameters"]["IfMatch"];
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
                    ETag: components["headers"]["ETag"];
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SavPublic"];
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
            /** @description Accès refusé (`forbidden`, `intervention_state_forbidden`). Permission requise : `planning.manage` */
            403: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "forbidden" | "intervention_state_forbidden";
                    };
                };
            };
            /** @description Ressource introuvable (`client_not_found`, `intervention_not_found`, `not_found`, `operator_not_found`, `reserve_not_found`, `sav_not_found`, `task_not_found`, `worksite_not_found`) */
            404: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "client_not_found" | "intervention_not_found" | "not_found" | "operator_not_found" | "reserve_not_found" | "sav_not_found" | "task_not_found" | "worksite_not_found";
                    };
                };
            };
            /** @description Conflit (`client_trashed`, `concurrent_update`, `intervention_locked`, `reserve_already_lifted`, `sav_archived`, `task_already_in_catalog`, `task_already_on_worksite`, `task_in_use`, `worksite_already_accepted`, `worksite_closed`, `worksite_not_accepted`) */
            409: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "client_trashed" | "concurrent_update" | "intervention_locked" | "reserve_already_lifted" | "sav_archived" | "task_already_in_catalog" | "task_already_on_worksite" | "task_in_use" | "worksite_already_accepted" | "worksite_closed" | "worksite_not_accepted";
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
            /** @description Requête non traitable (`blank_field`, `disorder_required`, `invalid_period`, `invalid_slot`, `invalid_week`, `lift_before_acceptance`, `nothing_to_change`, `planning_refused`, `sav_worksite_mismatch`, `sheet_too_large`, `unknown_catalog_task`, `unknown_operator`, `unknown_recipient`, `validation_error`) */
            422: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "blank_field" | "disorder_required" | "invalid_period" | "invalid_slot" | "invalid_week" | "lift_before_acceptance" | "nothing_to_change" | "planning_refused" | "sav_worksite_mismatch" | "sheet_too_large" | "unknown_catalog_task" | "unknown_operator" | "unknown_recipient" | "validation_error";
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
    "sav.add_observation": {
        parameters: {
            query?: never;
            header?: {
                /** @description Clé choisie par le client (1 à 255 caractères ASCII imprimables) : une requête rejouée avec la même clé reçoit la première réponse et ne crée rien deux fois ; la même clé sur une autre requête répond 422 `idempotency_key_reused`. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description La version attendue (l'`ETag` reçu, ex. `"3"`) : une version périmée répond 412 `version_conflict` ; absent ou `*`, pas de vérification. */
                "If-Match"?: components["parameters"]["IfMatch"];
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
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SavPublic"];
                };
            };
            /** @description Requête invalide (`bad_request`, `invalid_idempotency_key`, `invalid_if_match`) */
            400: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "bad_request" | "invalid_idempotency_key" | "invalid_if_match";
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
            /** @description Accès refusé (`forbidden`, `intervention_state_forbidden`). Permission requise : `planning.manage` */
            403: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "forbidden" | "intervention_state_forbidden";
                    };
                };
            };
            /** @description Ressource introuvable (`client_not_found`, `intervention_not_found`, `not_found`, `operator_not_found`, `reserve_not_found`, `sav_not_found`, `task_not_found`, `worksite_not_found`) */
            404: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "client_not_found" | "intervention_not_found" | "not_found" | "operator_not_found" | "reserve_not_found" | "sav_not_found" | "task_not_found" | "worksite_not_found";
                    };
                };
            };
            /** @description Conflit (`client_trashed`, `concurrent_update`, `intervention_locked`, `reserve_already_lifted`, `sav_archived`, `task_already_in_catalog`, `task_already_on_worksite`, `task_in_use`, `worksite_already_accepted`, `worksite_closed`, `worksite_not_accepted`) */
            409: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "client_trashed" | "concurrent_update" | "intervention_locked" | "reserve_already_lifted" | "sav_archived" | "task_already_in_catalog" | "task_already_on_worksite" | "task_in_use" | "worksite_already_accepted" | "worksite_closed" | "worksite_not_accepted";
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
            /** @description Requête non traitable (`blank_field`, `disorder_required`, `idempotency_key_reused`, `invalid_period`, `invalid_slot`, `invalid_week`, `lift_before_acceptance`, `nothing_to_change`, `planning_refused`, `sav_worksite_mismatch`, `sheet_too_large`, `unknown_catalog_task`, `unknown_operator`, `unknown_recipient`, `validation_error`) */
            422: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "blank_field" | "disorder_required" | "idempotency_key_reused" | "invalid_period" | "invalid_slot" | "invalid_week" | "lift_before_acceptance" | "nothing_to_change" | "planning_refused" | "sav_worksite_mismatch" | "sheet_too_large" | "unknown_catalog_task" | "unknown_operator" | "unknown_recipient" | "validation_error";
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
    "catalog.list_catalog": {
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
                    "application/json": components["schemas"]["CatalogPage"];
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
            /** @description Accès refusé (`intervention_state_forbidden`) */
            403: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "intervention_state_forbidden";
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
    "catalog.add_catalog_task": {
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
                "application/json": components["schemas"]["CatalogTaskCreate"];
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
                    "application/json": components["schemas"]["CatalogTaskPublic"];
                };
            };
            /** @description Requête invalide (`bad_request`, `invalid_idempotency_key`) */
            400: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "bad_request" | "invalid_idempotency_key";
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
            /** @description Accès refusé (`forbidden`, `intervention_state_forbidden`). Permission requise : `planning.manage` */
            403: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "forbidden" | "intervention_state_forbidden";
                    };
                };
            };
            /** @description Ressource introuvable (`client_not_found`, `intervention_not_found`, `not_found`, `operator_not_found`, `reserve_not_found`, `sav_not_found`, `task_not_found`, `worksite_not_found`) */
            404: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "client_not_found" | "intervention_not_found" | "not_found" | "operator_not_found" | "reserve_not_found" | "sav_not_found" | "task_not_found" | "worksite_not_found";
                    };
                };
            };
            /** @description Conflit (`client_trashed`, `concurrent_update`, `intervention_locked`, `reserve_already_lifted`, `sav_archived`, `task_already_in_catalog`, `task_already_on_worksite`, `task_in_use`, `worksite_already_accepted`, `worksite_closed`, `worksite_not_accepted`) */
            409: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "client_trashed" | "concurrent_update" | "intervention_locked" | "reserve_already_lifted" | "sav_archived" | "task_already_in_catalog" | "task_already_on_worksite" | "task_in_use" | "worksite_already_accepted" | "worksite_closed" | "worksite_not_accepted";
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
            /** @description Requête non traitable (`blank_field`, `disorder_required`, `idempotency_key_reused`, `invalid_period`, `invalid_slot`, `invalid_week`, `lift_before_acceptance`, `nothing_to_change`, `planning_refused`, `sav_worksite_mismatch`, `sheet_too_large`, `unknown_catalog_task`, `unknown_operator`, `unknown_recipient`, `validation_error`) */
            422: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "blank_field" | "disorder_required" | "idempotency_key_reused" | "invalid_period" | "invalid_slot" | "invalid_week" | "lift_before_acceptance" | "nothing_to_change" | "planning_refused" | "sav_worksite_mismatch" | "sheet_too_large" | "unknown_catalog_task" | "unknown_operator" | "unknown_recipient" | "validation_error";
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
    "worksites.create_worksite": {
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
                "application/json": components["schemas"]["WorksiteCreate"];
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
                    "application/json": components["schemas"]["WorksitePublic"];
                };
            };
            /** @description Requête invalide (`bad_request`, `invalid_idempotency_key`) */
            400: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "bad_request" | "invalid_idempotency_key";
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
            /** @description Accès refusé (`forbidden`, `intervention_state_forbidden`). Permission requise : `planning.manage` */
            403: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "forbidden" | "intervention_state_forbidden";
                    };
                };
            };
            /** @description Ressource introuvable (`client_not_found`, `intervention_not_found`, `not_found`, `operator_not_found`, `reserve_not_found`, `sav_not_found`, `task_not_found`, `worksite_not_found`) */
            404: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "client_not_found" | "intervention_not_found" | "not_found" | "operator_not_found" | "reserve_not_found" | "sav_not_found" | "task_not_found" | "worksite_not_found";
                    };
                };
            };
            /** @description Conflit (`client_trashed`, `concurrent_update`, `intervention_locked`, `reserve_already_lifted`, `sav_archived`, `task_already_in_catalog`, `task_already_on_worksite`, `task_in_use`, `worksite_already_accepted`, `worksite_closed`, `worksite_not_accepted`) */
            409: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "client_trashed" | "concurrent_update" | "intervention_locked" | "reserve_already_lifted" | "sav_archived" | "task_already_in_catalog" | "task_already_on_worksite" | "task_in_use" | "worksite_already_accepted" | "worksite_closed" | "worksite_not_accepted";
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
            /** @description Requête non traitable (`blank_field`, `disorder_required`, `idempotency_key_reused`, `invalid_period`, `invalid_slot`, `invalid_week`, `lift_before_acceptance`, `nothing_to_change`, `planning_refused`, `sav_worksite_mismatch`, `sheet_too_large`, `unknown_catalog_task`, `unknown_operator`, `unknown_recipient`, `validation_error`) */
            422: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "blank_field" | "disorder_required" | "idempotency_key_reused" | "invalid_period" | "invalid_slot" | "invalid_week" | "lift_before_acceptance" | "nothing_to_change" | "planning_refused" | "sav_worksite_mismatch" | "sheet_too_large" | "unknown_catalog_task" | "unknown_operator" | "unknown_recipient" | "validation_error";
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
    "worksites.get_worksite": {
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
                    ETag: components["headers"]["ETag"];
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorksitePublic"];
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
            /** @description Accès refusé (`intervention_state_forbidden`) */
            403: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "intervention_state_forbidden";
                    };
                };
            };
            /** @description Ressource introuvable (`client_not_found`, `intervention_not_found`, `not_found`, `operator_not_found`, `reserve_not_found`, `sav_not_found`, `task_not_found`, `worksite_not_found`) */
            404: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "client_not_found" | "intervention_not_found" | "not_found" | "operator_not_found" | "reserve_not_found" | "sav_not_found" | "task_not_found" | "worksite_not_found";
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
    "warranty.get_acceptance": {
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
                    ETag: components["headers"]["ETag"];
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AcceptancePublic"];
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
            /** @description Accès refusé (`intervention_state_forbidden`) */
            403: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "intervention_state_forbidden";
                    };
                };
            };
            /** @description Ressource introuvable (`client_not_found`, `intervention_not_found`, `not_found`, `operator_not_found`, `reserve_not_found`, `sav_not_found`, `task_not_found`, `worksite_not_found`) */
            404: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "client_not_found" | "intervention_not_found" | "not_found" | "operator_not_found" | "reserve_not_found" | "sav_not_found" | "task_not_found" | "worksite_not_found";
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
    "warranty.accept_worksite": {
        parameters: {
            query?: never;
            header?: {
                /** @description La version attendue (l'`ETag` reçu, ex. `"3"`) : une version périmée répond 412 `version_conflict` ; absent ou `*`, pas de vérification. */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                worksite_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcceptanceCreate"];
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
                    "application/json": components["schemas"]["AcceptancePublic"];
                };
            };
            /** @description Requête invalide (`bad_request`, `invalid_if_match`) */
            400: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "bad_request" | "invalid_if_match";
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
            /** @description Accès refusé (`forbidden`, `intervention_state_forbidden`). Permission requise : `planning.manage` */
            403: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "forbidden" | "intervention_state_forbidden";
                    };
                };
            };
            /** @description Ressource introuvable (`client_not_found`, `intervention_not_found`, `not_found`, `operator_not_found`, `reserve_not_found`, `sav_not_found`, `task_not_found`, `worksite_not_found`) */
            404: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "client_not_found" | "intervention_not_found" | "not_found" | "operator_not_found" | "reserve_not_found" | "sav_not_found" | "task_not_found" | "worksite_not_found";
                    };
                };
            };
            /** @description Conflit (`client_trashed`, `concurrent_update`, `intervention_locked`, `reserve_already_lifted`, `sav_archived`, `task_already_in_catalog`, `task_already_on_worksite`, `task_in_use`, `worksite_already_accepted`, `worksite_closed`, `worksite_not_accepted`) */
            409: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "client_trashed" | "concurrent_update" | "intervention_locked" | "reserve_already_lifted" | "sav_archived" | "task_already_in_catalog" | "task_already_on_worksite" | "task_in_use" | "worksite_already_accepted" | "worksite_closed" | "worksite_not_accepted";
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
            /** @description Requête non traitable (`blank_field`, `disorder_required`, `invalid_period`, `invalid_slot`, `invalid_week`, `lift_before_acceptance`, `nothing_to_change`, `planning_refused`, `sav_worksite_mismatch`, `sheet_too_large`, `unknown_catalog_task`, `unknown_operator`, `unknown_recipient`, `validation_error`) */
            422: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "blank_field" | "disorder_required" | "invalid_period" | "invalid_slot" | "invalid_week" | "lift_before_acceptance" | "nothing_to_change" | "planning_refused" | "sav_worksite_mismatch" | "sheet_too_large" | "unknown_catalog_task" | "unknown_operator" | "unknown_recipient" | "validation_error";
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
    "worksites.close_worksite": {
        parameters: {
            query?: never;
            header?: {
                /** @description La version attendue (l'`ETag` reçu, ex. `"3"`) : une version périmée répond 412 `version_conflict` ; absent ou `*`, pas de vérification. */
                "If-Match"?: components["parameters"]["IfMatch"];
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
                    ETag: components["headers"]["ETag"];
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorksitePublic"];
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
            /** @description Accès refusé (`forbidden`, `intervention_state_forbidden`). Permission requise : `planning.manage` */
            403: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "forbidden" | "intervention_state_forbidden";
                    };
                };
            };
            /** @description Ressource introuvable (`client_not_found`, `intervention_not_found`, `not_found`, `operator_not_found`, `reserve_not_found`, `sav_not_found`, `task_not_found`, `worksite_not_found`) */
            404: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "client_not_found" | "intervention_not_found" | "not_found" | "operator_not_found" | "reserve_not_found" | "sav_not_found" | "task_not_found" | "worksite_not_found";
                    };
                };
            };
            /** @description Conflit (`client_trashed`, `concurrent_update`, `intervention_locked`, `reserve_already_lifted`, `sav_archived`, `task_already_in_catalog`, `task_already_on_worksite`, `task_in_use`, `worksite_already_accepted`, `worksite_closed`, `worksite_not_accepted`) */
            409: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "client_trashed" | "concurrent_update" | "intervention_locked" | "reserve_already_lifted" | "sav_archived" | "task_already_in_catalog" | "task_already_on_worksite" | "task_in_use" | "worksite_already_accepted" | "worksite_closed" | "worksite_not_accepted";
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
            /** @description Requête non traitable (`blank_field`, `disorder_required`, `invalid_period`, `invalid_slot`, `invalid_week`, `lift_before_acceptance`, `nothing_to_change`, `planning_refused`, `sav_worksite_mismatch`, `sheet_too_large`, `unknown_catalog_task`, `unknown_operator`, `unknown_recipient`, `validation_error`) */
            422: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "blank_field" | "disorder_required" | "invalid_period" | "invalid_slot" | "invalid_week" | "lift_before_acceptance" | "nothing_to_change" | "planning_refused" | "sav_worksite_mismatch" | "sheet_too_large" | "unknown_catalog_task" | "unknown_operator" | "unknown_recipient" | "validation_error";
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
    "interventions.plan_intervention": {
        parameters: {
            query?: never;
            header?: {
                /** @description Clé choisie par le client (1 à 255 caractères ASCII imprimables) : une requête rejouée avec la même clé reçoit la première réponse et ne crée rien deux fois ; la même clé sur une autre requête répond 422 `idempotency_key_reused`. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
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
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InterventionWritten"];
                };
            };
            /** @description Requête invalide (`bad_request`, `invalid_idempotency_key`) */
            400: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "bad_request" | "invalid_idempotency_key";
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
            /** @description Accès refusé (`forbidden`, `intervention_state_forbidden`). Permission requise : `planning.manage` */
            403: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "forbidden" | "intervention_state_forbidden";
                    };
                };
            };
            /** @description Ressource introuvable (`client_not_found`, `intervention_not_found`, `not_found`, `operator_not_found`, `reserve_not_found`, `sav_not_found`, `task_not_found`, `worksite_not_found`) */
            404: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "client_not_found" | "intervention_not_found" | "not_found" | "operator_not_found" | "reserve_not_found" | "sav_not_found" | "task_not_found" | "worksite_not_found";
                    };
                };
            };
            /** @description Conflit (`client_trashed`, `concurrent_update`, `intervention_locked`, `reserve_already_lifted`, `sav_archived`, `task_already_in_catalog`, `task_already_on_worksite`, `task_in_use`, `worksite_already_accepted`, `worksite_closed`, `worksite_not_accepted`) */
            409: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "client_trashed" | "concurrent_update" | "intervention_locked" | "reserve_already_lifted" | "sav_archived" | "task_already_in_catalog" | "task_already_on_worksite" | "task_in_use" | "worksite_already_accepted" | "worksite_closed" | "worksite_not_accepted";
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
            /** @description Requête non traitable (`blank_field`, `disorder_required`, `idempotency_key_reused`, `invalid_period`, `invalid_slot`, `invalid_week`, `lift_before_acceptance`, `nothing_to_change`, `planning_refused`, `sav_worksite_mismatch`, `sheet_too_large`, `unknown_catalog_task`, `unknown_operator`, `unknown_recipient`, `validation_error`) */
            422: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "blank_field" | "disorder_required" | "idempotency_key_reused" | "invalid_period" | "invalid_slot" | "invalid_week" | "lift_before_acceptance" | "nothing_to_change" | "planning_refused" | "sav_worksite_mismatch" | "sheet_too_large" | "unknown_catalog_task" | "unknown_operator" | "unknown_recipient" | "validation_error";
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
    "warranty.lift_reserve": {
        parameters: {
            query?: never;
            header?: {
                /** @description La version attendue (l'`ETag` reçu, ex. `"3"`) : une version périmée répond 412 `version_conflict` ; absent ou `*`, pas de vérification. */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                reserve_id: string;
                worksite_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReserveLift"];
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
                    "application/json": components["schemas"]["AcceptancePublic"];
                };
            };
            /** @description Requête invalide (`bad_request`, `invalid_if_match`) */
            400: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "bad_request" | "invalid_if_match";
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
            /** @description Accès refusé (`forbidden`, `intervention_state_forbidden`). Permission requise : `planning.manage` */
            403: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "forbidden" | "intervention_state_forbidden";
                    };
                };
            };
            /** @description Ressource introuvable (`client_not_found`, `intervention_not_found`, `not_found`, `operator_not_found`, `reserve_not_found`, `sav_not_found`, `task_not_found`, `worksite_not_found`) */
            404: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "client_not_found" | "intervention_not_found" | "not_found" | "operator_not_found" | "reserve_not_found" | "sav_not_found" | "task_not_found" | "worksite_not_found";
                    };
                };
            };
            /** @description Conflit (`client_trashed`, `concurrent_update`, `intervention_locked`, `reserve_already_lifted`, `sav_archived`, `task_already_in_catalog`, `task_already_on_worksite`, `task_in_use`, `worksite_already_accepted`, `worksite_closed`, `worksite_not_accepted`) */
            409: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "client_trashed" | "concurrent_update" | "intervention_locked" | "reserve_already_lifted" | "sav_archived" | "task_already_in_catalog" | "task_already_on_worksite" | "task_in_use" | "worksite_already_accepted" | "worksite_closed" | "worksite_not_accepted";
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
            /** @description Requête non traitable (`blank_field`, `disorder_required`, `invalid_period`, `invalid_slot`, `invalid_week`, `lift_before_acceptance`, `nothing_to_change`, `planning_refused`, `sav_worksite_mismatch`, `sheet_too_large`, `unknown_catalog_task`, `unknown_operator`, `unknown_recipient`, `validation_error`) */
            422: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "blank_field" | "disorder_required" | "invalid_period" | "invalid_slot" | "invalid_week" | "lift_before_acceptance" | "nothing_to_change" | "planning_refused" | "sav_worksite_mismatch" | "sheet_too_large" | "unknown_catalog_task" | "unknown_operator" | "unknown_recipient" | "validation_error";
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
    "worksites.sheet_pdf": {
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
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": unknown;
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
            /** @description Accès refusé (`intervention_state_forbidden`) */
            403: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "intervention_state_forbidden";
                    };
                };
            };
            /** @description Ressource introuvable (`client_not_found`, `intervention_not_found`, `not_found`, `operator_not_found`, `reserve_not_found`, `sav_not_found`, `task_not_found`, `worksite_not_found`) */
            404: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "client_not_found" | "intervention_not_found" | "not_found" | "operator_not_found" | "reserve_not_found" | "sav_not_found" | "task_not_found" | "worksite_not_found";
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
    "worksites.send_sheet": {
        parameters: {
            query?: never;
            header?: {
                /** @description Clé choisie par le client (1 à 255 caractères ASCII imprimables) : une requête rejouée avec la même clé reçoit la première réponse et ne crée rien deux fois ; la même clé sur une autre requête répond 422 `idempotency_key_reused`. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
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
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SheetSentPublic"];
                };
            };
            /** @description Requête invalide (`bad_request`, `invalid_idempotency_key`) */
            400: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "bad_request" | "invalid_idempotency_key";
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
            /** @description Accès refusé (`forbidden`, `intervention_state_forbidden`). Permission requise : `planning.manage` */
            403: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "forbidden" | "intervention_state_forbidden";
                    };
                };
            };
            /** @description Ressource introuvable (`client_not_found`, `intervention_not_found`, `not_found`, `operator_not_found`, `reserve_not_found`, `sav_not_found`, `task_not_found`, `worksite_not_found`) */
            404: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "client_not_found" | "intervention_not_found" | "not_found" | "operator_not_found" | "reserve_not_found" | "sav_not_found" | "task_not_found" | "worksite_not_found";
                    };
                };
            };
            /** @description Conflit (`client_trashed`, `concurrent_update`, `intervention_locked`, `reserve_already_lifted`, `sav_archived`, `task_already_in_catalog`, `task_already_on_worksite`, `task_in_use`, `worksite_already_accepted`, `worksite_closed`, `worksite_not_accepted`) */
            409: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "client_trashed" | "concurrent_update" | "intervention_locked" | "reserve_already_lifted" | "sav_archived" | "task_already_in_catalog" | "task_already_on_worksite" | "task_in_use" | "worksite_already_accepted" | "worksite_closed" | "worksite_not_accepted";
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
            /** @description Requête non traitable (`blank_field`, `disorder_required`, `idempotency_key_reused`, `invalid_period`, `invalid_slot`, `invalid_week`, `lift_before_acceptance`, `nothing_to_change`, `planning_refused`, `sav_worksite_mismatch`, `sheet_too_large`, `unknown_catalog_task`, `unknown_operator`, `unknown_recipient`, `validation_error`) */
            422: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "blank_field" | "disorder_required" | "idempotency_key_reused" | "invalid_period" | "invalid_slot" | "invalid_week" | "lift_before_acceptance" | "nothing_to_change" | "planning_refused" | "sav_worksite_mismatch" | "sheet_too_large" | "unknown_catalog_task" | "unknown_operator" | "unknown_recipient" | "validation_error";
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
    "worksites.set_start_date": {
        parameters: {
            query?: never;
            header?: {
                /** @description La version attendue (l'`ETag` reçu, ex. `"3"`) : une version périmée répond 412 `version_conflict` ; absent ou `*`, pas de vérification. */
                "If-Match"?: components["parameters"]["IfMatch"];
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
                    ETag: components["headers"]["ETag"];
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorksitePublic"];
                };
            };
            /** @description Requête invalide (`bad_request`, `invalid_if_match`) */
            400: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "bad_request" | "invalid_if_match";
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
            /** @description Accès refusé (`forbidden`, `intervention_state_forbidden`). Permission requise : `planning.manage` */
            403: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "forbidden" | "intervention_state_forbidden";
                    };
                };
            };
            /** @description Ressource introuvable (`client_not_found`, `intervention_not_found`, `not_found`, `operator_not_found`, `reserve_not_found`, `sav_not_found`, `task_not_found`, `worksite_not_found`) */
            404: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "client_not_found" | "intervention_not_found" | "not_found" | "operator_not_found" | "reserve_not_found" | "sav_not_found" | "task_not_found" | "worksite_not_found";
                    };
                };
            };
            /** @description Conflit (`client_trashed`, `concurrent_update`, `intervention_locked`, `reserve_already_lifted`, `sav_archived`, `task_already_in_catalog`, `task_already_on_worksite`, `task_in_use`, `worksite_already_accepted`, `worksite_closed`, `worksite_not_accepted`) */
            409: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "client_trashed" | "concurrent_update" | "intervention_locked" | "reserve_already_lifted" | "sav_archived" | "task_already_in_catalog" | "task_already_on_worksite" | "task_in_use" | "worksite_already_accepted" | "worksite_closed" | "worksite_not_accepted";
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
            /** @description Requête non traitable (`blank_field`, `disorder_required`, `invalid_period`, `invalid_slot`, `invalid_week`, `lift_before_acceptance`, `nothing_to_change`, `planning_refused`, `sav_worksite_mismatch`, `sheet_too_large`, `unknown_catalog_task`, `unknown_operator`, `unknown_recipient`, `validation_error`) */
            422: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "blank_field" | "disorder_required" | "invalid_period" | "invalid_slot" | "invalid_week" | "lift_before_acceptance" | "nothing_to_change" | "planning_refused" | "sav_worksite_mismatch" | "sheet_too_large" | "unknown_catalog_task" | "unknown_operator" | "unknown_recipient" | "validation_error";
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
    "worksites.add_task": {
        parameters: {
            query?: never;
            header?: {
                /** @description Clé choisie par le client (1 à 255 caractères ASCII imprimables) : une requête rejouée avec la même clé reçoit la première réponse et ne crée rien deux fois ; la même clé sur une autre requête répond 422 `idempotency_key_reused`. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description La version attendue (l'`ETag` reçu, ex. `"3"`) : une version périmée répond 412 `version_conflict` ; absent ou `*`, pas de vérification. */
                "If-Match"?: components["parameters"]["IfMatch"];
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
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorksitePublic"];
                };
            };
            /** @description Requête invalide (`bad_request`, `invalid_idempotency_key`, `invalid_if_match`) */
            400: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "bad_request" | "invalid_idempotency_key" | "invalid_if_match";
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
            /** @description Accès refusé (`forbidden`, `intervention_state_forbidden`). Permission requise : `planning.manage` */
            403: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "forbidden" | "intervention_state_forbidden";
                    };
                };
            };
            /** @description Ressource introuvable (`client_not_found`, `intervention_not_found`, `not_found`, `operator_not_found`, `reserve_not_found`, `sav_not_found`, `task_not_found`, `worksite_not_found`) */
            404: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "client_not_found" | "intervention_not_found" | "not_found" | "operator_not_found" | "reserve_not_found" | "sav_not_found" | "task_not_found" | "worksite_not_found";
                    };
                };
            };
            /** @description Conflit (`client_trashed`, `concurrent_update`, `intervention_locked`, `reserve_already_lifted`, `sav_archived`, `task_already_in_catalog`, `task_already_on_worksite`, `task_in_use`, `worksite_already_accepted`, `worksite_closed`, `worksite_not_accepted`) */
            409: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "client_trashed" | "concurrent_update" | "intervention_locked" | "reserve_already_lifted" | "sav_archived" | "task_already_in_catalog" | "task_already_on_worksite" | "task_in_use" | "worksite_already_accepted" | "worksite_closed" | "worksite_not_accepted";
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
            /** @description Requête non traitable (`blank_field`, `disorder_required`, `idempotency_key_reused`, `invalid_period`, `invalid_slot`, `invalid_week`, `lift_before_acceptance`, `nothing_to_change`, `planning_refused`, `sav_worksite_mismatch`, `sheet_too_large`, `unknown_catalog_task`, `unknown_operator`, `unknown_recipient`, `validation_error`) */
            422: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "blank_field" | "disorder_required" | "idempotency_key_reused" | "invalid_period" | "invalid_slot" | "invalid_week" | "lift_before_acceptance" | "nothing_to_change" | "planning_refused" | "sav_worksite_mismatch" | "sheet_too_large" | "unknown_catalog_task" | "unknown_operator" | "unknown_recipient" | "validation_error";
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
    "worksites.remove_task": {
        parameters: {
            query?: never;
            header?: {
                /** @description La version attendue (l'`ETag` reçu, ex. `"3"`) : une version périmée répond 412 `version_conflict` ; absent ou `*`, pas de vérification. */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                task_id: string;
                worksite_id: string;
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
                    "application/json": components["schemas"]["WorksitePublic"];
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
            /** @description Accès refusé (`forbidden`, `intervention_state_forbidden`). Permission requise : `planning.manage` */
            403: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "forbidden" | "intervention_state_forbidden";
                    };
                };
            };
            /** @description Ressource introuvable (`client_not_found`, `intervention_not_found`, `not_found`, `operator_not_found`, `reserve_not_found`, `sav_not_found`, `task_not_found`, `worksite_not_found`) */
            404: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "client_not_found" | "intervention_not_found" | "not_found" | "operator_not_found" | "reserve_not_found" | "sav_not_found" | "task_not_found" | "worksite_not_found";
                    };
                };
            };
            /** @description Conflit (`client_trashed`, `concurrent_update`, `intervention_locked`, `reserve_already_lifted`, `sav_archived`, `task_already_in_catalog`, `task_already_on_worksite`, `task_in_use`, `worksite_already_accepted`, `worksite_closed`, `worksite_not_accepted`) */
            409: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "client_trashed" | "concurrent_update" | "intervention_locked" | "reserve_already_lifted" | "sav_archived" | "task_already_in_catalog" | "task_already_on_worksite" | "task_in_use" | "worksite_already_accepted" | "worksite_closed" | "worksite_not_accepted";
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
            /** @description Requête non traitable (`blank_field`, `disorder_required`, `invalid_period`, `invalid_slot`, `invalid_week`, `lift_before_acceptance`, `nothing_to_change`, `planning_refused`, `sav_worksite_mismatch`, `sheet_too_large`, `unknown_catalog_task`, `unknown_operator`, `unknown_recipient`, `validation_error`) */
            422: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "blank_field" | "disorder_required" | "invalid_period" | "invalid_slot" | "invalid_week" | "lift_before_acceptance" | "nothing_to_change" | "planning_refused" | "sav_worksite_mismatch" | "sheet_too_large" | "unknown_catalog_task" | "unknown_operator" | "unknown_recipient" | "validation_error";
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
    "worksites.set_task_state": {
        parameters: {
            query?: never;
            header?: {
                /** @description La version attendue (l'`ETag` reçu, ex. `"3"`) : une version périmée répond 412 `version_conflict` ; absent ou `*`, pas de vérification. */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                task_id: string;
                worksite_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TaskStateUpdate"];
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
                    "application/json": components["schemas"]["WorksitePublic"];
                };
            };
            /** @description Requête invalide (`bad_request`, `invalid_if_match`) */
            400: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "bad_request" | "invalid_if_match";
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
            /** @description Accès refusé (`forbidden`, `intervention_state_forbidden`). Permission requise : `planning.manage` */
            403: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "forbidden" | "intervention_state_forbidden";
                    };
                };
            };
            /** @description Ressource introuvable (`client_not_found`, `intervention_not_found`, `not_found`, `operator_not_found`, `reserve_not_found`, `sav_not_found`, `task_not_found`, `worksite_not_found`) */
            404: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "client_not_found" | "intervention_not_found" | "not_found" | "operator_not_found" | "reserve_not_found" | "sav_not_found" | "task_not_found" | "worksite_not_found";
                    };
                };
            };
            /** @description Conflit (`client_trashed`, `concurrent_update`, `intervention_locked`, `reserve_already_lifted`, `sav_archived`, `task_already_in_catalog`, `task_already_on_worksite`, `task_in_use`, `worksite_already_accepted`, `worksite_closed`, `worksite_not_accepted`) */
            409: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "client_trashed" | "concurrent_update" | "intervention_locked" | "reserve_already_lifted" | "sav_archived" | "task_already_in_catalog" | "task_already_on_worksite" | "task_in_use" | "worksite_already_accepted" | "worksite_closed" | "worksite_not_accepted";
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
            /** @description Requête non traitable (`blank_field`, `disorder_required`, `invalid_period`, `invalid_slot`, `invalid_week`, `lift_before_acceptance`, `nothing_to_change`, `planning_refused`, `sav_worksite_mismatch`, `sheet_too_large`, `unknown_catalog_task`, `unknown_operator`, `unknown_recipient`, `validation_error`) */
            422: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "blank_field" | "disorder_required" | "invalid_period" | "invalid_slot" | "invalid_week" | "lift_before_acceptance" | "nothing_to_change" | "planning_refused" | "sav_worksite_mismatch" | "sheet_too_large" | "unknown_catalog_task" | "unknown_operator" | "unknown_recipient" | "validation_error";
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
