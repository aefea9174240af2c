"""A goal told by a description before a colon and by name after it is one goal."""

from __future__ import annotations

from bot.reports.goals.claims import GoalEvent
from bot.reports.names.players import last_name as surname

_REACH = 200


def drop_described_before_colon(text: str, events: list[GoalEvent]) -> list[GoalEvent]:
    """`brachte Füllkrug und Sané, und der Bremer Angreifer belohnte das Anrennen: ... jagte
    Füllkrug den Ball in der 83. Minute unter die Latte`: the untimed goal of a doer not
    named in its own clause (a description taken for the last name before it) is the timed
    goal the colon goes on to tell by another name, not a goal of that last name."""
    if not any(":" in e.evidence for e in events):
        return events
    dropped = set()
    for claim in events:
        if claim.minute is not None or not claim.player or ":" not in claim.evidence:
            continue
        colon = text.find(":", claim.at, claim.at + _REACH)
        if colon < 0 or surname(claim.player) in text[claim.at : colon]:
            continue
        if any(
            e.evidence == claim.evidence
            and e.at > colon
            and e.minute is not None
            and e.player
            and surname(e.player) != surname(claim.player)
            for e in events
        ):
            dropped.add(id(claim))
    return [e for e in events if id(e) not in dropped] if dropped else events
