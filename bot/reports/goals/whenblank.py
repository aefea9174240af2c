"""A goal told by its noun and minute, its scorer only in the when-clause after, which a
clause of its own reads without the minute (`the only goal came in the 75th minute when
Bale's cross was turned into his own net by Gareth McAuley`, `Das 1:0 fiel in der 20.
Minute, als Kramer ins eigene Tor traf`): one goal, by that scorer, at that minute."""

from __future__ import annotations

import re

from bot.reports.goals.events import GoalEvent

_CAME_WHEN = re.compile(
    r"\b(?:goal|equali[sz]er|leveller|winner|opener|breakthrough|Tor|Treffer|Ausgleich|"
    r"\w+treffer|\d{1,2}:\d{1,2})\s+(?:came|arrived|followed|fell|fiel|folgte)\b"
    r"[^.;:!?]*?,?\s+(?:when|als)\s|"
    r"\b(?:pulled (?:one|a goal) back|got (?:one|a goal) back|(?:levell?ed|equali[sz]ed|went "
    r"ahead|took the lead|doubled (?:the|their|its) lead)(?= in\b)|verkürzte\w*|glich\w* "
    r"(?:\w+ )?aus|ging\w* (?:\w+ )?in Führung|erhöhte\w*)"
    r"(?: (?:in|on|in der|nach) (?:the )?\d{1,3}(?:st|nd|rd|th|\.)?(?: minute| Minute)?)"
    r",?\s+(?:when|als)\s",
    re.I,
)
"""Also a side's goal verb with its minute right before the when-clause (`Peñarol pulled
one back in the 79th when Durval turned a cross into his own net`)."""
_ABSOLUTE = re.compile(
    r",\s+(?:[^\W\d_a-z][\w'’-]*\s+){1,3}(?:[a-z]+ing\s+and\s+)?"
    r"(?:shooting|firing|driving|curling|slotting|drilling|sliding|stabbing|tapping|poking|"
    r"heading|volleying|turning (?:the ball |it )?(?:in|home))\b"
)
"""`Chelsea needed eight minutes to level, Gudjohnsen turning and shooting past Valdes`:
the goal told by its team and time, its scorer in the absolute phrase after."""


def name_the_blank(timed: list[GoalEvent], claims: list[GoalEvent]) -> None:
    """Name the one unnamed timed goal of a `came ... when X` sentence after the one
    claim that sentence's when-clause makes, which then is no goal of its own."""
    for blank in [e for e in timed if e.player is None]:
        found = _CAME_WHEN.search(blank.evidence) or _ABSOLUTE.search(blank.evidence)
        if found is None or sum(1 for e in timed if e.evidence == blank.evidence) != 1:
            continue
        same = [c for c in claims if c.evidence == blank.evidence]
        if len(same) != 1 or same[0].count != 1 or same[0].at <= blank.at:
            continue
        claim = same[0]
        blank.player = claim.player
        blank.own_goal = blank.own_goal or claim.own_goal
        blank.penalty = blank.penalty or claim.penalty
        blank.hint = blank.hint if blank.hint[0] else claim.hint
        blank.assist = None if blank.own_goal else blank.assist
        claims.remove(claim)
