"""`Beide Halbfinalisten hatten im Viertelfinale überzeugt. ... Dynamo wiederum hatte nach
einem 1:1 im Hinspiel bei Real Madrid ... 2:0 ausgeschaltet`, `Both finalists had come
through the quarter-finals with ease. ...`: a sentence that names one round and no team
opens its paragraph's account of that round; a leg told after it in the paragraph was
played in that round, not in the main match's. A sentence naming only the leg's own sides
does too (`hat Barcelona im Achtelfinale selbst bewiesen. Nach dem 0:2 beim AC Mailand`)."""

from __future__ import annotations

import re

from bot.reports.matches import cues
from bot.reports.matches.matchcontext import _WILL, _rounds_named
from bot.reports.matches.rounds import STAGE_ORDER

_PEOPLE = re.compile(r"\w*finalist\w*", re.I)
"""`Halbfinalisten`, `semifinalists`: the sides that reached a round, not a round."""


def paragraph_round(doc, r, index: int, main_stage: str | None) -> str | None:
    """The one round a team-less sentence earlier in r's paragraph names, for a leg, where
    that round comes before the main match's (a story looks back on earlier rounds; `Im
    Endspiel am 25. Mai kommt es nun zum ...` is the round to come)."""
    if r.leg is None or index <= 0 or main_stage not in STAGE_ORDER:
        return None
    start = doc.text.rfind("\n\n", 0, r.sentence.start)
    for sentence in reversed(doc.sentences[:index]):
        if sentence.start < start:
            return None
        named = {m.team for m in doc.mentions_in(sentence) if m.prep != "in"}
        if named and not named <= set(r.teams() or ()):
            continue
        text = _PEOPLE.sub(lambda m: " " * len(m.group()), sentence.text)
        if cues.FIXTURE_AHEAD.search(text) or _WILL.search(text):
            return None
        stages = _rounds_named(text) - {None}
        if stages:
            stage = stages.pop() if len(stages) == 1 else None
            if stage in STAGE_ORDER and STAGE_ORDER.index(stage) < STAGE_ORDER.index(main_stage):
                return stage
            return None
    return None
