"""Shared storage: the SQL tables, their Alembic migrations, the audit trail and the bot's state."""
