"""Phrase families the matches reader got wrong on the sixth dev set, each checked with
sentences written here: shoot-out lines and trailing scores that are no result, a
country owning a club's name, group games called Hinspiel, a level aggregate beside
an unnamed first leg, a role noun between a place and a team, and a team told only
after another result."""

from __future__ import annotations

from bot.reports.matches.scores import find_scores
from tests.reports.helpers import match, pairs, read, tie


def test_labelled_shootout_line_joins_the_draw_and_is_no_match():
    facts = read(
        " date 2023-06-12 Pokal, Endspiel – Übersicht\n\n"
        "Freiburg – Leipzig 1:1 n.V. (1:0, 0:0)\n\n"
        "Elfmeterschießen: Freiburg 5, Leipzig 3 – den letzten Elfmeter verwandelte Grifo."
    )
    assert pairs(facts) == {("sc-freiburg", "rb-leipzig", (1, 1))}
    assert match(facts, "sc-freiburg", "rb-leipzig").penalties == (5, 3)
    english = read(
        " date 2023-06-12 The cup final went all the way to a shootout after a long and "
        "tense evening for both of the teams.\n\nLeeds 2, Fulham 2, aet\n\n"
        "Penalties: Leeds 4, Fulham 2"
    )
    assert pairs(english) == {("leeds-united", "fulham", (2, 2))}


def test_aggregate_labelled_line_is_no_match():
    facts = read(" date 2023-03-16 Round of 16 glance\n\nAggregate: Porto 3, Lyon 2")
    assert pairs(facts) == set()


def test_score_a_side_trailed_by_is_running_not_a_result():
    trailing = find_scores("Bochum hatte gegen Mainz schon mit 0:2 zurückgelegen, ehe es kippte.")
    assert [h.kind for h in trailing] == ["running"]
    down = find_scores("Wolves were 0-2 down at the break against Brentford.")
    assert [h.kind for h in down] == ["running"]
    facts = read(
        " date 2022-10-02 Im Spiel um Platz drei hatte Bochum am Samstag gegen Mainz bereits "
        "mit 0:3 zurückgelegen, ehe Philipp Hofmann den Ausgleich schaffte."
    )
    assert pairs(facts) == set()


def test_won_score_is_still_a_result():
    hits = find_scores("Bochum gewann gegen Mainz mit 2:0 und kletterte nach oben.")
    assert [h.kind for h in hits] == ["result"]


def test_country_owning_a_club_name_is_no_team_and_picks_the_club():
    facts = read(
        " date 2013-07-25 Atletico Mineiro won the first leg on Wednesday, beating "
        "Paraguay's Olimpia 2-0 at the Mineirao in Belo Horizonte."
    )
    assert pairs(facts) == {("atletico-mineiro", "olimpia", (2, 0))}
    german = read(
        " date 2013-07-25 Atlético Mineiro schlug am Mittwoch Paraguays Olimpia mit 2:0 im "
        "Hinspiel in Belo Horizonte."
    )
    assert ("atletico-mineiro", "olimpia", (2, 0)) in pairs(german)


def test_country_before_a_player_stays_a_country():
    facts = read(
        " date 2022-12-10 Brazil's Neymar scored but Croatia drew 1-1 with Brazil in the "
        "quarter-final in Al Rayyan on Friday."
    )
    assert {m.home for m in facts.matches} | {m.away for m in facts.matches} <= {
        "brazil",
        "croatia",
    }


def test_group_game_called_hinspiel_has_no_leg_and_no_tie():
    facts = read(
        " date 2020-11-18 Sevilla (dpa) - In der Nations League verlor die deutsche "
        "Nationalmannschaft im letzten Gruppenspiel am Dienstagabend in Sevilla mit 0:6 "
        "gegen Spanien. Das Hinspiel in Stuttgart hatte 1:1 geendet."
    )
    home = match(facts, "germany", "spain")
    away = match(facts, "spain", "germany")
    assert (home.score, away.score) == ((1, 1), (6, 0))
    assert home.leg is None and away.leg is None
    assert facts.ties == []


def test_level_aggregate_beside_an_unnamed_first_leg_orients_it():
    facts = read(
        " date 2004-04-07 Der FC Porto gewann das Viertelfinal-Rückspiel der Champions League "
        "gegen Juventus Turin am Dienstagabend im Estadio do Dragao mit 2:0 und zog dank des "
        "Auswärtstors ins Halbfinale ein. Das Hinspiel in Turin hatten die "
        "Italiener vor zwei Wochen mit 3:1 gewonnen, in der Addition stand es damit 3:3."
    )
    first = match(facts, "juventus", "porto")
    assert (first.score, first.leg) == ((3, 1), 1)
    assert match(facts, "porto", "juventus").leg == 2
    found = tie(facts, "porto", "juventus")
    assert found.aggregate == {"porto": 3, "juventus": 3}
    assert (found.winner, found.decided_by) == ("porto", "away_goals")


def test_format_words_hin_und_rueckspiel_are_no_leg():
    facts = read(
        " date 2019-11-24 Flamengo gewann am Samstag das erste Endspiel der Copa Libertadores, "
        "das nicht in Hin- und Rückspiel ausgetragen wurde, in Lima gegen Titelverteidiger "
        "River Plate mit 2:1."
    )
    final = [m for m in facts.matches if {m.home, m.away} == {"flamengo", "river-plate"}]
    assert len(final) == 1 and final[0].leg is None and final[0].score in ((2, 1), (1, 2))


def test_city_named_for_a_country_is_no_team():
    facts = read(
        " date 2019-11-24 Flamengo schlug am Samstag in Lima Titelverteidiger River Plate mit "
        "2:1. Das Finale war für Santiago de Chile angesetzt gewesen."
    )
    assert all("chile" not in (m.home, m.away) for m in facts.matches)


def test_team_told_only_after_another_result_is_not_the_opponent():
    facts = read(
        " date 2018-05-04 Im Achtelfinale hatte Salzburg mit einem 2:1 in Dortmund und einem "
        "0:0 im Rückspiel daheim überzeugt, im Viertelfinale drehte es nach einem 2:4 in Rom "
        "gegen Lazio mit einem 4:1 das Duell."
    )
    assert ("borussia-dortmund", "lazio") not in {(m.home, m.away) for m in facts.matches}
    assert ("lazio", "borussia-dortmund") not in {(m.home, m.away) for m in facts.matches}


def test_aggregate_word_after_a_score_is_that_scores():
    hits = find_scores(
        "United reached the final by beating Arsenal 3-1, a 4-1 aggregate win after a 1-0 "
        "victory at Old Trafford in the first leg."
    )
    assert [(h.first, h.second, h.kind) for h in hits] == [
        (3, 1, "result"),
        (4, 1, "aggregate"),
        (1, 0, "result"),
    ]
    plain = find_scores("They won 3-1 on aggregate after extra time.")
    assert [h.kind for h in plain] == ["aggregate"]


def test_shootout_told_with_beating_after_the_subject_decides_the_tie():
    facts = read(
        " date 2013-07-25 Atletico Mineiro won the Copa Libertadores on Wednesday, beating "
        "Paraguay's Olimpia 4-3 on penalties. Atletico won the second leg 2-0 to level the "
        "tie at 2-2 on aggregate."
    )
    found = tie(facts, "atletico-mineiro", "olimpia")
    assert found.winner == "atletico-mineiro"
    assert found.decided_by == "penalties"
    assert found.penalties == {"atletico-mineiro": 4, "olimpia": 3}


def test_nationality_word_stands_for_the_one_club_of_that_country_named_before():
    facts = read(
        " date 2018-05-04 Im Finale der Europa League trifft Atlético Madrid auf Olympique "
        "Marseille. Die Spanier gewannen am Donnerstag das Rückspiel im Halbfinale gegen den FC "
        "Arsenal daheim mit 1:0, nachdem das Hinspiel in London 1:1 geendet hatte."
    )
    assert match(facts, "atletico-madrid", "arsenal").score == (1, 0)
    assert match(facts, "arsenal", "atletico-madrid").score == (1, 1)


def test_nationality_word_with_two_clubs_of_that_country_near_stays_open():
    from bot.reports.text.document import build_document

    doc = build_document(
        " date 2018-05-04 Im Halbfinale treffen Atlético Madrid und der FC Valencia aufeinander. "
        "Die Spanier gewannen am Donnerstag gegen den FC Arsenal daheim mit 1:0.",
        None,
        "de",
    )
    assert "Spanier" not in [m.alias for m in doc.mentions]


def test_nationality_adjective_before_a_noun_is_no_club():
    from bot.reports.text.document import build_document

    doc = build_document(
        " date 2019-05-09 Ajax lost at home. The 1-0 win in London gave the Dutch team a cushion.",
        None,
        "en",
    )
    assert [m.alias for m in doc.mentions] == ["Ajax"]


def test_lead_carried_from_the_first_leg_is_no_result():
    hits = find_scores(
        "Der FC Porto verteidigt in Lyon einen 2:0-Vorsprung aus dem Hinspiel, Deportivo muss "
        "ein 1:4 aufholen."
    )
    assert hits[0].kind == "running"
    facts = read(
        " date 2004-04-07 Am Mittwochabend fallen die Entscheidungen. Der FC Porto verteidigt "
        "in Lyon einen 2:0-Vorsprung aus dem Hinspiel, Deportivo La Coruña spielt gegen den "
        "AC Mailand."
    )
    assert ("porto", "deportivo-la-coruna") not in {(m.home, m.away) for m in facts.matches}


def test_unknown_club_as_the_other_side_keeps_the_storys_pair_out():
    facts = read(
        " date 2021-01-14 Holstein Kiel warf den FC Bayern München am Mittwoch im "
        "Elfmeterschießen aus dem DFB-Pokal. In der 1. Runde hatte der Rekordpokalsieger im "
        "Oktober den Fünftligisten FC Düren zu Hause noch 3:0 besiegt."
    )
    assert all(m.score != (3, 0) and m.score != (0, 3) for m in facts.matches)


def test_penalty_kicks_line_gives_the_shootout_of_the_glance_line():
    facts = read(
        " date 2021-12-12 SEATTLE (AP) — The Seattle Sounders won the cup on Saturday in "
        "front of a full house at Lumen Field after a long night.\n\n"
        "Seattle Sounders 1, Toronto FC 1, aet\n\nPenalty kicks: Seattle Sounders 4, Toronto FC 2."
    )
    assert pairs(facts) == {("seattle-sounders", "toronto-fc", (1, 1))}
    assert match(facts, "seattle-sounders", "toronto-fc").penalties == (4, 2)


def test_headline_line_with_bare_numbers_is_the_result_home_first():
    facts = read(
        " date 2024-03-18 Manchester United 4 Liverpool 3 (after extra time)\n\n"
        "FA Cup quarter-final, Old Trafford\n\nAmad Diallo slid the winner past the keeper "
        "in the last minute of extra time and the stadium shook."
    )
    final = match(facts, "manchester-united", "liverpool")
    assert (final.score, final.extra_time) == ((4, 3), True)


def test_bare_numbers_inside_prose_are_no_headline():
    facts = read(
        " date 2024-03-18 Manchester United 4 Liverpool 3 was the talk of the town after a "
        "wild afternoon at Old Trafford, where nobody wanted to go home."
    )
    assert pairs(facts) == set()
