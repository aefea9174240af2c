"""Disagreements shown from what the store kept: goals as fields, older rows as text."""

from __future__ import annotations

from bot.facts import Goal
from bot.i18n import translator
from bot.render.conflicts import conflict_lines
from storage.records import Conflict, EventValue, Source

SOURCE = Source(7, "b.txt", "2024-04-19", "de", "Zweiter Bericht")


def names(team_id: str) -> str:
    return {"bayer-leverkusen": "Bayer 04 Leverkusen"}.get(team_id, team_id)


def test_a_goal_kept_as_fields_is_shown_with_the_team_name_and_the_minute_of_the_language():
    stored = EventValue.of(Goal("bayer-leverkusen", "Victor Boniface", 90, added=1)).to_json()
    reported = EventValue.of(Goal("bayer-leverkusen", "Boniface", 89)).to_json()
    conflict = Conflict("goal", stored, reported, SOURCE)
    [german] = conflict_lines(translator("de"), [conflict], names)
    assert german.startswith(
        "Tor: Victor Boniface (Bayer 04 Leverkusen) 90.+1 (angezeigt) oder"
        " Boniface (Bayer 04 Leverkusen) 89."
    )
    [english] = conflict_lines(translator("en"), [conflict], names)
    assert english.startswith(
        "Goal: Victor Boniface (Bayer 04 Leverkusen) 90+1' (shown) or"
        " Boniface (Bayer 04 Leverkusen) 89'"
    )


def test_a_row_from_before_goals_were_kept_as_fields_is_shown_as_written():
    conflict = Conflict("goal", "Kostas Manolas (roma) 82'", "Manolas (roma) 81'", SOURCE)
    [line] = conflict_lines(translator("en"), [conflict], names)
    assert line.startswith("Goal: Kostas Manolas (roma) 82' (shown) or Manolas (roma) 81'")
