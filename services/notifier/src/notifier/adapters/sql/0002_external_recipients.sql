-- Emails to someone outside the company (a client receiving a quote or an invoice from sales):
-- their address is known when the email is queued; recipient_id is then the client's id.
ALTER TABLE email_outbox ADD COLUMN IF NOT EXISTS recipient_address text;
