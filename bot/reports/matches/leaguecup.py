"""A league whose title is played for in a knockout cup of its own (MLS: the MLS Cup
play-offs): a match of that league told as a final, a leg, or a conference final or
play-off round is a match of the cup, never of the regular season, which plays no
finals and no legs (`the club's first MLS title` for the MLS Cup final, `the Western
Conference final, winning 3-1 at home in the first leg`). A conference final is no
final of the cup (the gold leaves its stage unset)."""

from __future__ import annotations

import re

_CUPS = {"Major League Soccer": "MLS Cup"}
_CONFERENCE = (
    r"(?:Eastern|Western|conference) (?:Conference )?(?:semi-?)?finals?|"
    r"(?:Halb)?[Ff]inale? der (?:Eastern|Western) Conference"
)
_ROUND_WORDS = re.compile(
    rf"\b(?:{_CONFERENCE}|play-?offs?|knockout round|first[- ]leg|second[- ]leg|"
    r"MLS[- ]Cup|championship game)\b",
    re.I,
)
_CONFERENCE_ROUND = re.compile(rf"\b(?:{_CONFERENCE})\b", re.I)
_CUP_FINAL = re.compile(r"\bMLS[- ]Cup[- ]?(?:final|Finale)|\bchampionship game\b", re.I)
_KNOCKOUT = frozenset(("final", "semi-final", "quarter-final", "round-of-16", "play-off"))


def league_cup(
    comp: str | None, stage: str | None, leg: int | None, told: str
) -> tuple[str | None, str | None]:
    """The league's own cup for a match of its knockout rounds (and no stage for a
    conference final), else `comp` and `stage` as read."""
    cup = _CUPS.get(comp or "")
    if cup is None and comp not in _CUPS.values():
        return comp, stage
    if cup is not None and not (stage in _KNOCKOUT or leg in (1, 2) or _ROUND_WORDS.search(told)):
        return comp, stage
    if stage in ("final", "semi-final") and _CONFERENCE_ROUND.search(told):
        if not _CUP_FINAL.search(told):
            stage = None
    return cup or comp, stage
