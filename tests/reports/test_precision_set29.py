"""Wrong facts found on unseen set 29 (first read P=0.89 R=0.62), each a phrase family
with sentences written for the tests."""

from __future__ import annotations

from bot.reports.matches.rounds import told_rounds
from tests.reports.helpers import match, pairs, read

_RETURN_DE = (
    " date 2019-03-14 Was in der Nacht zum Donnerstag im Estadio Mestalla geschah, wird man "
    "in Valencia so schnell nicht vergessen. Der FC Valencia hat den FC Porto aus der Europa "
    "League geworfen – nach einem 1:3 im Hinspiel. Mit 3:0 (2:0) fegte die Mannschaft von "
    "Trainer Marcelino am Mittwochabend den Favoriten vom Platz und zog mit einem "
    "Gesamtergebnis von 4:3 ins Viertelfinale ein.\n\nRodrigo, der schon im Hinspiel in Porto "
    "getroffen hatte, traf in der 8. Minute zum 1:0. Carlos Soler erhöhte in der 30. Minute "
    "per Kopf, und kurz vor dem Ende sorgte Kevin Gameiro für das 3:0 (71.)."
)
_RETURN_EN = (
    " date 2019-03-14 What happened at the Mestalla on Wednesday night will be told in "
    "Valencia for years. Valencia knocked Porto out of the Europa League after a 1-3 defeat "
    "in the first leg. They won 3-0 (2-0 at half-time) on Wednesday and went through 4-3 on "
    "aggregate.\n\nRodrigo, who had also scored in the first leg in Porto, opened the "
    "scoring in the 8th minute. Carlos Soler headed the second in the 30th minute, and Kevin "
    "Gameiro made it 3-0 in the 71st minute."
)


def test_goals_of_an_unread_return_leg_do_not_go_to_the_first_leg_named_as_the_past():
    for text in (_RETURN_DE, _RETURN_EN):
        facts = read(text)
        first = match(facts, "porto", "valencia")
        assert first.score == (3, 1) and first.leg == 1
        assert not first.goals


def test_a_first_leg_told_as_the_story_keeps_its_goals():
    facts = read(
        " date 2019-02-21 Porto beat Valencia 3-1 in the first leg of their Europa League "
        "tie in Porto on Wednesday. Moussa Marega opened the scoring in the 8th minute, Rodrigo "
        "levelled in the 30th minute, and Alex Telles scored in the 60th and 85th minutes."
    )
    first = match(facts, "porto", "valencia")
    assert [g.player for g in first.goals or []] == [
        "Moussa Marega",
        "Rodrigo",
        "Alex Telles",
        "Alex Telles",
    ]


_CARD_EN = (
    " date 2003-09-22 Chelsea and Liverpool drew 0-0 at Stamford Bridge yesterday. Then "
    "Steven Gerrard, already booked, tangled with Frank Lampard; Lampard fell, and referee "
    "Mike Dean showed Gerrard a second yellow card in the 70th minute."
)
_CARD_DE = (
    " date 2003-09-22 Der FC Chelsea und der FC Liverpool trennten sich an der Stamford "
    "Bridge 0:0. Steven Gerrard, bereits verwarnt, rempelte Frank Lampard um; Lampard blieb "
    "liegen, und Schiedsrichter Mike Dean zeigte Gerrard in der 70. Minute die Gelb-Rote Karte."
)


def test_the_card_goes_to_the_player_the_referee_shows_it_to():
    for text in (_CARD_EN, _CARD_DE):
        found = match(read(text), "chelsea", "liverpool")
        assert [(d.player, d.minute) for d in found.dismissals or []] == [("Steven Gerrard", 70)]


def test_a_player_sent_off_as_subject_is_still_read():
    text = _CARD_EN.replace(
        "referee Mike Dean showed Gerrard a second yellow card", "Gerrard was sent off"
    )
    found = match(read(text), "chelsea", "liverpool")
    assert [d.player for d in found.dismissals or []] == ["Steven Gerrard"]


def test_a_competition_of_an_earlier_month_is_not_the_reports():
    en = read(
        " date 2003-09-22 A goalless draw between Chelsea and Liverpool at Stamford "
        "Bridge yesterday will be remembered for the scenes at the end.\n\nIn March "
        "Liverpool had won 2-0 here in the FA Cup quarter-final, a day of bad tempers."
    )
    # (`won 2-0 here` is Chelsea 0-2 Liverpool at the story's ground: test_here_home)
    main = [m for m in en.matches if m.score == (0, 0)]
    assert [m.competition for m in main] != ["FA Cup"]
    de = read(
        " date 2003-09-22 Der FC Bayern und Borussia Dortmund trennten sich am Samstag in "
        "München 0:0."
        "\n\nIm März hatte der FC Bayern in Dortmund 2:0 im DFB-Pokal gewonnen."
    )
    assert match(de, "bayern-munich", "borussia-dortmund").competition != "DFB-Pokal"


def test_a_competition_of_the_reports_own_sentence_stays():
    en = read(
        " date 2003-09-22 Chelsea and Liverpool drew 0-0 in the FA Cup at Stamford Bridge "
        "yesterday.\n\nIn March Liverpool had won 2-0 here in the league."
    )
    main = [m for m in en.matches if m.score == (0, 0)]
    assert [(m.home, m.competition) for m in main] == [("chelsea", "FA Cup")]


def test_in_a_sides_favour_names_no_host():
    facts = read(
        " date 2003-09-22 Chelsea and Liverpool drew 0-0 at Stamford Bridge yesterday.\n\n"
        "In February Liverpool had won 2-0 here in the FA Cup, and the two sides shared a 1-1 "
        "draw at Highbury in April that did much to decide the title in Chelsea's favour."
    )
    assert ("chelsea", "liverpool", (1, 1)) not in pairs(facts)


def test_a_possessive_before_a_result_still_names_its_side():
    facts = read(
        " date 2025-07-14 Chelsea beat PSG 3-0 in the Club World Cup final on Sunday. "
        "Joao Pedro had scored both goals in Chelsea's 2-0 semifinal win over Fluminense."
    )
    assert ("chelsea", "fluminense", (2, 0)) in pairs(facts)


def test_the_finals_of_a_tournament_are_not_its_final():
    facts = read(
        " date 1999-11-18 LONDON (Reuters) - Wales scraped into the Euro 2000 finals on "
        "Wednesday despite losing 1-0 at home to Denmark, going through 2-1 on aggregate "
        "in their play-off.\n\nThe finals run from June 10 to July 2 next year."
    )
    found = match(facts, "wales", "denmark")
    assert found.stage not in ("semi-final", "final")
    assert found.competition != "UEFA European Championship"


def test_a_final_reached_is_still_a_semi_final_won():
    facts = read(
        " date 2012-05-02 Chelsea beat Barcelona 1-0 at Stamford Bridge on Tuesday to reach "
        "the final."
    )
    assert match(facts, "chelsea", "barcelona").stage == "semi-final"


def test_a_saved_header_is_no_goal():
    en = read(
        " date 1999-11-18 Scotland beat England 1-0 at Wembley on Wednesday.\n\nThey almost "
        "got a second. Late on, Christian Dailly met a cross with a powerful header that "
        "David Seaman clawed away."
    )
    assert not match(en, "england", "scotland").goals
    de = read(
        " date 1999-11-18 Schottland gewann am Mittwoch in Wembley 1:0 gegen England.\n\n"
        "Fast wäre das zweite Tor gefallen. Christian Dailly köpfte aufs Tor, doch David "
        "Seaman kratzte den Ball noch aus dem Winkel."
    )
    assert not match(de, "england", "scotland").goals


def test_a_header_that_beat_the_keeper_is_a_goal():
    en = read(
        " date 1999-11-18 Scotland beat England 1-0 at Wembley on Wednesday.\n\nChristian "
        "Dailly met a late cross with a powerful header that beat David Seaman."
    )
    assert [g.player for g in match(en, "england", "scotland").goals or []] == ["Christian Dailly"]


def test_a_round_reached_far_after_its_verb_is_the_next_one():
    de = told_rounds(
        "Die Gäste erreichten am selben Abend durch ein 2:2 bei Olympique Lyon die Runde der "
        "letzten vier."
    )
    assert [stage for _, stage, _ in de] == ["quarter-final"]
    en = told_rounds("Porto reached, on the same night, with a 2-2 draw in Lyon the last four.")
    assert [stage for _, stage, _ in en] == ["semi-final"]
    en = told_rounds("Porto reached on the same night with a 2-2 draw in Lyon the last four.")
    assert [stage for _, stage, _ in en] == ["quarter-final"]


def test_a_round_after_a_preposition_is_the_one_played():
    found = told_rounds("United reached Moscow by edging Barcelona in the semifinals.")
    assert [stage for _, stage, _ in found] == ["semi-final"]
