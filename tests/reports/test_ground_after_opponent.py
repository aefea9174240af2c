"""`nach dem 5:3 gegen Chelsea an der Anfield Road`, `after the 3-1 against Everton at Old
Trafford`: a result told with its opponent right after the score and a club's own ground
right after that, and no subject named, was that ground's club's home game."""

from __future__ import annotations

from tests.reports.helpers import match, read


def test_german_opponent_then_ground():
    facts = read(
        " date 2021-05-24 Premier League, 38. Spieltag – die Ergebnisse vom Sonntag im "
        "Überblick. Manchester City gewann gegen den FC Everton mit 5:0. Am Dienstag hatte "
        "die Reds nach dem 3:2 gegen Brighton an der Anfield Road "
        "gejubelt."
    )
    assert match(facts, "liverpool", "brighton").score == (3, 2)


def test_english_opponent_then_ground():
    facts = read(
        " date 2021-05-24 Premier League round-up: the results of Sunday at a glance. "
        "Manchester City beat Everton 5-0 at the Etihad Stadium. On Tuesday the champions "
        "had celebrated with the trophy after a 3-1 win against Brighton at Old Trafford."
    )
    assert match(facts, "manchester-united", "brighton").score == (3, 1)


def test_final_ground_is_chosen_in_advance():
    facts = read(
        " date 2021-05-24 Premier League round-up: the results of Sunday at a glance. "
        "Manchester City beat Everton 5-0 at the Etihad Stadium. In the final the champions "
        "had won after a 3-1 win against Brighton at Old Trafford."
    )
    assert not [m for m in facts.matches if "manchester-united" in (m.home, m.away)]
