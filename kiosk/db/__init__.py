"""Local storage: SQLAlchemy models, the engine, migrations and repositories."""
