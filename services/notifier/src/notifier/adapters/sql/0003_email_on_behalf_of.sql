-- The user on whose behalf an email goes (who assigned the action, who sent the site sheet or
-- the quote): their signature ends it, and they are alerted if it cannot be delivered.
ALTER TABLE email_outbox ADD COLUMN IF NOT EXISTS on_behalf_of uuid;
