"""`Im UEFA-Pokal ist die Entscheidung dagegen noch offen. Ajax hatte das Finalhinspiel
beim FC Turin 2:2 gespielt`, `In the UEFA Cup, the final is still open. Ajax drew 2-2
in Turin`: a sentence that opens on a competition and names no team turns the story
to that competition, so the result told next, which names none of its own, is in it."""

from __future__ import annotations

import re

from bot.reports.matches.competitionmentions import find_competitions, is_league
from bot.reports.patterns.keyed import Keyed

_OPENS = re.compile(
    r"\s*(?:(?:Auch|Und|Doch|Elsewhere|Meanwhile|And)\s*,?\s+)?(?:im|in der|in the|in)\s+$",
    re.I,
)


def topic_competition(doc, r) -> str | None:
    """The competition the sentence before opens on, where it names no team."""
    index = doc.index_of(r.sentence)
    if index == 0:
        return None
    before = doc.sentences[index - 1]
    if doc.mentions_in(before):
        return None
    found = find_competitions(before.text, doc.published)
    if not found or not _OPENS.fullmatch(before.text, 0, found[0].start):
        return None
    if r.stage in _CUP_ROUNDS and is_league(found[0].name):
        return None  # `In der Serie A ... Im Halbfinale gegen Cagliari`: no league's round
    return found[0].name


_CUP_ROUNDS = frozenset(("final", "semi-final", "quarter-final", "round-of-16", "round-of-32"))


_THIS_ONE = Keyed(
    re.compile(
        r"\b(?:(?:bei|in|an|aus) diesem (?:Turnier|Wettbewerb)|in diesem Wettbewerb|"
        r"(?:in|at|of) this (?:tournament|competition))\b",
        re.I,
    ),
    "diesem|this",
)
"""Every match holds `diesem` or `this` (case aside): a sentence whose lower case holds
neither cannot match (Keyed still searches texts where lower() and re.I disagree)."""
LOOK_BACK = 2


def this_competition(doc, r) -> str | None:
    """`Bereits 2006 hatten die Brasilianer den Titel bei diesem Turnier gewonnen, damals
    mit einem 1:0`, `in this competition`: the competition the sentences just before
    name last (its own sentence names none)."""
    if not _THIS_ONE.search(r.sentence.text):
        return None
    index = doc.index_of(r.sentence)
    for before in reversed(doc.sentences[max(0, index - LOOK_BACK) : index]):
        found = find_competitions(before.text, doc.published)
        if found:
            return found[-1].name
    return None
