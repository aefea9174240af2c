"""Two scorers in one clause: a kick cue a few words after the first scorer's verb, before
the next scorer, is his (set 34, `Jugovic then levelled the tie from the penalty spot and
Nesta put Lazio ahead`)."""

from __future__ import annotations

import pytest

from bot.facts import Match
from tests.reports.helpers import goals_for

PAIR = ("tsg-hoffenheim", "fc-augsburg", (2, 1), "Bundesliga", "2023-24")


def _flags(body: str, lang: str) -> list:
    (m,) = goals_for(body, Match(*PAIR), lang=lang)
    return [(g.player, g.penalty) for g in m.goals or []]


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        (
            "Hoffenheim beat Augsburg 2-1 in Sinsheim. Ermedin Demirovic had put Augsburg "
            "ahead, but Andrej Kramaric then levelled the game from the penalty spot and "
            "Maximilian Beier put Hoffenheim ahead.",
            "en",
        ),
        (
            "Hoffenheim gewann in Sinsheim 2:1 gegen Augsburg. Ermedin Demirovic hatte Augsburg "
            "in Führung gebracht, doch Andrej Kramaric glich dann kurz vor der Pause vom Punkt "
            "aus und Maximilian Beier traf zum 2:1.",
            "de",
        ),
    ],
    ids=["penalty spot, en", "vom Punkt, de"],
)
def test_the_kick_cue_after_the_verb_is_the_first_scorers(body, lang):
    flags = _flags(body, lang)
    assert ("Andrej Kramaric", True) in flags and ("Maximilian Beier", False) in flags
