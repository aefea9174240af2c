"""Clauses tied to their match, with their minutes: what goals and cards read."""
