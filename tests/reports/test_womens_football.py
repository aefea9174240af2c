"""Women's football: its clubs and national sides in their women's forms (`die DFB-Frauen`,
`the USWNT`, `die Wölfinnen`), its competitions named as the men's are (`das WM-Finale`
in a women's story), and its finals on neutral ground. Sentences written for these tests."""

from __future__ import annotations

from tests.reports.helpers import RESOLVER, match, pairs, read, tie


def test_a_womens_champions_league_final_is_on_neutral_ground():
    facts = read(
        " date 2017-06-02 Lyon beat Paris Saint-Germain 7-6 on penalties after a 0-0 draw in"
        " the Women's Champions League final in Cardiff on Thursday. The women's game has"
        " rarely seen such a shootout."
    )
    m = match(facts, "lyon", "psg")
    assert m.neutral is True
    assert m.competition == "UEFA Women's Champions League"
    assert m.stage == "final"


def test_the_german_women_by_their_plural_and_the_dfb_frauen():
    facts = read(
        " date 2011-07-01 Berlin (dpa) - Die deutschen Fußballerinnen haben im Halbfinale"
        " der Frauen-WM mit 3:1 gegen Kanada gewonnen. Die DFB-Frauen treffen nun auf Japan."
    )
    m = match(facts, "germany", "canada")
    assert m.score == (3, 1)
    assert m.competition == "FIFA Women's World Cup"
    assert m.neutral is False  # Germany hosted the 2011 World Cup


def test_a_mens_competition_named_in_a_womens_story_is_the_womens():
    facts = read(
        " date 2016-05-27 Reggio Emilia (SID) - Olympique Lyon hat das Finale der Champions"
        " League mit 2:1 gegen die Wölfinnen gewonnen. Die Wolfsburgerinnen hatten die"
        " Französinnen lange im Griff."
    )
    m = match(facts, "lyon", "vfl-wolfsburg")
    assert m.competition == "UEFA Women's Champions League"


def test_one_womens_word_in_a_mens_story_keeps_the_mens_competition():
    facts = read(
        " date 2019-06-02 Madrid - Liverpool beat Tottenham 2-0 in the Champions League final"
        " in Madrid. The club's women's team watched from the stands."
    )
    assert match(facts, "liverpool", "tottenham").competition == "UEFA Champions League"


def test_womens_clubs_resolve():
    for name, team in [
        ("Umeå IK", "umea-ik"),
        ("1. FFC Frankfurt", "ffc-frankfurt"),
        ("Turbine Potsdam", "turbine-potsdam"),
        ("NJ/NY Gotham FC", "gotham-fc"),
        ("OL Reign", "ol-reign"),
        ("Portland Thorns", "portland-thorns"),
        ("USWNT", "usa"),
        ("DFB-Frauen", "germany"),
    ]:
        found = RESOLVER.lookup(name)
        assert found.team is not None and found.team.id == team, name


def test_a_womens_club_named_in_full_is_not_the_mens_club_of_its_town():
    facts = read(
        " date 2012-05-24 München (SID) - Olympique Lyon hat das Finale der Champions League"
        " der Frauen mit 2:0 gegen den 1. FFC Frankfurt gewonnen. Die Frankfurterinnen waren"
        " chancenlos."
    )
    assert ("lyon", "ffc-frankfurt", (2, 0)) in pairs(facts)


def test_a_title_won_is_not_paired_with_the_semi_final_opponent_told_before():
    facts = read(
        " date 2022-08-01 London - England hat das EM-Finale gewonnen. Die Engländerinnen, die"
        " im Halbfinale Schweden mit 4:0 deklassiert hatten, wirkten gehemmt. Toone traf zum"
        " 1:0. Das 2:1 brachte England den ersten großen Titel im Frauenfußball."
    )
    assert ("england", "sweden", (2, 1)) not in pairs(facts)
    assert ("england", "sweden", (4, 0)) in pairs(facts)


def test_a_womens_tie_told_by_its_aggregate_is_in_the_womens_cup():
    facts = read(
        " date 2023-06-04 Eindhoven (dpa) - Die Wölfinnen verloren das Finale der Champions"
        " League. Barça hatte im Halbfinale den FC Chelsea mit 2:1 im Gesamtergebnis"
        " ausgeschaltet, die Spanierinnen waren der Favorit."
    )
    assert tie(facts, "barcelona", "chelsea").competition == "UEFA Women's Champions League"


def test_the_womens_world_championship_and_the_womens_cup_by_their_old_names():
    facts = read(
        " date 1995-06-19 STOCKHOLM (AP) — Norway beat Germany 2-0 on Sunday to win the"
        " FIFA Women's World Championship."
    )
    assert match(facts, "norway", "germany").competition == "FIFA Women's World Cup"
    facts = read(
        " date 2005-05-22 Potsdam - Turbine Potsdam beat Umeå IK 3-1 at home in the second"
        " leg of the UEFA Women's Cup final on Sunday."
    )
    m = match(facts, "turbine-potsdam", "umea-ik")
    assert m.competition == "UEFA Women's Champions League"
    assert m.leg == 2


def test_a_womens_cup_final_of_the_two_legged_years_is_not_on_neutral_ground():
    facts = read(
        " date 2006-05-21 LONDON - Arsenal Ladies beat Umeå IK 2-1 in the UEFA Women's Cup"
        " final on Saturday."
    )
    assert all(m.neutral is False for m in facts.matches)
