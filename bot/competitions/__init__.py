"""Competitions: canonical names, stages and seasons, shared by reader, store and core.

API:
- `canonical(name, date=None) -> str | None`: `Königsklasse` -> `UEFA Champions League`;
  a CONCACAF name follows the date (Champions League to 2023, Champions Cup from 2024).
- `find_competitions(text, date=None, until=None) -> list[CompetitionMention(start, end, name)]`;
  with `until`, only those starting before it (the head of the whole list), scanned faster.
- `find_stages(text, lang) -> list[StageMention(start, end, stage, next_round)]`: stage
  values as in FORMAT.md; `next_round` marks a round reached or aimed for
  (`advance to the quarterfinals`, `ins Halbfinale`), not the round being played.
- `season_for(competition, date, stage=None) -> str | None`: `2018-19` for split
  seasons, `2024` for calendar-year competitions; needs at least a month.
- `display(name, lang) -> str | None`: the name German media use (`Klub-WM`).
- `info(name) -> Competition | None`: kind (club/national), format, season shape.
Relegation play-offs are a stage (`relegation-play-off`) of the league, not a
competition of their own, matching how the tie rules are keyed.
"""

from bot.competitions.data import COMPETITIONS, Competition
from bot.competitions.names import CompetitionMention, canonical, display, find_competitions, info
from bot.competitions.seasons import season_for
from bot.competitions.stages import StageMention, find_stages

__all__ = [
    "COMPETITIONS",
    "Competition",
    "CompetitionMention",
    "StageMention",
    "canonical",
    "display",
    "find_competitions",
    "find_stages",
    "info",
    "season_for",
]
