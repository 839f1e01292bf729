// GENERATED from docs/openapi/sales.json by scripts/generate-api.mjs: do not edit.
export interface paths {
    "/clients/{client_id}/balance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Client Balance
         * @description The client's outstanding balance (encours) and overdue amount; the commercial block is
         *     shown beside it and stays independent of it.
         */
        get: operations["invoices.client_balance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/clients/{client_id}/quotes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Quotes
         * @description The client's quotes, oldest first.
         */
        get: operations["quotes.list_quotes"];
        put?: never;
        /**
         * Create Quote
         * @description Draft a quote (refused for a blocked, trashed or not yet known client).
         */
        post: operations["quotes.create_quote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/company": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Company
         * @description The mentions printed on quotes and invoices (null until they are set).
         */
        get: operations["company.get_company"];
        /**
         * Put Company
         * @description Set the SIRET, VAT number, ten-year insurer and coverage, payment terms…
         */
        put: operations["company.put_company"];
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
    "/invoices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Invoices
         * @description The company's invoices and credit notes in issue order (``overdue=true``: past due).
         */
        get: operations["invoices.list_invoices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/invoices/{invoice_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Invoice
         * @description One invoice or credit note, what is paid and owed, and its history.
         */
        get: operations["invoices.get_invoice"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/invoices/{invoice_id}.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Invoice Pdf
         * @description The invoice as Factur-X (PDF/A-3 with its CII XML, EN 16931 profile).
         */
        get: operations["invoices.invoice_pdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/invoices/{invoice_id}/credit-note": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Credit Note
         * @description Issue a credit note (avoir) correcting the invoice: whole or an amount excl. tax.
         */
        post: operations["invoices.credit_note"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/invoices/{invoice_id}/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record Payment
         * @description Record a payment (amount, date, means); allowed on a blocked client.
         */
        post: operations["invoices.record_payment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/invoices/{invoice_id}/retention-release": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Release Retention
         * @description The retention (retenue de garantie) held on the invoice becomes payable.
         */
        post: operations["invoices.release_retention"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/invoices/{invoice_id}/send": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send Invoice
         * @description Email the Factur-X PDF to the client (through the notifier).
         */
        post: operations["invoices.send_invoice"];
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
    "/quotes/{quote_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Quote
         * @description One quote with its history (drafts, revisions, sending, signature).
         */
        get: operations["quotes.get_quote"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Revise Quote
         * @description Change the content; a sent quote becomes a draft of its next revision.
         */
        patch: operations["quotes.revise_quote"];
        trace?: never;
    };
    "/quotes/{quote_id}.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Quote Pdf
         * @description The quote as a French PDF.
         */
        get: operations["quotes.quote_pdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/quotes/{quote_id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept Quote
         * @description Record the client's « Bon pour accord » (name and date).
         */
        post: operations["quotes.accept_quote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/quotes/{quote_id}/invoices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Invoice Quote
         * @description Issue a deposit, progress or final invoice of an accepted quote (number F-<year>-<n>).
         */
        post: operations["quotes.invoice_quote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/quotes/{quote_id}/refuse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Refuse Quote
         * @description Record that the client refused the quote.
         */
        post: operations["quotes.refuse_quote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/quotes/{quote_id}/send": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send Quote
         * @description Email the quote's PDF to the client (through the notifier).
         */
        post: operations["quotes.send_quote"];
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
        /** AcceptRequest */
        AcceptRequest: {
            /** Accepted On */
            accepted_on?: string | null;
            /** Signer Name */
            signer_name: string;
        };
        /**
         * AttestationIn
         * @description The client's attestation for the reduced VAT rates (renovation of a dwelling).
         */
        AttestationIn: {
            /** Signed By */
            signed_by: string;
            /**
             * Signed On
             * Format: date
             */
            signed_on: string;
        };
        /**
         * BalancePublic
         * @description The client's balance (encours) and, independently, its commercial block.
         */
        BalancePublic: {
            /** Balance */
            balance: string;
            /**
             * Client Id
             * Format: uuid
             */
            client_id: string;
            /** Commercial Block */
            commercial_block: string | null;
            /** Credited */
            credited: string;
            /** Invoiced */
            invoiced: string;
            /** Overdue */
            overdue: string;
            /** Paid */
            paid: string;
            /** Retention Held */
            retention_held: string;
        };
        /**
         * CompanyIn
         * @description The legal mentions printed on quotes and invoices.
         */
        CompanyIn: {
            /**
             * Address
             * @default
             */
            address: string;
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
            /** Email */
            email?: string | null;
            /**
             * Iban
             * @default
             */
            iban: string;
            /**
             * Insurance Coverage
             * @default
             */
            insurance_coverage: string;
            /**
             * Insurance Policy
             * @default
             */
            insurance_policy: string;
            /**
             * Insurer
             * @default
             */
            insurer: string;
            /**
             * Late Penalty Rate
             * @default
             */
            late_penalty_rate: string;
            /**
             * Legal Form
             * @default
             */
            legal_form: string;
            /** Name */
            name: string;
            /**
             * Payment Days
             * @default 30
             */
            payment_days: number;
            /**
             * Phone
             * @default
             */
            phone: string;
            /**
             * Postal Code
             * @default
             */
            postal_code: string;
            /**
             * Siret
             * @default
             */
            siret: string;
            /**
             * Vat Number
             * @default
             */
            vat_number: string;
        };
        /**
         * CompanyMentions
         * @description The seller's legal mentions, as printed (an issued invoice keeps the ones of its day).
         */
        CompanyMentions: {
            /**
             * Address
             * @default
             */
            address: string;
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
            /** Email */
            email?: string | null;
            /**
             * Iban
             * @default
             */
            iban: string;
            /**
             * Insurance Coverage
             * @default
             */
            insurance_coverage: string;
            /**
             * Insurance Policy
             * @default
             */
            insurance_policy: string;
            /**
             * Insurer
             * @default
             */
            insurer: string;
            /**
             * Late Penalty Rate
             * @default
             */
            late_penalty_rate: string;
            /**
             * Legal Form
             * @default
             */
            legal_form: string;
            /** Name */
            name: string;
            /**
             * Payment Days
             * @default 30
             */
            payment_days: number;
            /**
             * Phone
             * @default
             */
            phone: string;
            /**
             * Postal Code
             * @default
             */
            postal_code: string;
            /**
             * Siret
             * @default
             */
            siret: string;
            /**
             * Vat Number
             * @default
             */
            vat_number: string;
        };
        /**
         * CreditNoteRequest
         * @description The whole invoice, or ``amount`` excl. tax at ``vat_rate``.
         */
        CreditNoteRequest: {
            /** Amount */
            amount?: number | string | null;
            /** Reason */
            reason: string;
            /** Vat Rate */
            vat_rate?: number | string | null;
        };
        /** HistoryPublic */
        HistoryPublic: {
            /** Actor Id */
            actor_id: string | null;
            /**
             * At
             * Format: date-time
             */
            at: string;
            /** Details */
            details: {
                [key: string]: unknown;
            };
            /** Event */
            event: string;
        };
        /**
         * InvoiceLine
         * @description A line of an issued invoice (amount excl. tax already computed and rounded).
         */
        InvoiceLine: {
            /**
             * Amount
             * @example 1234.50
             */
            amount: string;
            /** Cumulative Percent */
            cumulative_percent?: string | null;
            /** Designation */
            designation: string;
            /** Line No */
            line_no?: number | null;
            /**
             * Quantity
             * @default 1
             * @example 1234.50
             */
            quantity: string;
            /**
             * Unit
             * @default forfait
             * @enum {string}
             */
            unit: "u" | "m²" | "ml" | "m³" | "h" | "forfait";
            /**
             * Unit Price
             * @example 1234.50
             */
            unit_price: string;
            /**
             * Vat Rate
             * @example 1234.50
             */
            vat_rate: string;
        };
        /** InvoicePublic */
        InvoicePublic: {
            /**
             * Client Id
             * Format: uuid
             */
            client_id: string;
            /** Client Name */
            client_name: string;
            /** Credited */
            credited: string;
            /** Credited Invoice Id */
            credited_invoice_id: string | null;
            /** Credited Invoice Number */
            credited_invoice_number: string;
            /**
             * Due On
             * Format: date
             */
            due_on: string;
            /** History */
            history?: components["schemas"]["HistoryPublic"][];
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Issued On
             * Format: date
             */
            issued_on: string;
            /**
             * Kind
             * @enum {string}
             */
            kind: "deposit" | "progress" | "final" | "credit_note";
            /** Lines */
            lines: components["schemas"]["InvoiceLine"][];
            /** Net Payable */
            net_payable: string;
            /** Number */
            number: string;
            /** Outstanding */
            outstanding: string;
            /** Overdue */
            overdue: boolean;
            /** Paid */
            paid: string;
            /** Quote Id */
            quote_id: string | null;
            /** Quote Number */
            quote_number: string;
            /** Reason */
            reason: string;
            /** Retention */
            retention: string;
            retention_release?: components["schemas"]["RetentionReleasePublic"] | null;
            /** Retention Released */
            retention_released: boolean;
            totals: components["schemas"]["Totals"];
            /** Version */
            version: number;
        };
        /**
         * InvoiceRequest
         * @description Deposit (``percent`` or ``amount`` excl. tax), progress (cumulative ``percents`` per line
         *     number) or final; ``retention`` withholds 5 % of a situation or final invoice.
         */
        InvoiceRequest: {
            /** Amount */
            amount?: number | string | null;
            /**
             * Kind
             * @enum {string}
             */
            kind: "deposit" | "progress" | "final";
            /** Percent */
            percent?: number | string | null;
            /** Percents */
            percents?: {
                [key: string]: number | string;
            };
            /**
             * Retention
             * @default false
             */
            retention: boolean;
        };
        /** InvoiceSummary */
        InvoiceSummary: {
            /**
             * Client Id
             * Format: uuid
             */
            client_id: string;
            /**
             * Due On
             * Format: date
             */
            due_on: string;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Issued On
             * Format: date
             */
            issued_on: string;
            /** Kind */
            kind: string;
            /** Number */
            number: string;
            /** Outstanding */
            outstanding: string;
            /** Overdue */
            overdue: boolean;
            /** Quote Id */
            quote_id: string | null;
            /** Total Incl Tax */
            total_incl_tax: string;
        };
        /** LineIn */
        LineIn: {
            /** Designation */
            designation: string;
            /**
             * Discount Percent
             * @default 0
             */
            discount_percent: number | string;
            /** Quantity */
            quantity: number | string;
            /**
             * Unit
             * @default u
             * @enum {string}
             */
            unit: "u" | "m²" | "ml" | "m³" | "h" | "forfait";
            /** Unit Price */
            unit_price: number | string;
            /** Vat Rate */
            vat_rate: number | string;
        };
        /** Page[InvoiceSummary] */
        Page_InvoiceSummary_: {
            /** Items */
            items: components["schemas"]["InvoiceSummary"][];
            /** Next Cursor */
            next_cursor?: string | null;
        };
        /** Page[QuoteSummary] */
        Page_QuoteSummary_: {
            /** Items */
            items: components["schemas"]["QuoteSummary"][];
            /** Next Cursor */
            next_cursor?: string | null;
        };
        /** PaymentRequest */
        PaymentRequest: {
            /** Amount */
            amount: number | string;
            /**
             * Means
             * @default virement
             * @enum {string}
             */
            means: "virement" | "cheque" | "especes" | "carte" | "prelevement";
            /** Paid On */
            paid_on?: string | null;
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
         * QuoteLine
         * @description One priced line of a quote: quantity × unit price excl. tax, less a discount (%).
         */
        QuoteLine: {
            /** Designation */
            designation: string;
            /**
             * Discount Percent
             * @default 0
             * @example 1234.50
             */
            discount_percent: string;
            /**
             * Quantity
             * @example 1234.50
             */
            quantity: string;
            /**
             * Unit
             * @default u
             * @enum {string}
             */
            unit: "u" | "m²" | "ml" | "m³" | "h" | "forfait";
            /**
             * Unit Price
             * @example 1234.50
             */
            unit_price: string;
            /**
             * Vat Rate
             * @example 1234.50
             */
            vat_rate: string;
        };
        /** QuotePublic */
        QuotePublic: {
            /** Accepted On */
            accepted_on: string | null;
            /**
             * Client Id
             * Format: uuid
             */
            client_id: string;
            /** Client Name */
            client_name: string;
            /** Cumulative Percents */
            cumulative_percents: {
                [key: string]: string;
            };
            /** Drafted On */
            drafted_on: string | null;
            /** Final Invoiced */
            final_invoiced: boolean;
            /** History */
            history?: components["schemas"]["HistoryPublic"][];
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Invoice Ids */
            invoice_ids: string[];
            /** Notes */
            notes: string;
            /** Number */
            number: string;
            /** Refusal Reason */
            refusal_reason: string;
            /** Revision */
            revision: number;
            /** Sections */
            sections: components["schemas"]["QuoteSection"][];
            /** Signer Name */
            signer_name: string;
            /** Status */
            status: string;
            totals: components["schemas"]["Totals"];
            /**
             * Valid Until
             * Format: date
             */
            valid_until: string;
            vat_attestation: components["schemas"]["VatAttestation"] | null;
            /** Version */
            version: number;
        };
        /**
         * QuoteSection
         * @description A heading and its lines (a subtotal is printed under it); an empty title means none.
         */
        QuoteSection: {
            /** Lines */
            lines?: components["schemas"]["QuoteLine"][];
            /**
             * Title
             * @default
             */
            title: string;
        };
        /** QuoteSummary */
        QuoteSummary: {
            /**
             * Client Id
             * Format: uuid
             */
            client_id: string;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Number */
            number: string;
            /** Revision */
            revision: number;
            /** Status */
            status: string;
            /** Total Excl Tax */
            total_excl_tax: string;
            /** Total Incl Tax */
            total_incl_tax: string;
            /**
             * Valid Until
             * Format: date
             */
            valid_until: string;
            /** Version */
            version: number;
        };
        /**
         * QuoteWrite
         * @description A quote's content: sections of lines, validity (30 days by default), attestation.
         */
        QuoteWrite: {
            /**
             * Notes
             * @default
             */
            notes: string;
            /** Sections */
            sections: components["schemas"]["SectionIn"][];
            /** Valid Until */
            valid_until?: string | null;
            vat_attestation?: components["schemas"]["AttestationIn"] | null;
        };
        /** RefuseRequest */
        RefuseRequest: {
            /**
             * Reason
             * @default
             */
            reason: string;
        };
        /**
         * RetentionReleasePublic
         * @description When the retention may be released, from the acceptance of the works (planning):
         *     one year after an acceptance without reserves, or once the reserves are lifted.
         */
        RetentionReleasePublic: {
            /**
             * Accepted On
             * Format: date
             */
            accepted_on: string;
            /** Open Reserves */
            open_reserves: number;
            /** Releasable */
            releasable: boolean;
            /** Releasable On */
            releasable_on: string | null;
        };
        /** SectionIn */
        SectionIn: {
            /** Lines */
            lines?: components["schemas"]["LineIn"][];
            /**
             * Title
             * @default
             */
            title: string;
        };
        /** Totals */
        Totals: {
            /**
             * Excl Tax
             * @example 1234.50
             */
            excl_tax: string;
            /**
             * Incl Tax
             * @example 1234.50
             */
            incl_tax: string;
            /** Vat */
            vat?: components["schemas"]["VatTotal"][];
            /**
             * Vat Total
             * @example 1234.50
             */
            vat_total: string;
        };
        /**
         * VatAttestation
         * @description The client's attestation that reduced VAT rates apply (renovation of a dwelling).
         */
        VatAttestation: {
            /** Signed By */
            signed_by: string;
            /**
             * Signed On
             * Format: date
             */
            signed_on: string;
        };
        /**
         * VatTotal
         * @description The VAT of one rate: its base (sum of the lines excl. tax) and the tax, to the cent.
         */
        VatTotal: {
            /**
             * Amount
             * @example 1234.50
             */
            amount: string;
            /**
             * Base
             * @example 1234.50
             */
            base: string;
            /**
             * Rate
             * @example 1234.50
             */
            rate: string;
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
    "invoices.client_balance": {
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
                    "application/json": components["schemas"]["BalancePublic"];
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
            /** @description Ressource introuvable (`client_not_found`, `invoice_not_found`, `not_found`, `quote_not_found`) */
            404: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "client_not_found" | "invoice_not_found" | "not_found" | "quote_not_found";
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
    "quotes.list_quotes": {
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
                    "application/json": components["schemas"]["Page_QuoteSummary_"];
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
            /** @description Ressource introuvable (`client_not_found`, `invoice_not_found`, `not_found`, `quote_not_found`) */
            404: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "client_not_found" | "invoice_not_found" | "not_found" | "quote_not_found";
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
    "quotes.create_quote": {
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
                "application/json": components["schemas"]["QuoteWrite"];
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
                    "application/json": components["schemas"]["QuotePublic"];
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
            /** @description Accès refusé (`forbidden`). Permission requise : `sales.quote` */
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
            /** @description Ressource introuvable (`client_not_found`, `invoice_not_found`, `not_found`, `quote_not_found`) */
            404: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "client_not_found" | "invoice_not_found" | "not_found" | "quote_not_found";
                    };
                };
            };
            /** @description Conflit (`client_blocked`, `client_not_ready`, `client_trashed`, `company_not_ready`, `concurrent_update`, `invoice_state`, `no_recipient`, `quote_expired`, `quote_state`, `vat_attestation_missing`) */
            409: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "client_blocked" | "client_not_ready" | "client_trashed" | "company_not_ready" | "concurrent_update" | "invoice_state" | "no_recipient" | "quote_expired" | "quote_state" | "vat_attestation_missing";
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
            /** @description Requête non traitable (`idempotency_key_reused`, `invalid_company`, `invalid_invoice`, `invalid_line`, `invalid_payment`, `invalid_quote`, `validation_error`) */
            422: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "idempotency_key_reused" | "invalid_company" | "invalid_invoice" | "invalid_line" | "invalid_payment" | "invalid_quote" | "validation_error";
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
    "company.get_company": {
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
                    "application/json": components["schemas"]["CompanyMentions"] | null;
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
    "company.put_company": {
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
                "application/json": components["schemas"]["CompanyIn"];
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
                    "application/json": components["schemas"]["CompanyMentions"];
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
            /** @description Ressource introuvable (`client_not_found`, `invoice_not_found`, `not_found`, `quote_not_found`) */
            404: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "client_not_found" | "invoice_not_found" | "not_found" | "quote_not_found";
                    };
                };
            };
            /** @description Conflit (`client_blocked`, `client_not_ready`, `client_trashed`, `company_not_ready`, `concurrent_update`, `invoice_state`, `no_recipient`, `quote_expired`, `quote_state`, `vat_attestation_missing`) */
            409: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "client_blocked" | "client_not_ready" | "client_trashed" | "company_not_ready" | "concurrent_update" | "invoice_state" | "no_recipient" | "quote_expired" | "quote_state" | "vat_attestation_missing";
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
            /** @description Requête non traitable (`invalid_company`, `invalid_invoice`, `invalid_line`, `invalid_payment`, `invalid_quote`, `validation_error`) */
            422: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "invalid_company" | "invalid_invoice" | "invalid_line" | "invalid_payment" | "invalid_quote" | "validation_error";
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
    "invoices.list_invoices": {
        parameters: {
            query?: {
                client_id?: string | null;
                /** @description Curseur opaque de la page suivante */
                cursor?: string | null;
                /** @description Taille de page */
                limit?: number;
                overdue?: boolean;
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
                    "application/json": components["schemas"]["Page_InvoiceSummary_"];
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
            /** @description Requête non traitable (`invalid_company`, `invalid_invoice`, `invalid_line`, `invalid_payment`, `invalid_quote`, `validation_error`) */
            422: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "invalid_company" | "invalid_invoice" | "invalid_line" | "invalid_payment" | "invalid_quote" | "validation_error";
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
    "invoices.get_invoice": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                invoice_id: string;
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
                    "application/json": components["schemas"]["InvoicePublic"];
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
            /** @description Ressource introuvable (`client_not_found`, `invoice_not_found`, `not_found`, `quote_not_found`) */
            404: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "client_not_found" | "invoice_not_found" | "not_found" | "quote_not_found";
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
    "invoices.invoice_pdf": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                invoice_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Le PDF */
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
            /** @description Ressource introuvable (`client_not_found`, `invoice_not_found`, `not_found`, `quote_not_found`) */
            404: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "client_not_found" | "invoice_not_found" | "not_found" | "quote_not_found";
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
    "invoices.credit_note": {
        parameters: {
            query?: never;
            header?: {
                /** @description Clé choisie par le client (1 à 255 caractères ASCII imprimables) : une requête rejouée avec la même clé reçoit la première réponse et ne crée rien deux fois ; la même clé sur une autre requête répond 422 `idempotency_key_reused`. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                invoice_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreditNoteRequest"];
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
                    "application/json": components["schemas"]["InvoicePublic"];
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
            /** @description Accès refusé (`forbidden`). Permission requise : `sales.invoice` */
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
            /** @description Ressource introuvable (`client_not_found`, `invoice_not_found`, `not_found`, `quote_not_found`) */
            404: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "client_not_found" | "invoice_not_found" | "not_found" | "quote_not_found";
                    };
                };
            };
            /** @description Conflit (`client_blocked`, `client_not_ready`, `client_trashed`, `company_not_ready`, `concurrent_update`, `invoice_state`, `no_recipient`, `quote_expired`, `quote_state`, `vat_attestation_missing`) */
            409: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "client_blocked" | "client_not_ready" | "client_trashed" | "company_not_ready" | "concurrent_update" | "invoice_state" | "no_recipient" | "quote_expired" | "quote_state" | "vat_attestation_missing";
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
            /** @description Requête non traitable (`idempotency_key_reused`, `invalid_company`, `invalid_invoice`, `invalid_line`, `invalid_payment`, `invalid_quote`, `validation_error`) */
            422: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "idempotency_key_reused" | "invalid_company" | "invalid_invoice" | "invalid_line" | "invalid_payment" | "invalid_quote" | "validation_error";
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
    "invoices.record_payment": {
        parameters: {
            query?: never;
            header?: {
                /** @description Clé choisie par le client (1 à 255 caractères ASCII imprimables) : une requête rejouée avec la même clé reçoit la première réponse et ne crée rien deux fois ; la même clé sur une autre requête répond 422 `idempotency_key_reused`. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                invoice_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PaymentRequest"];
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
                    "application/json": components["schemas"]["InvoicePublic"];
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
            /** @description Accès refusé (`forbidden`). Permission requise : `sales.payment` */
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
            /** @description Ressource introuvable (`client_not_found`, `invoice_not_found`, `not_found`, `quote_not_found`) */
            404: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "client_not_found" | "invoice_not_found" | "not_found" | "quote_not_found";
                    };
                };
            };
            /** @description Conflit (`client_blocked`, `client_not_ready`, `client_trashed`, `company_not_ready`, `concurrent_update`, `invoice_state`, `no_recipient`, `quote_expired`, `quote_state`, `vat_attestation_missing`) */
            409: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "client_blocked" | "client_not_ready" | "client_trashed" | "company_not_ready" | "concurrent_update" | "invoice_state" | "no_recipient" | "quote_expired" | "quote_state" | "vat_attestation_missing";
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
            /** @description Requête non traitable (`idempotency_key_reused`, `invalid_company`, `invalid_invoice`, `invalid_line`, `invalid_payment`, `invalid_quote`, `validation_error`) */
            422: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "idempotency_key_reused" | "invalid_company" | "invalid_invoice" | "invalid_line" | "invalid_payment" | "invalid_quote" | "validation_error";
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
    "invoices.release_retention": {
        parameters: {
            query?: never;
            header?: {
                /** @description La version attendue (l'`ETag` reçu, ex. `"3"`) : une version périmée répond 412 `version_conflict` ; absent ou `*`, pas de vérification. */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                invoice_id: string;
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
                    "application/json": components["schemas"]["InvoicePublic"];
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
            /** @description Accès refusé (`forbidden`). Permission requise : `sales.invoice` */
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
            /** @description Ressource introuvable (`client_not_found`, `invoice_not_found`, `not_found`, `quote_not_found`) */
            404: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "client_not_found" | "invoice_not_found" | "not_found" | "quote_not_found";
                    };
                };
            };
            /** @description Conflit (`client_blocked`, `client_not_ready`, `client_trashed`, `company_not_ready`, `concurrent_update`, `invoice_state`, `no_recipient`, `quote_expired`, `quote_state`, `vat_attestation_missing`) */
            409: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "client_blocked" | "client_not_ready" | "client_trashed" | "company_not_ready" | "concurrent_update" | "invoice_state" | "no_recipient" | "quote_expired" | "quote_state" | "vat_attestation_missing";
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
            /** @description Requête non traitable (`invalid_company`, `invalid_invoice`, `invalid_line`, `invalid_payment`, `invalid_quote`, `validation_error`) */
            422: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "invalid_company" | "invalid_invoice" | "invalid_line" | "invalid_payment" | "invalid_quote" | "validation_error";
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
    "invoices.send_invoice": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                invoice_id: string;
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
                    "application/json": components["schemas"]["InvoicePublic"];
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
            /** @description Accès refusé (`forbidden`). Permission requise : `sales.invoice` */
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
            /** @description Ressource introuvable (`client_not_found`, `invoice_not_found`, `not_found`, `quote_not_found`) */
            404: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "client_not_found" | "invoice_not_found" | "not_found" | "quote_not_found";
                    };
                };
            };
            /** @description Conflit (`client_blocked`, `client_not_ready`, `client_trashed`, `company_not_ready`, `concurrent_update`, `invoice_state`, `no_recipient`, `quote_expired`, `quote_state`, `vat_attestation_missing`) */
            409: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "client_blocked" | "client_not_ready" | "client_trashed" | "company_not_ready" | "concurrent_update" | "invoice_state" | "no_recipient" | "quote_expired" | "quote_state" | "vat_attestation_missing";
                    };
                };
            };
            /** @description Requête non traitable (`invalid_company`, `invalid_invoice`, `invalid_line`, `invalid_payment`, `invalid_quote`, `validation_error`) */
            422: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "invalid_company" | "invalid_invoice" | "invalid_line" | "invalid_payment" | "invalid_quote" | "validation_error";
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
            /** @description Ressource introuvable (`client_not_found`, `invoice_not_found`, `not_found`, `quote_not_found`) */
            404: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "client_not_found" | "invoice_not_found" | "not_found" | "quote_not_found";
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
    "quotes.get_quote": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                quote_id: string;
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
                    "application/json": components["schemas"]["QuotePublic"];
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
            /** @description Ressource introuvable (`client_not_found`, `invoice_not_found`, `not_found`, `quote_not_found`) */
            404: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "client_not_found" | "invoice_not_found" | "not_found" | "quote_not_found";
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
    "quotes.revise_quote": {
        parameters: {
            query?: never;
            header?: {
                /** @description La version attendue (l'`ETag` reçu, ex. `"3"`) : une version périmée répond 412 `version_conflict` ; absent ou `*`, pas de vérification. */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                quote_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["QuoteWrite"];
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
                    "application/json": components["schemas"]["QuotePublic"];
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
            /** @description Accès refusé (`forbidden`). Permission requise : `sales.quote` */
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
            /** @description Ressource introuvable (`client_not_found`, `invoice_not_found`, `not_found`, `quote_not_found`) */
            404: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "client_not_found" | "invoice_not_found" | "not_found" | "quote_not_found";
                    };
                };
            };
            /** @description Conflit (`client_blocked`, `client_not_ready`, `client_trashed`, `company_not_ready`, `concurrent_update`, `invoice_state`, `no_recipient`, `quote_expired`, `quote_state`, `vat_attestation_missing`) */
            409: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "client_blocked" | "client_not_ready" | "client_trashed" | "company_not_ready" | "concurrent_update" | "invoice_state" | "no_recipient" | "quote_expired" | "quote_state" | "vat_attestation_missing";
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
            /** @description Requête non traitable (`invalid_company`, `invalid_invoice`, `invalid_line`, `invalid_payment`, `invalid_quote`, `validation_error`) */
            422: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "invalid_company" | "invalid_invoice" | "invalid_line" | "invalid_payment" | "invalid_quote" | "validation_error";
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
    "quotes.quote_pdf": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                quote_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Le PDF */
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
            /** @description Ressource introuvable (`client_not_found`, `invoice_not_found`, `not_found`, `quote_not_found`) */
            404: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "client_not_found" | "invoice_not_found" | "not_found" | "quote_not_found";
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
    "quotes.accept_quote": {
        parameters: {
            query?: never;
            header?: {
                /** @description La version attendue (l'`ETag` reçu, ex. `"3"`) : une version périmée répond 412 `version_conflict` ; absent ou `*`, pas de vérification. */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                quote_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcceptRequest"];
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
                    "application/json": components["schemas"]["QuotePublic"];
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
            /** @description Accès refusé (`forbidden`). Permission requise : `sales.quote` */
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
            /** @description Ressource introuvable (`client_not_found`, `invoice_not_found`, `not_found`, `quote_not_found`) */
            404: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "client_not_found" | "invoice_not_found" | "not_found" | "quote_not_found";
                    };
                };
            };
            /** @description Conflit (`client_blocked`, `client_not_ready`, `client_trashed`, `company_not_ready`, `concurrent_update`, `invoice_state`, `no_recipient`, `quote_expired`, `quote_state`, `vat_attestation_missing`) */
            409: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "client_blocked" | "client_not_ready" | "client_trashed" | "company_not_ready" | "concurrent_update" | "invoice_state" | "no_recipient" | "quote_expired" | "quote_state" | "vat_attestation_missing";
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
            /** @description Requête non traitable (`invalid_company`, `invalid_invoice`, `invalid_line`, `invalid_payment`, `invalid_quote`, `validation_error`) */
            422: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "invalid_company" | "invalid_invoice" | "invalid_line" | "invalid_payment" | "invalid_quote" | "validation_error";
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
    "quotes.invoice_quote": {
        parameters: {
            query?: never;
            header?: {
                /** @description Clé choisie par le client (1 à 255 caractères ASCII imprimables) : une requête rejouée avec la même clé reçoit la première réponse et ne crée rien deux fois ; la même clé sur une autre requête répond 422 `idempotency_key_reused`. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                quote_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InvoiceRequest"];
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
                    "application/json": components["schemas"]["InvoicePublic"];
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
            /** @description Accès refusé (`forbidden`). Permission requise : `sales.invoice` */
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
            /** @description Ressource introuvable (`client_not_found`, `invoice_not_found`, `not_found`, `quote_not_found`) */
            404: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "client_not_found" | "invoice_not_found" | "not_found" | "quote_not_found";
                    };
                };
            };
            /** @description Conflit (`client_blocked`, `client_not_ready`, `client_trashed`, `company_not_ready`, `concurrent_update`, `invoice_state`, `no_recipient`, `quote_expired`, `quote_state`, `vat_attestation_missing`) */
            409: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "client_blocked" | "client_not_ready" | "client_trashed" | "company_not_ready" | "concurrent_update" | "invoice_state" | "no_recipient" | "quote_expired" | "quote_state" | "vat_attestation_missing";
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
            /** @description Requête non traitable (`idempotency_key_reused`, `invalid_company`, `invalid_invoice`, `invalid_line`, `invalid_payment`, `invalid_quote`, `validation_error`) */
            422: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "idempotency_key_reused" | "invalid_company" | "invalid_invoice" | "invalid_line" | "invalid_payment" | "invalid_quote" | "validation_error";
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
    "quotes.refuse_quote": {
        parameters: {
            query?: never;
            header?: {
                /** @description La version attendue (l'`ETag` reçu, ex. `"3"`) : une version périmée répond 412 `version_conflict` ; absent ou `*`, pas de vérification. */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                quote_id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["RefuseRequest"] | null;
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
                    "application/json": components["schemas"]["QuotePublic"];
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
            /** @description Accès refusé (`forbidden`). Permission requise : `sales.quote` */
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
            /** @description Ressource introuvable (`client_not_found`, `invoice_not_found`, `not_found`, `quote_not_found`) */
            404: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "client_not_found" | "invoice_not_found" | "not_found" | "quote_not_found";
                    };
                };
            };
            /** @description Conflit (`client_blocked`, `client_not_ready`, `client_trashed`, `company_not_ready`, `concurrent_update`, `invoice_state`, `no_recipient`, `quote_expired`, `quote_state`, `vat_attestation_missing`) */
            409: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "client_blocked" | "client_not_ready" | "client_trashed" | "company_not_ready" | "concurrent_update" | "invoice_state" | "no_recipient" | "quote_expired" | "quote_state" | "vat_attestation_missing";
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
            /** @description Requête non traitable (`invalid_company`, `invalid_invoice`, `invalid_line`, `invalid_payment`, `invalid_quote`, `validation_error`) */
            422: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "invalid_company" | "invalid_invoice" | "invalid_line" | "invalid_payment" | "invalid_quote" | "validation_error";
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
    "quotes.send_quote": {
        parameters: {
            query?: never;
            header?: {
                /** @description La version attendue (l'`ETag` reçu, ex. `"3"`) : une version périmée répond 412 `version_conflict` ; absent ou `*`, pas de vérification. */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                quote_id: string;
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
                    "application/json": components["schemas"]["QuotePublic"];
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
            /** @description Accès refusé (`forbidden`). Permission requise : `sales.quote` */
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
            /** @description Ressource introuvable (`client_not_found`, `invoice_not_found`, `not_found`, `quote_not_found`) */
            404: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "client_not_found" | "invoice_not_found" | "not_found" | "quote_not_found";
                    };
                };
            };
            /** @description Conflit (`client_blocked`, `client_not_ready`, `client_trashed`, `company_not_ready`, `concurrent_update`, `invoice_state`, `no_recipient`, `quote_expired`, `quote_state`, `vat_attestation_missing`) */
            409: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "client_blocked" | "client_not_ready" | "client_trashed" | "company_not_ready" | "concurrent_update" | "invoice_state" | "no_recipient" | "quote_expired" | "quote_state" | "vat_attestation_missing";
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
            /** @description Requête non traitable (`invalid_company`, `invalid_invoice`, `invalid_line`, `invalid_payment`, `invalid_quote`, `validation_error`) */
            422: {
                headers: {
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "invalid_company" | "invalid_invoice" | "invalid_line" | "invalid_payment" | "invalid_quote" | "validation_error";
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
}
