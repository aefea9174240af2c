"""Announcements: subscriptions, the outbox and its dispatcher, and the reports inbox."""
