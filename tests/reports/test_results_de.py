"""German phrase families for results: the score is told from the subject,
`Heimniederlage`/`Auswärtssieg`, `bei`/`beim`, `Hinspiel`/`Rückspiel`, `n.V.`,
`i.E.`, header lines, `mit demselben Ergebnis`, weekdays against the dateline."""

from __future__ import annotations

from tests.reports.helpers import match, pairs, read


def test_heimniederlage_and_beim_make_home_and_away():
    facts = read(
        " date 2024-04 Inter Miami ist im Viertelfinale des CONCACAF Champions Cup gegen den CF "
        "Monterrey ausgeschieden. Nach der 1:2-Heimniederlage im Hinspiel setzte es am frühen "
        "Donnerstagmorgen (MESZ) für Inter beim mexikanischen Spitzenklub ein 1:3."
    )
    first = match(facts, "inter-miami", "monterrey")
    assert (first.score, first.leg) == ((1, 2), 1)
    second = match(facts, "monterrey", "inter-miami")
    assert (second.score, second.leg, second.date) == ((3, 1), 2, "2024-04")
    assert second.stage == "quarter-final" and second.season == "2024"


def test_subject_perspective_with_bei_and_an_earlier_first_leg():
    facts = read(
        " date 2013-05-01 Borussia Dortmund hat am Dienstagabend zwar mit 0:2 bei Real Madrid "
        "verloren, sich dank des 4:1 im Hinspiel in Dortmund aber knapp für das Finale der "
        "Champions League qualifiziert."
    )
    assert pairs(facts) == {
        ("real-madrid", "borussia-dortmund", (2, 0)),
        ("borussia-dortmund", "real-madrid", (4, 1)),
    }
    assert match(facts, "real-madrid", "borussia-dortmund").date == "2013-04-30"
    assert match(facts, "real-madrid", "borussia-dortmund").leg == 2


def test_auswaertssieg_in_a_city_orients_a_first_leg_without_names():
    facts = read(
        " date 2021-04-14 Paris Saint-Germain ist trotz einer 0:1-Heimniederlage gegen den FC "
        "Bayern München ins Halbfinale der Champions League eingezogen. Nach dem "
        "3:2-Auswärtssieg im Hinspiel in München reichte am Dienstagabend die Auswärtstorregel."
    )
    assert match(facts, "psg", "bayern-munich").score == (0, 1)
    assert match(facts, "bayern-munich", "psg").score == (2, 3)


def test_header_line_with_extra_time_and_shootout():
    facts = read(
        " date 2024-04-18 Manchester City – Real Madrid 1:1 n.V. (1:1, 1:0), 3:4 i.E.\n\n"
        "Titelverteidiger Manchester City ist im Viertelfinale der Champions League "
        "ausgeschieden."
    )
    m = match(facts, "manchester-city", "real-madrid")
    assert (m.score, m.extra_time, m.penalties) == ((1, 1), True, (3, 4))


def test_halftime_running_and_goal_line_scores_are_not_results():
    facts = read(
        " date 2020-08-15 Der FC Bayern München hat den FC Barcelona im Viertelfinale der "
        "Champions League auf neutralem Boden mit 8:2 (4:1) überrollt. Drei Minuten später "
        "stand es 1:1, ehe Müller zum 4:1-Pausenstand einschob (31.). Lewandowski köpfte das "
        "6:2 (82.).\nTore: 0:1 Müller (4.), 1:1 Alaba (7., Eigentor)"
    )
    [m] = facts.matches
    assert m.neutral and {m.home, m.away} == {"bayern-munich", "barcelona"}
    bayern = m.score[0] if m.home == "bayern-munich" else m.score[1]
    assert bayern == 8 and sum(m.score) == 10


def test_same_result_phrase_repeats_the_score():
    facts = read(
        " date 2024-05-08 Der BVB hat am Dienstag auch das Champions-League-Rückspiel bei Paris "
        "Saint-Germain mit 1:0 gewonnen, nachdem er schon das Hinspiel zu Hause mit demselben "
        "Ergebnis für sich entschieden hatte."
    )
    assert pairs(facts) == {
        ("psg", "borussia-dortmund", (0, 1)),
        ("borussia-dortmund", "psg", (1, 0)),
    }


def test_transitive_verb_object_is_not_the_subject():
    facts = read(
        " date 2022-12-19 Argentinien ist Weltmeister. Im Finale der WM besiegte die Mannschaft "
        "von Lionel Scaloni am Sonntag Frankreich nach einem 3:3 nach Verlängerung mit 4:2 im "
        "Elfmeterschießen."
    )
    [m] = facts.matches
    assert m.neutral and m.extra_time is True and m.stage == "final"
    pens = m.penalties if m.home == "argentina" else m.penalties[::-1]
    assert pens == (4, 2)


def test_neutral_cup_final_with_the_subject_named_in_the_sentence_before():
    facts = read(
        " date 2024-05-26 Bayer Leverkusen hat das Double gewonnen. Im Finale des DFB-Pokals "
        "setzte sich der neue Meister am Samstagabend in Berlin mit 1:0 (1:0) gegen den "
        "Zweitligisten 1. FC Kaiserslautern durch."
    )
    [m] = facts.matches
    assert m.neutral and m.date == "2024-05-25" and m.competition == "DFB-Pokal"
    lev = m.score[0] if m.home == "bayer-leverkusen" else m.score[1]
    assert lev == 1 and sum(m.score) == 1


def test_people_named_like_clubs_are_not_teams():
    facts = read(
        " date 2024-04-10 Jordi Alba flog mit Gelb-Rot vom Platz, David Villa sah zu. "
        "Inter Miami verlor beim CF Monterrey mit 1:3 im Rückspiel."
    )
    assert {m.team for m in facts_mentions(facts)} <= {"inter-miami", "monterrey"}
    assert match(facts, "monterrey", "inter-miami").score == (3, 1)


def facts_mentions(facts):
    from bot.reports.text.document import build_document

    return build_document(facts.report.text).mentions


def test_between_two_teams_neither_is_the_subject():
    facts = read(
        " date 2024-05-02 Im Duell zwischen dem FC Bayern und Borussia Dortmund setzte sich der "
        "BVB am Samstag in München mit 2:1 durch."
    )
    assert pairs(facts) == {("bayern-munich", "borussia-dortmund", (1, 2))}


def test_dative_subject_gelang():
    facts = read(
        " date 2024-05-02 Dem BVB gelang am Samstag in München ein 2:0 gegen den FC Bayern."
    )
    assert pairs(facts) == {("bayern-munich", "borussia-dortmund", (0, 2))}


def test_geschlagen_geben_is_a_defeat():
    facts = read(
        " date 2024-10-03 Bei Real Madrid musste sich der VfB Stuttgart am Dienstagabend in der "
        "Champions League mit 1:3 geschlagen geben."
    )
    m = match(facts, "real-madrid", "vfb-stuttgart")
    assert (m.score, m.date, m.season) == ((3, 1), "2024-10-01", "2024-25")


def test_leg_named_in_the_opening_sentence_with_the_result():
    facts = read(
        " date 2023-02-16 Der BVB hat das Achtelfinal-Hinspiel der Champions League gegen den FC "
        "Chelsea gewonnen. Vor 81.365 Zuschauern im Signal Iduna Park siegte Dortmund am "
        "Mittwochabend mit 1:0 (0:0)."
    )
    m = match(facts, "borussia-dortmund", "chelsea")
    assert (m.score, m.leg, m.date, m.stage) == ((1, 0), 1, "2023-02-15", "round-of-16")
