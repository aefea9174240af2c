"""`the 3-0 Real had won in Madrid`, `der 2:0-Sieg, den Porto im Hinspiel geholt hatte`:
a team right after a score and before a perfect verb is the subject of a relative clause
on that score. The score is that team's, told from its side; the team is never the
opponent."""

from __future__ import annotations

import re

_EN_GAP = re.compile(r"\s+(?:that\s+|which\s+)?")
_EN_VERB = re.compile(
    r"\s+(?:had|has|have)\s+(?:(?:already|just|earlier)\s+)?"
    r"(?P<verb>won|claimed|earned|secured|recorded|lost|suffered|conceded)\b"
)
_DE_GAP = re.compile(r"(?:-(?:Sieg|Erfolg|Niederlage|Pleite))?,\s+(?:den|das|die)\s+")
_DE_VERB = re.compile(
    r"[^,.;:]{0,40}?\b(?P<verb>geholt|gewonnen|eingefahren|gefeiert|errungen|verloren|"
    r"kassiert|erlitten)\s+(?:hatten?|hat|haben)\b"
)
_LOST = frozenset(("lost", "suffered", "conceded", "verloren", "kassiert", "erlitten"))


def relative_subject(text: str, hit, people, lang: str) -> tuple[str, str] | None:
    """(team, 'won' or 'lost') when the words right after the score are a relative
    clause whose subject is a team named there, else None."""
    probe = text[hit.end : hit.end + 120]
    if lang == "en":
        if " ha" not in probe:
            return None
        gap, verb = _EN_GAP, _EN_VERB
    else:
        if "hat" not in probe:
            return None
        gap, verb = _DE_GAP, _DE_VERB
    lead = gap.match(text, hit.end)
    if lead is None:
        return None
    named = next((m for m in people if m.start == lead.end()), None)
    if named is None or (told := verb.match(text, named.end)) is None:
        return None
    return named.team, "lost" if told.group("verb") in _LOST else "won"
