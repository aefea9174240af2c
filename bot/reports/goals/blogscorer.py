"""Who scored a live report's goal line: the player who finishes (`Reina spills X's shot
and Ashton is there to tap in`, `Crouch knocks it down, Gerrard smashes it in`), not
the first name of the line; and a word exclaimed alone (`Unbelievable.`) is no name."""

from __future__ import annotations

import re

from bot.reports.goals.scorers import pick

GOAL_LINE_NOW = (
    r"(?:smash|fire|drill|rifle|lash|slam|blast|thump|prod|poke|sweep|bundle|stab|tuck|"
    r"side-foot|volley|curl|head|nod|turn|roll|stroke|sidefoot)(?:s|es)\s+"
    r"(?:it\s+|the ball\s+|one\s+)?(?:in|home)\b"
)
"""`Gerrard smashes it in`, `Cisse volleys in`: a finish told in the present."""
_ALONE = re.compile(r"[.!]")


def finisher(cast, body: str, body_start: int, named: list, goal_line: re.Pattern):
    """The scorer's name among the line's candidates, or None."""
    text = cast.doc.text
    named = [c for c in named if not _alone(cast, text, c)]
    if not named:
        return None
    cue = goal_line.search(body)
    if cue is None or len(named) == 1:
        return named[0].name
    chosen = pick(named, body_start + cue.start())
    return chosen.name if chosen is not None else named[0].name


def _alone(cast, text: str, candidate) -> bool:
    """`Unbelievable.` as a sentence of its own, a word no fuller name of the text holds."""
    if " " in candidate.name or " " in cast.full_name(candidate.name):
        return False
    if not _ALONE.match(text, candidate.end):
        return False
    before = text[: candidate.start].rstrip()
    return before.endswith((".", "!", ":", "?")) or not before
