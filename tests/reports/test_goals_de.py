"""Tore aus deutschen Berichten: jede Formulierungsfamilie an eigens geschriebenen Sätzen."""

from __future__ import annotations

from bot.facts import Match
from tests.reports.helpers import goals_for as read


def rows(match: Match) -> list[tuple]:
    return [(g.minute, g.added, g.player, g.team) for g in match.goals or []]


def test_kicker_minutes_in_brackets_with_running_score_give_sides():
    (match,) = read(
        "Der VfL Wolfsburg hat gegen die TSG Hoffenheim mit 1:2 verloren. Jonas Wind brachte "
        "die Gastgeber in Führung (14.). Andrej Kramaric glich per Kopf zum 1:1 aus (39.), ehe "
        "Marius Bülter nach Zuspiel von Grischa Prömel zum 1:2 traf (71.).",
        Match("vfl-wolfsburg", "tsg-hoffenheim", (1, 2)),
    )
    assert rows(match) == [
        (14, None, "Jonas Wind", "vfl-wolfsburg"),
        (39, None, "Andrej Kramaric", "tsg-hoffenheim"),
        (71, None, "Marius Bülter", "tsg-hoffenheim"),
    ]
    assert match.goals[2].assist == "Grischa Prömel"


def test_stoppage_time_bracket_and_written_out_minute():
    (match,) = read(
        "Bayer Leverkusen gewann gegen Borussia Dortmund mit 2:0. Florian Wirtz traf in der "
        "neunten Minute. In der Nachspielzeit erhöhte Patrik Schick auf 2:0 (90.+4).",
        Match("bayer-leverkusen", "borussia-dortmund", (2, 0)),
    )
    assert rows(match) == [
        (9, None, "Florian Wirtz", "bayer-leverkusen"),
        (90, 4, "Patrik Schick", "bayer-leverkusen"),
    ]


def test_minuten_spaeter_is_relative_and_der_spanier_refers_back():
    (match,) = read(
        "Der FC Bayern gewann beim VfL Wolfsburg mit 2:0. Harry Kane traf in der 50. Minute "
        "zur Führung. Zwei Minuten später köpfte der Engländer nach einer Ecke von Joshua "
        "Kimmich zum 2:0 ein.",
        Match("vfl-wolfsburg", "bayern-munich", (0, 2)),
    )
    assert rows(match) == [
        (50, None, "Harry Kane", "bayern-munich"),
        (52, None, "Harry Kane", "bayern-munich"),
    ]
    assert match.goals[1].inferred is True


def test_penalty_words_and_saved_penalty():
    (match,) = read(
        "Borussia Dortmund schlug den FC Arsenal mit 2:0. Serhou Guirassy verwandelte einen "
        "Foulelfmeter (23.). Kurz darauf scheiterte Bukayo Saka vom Punkt an Gregor Kobel "
        "(30.). Julian Brandt erhöhte per Strafstoß auf 2:0 (66.).",
        Match("borussia-dortmund", "arsenal", (2, 0)),
    )
    assert [(g.minute, g.player, g.penalty) for g in match.goals] == [
        (23, "Serhou Guirassy", True),
        (66, "Julian Brandt", True),
    ]


def test_eigentor_counts_for_the_other_side():
    (match,) = read(
        "Der FC Bayern gewann gegen Borussia Dortmund mit 2:0. Nico Schlotterbeck lenkte eine "
        "Flanke ins eigene Tor (7., Eigentor), Jamal Musiala erhöhte auf 2:0 (58.).",
        Match("bayern-munich", "borussia-dortmund", (2, 0)),
    )
    own = match.goals[0]
    assert (own.player, own.own_goal, own.team) == ("Nico Schlotterbeck", True, "bayern-munich")


def test_aberkanntes_tor_and_elfmeterschiessen_are_no_goals():
    (match,) = read(
        "Der FC Bayern und Real Madrid trennten sich 1:1, Real setzte sich im "
        "Elfmeterschießen mit 4:3 durch. Leroy Sané traf zur Führung (20.). Der vermeintliche "
        "Ausgleich von Vinícius Júnior wurde wegen Abseits aberkannt (55.). Jude Bellingham "
        "glich zum 1:1 aus (81.).\n\nIm Elfmeterschießen verwandelte Toni Kroos, Manuel Neuer "
        "parierte gegen Luka Modric.",
        Match("bayern-munich", "real-madrid", (1, 1)),
    )
    assert [(g.minute, g.player) for g in match.goals] == [
        (20, "Leroy Sané"),
        (81, "Jude Bellingham"),
    ]


def test_substitution_minutes_in_a_line_up_are_no_goals():
    (match,) = read(
        "FC Bayern München – Borussia Dortmund 1:0 (0:0)\n\nDer FC Bayern hat das Spitzenspiel "
        "gegen den BVB mit 1:0 gewonnen, auch weil die Gäste nach der Pause kaum noch "
        "Chancen hatten.\n\nFC Bayern München: Neuer – Kimmich, "
        "Upamecano, Kim, Davies – Goretzka (90.+1 Laimer), Pavlovic – Olise, Musiala (84. "
        "Müller), Sané – Kane.\n\nTore: 1:0 Kane (61., Foulelfmeter)\n\nPlatzverweise: keine",
        Match("bayern-munich", "borussia-dortmund", (1, 0)),
    )
    assert [(g.minute, g.player, g.penalty, g.team) for g in match.goals] == [
        (61, "Kane", True, "bayern-munich")
    ]


def test_tore_line_gives_sides_from_the_running_score():
    (match,) = read(
        "Borussia Dortmund – FC Bayern München 1:2 (1:0)\n\nTore: 1:0 Adeyemi (12.), 1:1 Kane "
        "(55.), 1:2 Musiala (88.)",
        Match("borussia-dortmund", "bayern-munich", (1, 2)),
    )
    assert rows(match) == [
        (12, None, "Adeyemi", "borussia-dortmund"),
        (55, None, "Kane", "bayern-munich"),
        (88, None, "Musiala", "bayern-munich"),
    ]


def test_hinspiel_scorers_without_minutes_belong_to_the_first_leg():
    second = Match("arsenal", "bayern-munich", (1, 0), leg=2)
    first = Match("bayern-munich", "arsenal", (2, 1), leg=1)
    read(
        "Der FC Arsenal gewann das Rückspiel gegen den FC Bayern mit 1:0. Declan Rice traf in "
        "der 70. Minute.\n\nIm Hinspiel hatte Harry Kane doppelt getroffen, einmal davon per "
        "Strafstoß. Für Arsenal war Kai Havertz erfolgreich gewesen.",
        second,
        first,
    )
    assert rows(second) == [(70, None, "Declan Rice", "arsenal")]
    assert sorted((g.player, g.team, g.penalty) for g in first.goals) == [
        ("Harry Kane", "bayern-munich", False),
        ("Harry Kane", "bayern-munich", True),
        ("Kai Havertz", "arsenal", False),
    ]


def test_durch_names_the_scorer_and_genitive_names_the_side():
    (match,) = read(
        "Der FC Bayern gewann gegen Borussia Dortmund mit 2:1. Harry Kane traf doppelt (12., "
        "40.). Immerhin gelang Dortmunds Ehrentreffer durch Serhou Guirassy (77.).",
        Match("bayern-munich", "borussia-dortmund", (2, 1)),
    )
    assert rows(match) == [
        (12, None, "Harry Kane", "bayern-munich"),
        (40, None, "Harry Kane", "bayern-munich"),
        (77, None, "Serhou Guirassy", "borussia-dortmund"),
    ]


def test_unclear_side_stays_none():
    (match,) = read(
        "Der FC Bayern und Borussia Dortmund trennten sich 2:2. Harry Kane traf in der 10. "
        "Minute, Serhou Guirassy in der 20. Minute.",
        Match("bayern-munich", "borussia-dortmund", (2, 2)),
    )
    assert [(g.minute, g.player) for g in match.goals] == [
        (10, "Harry Kane"),
        (20, "Serhou Guirassy"),
    ]
    assert {g.team for g in match.goals} == {None}


def test_doppelpack_von_and_elapsed_minutes():
    (match,) = read(
        "Der FC Bayern gewann gegen den VfL Wolfsburg mit 3:0. Nach 20 Minuten traf Leroy "
        "Sané zur Führung, danach sorgte ein Doppelpack von Harry Kane (50., 75.) für klare "
        "Verhältnisse.",
        Match("bayern-munich", "vfl-wolfsburg", (3, 0)),
    )
    assert rows(match) == [
        (20, None, "Leroy Sané", "bayern-munich"),
        (50, None, "Harry Kane", "bayern-munich"),
        (75, None, "Harry Kane", "bayern-munich"),
    ]


def test_gehaltener_elfmeter_und_pfostentreffer_sind_keine_tore():
    (match,) = read(
        "Borussia Dortmund und der FC Bayern trennten sich 1:0. Gregor Kobel hält Foulelfmeter "
        "von Harry Kane (55.). Leroy Sané traf nur den Pfosten (60.). Julian Brandt erzielte "
        "das 1:0 (77.).",
        Match("borussia-dortmund", "bayern-munich", (1, 0)),
    )
    assert [(g.minute, g.player) for g in match.goals] == [(77, "Julian Brandt")]


def test_a_goal_taken_back_in_the_next_sentence_and_varied_verbs():
    (match,) = read(
        "Der VfB Stuttgart hat den FC Bayern München mit 3:1 geschlagen.\n\nDeniz Undav "
        "eröffnete den Torreigen: Der Stürmer schloss einen Konter eiskalt ab (31.). Nach der "
        "Pause verkürzte Harry Kane per Kopf auf 1:1 (52.)? Nein – der Treffer zählte wegen "
        "einer Abseitsstellung nicht.\n\nStattdessen legte Enzo Millot nach (63.), ehe Kane per "
        "Handelfmeter doch noch verkürzte (71.). Den Schlusspunkt setzte Undav mit seinem "
        "zweiten Treffer (88.).",
        Match("vfb-stuttgart", "bayern-munich", (3, 1)),
    )
    assert [(g.minute, g.player, g.penalty) for g in match.goals] == [
        (31, "Deniz Undav", False),
        (63, "Enzo Millot", False),
        (71, "Harry Kane", True),
        (88, "Deniz Undav", False),
    ]


def test_kicker_pairs_running_scores_and_sides_from_the_arithmetic():
    (match,) = read(
        "Der FC Bayern hat den VfB Stuttgart mit 4:1 (2:0) besiegt. Harry Kane (12.) und Jamal "
        "Musiala (34.) sorgten für die 2:0-Pausenführung. Das 3:0 besorgte Leroy Sané per "
        "Foulelfmeter (68.), ehe Deniz Undav den Anschlusstreffer erzielte (80.). Den "
        "Schlusspunkt setzte erneut Kane (90.+2).",
        Match("bayern-munich", "vfb-stuttgart", (4, 1)),
    )
    assert [(g.minute, g.added, g.player, g.team, g.penalty) for g in match.goals] == [
        (12, None, "Harry Kane", "bayern-munich", False),
        (34, None, "Jamal Musiala", "bayern-munich", False),
        (68, None, "Leroy Sané", "bayern-munich", True),
        (80, None, "Deniz Undav", "vfb-stuttgart", False),
        (90, 2, "Harry Kane", "bayern-munich", False),
    ]


def test_unter_die_latte_ist_ein_tor_an_die_latte_nicht():
    (match,) = read(
        "Der FC Bayern gewann gegen Bayer Leverkusen mit 1:0. Florian Wirtz traf in der 30. "
        "Minute nur die Latte. Jamal Musiala jagte den Ball in der 70. Minute unter die Latte.",
        Match("bayern-munich", "bayer-leverkusen", (1, 0)),
    )
    assert rows(match) == [(70, None, "Jamal Musiala", "bayern-munich")]
