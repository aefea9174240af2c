"""`Manchester City arrives in the Spanish capital for Tuesday's quarterfinal second leg
...`: a lead telling a fixture to come by a side's arrival on a named day places the
dateline's town at that fixture, so the first leg told below is not given to the
dateline's club as its home game. Texts written for these tests."""

from __future__ import annotations

from tests.reports.helpers import read


def _madrid_home_draw(text: str) -> list:
    facts = read(text)
    return [
        m
        for m in facts.matches
        if (m.home, m.away, m.score) == ("real-madrid", "manchester-city", (3, 3))
    ]


def test_an_english_preview_lead_with_arrives_for_a_day():
    assert not _madrid_home_draw(
        " date 2024-04-15 MADRID, Spain — Manchester City arrives in the Spanish capital for "
        "Tuesday's Champions League quarterfinal second leg with the tie level and a week of "
        "regret about the last minutes at the Etihad. Pep Guardiola's side looked comfortable "
        "in the first leg last Tuesday. Phil Foden scored twice, but Real Madrid came back "
        "late. The match finished 3-3."
    )


def test_a_german_preview_lead_with_reist():
    assert not _madrid_home_draw(
        " date 2024-04-15 Madrid (dpa) - Manchester City reist am Dienstag mit einem "
        "Unentschieden im Gepäck zum Viertelfinal-Rückspiel nach Madrid. Im Hinspiel vor "
        "einer Woche hatte Phil Foden zweimal getroffen, doch Real Madrid kam spät zurück. "
        "Das Spiel endete 3:3."
    )
