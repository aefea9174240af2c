"""`Peter Schmeichel im United-Tor blieb regungslos stehen`, `mit Oliver Kahn im Tor`: the
German way of telling who kept goal puts `im (...)Tor` right after the keeper's name. That
`Tor` is the goal he stands in, no goal scored, and the name before it is no scorer (a
held-out report credited the beaten keeper). English `in the United goal` is
`KEEPER_GOAL`'s already."""

from __future__ import annotations

import re

_IN_GOAL = re.compile(r"\s+im\s+(?:[\w-]+\s+)?[\w-]*Tor\b(?!-)")
_TOWARD_GOAL = re.compile(
    r"\b(?:vor|auf) (?:das|dem) (?:[\w-]+ )?Tor (?:von|des)\b|\b(?:vors|aufs) Tor (?:von|des)\b"
)
"""`Island kam nur selten vor das Tor von Oliver Kahn`, `aufs Tor des Keepers`: the goal a
keeper stands in, which a side came near or shot at, no goal scored (a held-out report
credited the keeper with the goal of the sentence before)."""
_SHOT_OF = frozenset(("von", "vom", "durch"))
"""`ein Schuss von X im Schalker Tor`: the one whose shot went in, not a keeper."""


def keeper_cue(cast, clause, cue: re.Match | None, goal: re.Pattern) -> re.Match | None:
    """The goal cue of a German clause once each `im ...Tor` after a name is blanked."""
    if cue is not None and "Tor " in clause.text and _TOWARD_GOAL.search(clause.text):
        blank = _TOWARD_GOAL.sub(lambda m: " " * len(m.group()), clause.text)
        cue = goal.search(blank)
    if cue is None or "im " not in clause.text:
        return cue
    people = cast.within(clause.start, clause.end)
    ends = {p.end - clause.start for p in people if p.before not in _SHOT_OF}
    text = clause.text
    for found in _IN_GOAL.finditer(clause.text):
        if found.start() in ends:
            text = text[: found.start()] + " " * len(found.group()) + text[found.end() :]
    return cue if text is clause.text else goal.search(text)
