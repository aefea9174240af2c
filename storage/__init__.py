"""The match store: aiosqlite, one SQLite file in WAL mode, versioned migrations."""
