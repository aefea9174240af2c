"""A coordinated scorer list with each name's minute in brackets, `X (3.), Y (27.) und Z
(57.) hatten ... gesorgt`: one subject, so one match for all of its goals, and no name
of the list is lost between the commas."""

from __future__ import annotations

from bot.reports.clauses.scenes import split_clauses
from tests.reports.helpers import match, read

_OPENING = (
    " date 2021-04-14 Dortmund (dpa) - Borussia Dortmund hat das Rückspiel gegen "
    "Manchester City mit 0:2 verloren. Tore: 0:1 Foden (55.), 0:2 Walker (75.). "
)
_LEG1 = "In Manchester hatten {} vor einer Woche beim 2:1-Hinspielsieg der Engländer getroffen."


def _goals(facts, home, away):
    return [(g.player, g.minute) for g in match(facts, home, away).goals or []]


def test_german_list_of_timed_scorers_is_one_clause() -> None:
    text = "Im Hinspiel hatten Leroy Sané (8.), Gnabry (33.) und Thomas Müller (71.) getroffen."
    assert len(split_clauses(text)) == 1


def test_english_list_of_timed_scorers_is_one_clause() -> None:
    text = "In Munich Jadon Sancho (8), Reyna (33) and Erling Haaland (71) had scored."
    assert len(split_clauses(text)) == 1


def test_a_list_not_of_names_still_splits() -> None:
    text = "Er traf zum 1:0 (8.), wenig später fiel das 2:0 (33.)."
    assert len(split_clauses(text)) == 2


def test_german_first_leg_list_goes_to_the_first_leg() -> None:
    facts = read(
        _OPENING + _LEG1.format("Kevin De Bruyne (19.), Jude Bellingham (38.) und Phil Foden (90.)")
    )
    assert sorted(_goals(facts, "manchester-city", "borussia-dortmund")) == [
        ("Jude Bellingham", 38),
        ("Kevin De Bruyne", 19),
        ("Phil Foden", 90),
    ]


def test_one_word_name_among_timed_scorers_is_a_scorer() -> None:
    facts = read(_OPENING + _LEG1.format("Kevin De Bruyne (19.), Rodri (38.) und Phil Foden (90.)"))
    assert sorted(_goals(facts, "manchester-city", "borussia-dortmund")) == [
        ("Kevin De Bruyne", 19),
        ("Phil Foden", 90),
        ("Rodri", 38),
    ]


def test_one_word_item_needs_a_named_scorer_beside_it() -> None:
    facts = read(
        _OPENING + "Danach gab es Gelb für Abwehr (60.), Mittelfeld (70.) und Sturm (80.)."
    )
    players = {p for p, _ in _goals(facts, "borussia-dortmund", "manchester-city")}
    assert players <= {"Phil Foden", "Kyle Walker", "Walker", "Foden"}


def test_a_goal_noun_in_the_list_is_no_scorer() -> None:
    facts = read(
        " date 2024-04-12 Bayer Leverkusen gewann das Hinspiel gegen West Ham United am "
        "Donnerstag im eigenen Stadion mit 3:0. Bayer hatte den Gegner lange belagert, ehe "
        "Jonas Hofmann (83.), Abstauber (85.) und Florian Wirtz (89.) trafen."
    )
    players = [g.player for g in match(facts, "bayer-leverkusen", "west-ham").goals or []]
    assert "Abstauber" not in players
