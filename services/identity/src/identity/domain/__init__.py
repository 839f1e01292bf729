"""identity's pure domain: tenants, users, permissions, password policy, lockout, preferences."""
