"""`a 3-2 league win at the Bernabéu in April`, `ein 2:1-Ligasieg`: the result was
played in the league, whatever cup the sentence names beside it."""

from __future__ import annotations

import re

from bot.competitions.names import info

_LEAGUE_AFTER = re.compile(
    r"\s+league\s+(?:win|victory|defeat|loss|draw|game|match|meeting|success|triumph)\b", re.I
)
_LEAGUE_SUFFIX = ("liga", "bundesliga")


def told_as_league(text: str, score_end: int, suffix: str) -> bool:
    """Whether the score is told as a league result (`3-2 league win`, `2:1-Ligasieg`)."""
    return suffix.lower().startswith(_LEAGUE_SUFFIX) or bool(_LEAGUE_AFTER.match(text, score_end))


def league_of_pair(doc, r, main_competition) -> str | None:
    """The main match's league, for a league result between the main match's two sides
    (two clubs share one league); else None: no cup named nearby is said."""
    main = doc.cache.get("main")
    if main is None or main is r or not r.teams() or set(main.teams() or ()) != set(r.teams()):
        return None
    comp = main_competition()
    data = info(comp) if comp else None
    return comp if data is not None and data.format == "league" else None
