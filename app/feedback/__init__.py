"""Durable feedback on routing decisions: storage (SQLite or PostgreSQL) and training records."""
