-- Bounces (delivery status notifications sent back to the email's return path): an email the
-- recipient's server reported undeliverable for good is 'bounced'; a temporary failure puts it
-- back in the queue. bounce_status keeps the DSN's status code (5.1.1...) for the delivery log.
ALTER TABLE email_outbox DROP CONSTRAINT IF EXISTS email_outbox_status_check;
ALTER TABLE email_outbox ADD CONSTRAINT email_outbox_status_check CHECK (status IN
    ('pending', 'sending', 'transmitting', 'sent', 'failed', 'unconfirmed', 'bounced'));
ALTER TABLE email_outbox ADD COLUMN IF NOT EXISTS bounce_status text;
ALTER TABLE email_outbox ADD COLUMN IF NOT EXISTS soft_bounces integer NOT NULL DEFAULT 0;
