"""Homes of a tie's legs (round hA of session 20): a leg still to come (`Das Hinspiel
steigt am 7. Mai in Gelsenkirchen`) places no played leg; a dateline's town keeps its
river (`Frankfurt/Main (SID) -`); a lead carried from the first leg (`went to the
Maksimir with a 2-0 lead from the first leg`, `arrived in Lisbon holding a 1-0 lead`)
is what came before, and the place told with it is the later leg's. Texts written for
these tests."""

from __future__ import annotations

import pytest

from tests.reports.helpers import match, pairs, read


@pytest.mark.parametrize(
    "coming",
    [
        "Das Hinspiel steigt am 12. Mai in Bremen.",
        "Das Hinspiel findet am 12. Mai in Bremen statt.",
    ],
)
def test_a_coming_first_leg_of_another_tie_places_no_played_leg(coming):
    facts = read(
        " date 2009-04-24 Hamburg (dpa) - Der Hamburger SV steht im Finale. Die Hamburger "
        "gewannen am Donnerstagabend das Halbfinal-Rückspiel gegen Dynamo Kiew im "
        "Volksparkstadion mit 3:1 und machten die 0:1-Niederlage aus dem Hinspiel in Kiew "
        "wett. Im Finale trifft der HSV auf Werder Bremen. " + coming
    )
    assert match(facts, "hamburger-sv", "dynamo-kyiv").score == (3, 1)
    assert match(facts, "dynamo-kyiv", "hamburger-sv").score == (1, 0)


def test_a_coming_first_leg_in_english_places_no_played_leg():
    facts = read(
        " date 2009-04-24 HAMBURG, Germany (AP) - Hamburger SV beat Dynamo Kiev 3-1 at the "
        "Volksparkstadion on Thursday to overturn a 1-0 defeat from the first leg. Hamburg "
        "will face Werder Bremen in the final. The first leg will be played in Bremen on May 12."
    )
    assert ("dynamo-kyiv", "hamburger-sv", (3, 1)) not in pairs(facts)


@pytest.mark.parametrize("line", ["Frankfurt/Main (SID) - ", "Frankfurt (SID) - "])
def test_a_datelines_town_with_its_river_is_the_town(line):
    facts = read(
        " date 2013-02-22 " + line + "Eintracht Frankfurt hat das Achtelfinale erreicht. "
        "Eine Woche nach dem 1:1 im Hinspiel besiegte das Team von Armin Veh am "
        "Donnerstagabend den FC Porto mit 2:0."
    )
    assert match(facts, "eintracht-frankfurt", "porto").score == (2, 0)


def test_a_lead_carried_from_the_first_leg_is_not_placed_where_it_was_carried():
    facts = read(
        " date 2013-05-03 Chelsea are in the final. The Swiss side arrived in London holding "
        "a 1-0 lead from the first leg in Basel last week. Chelsea beat Basel 3-1 on "
        "Thursday. So Chelsea are through 3-2 on aggregate."
    )
    assert ("chelsea", "basel", (0, 1)) not in pairs(facts)


def test_a_ground_gone_to_with_a_first_leg_lead_is_no_home_of_that_leg():
    facts = read(
        " date 2021-03-19 Arsenal were knocked out in Athens on Thursday night. Mikel "
        "Arteta's side went to the Karaiskakis with a 2-0 lead from the first leg and came "
        "home beaten 3-2 on aggregate by Olympiacos."
    )
    assert ("olympiacos", "arsenal", (0, 2)) not in pairs(facts)


@pytest.mark.parametrize(
    "body",
    [
        "So Porto are through 3-2 on aggregate, and the club will play in a European final "
        "for the first time since the 1987 European Cup final win over Bayern in Vienna.",
        "Porto are through 3-2 on aggregate for the first time since their defeat by "
        "Bayern in 1999.",
    ],
)
def test_a_team_of_an_event_told_after_since_is_no_side_of_the_tie(body):
    facts = read(" date 2011-05-06 Porto beat Villarreal 2-1 on Thursday. " + body)
    assert all("bayern-munich" not in t.teams for t in facts.ties)


def test_a_score_after_since_is_still_read():
    facts = read(
        " date 2024-03-04 Manchester City beat Manchester United 3-1 at the Etihad on Sunday. "
        "It was United's heaviest derby defeat since the 6-3 loss to City in 2022."
    )
    assert match(facts, "manchester-city", "manchester-united").score == (3, 1)


@pytest.mark.parametrize(
    ("body", "club"),
    [
        (
            "Der 1. FC Lokomotive Leipzig steht im Finale. Die Leipziger gewannen am "
            "Mittwochabend gegen Girondins Bordeaux mit 2:0.",
            "lok-leipzig",
        ),
        (
            "Der BFC Dynamo steht im Finale. Dynamo gewann am Mittwochabend gegen Girondins "
            "Bordeaux mit 2:0.",
            "bfc-dynamo",
        ),
    ],
)
def test_a_town_word_is_the_club_of_that_town_the_story_names_in_full(body, club):
    facts = read(" date 1987-04-23 " + body)
    assert [(m.home, m.away) for m in facts.matches if m.score == (2, 0)] in (
        [],
        [(club, "bordeaux")],
        [("bordeaux", club)],
    )
    assert all("rb-leipzig" not in (m.home, m.away) for m in facts.matches)
    assert all("dynamo-dresden" not in (m.home, m.away) for m in facts.matches)


def test_a_town_word_stays_the_known_club_where_it_is_named_by_its_own_name():
    facts = read(
        " date 2023-04-23 RB Leipzig beat Lokomotive Leipzig 2-0 in a friendly on Saturday. "
        "Leipzig scored twice in the first half."
    )
    assert all("lok-leipzig" != m.home for m in facts.matches)
