"""Adapters: PostgreSQL reads, SQL migrations, the PDF renderer."""
