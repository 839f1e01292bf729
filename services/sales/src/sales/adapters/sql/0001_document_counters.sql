-- The last number given per company, series (D: quotes, F: invoices and credit notes) and year.
-- Not a read model: rebuilding projections never touches it. Written in the transaction that
-- appends the numbered document (adapters/numbering.py), after the append.
CREATE TABLE IF NOT EXISTS document_counters (
    tenant_id uuid NOT NULL,
    series text NOT NULL,
    year integer NOT NULL,
    last_number integer NOT NULL CHECK (last_number > 0),
    PRIMARY KEY (tenant_id, series, year)
);
