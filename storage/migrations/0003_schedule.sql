-- Announcements: what each chat follows, how and when it wants news, and the
-- outbox of announcements with their delivery state (see docs/announcements.md).
-- Times are UTC, ISO 8601 with a trailing Z, so that text order is time order.

CREATE TABLE subscriptions (
    platform TEXT NOT NULL,
    chat_id TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('team', 'competition')),
    target TEXT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (platform, chat_id, kind, target)
);
CREATE INDEX subscriptions_target ON subscriptions (kind, target);

-- How a chat wants its announcements. digest_at and quiet hours are local
-- HH:MM in the chat's timezone (chat_settings.timezone, else the default).
CREATE TABLE delivery (
    platform TEXT NOT NULL,
    chat_id TEXT NOT NULL,
    chat_type TEXT NOT NULL DEFAULT 'private',
    lang_hint TEXT,
    mode TEXT NOT NULL DEFAULT 'instant' CHECK (mode IN ('instant', 'digest')),
    digest_at TEXT,
    quiet_from TEXT,
    quiet_to TEXT,
    gone_reason TEXT,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (platform, chat_id)
);

-- One row per (chat, fact, revision): the unique key is what makes an
-- announcement happen once. state: pending -> sending (claimed, request may be
-- under way) -> sent; or failed (gave up), dropped (chat gone), superseded (a
-- newer revision replaced it before it went out), unknown (a crash left the
-- outcome of a send unknown and the platform cannot deduplicate).
CREATE TABLE outbox (
    id INTEGER PRIMARY KEY,
    platform TEXT NOT NULL,
    chat_id TEXT NOT NULL,
    event_kind TEXT NOT NULL CHECK (event_kind IN ('match', 'tie', 'correction')),
    fact_kind TEXT NOT NULL CHECK (fact_kind IN ('match', 'tie')),
    fact_id INTEGER NOT NULL,
    revision INTEGER NOT NULL,
    state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN
        ('pending', 'sending', 'sent', 'failed', 'dropped', 'superseded', 'unknown')),
    due_at TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    claim TEXT,
    message_id TEXT,
    edited_message_id TEXT,
    error TEXT,
    created_at TEXT NOT NULL,
    sent_at TEXT,
    UNIQUE (platform, chat_id, fact_kind, fact_id, revision)
);
CREATE INDEX outbox_due ON outbox (state, due_at);
CREATE INDEX outbox_chat ON outbox (platform, chat_id, state);
CREATE INDEX outbox_fact ON outbox (platform, chat_id, fact_kind, fact_id);
