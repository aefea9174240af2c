"""A scorer list with a count after each name and the goal verb told once (`als Serge
Gnabry zweimal und Robert Lewandowski einmal getroffen hatten`, as in set 30's
Bayern-Chelsea): each name scored its own count, not the last name all of them.
Sentences written here."""

from __future__ import annotations

from bot.facts import Match
from tests.reports.helpers import goals_for


def scorers(match: Match) -> list[str]:
    return sorted(g.player for g in match.goals or [])


def test_scored_twice_and_another_once_en():
    (match,) = goals_for(
        "Napoli won 3-0 at Fiorentina on Sunday. Victor Osimhen scored twice and Khvicha "
        "Kvaratskhelia once.",
        Match("fiorentina", "napoli", (0, 3)),
    )
    assert scorers(match) == ["Khvicha Kvaratskhelia", "Victor Osimhen", "Victor Osimhen"]


def test_zweimal_und_einmal_getroffen_de():
    (match,) = goals_for(
        "Neapel gewann am Sonntag mit 3:0 beim AC Florenz, nachdem Victor Osimhen zweimal "
        "und Khvicha Kvaratskhelia einmal getroffen hatten.",
        Match("fiorentina", "napoli", (0, 3)),
        lang="de",
    )
    assert scorers(match) == ["Khvicha Kvaratskhelia", "Victor Osimhen", "Victor Osimhen"]


def test_a_count_before_another_verb_is_no_goal_list_en():
    (match,) = goals_for(
        "Napoli won 3-0 at Fiorentina on Sunday. Victor Osimhen scored twice and Khvicha "
        "Kvaratskhelia once hit the post.",
        Match("fiorentina", "napoli", (0, 3)),
    )
    assert "Khvicha Kvaratskhelia" not in scorers(match)
