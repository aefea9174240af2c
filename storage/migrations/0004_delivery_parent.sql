-- The chat a chat belongs to, for settings it inherits: a Discord channel's
-- server (guild id). Announcements to a channel without its own /lang use the
-- server's language before the subscriber's own (delivery.lang_hint).
ALTER TABLE delivery ADD COLUMN parent_id TEXT;
