"""Goal phrase families that misread unseen reports (third and fourth sets), in sentences
written for these tests: an assist named right before the minute, a second scorer joined
after the first one's minute, a passive "brought down by", a dribbled-past defender and
minutes told relative to the break or the final whistle."""

from __future__ import annotations

from bot.facts import Match
from tests.reports.helpers import goals_for as read


def rows(match: Match) -> list[tuple]:
    return [(g.minute, g.added, g.player, g.penalty) for g in match.goals or []]


# "X erhöhte nach einem Zuspiel von Y (29.)": Y set the goal up; X scored it.


def test_assist_before_parenthesized_minute_de():
    (match,) = read(
        "Werder Bremen gewann 2:0 gegen den FC Arsenal. Mitchell Weiser traf nach einer "
        "Flanke von Romano Schmid (12.), Marvin Ducksch erhöhte nach Vorarbeit von Jens "
        "Stage (52.).",
        Match("werder-bremen", "arsenal", (2, 0)),
        lang="de",
    )
    assert rows(match) == [
        (12, None, "Mitchell Weiser", False),
        (52, None, "Marvin Ducksch", False),
    ]


def test_assist_before_parenthesized_minute_en():
    (match,) = read(
        "Arsenal beat Fulham 1-0 on Sunday. Bukayo Saka finished off a cross from Ben White (61').",
        Match("arsenal", "fulham", (1, 0)),
    )
    assert rows(match) == [(61, None, "Bukayo Saka", False)]


# "X scored in the 20th minute and Y doubled it before halftime, in the 44th".


def test_second_scorer_joined_after_first_minute_en():
    (match,) = read(
        "Arsenal beat Fulham 2-0. Bukayo Saka gave Arsenal the lead in the 20th minute and "
        "Kai Havertz doubled it just before halftime, in the 44th.",
        Match("arsenal", "fulham", (2, 0)),
    )
    assert rows(match) == [
        (20, None, "Bukayo Saka", False),
        (44, None, "Kai Havertz", False),
    ]


def test_second_scorer_joined_after_first_minute_de():
    (match,) = read(
        "Bayern gewann 2:0 gegen den FC Arsenal. Harry Kane traf in der 35. Minute zur "
        "Führung und Thomas Müller erhöhte kurz vor der Pause, in der 44. Minute.",
        Match("bayern-munich", "arsenal", (2, 0)),
        lang="de",
    )
    assert rows(match) == [
        (35, None, "Harry Kane", False),
        (44, None, "Thomas Müller", False),
    ]


def test_joined_name_without_goal_verb_gets_no_minute():
    (match,) = read(
        "Arsenal beat Fulham 2-0. Bukayo Saka gave Arsenal the lead in the 20th minute and "
        "Kai Havertz celebrated wildly before halftime, in the 44th.",
        Match("arsenal", "fulham", (2, 0)),
    )
    assert rows(match) == [(20, None, "Bukayo Saka", False)]


# "X was brought down by Y and converted the penalty": Y is the fouler.


def test_passive_fouler_is_not_the_scorer_en():
    (match,) = read(
        "Arsenal beat Fulham 1-0. Bukayo Saka was brought down by Antonee Robinson and "
        "converted the penalty himself in the 30th minute.",
        Match("arsenal", "fulham", (1, 0)),
    )
    assert rows(match) == [(30, None, "Bukayo Saka", True)]


def test_scored_by_stays_the_scorer_en():
    (match,) = read(
        "Arsenal beat Fulham 1-0. The only goal was scored by Bukayo Saka in the 30th minute.",
        Match("arsenal", "fulham", (1, 0)),
    )
    assert rows(match) == [(30, None, "Bukayo Saka", False)]


# "X ließ Y stehen und traf", "X rounded Y and scored": Y is the beaten defender.


def test_dribbled_past_defender_is_not_the_scorer():
    (de,) = read(
        "Bremen gewann 1:0 gegen den FC Arsenal. In der 70. Minute fiel die Entscheidung: "
        "Marvin Ducksch ließ William Saliba mit einer Finte stehen und traf ins kurze Eck.",
        Match("werder-bremen", "arsenal", (1, 0)),
        lang="de",
    )
    (en,) = read(
        "Arsenal beat Fulham 1-0. The decisive moment came in the 70th minute: Bukayo Saka "
        "rounded Bernd Leno and scored into an empty net.",
        Match("arsenal", "fulham", (1, 0)),
    )
    assert rows(de) == [(70, None, "Marvin Ducksch", False)]
    assert rows(en) == [(70, None, "Bukayo Saka", False)]


# "four minutes after halftime" = 49, "with six minutes left" = 84; not with extra time.


def test_minutes_after_break_and_before_end_en():
    (match,) = read(
        "Arsenal drew 1-1 with Fulham. Bukayo Saka gave Arsenal the lead four minutes after "
        "halftime with a low shot. With six minutes left, Raul Jimenez equalized for Fulham.",
        Match("arsenal", "fulham", (1, 1)),
    )
    assert rows(match) == [(49, None, "Bukayo Saka", False), (84, None, "Raul Jimenez", False)]


def test_minutes_after_break_and_before_end_de():
    (match,) = read(
        "Bremen und der FC Arsenal trennten sich 1:1. Marvin Ducksch traf drei Minuten nach "
        "der Pause zur Führung, acht Minuten vor Schluss glich Bukayo Saka aus.",
        Match("werder-bremen", "arsenal", (1, 1)),
        lang="de",
    )
    assert rows(match) == [(48, None, "Marvin Ducksch", False), (82, None, "Bukayo Saka", False)]


def test_minutes_before_end_not_read_when_extra_time_was_played():
    (match,) = read(
        "Bremen gewann nach Verlängerung 2:1 gegen den FC Arsenal. Marvin Ducksch traf "
        "fünf Minuten vor dem Ende zum 2:1.",
        Match("werder-bremen", "arsenal", (2, 1)),
        lang="de",
    )
    assert all(g.minute != 85 for g in match.goals or [])


# Results listed line by line, each with its "Goal(s):"/"Tore:" line under it.


def test_goals_lines_under_listed_results_en():
    body = (
        "Cup At A Glance\nQuarterfinals\nArsenal 2, Fulham 1\nGoals: Arsenal — Bukayo Saka "
        "12th, Kai Havertz (penalty) 88th; Fulham — Raul Jimenez 60th.\nChelsea 1, "
        "Brentford 0, aet\nGoal: Cole Palmer 104th minute.\n"
    )
    one, two = read(
        body,
        Match("arsenal", "fulham", (2, 1)),
        Match("chelsea", "brentford", (1, 0)),
    )
    assert rows(one) == [
        (12, None, "Bukayo Saka", False),
        (60, None, "Raul Jimenez", False),
        (88, None, "Kai Havertz", True),
    ]
    assert rows(two) == [(104, None, "Cole Palmer", False)]


def test_tore_line_under_result_header_and_range_minute_de():
    body = (
        "Bundesliga\n\nSV Werder Bremen – FC Arsenal 2:0 (1:0)\n\nTore: 1:0 Ducksch (14.), "
        "2:0 Weiser (77.)\nSchiedsrichter: Felix Zwayer\n\nBremen war von der ersten Minute "
        "an besser, Ducksch und Weiser sorgten für den Sieg, Weiser legte spät nach."
    )
    (match,) = read(body, Match("werder-bremen", "arsenal", (2, 0)), lang="de")
    assert rows(match) == [(14, None, "Ducksch", False), (77, None, "Weiser", False)]


# "QPR lost Barton to a straight red card in the 55th minute": the object is sent off.


def test_side_lost_player_to_red_card():
    from bot.reports.cards.dismissals import attach_dismissals
    from bot.reports.text.document import build_document
    from tests.reports.helpers import RESOLVER

    for lang, body, player, minute in (
        (
            "en",
            "Arsenal beat Fulham 2-0. Fulham, already trailing, lost defender Calvin Bassey "
            "to a straight red card in the 61st minute for a late tackle.",
            "Calvin Bassey",
            61,
        ),
        (
            "de",
            "Bremen gewann 2:0 gegen den FC Arsenal. Arsenal, schon im Rückstand, verlor "
            "William Saliba durch eine Rote Karte in der 61. Minute.",
            "William Saliba",
            61,
        ),
    ):
        home, away = ("arsenal", "fulham") if lang == "en" else ("werder-bremen", "arsenal")
        match = Match(home, away, (2, 0))
        doc = build_document(" date 2025-03-13 " + body, RESOLVER, lang)
        attach_dismissals(doc, [match])
        assert [(d.player, d.minute) for d in match.dismissals or []] == [(player, minute)]


# "Nach Xs frühem Tor (3.) glich Y aus (11.)": the first minute is not Y's.


def test_minute_before_the_doer_is_not_his():
    (de,) = read(
        "Bremen und der FC Arsenal trennten sich 1:1. Nach Marvin Duckschs frühem Tor (5.) "
        "glich Bukayo Saka per Kopf aus (23.).",
        Match("werder-bremen", "arsenal", (1, 1)),
        lang="de",
    )
    assert (5, None, "Bukayo Saka", False) not in rows(de)
    assert (23, None, "Bukayo Saka", False) in rows(de)


# "Y beat the keeper with a low shot", "X answered with two headers, in the 12th and 33rd".


def test_beat_keeper_with_shot_and_two_headers_listed_en():
    (one,) = read(
        "Arsenal beat Fulham 2-0. Bukayo Saka headed in a corner in the 54th minute. Two "
        "minutes later Kai Havertz beat Bernd Leno with a low shot from distance.",
        Match("arsenal", "fulham", (2, 0)),
    )
    (two,) = read(
        "Arsenal beat Fulham 2-0. Kai Havertz answered with two headers, in the 12th and "
        "33rd minutes.",
        Match("arsenal", "fulham", (2, 0)),
    )
    assert rows(one) == [(54, None, "Bukayo Saka", False), (56, None, "Kai Havertz", False)]
    assert rows(two) == [(12, None, "Kai Havertz", False), (33, None, "Kai Havertz", False)]


def test_two_headers_with_minutes_de():
    (match,) = read(
        "Bremen gewann 2:0 gegen den FC Arsenal. Marvin Ducksch traf mit zwei Kopfbällen, "
        "in der 12. und 33. Minute.",
        Match("werder-bremen", "arsenal", (2, 0)),
        lang="de",
    )
    assert rows(match) == [(12, None, "Marvin Ducksch", False), (33, None, "Marvin Ducksch", False)]


# "Nach einem langen Ball von X legte Y ab, ... und schob ein (35.)": Y, after the verb.


def test_subject_after_goal_verb_carries_to_later_clause_de():
    (match,) = read(
        "Bremen gewann 1:0 gegen den FC Arsenal. Nach einem langen Ball von Michael Zetterer "
        "legte Marvin Ducksch per Kopf auf Jens Stage ab, bekam den Ball zurück und schob "
        "zum 1:0 ein (35.).",
        Match("werder-bremen", "arsenal", (1, 0)),
        lang="de",
    )
    assert rows(match) == [(35, None, "Marvin Ducksch", False)]


def test_genitive_scorer_with_inflected_adjective_de():
    (match,) = read(
        "Bremen und der FC Arsenal trennten sich 1:1. Nach Marvin Duckschs frühem Tor (5.) "
        "glich Bukayo Saka per Kopf aus (23.).",
        Match("werder-bremen", "arsenal", (1, 1)),
        lang="de",
    )
    assert rows(match) == [(5, None, "Marvin Ducksch", False), (23, None, "Bukayo Saka", False)]


def test_goals_line_with_counts_gives_no_minutes_en():
    (match,) = read(
        "Liverpool 3, Arsenal 1\nGoals: Mohamed Salah 2, Darwin Nunez; Bukayo Saka.\n",
        Match("liverpool", "arsenal", (3, 1)),
    )
    assert all(g.minute is None for g in match.goals or [])


def test_goals_line_with_bare_minutes_en():
    (match,) = read(
        "Liverpool 2, Arsenal 0\nGoals: Mohamed Salah 35, Darwin Nunez 71.\n",
        Match("liverpool", "arsenal", (2, 0)),
    )
    assert rows(match) == [(35, None, "Mohamed Salah", False), (71, None, "Darwin Nunez", False)]


def test_adverb_opening_a_sentence_is_no_scorer_de():
    (match,) = read(
        "Bremen und der FC Arsenal trennten sich 1:1. Bukayo Saka traf früh (8.). Direkt nach "
        "der Pause glich Marvin Ducksch mit einem Schuss in den Winkel aus (47.).",
        Match("werder-bremen", "arsenal", (1, 1)),
        lang="de",
    )
    assert rows(match) == [(8, None, "Bukayo Saka", False), (47, None, "Marvin Ducksch", False)]


# "..., in the 12th and 33rd minutes, the second from a free kick": no third goal.


def test_clause_telling_one_of_the_goals_is_no_new_goal_en():
    (match,) = read(
        "Arsenal beat Fulham 3-0. Kai Havertz scored two headers, in the 12th and 33rd "
        "minutes, the second from a Declan Rice free kick. Bukayo Saka also scored before "
        "the final whistle.",
        Match("arsenal", "fulham", (3, 0)),
    )
    assert rows(match) == [
        (12, None, "Kai Havertz", False),
        (33, None, "Kai Havertz", False),
        (None, None, "Bukayo Saka", False),
    ]
