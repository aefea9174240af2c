"""Disagreements between reports, one line each, so a reply never picks in silence."""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot.i18n import N_, Translator
from bot.render.common import TeamName, source_label
from storage.records import Conflict

FIELDS = {
    "score": N_("Score"),
    "date": N_("Date"),
    "home": N_("Home side"),
    "goal": N_("Goal"),
    "goals": N_("Goals"),
    "dismissal": N_("Sending-off"),
    "dismissals": N_("Sendings-off"),
    "winner": N_("Winner"),
    "aggregate": N_("Aggregate"),
    "decided_by": N_("Decided by"),
    "penalties": N_("Penalty shoot-out"),
    "extra_time": N_("Extra time"),
    "venue": N_("Venue"),
    "stage": N_("Stage"),
    "competition": N_("Competition"),
    "season": N_("Season"),
}
SCORE = re.compile(r"(\d+)\s*[-:–]\s*(\d+)")
TEAM_FIELDS = ("home", "winner")


def conflict_lines(
    tr: Translator, conflicts: Iterable[Conflict], name: TeamName | None = None
) -> list[str]:
    """One line per disagreement; team ids shown as names where `name` is given."""
    lines = []
    seen = set()
    for conflict in conflicts:
        key = (conflict.field, conflict.stored, conflict.reported, conflict.source.report_id)
        if key in seen:
            continue
        seen.add(key)
        field = tr._(FIELDS[conflict.field]) if conflict.field in FIELDS else conflict.field
        values = {
            "field": field,
            "stored": _value(tr, conflict, conflict.stored, name),
            "reported": _value(tr, conflict, conflict.reported, name),
            "source": source_label(tr, conflict.source, inline=True),
        }
        if conflict.field == "goal" and not conflict.stored:
            line = tr._("%(field)s: %(reported)s (%(source)s) does not fit the score shown")
        else:
            line = tr._("%(field)s: %(stored)s (shown) or %(reported)s (%(source)s)")
        lines.append(line % values)
    return lines


def _value(tr: Translator, conflict: Conflict, value: str, name: TeamName | None) -> str:
    """A stored value as the reply shows such values: `3-1` as a score, an ISO date as a
    date, a team id as its name, a goal's minute as this language writes minutes."""
    event = conflict.event(value)
    if event is not None:
        team = event.team or "?"
        team = name(team) if name is not None and event.team else team
        shown = "?" if event.minute is None else tr.minute(event.minute, event.added)
        return f"{event.player or '?'} ({team}) {shown}"
    value = value.strip()
    score = SCORE.fullmatch(value)
    if score:
        return tr.score(int(score.group(1)), int(score.group(2)))
    if re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", value):
        return tr.date(value)
    if name is not None and conflict.field in TEAM_FIELDS and value:
        return name(value)
    return value
