"""The registry database: models, queries and Alembic migrations."""
