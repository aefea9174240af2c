"""A `Pokal` match between clubs that are not German is their own country's cup, not
the DFB-Pokal the German word is read as (bot.competitions.homecups)."""

from __future__ import annotations

from bot.competitions.homecups import GERMAN_CUP, cup_of_clubs


def home_cup(doc, competition: str | None, teams) -> str | None:
    """`competition`, unless it is the DFB-Pokal and the clubs say otherwise."""
    if competition != GERMAN_CUP or not teams:
        return competition
    clubs = doc.cache.get("club-country", {})
    return cup_of_clubs([clubs.get(t) for t in teams], "DFB" in doc.text)
