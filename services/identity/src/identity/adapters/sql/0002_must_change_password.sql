-- A password set by somebody else (a manager's reset) must be replaced by its owner at next login.
ALTER TABLE credentials ADD COLUMN IF NOT EXISTS must_change_password boolean NOT NULL DEFAULT false;
