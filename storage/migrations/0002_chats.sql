-- Per-chat settings the bot keeps across restarts.

CREATE TABLE chat_settings (
    platform TEXT NOT NULL,
    chat_id TEXT NOT NULL,
    lang TEXT,
    timezone TEXT,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (platform, chat_id)
);
