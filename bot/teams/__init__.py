"""Teams: the curated list of clubs and national teams, and the one resolver."""

from bot.teams.resolver import Lookup, Team, TeamResolver

__all__ = ["Lookup", "Team", "TeamResolver"]
