"""Goal and dismissal phrase families on sentences written for these tests (not corpus
wording), in both languages: what a user would be told about who scored and when."""

from __future__ import annotations

from bot.facts import Match
from bot.reports.cards.dismissals import attach_dismissals
from bot.reports.clauses.minutes import find_minutes
from bot.reports.goals.placing import attach_goals
from bot.reports.text.document import build_document
from tests.reports.helpers import RESOLVER
from tests.reports.helpers import goals_for as read
from tests.reports.helpers import read as read_text


def rows(match: Match) -> list[tuple]:
    return [(g.minute, g.added, g.player) for g in match.goals or []]


def flags(match: Match) -> list[tuple]:
    return [(g.player, g.own_goal, g.penalty) for g in match.goals or []]


# Scorers named in the lead without a minute, then with one later: one goal each.


def test_lead_scorers_merge_with_their_later_minutes_en():
    (match,) = read(
        "Lyon beat Nantes 2-0 on Saturday. Rayan Cherki and Alexandre Lacazette scored for "
        "Lyon. Cherki made no mistake in the 31st minute, heading in from close range. "
        "Lacazette sealed it in the 80th.",
        Match("lyon", "nantes", (2, 0)),
    )
    assert rows(match) == [(31, None, "Rayan Cherki"), (80, None, "Alexandre Lacazette")]


def test_lead_scorers_merge_with_their_later_minutes_de():
    (match,) = read(
        "RB Leipzig gewann am Samstag 2:0 gegen den FSV Mainz 05. Lois Openda und Xavi Simons "
        "trafen für Leipzig. Openda erlöste die Gastgeber mit einem Flachschuss (58.), ehe "
        "Simons mit einem Kopfball für die Entscheidung sorgte (86.).",
        Match("rb-leipzig", "mainz-05", (2, 0)),
        lang="de",
    )
    assert rows(match) == [(58, None, "Lois Openda"), (86, None, "Xavi Simons")]


def test_lead_scorer_whose_minute_went_unread_gets_no_minute_less_goal():
    (match,) = read(
        "Lyon beat Nantes 2-0 on Saturday. Rayan Cherki and Alexandre Lacazette scored for "
        "Lyon. Cherki was unstoppable in the 31st minute. Lacazette sealed it in the 80th.",
        Match("lyon", "nantes", (2, 0)),
    )
    assert (None, None, "Rayan Cherki") not in rows(match)


# German scoring verbs and nouns with "(71.)" minutes.


def test_german_scoring_phrases_with_bracket_minutes():
    (match,) = read(
        "Der SC Freiburg gewann 3:0 gegen den VfL Bochum. Lange tat sich Freiburg schwer. "
        "Dann erlöste Vincenzo Grifo die Gastgeber mit einem Freistoß (63.). Ritsu Doan sorgte "
        "mit einem Flachschuss für das 2:0 (77.), und Michael Gregoritsch setzte mit einem "
        "Solo den Schlusspunkt (88.).",
        Match("sc-freiburg", "vfl-bochum", (3, 0)),
        lang="de",
    )
    assert rows(match) == [
        (63, None, "Vincenzo Grifo"),
        (77, None, "Ritsu Doan"),
        (88, None, "Michael Gregoritsch"),
    ]


def test_german_decider_named_after_its_noun():
    (match,) = read(
        "Der VfB Stuttgart gewann 1:0 gegen den SV Werder Bremen. Erst spät fiel die "
        "Entscheidung: Deniz Undav war es, der mit einem Abstauber für die Entscheidung "
        "sorgte (84.).",
        Match("vfb-stuttgart", "werder-bremen", (1, 0)),
        lang="de",
    )
    assert rows(match) == [(84, None, "Deniz Undav")]


# English scoring phrases.


def test_english_series_leveller_second_goal_and_corner_finish():
    (match,) = read(
        "Inter beat Porto 3-1 on Tuesday. Mehdi Taremi had put Porto ahead in the 10th. "
        "Lautaro Martinez leveled the series with a low shot in the 38th, and Marcus Thuram "
        "hit a shot from distance into the top corner in the 52nd minute. Martinez added his "
        "second on a counterattack in the 77th.",
        Match("inter-milan", "porto", (3, 1)),
    )
    assert rows(match) == [
        (10, None, "Mehdi Taremi"),
        (38, None, "Lautaro Martinez"),
        (52, None, "Marcus Thuram"),
        (77, None, "Lautaro Martinez"),
    ]


# Own goals told as "the side equalized when X turned it into his own net".


def test_side_scores_when_player_turns_cross_into_own_net_en():
    (match,) = read(
        "Porto and Benfica drew 1-1 on Sunday. Vangelis Pavlidis gave Benfica the lead in the "
        "20th minute. Porto equalized in the 61st when Nicolas Otamendi turned Pepe' cross "
        "into his own net.",
        Match("porto", "benfica", (1, 1)),
    )
    assert rows(match) == [(20, None, "Vangelis Pavlidis"), (61, None, "Nicolas Otamendi")]
    assert flags(match)[1] == ("Nicolas Otamendi", True, False)
    assert match.goals[1].team == "porto"


def test_side_scores_when_player_turns_cross_into_own_net_de():
    (match,) = read(
        "Der FSV Mainz 05 und Borussia Dortmund trennten sich 1:1. Karim Adeyemi brachte "
        "Dortmund in der 12. Minute in Führung. Mainz glich in der 61. Minute aus, als Mats "
        "Hummels eine Flanke ins eigene Tor lenkte.",
        Match("mainz-05", "borussia-dortmund", (1, 1)),
        lang="de",
    )
    assert rows(match) == [(12, None, "Karim Adeyemi"), (61, None, "Mats Hummels")]
    assert match.goals[1].own_goal


def test_possessive_owner_is_not_part_of_a_name():
    (match,) = read(
        "Porto and Benfica drew 1-1 on Sunday. Vangelis Pavlidis gave Benfica the lead in the "
        "20th minute. Porto's Samu Aghehowa equalized in the 70th minute.",
        Match("porto", "benfica", (1, 1)),
    )
    assert [g.player for g in match.goals] == ["Vangelis Pavlidis", "Samu Aghehowa"]


# Venue and club names never become scorers.


def test_venue_after_the_and_stadium_of_a_club_are_not_scorers():
    facts = read_text(
        " date 2024-10-21 MADRID (AP) — Real Madrid beat Celta Vigo 2-1 on Sunday at the "
        "Santiago Bernabeu.\n\nThe game was first set for Celta's Balaidos stadium. Kylian "
        "Mbappe scored in the 20th minute. The Santiago Bernabeu roared again in the 66th "
        "minute when Vinicius Junior scored. Celta pulled one back in the 85th minute."
    )
    players = {g.player for m in facts.matches for g in m.goals or []}
    assert not {p for p in players if p and ("Bernabeu" in p or "Balaidos" in p)}


# Minutes.


def test_bracketed_ordinal_minutes_as_round_ups_write_them():
    found = find_minutes("Ruben Dias (12th minute) and Bernardo Silva (77th, penalty)", "en")
    assert [(m.minute, m.note) for m in found] == [(12, ""), (77, "penalty")]


def test_minutes_before_the_break_count_back_from_45():
    assert [m.minute for m in find_minutes("Three minutes before halftime he scored.", "en")] == [
        42
    ]
    assert [m.minute for m in find_minutes("Zwei Minuten vor der Pause traf er.", "de")] == [43]


# Dismissals and goals told "back then" belong to the earlier match, not this one.


def test_back_then_red_card_stays_off_the_second_leg_de():
    facts = read_text(
        " date 2024-03-07 Der FC Porto hat das Viertelfinale erreicht. Im Rückspiel schlug "
        "Porto am Mittwochabend den FC Arsenal mit 2:0.\n\nDas Hinspiel in London hatte "
        "Arsenal vor einer Woche mit 1:0 gewonnen. Damals war Pepe mit Gelb-Rot vom Platz "
        "geflogen (70.).\n\nMehdi Taremi traf zum 1:0 (30.), Evanilson erhöhte auf 2:0 (75.)."
    )
    second = [m for m in facts.matches if m.leg == 2 or m.score == (2, 0)]
    assert second
    for match in second:
        assert "Pepe" not in {d.player for d in match.dismissals or []}


def test_back_then_red_card_stays_off_this_match_en():
    facts = read_text(
        " date 2024-03-07 PORTO, Portugal (AP) — Porto beat Arsenal 2-0 on Wednesday in the "
        "second leg of the quarterfinal.\n\nArsenal had won the first leg 1-0 in London last "
        "week. Back then, Pepe was sent off in the 70th minute.\n\nMehdi Taremi scored in the "
        "30th minute and Evanilson added the second in the 75th."
    )
    for match in facts.matches:
        if match.score == (2, 0):
            assert "Pepe" not in {d.player for d in match.dismissals or []}


# Goals credited by the text to a side that scored none belong to another match.


def test_goals_of_another_match_are_not_forced_onto_a_shutout_en():
    (match,) = read(
        "Dortmund won 3-0 at Bochum last season. This time it was different. Kevin Stoger "
        "put Bochum ahead in the 10th minute, and Philipp Hofmann made it 2-0 in the 30th.",
        Match("vfl-bochum", "borussia-dortmund", (0, 3)),
    )
    assert not match.goals


def test_goals_of_another_match_are_not_forced_onto_a_shutout_de():
    (match,) = read(
        "Dortmund hatte beim VfL Bochum 3:0 gewonnen. Diesmal lief es anders. Kevin Stöger "
        "brachte Bochum in der 10. Minute in Führung, Philipp Hofmann traf zum 2:0 (30.).",
        Match("vfl-bochum", "borussia-dortmund", (0, 3)),
        lang="de",
    )
    assert not match.goals


# A club named only as a player's former club does not move the goal to another match.


def test_former_club_in_an_aside_keeps_the_goal_in_this_match_de():
    (match,) = read(
        "Eintracht Frankfurt gewann 1:0 gegen den SC Freiburg. Mario Götze, nach seiner "
        "Rückkehr aus Dortmund längst Leistungsträger, sorgte für die Entscheidung (58.).",
        Match("eintracht-frankfurt", "sc-freiburg", (1, 0)),
        lang="de",
    )
    assert rows(match) == [(58, None, "Mario Götze")]


def test_former_club_in_an_aside_keeps_the_goal_in_this_match_en():
    (match,) = read(
        "Frankfurt beat Freiburg 1-0 on Saturday. Mario Gotze, who returned from Dortmund "
        "in 2022, scored in the 58th minute.",
        Match("eintracht-frankfurt", "sc-freiburg", (1, 0)),
    )
    assert rows(match) == [(58, None, "Mario Gotze")]


# "Nach dem 1:1 im Hinspiel brachte X ..." is this match's goal, not the first leg's.


def test_goal_after_a_first_leg_reminder_belongs_to_the_second_leg_de():
    first = Match("sc-freiburg", "vfl-bochum", (1, 1), leg=1)
    second = Match("vfl-bochum", "sc-freiburg", (1, 0), leg=2)
    read(
        "Der VfL Bochum hat das Rückspiel gegen den SC Freiburg mit 1:0 gewonnen. Nach dem "
        "1:1 im Hinspiel in Freiburg brachte Kevin Stöger den VfL in der 64. Minute in "
        "Führung.",
        first,
        second,
        lang="de",
    )
    assert rows(second) == [(64, None, "Kevin Stöger")]
    assert not first.goals


def test_header_glanced_past_the_keeper_joins_the_minute_of_the_lead_en():
    (match,) = read(
        "Wigan Athletic beat Manchester City 1-0 with a header in the first minute of "
        "stoppage time. Ben Watson rose to meet a corner and glanced the ball past Joe Hart.",
        Match("manchester-city", "wigan-athletic", (0, 1)),
    )
    assert rows(match) == [(90, 1, "Ben Watson")]


# Seconds, "and again", own goals "von X", "Rot gesehen".


def test_goal_after_seconds_is_minute_one_and_again_keeps_the_scorer_en():
    (match,) = read(
        "Turkey beat Austria 2-1 on Tuesday. Kenan Yildiz scored after 40 seconds and again "
        "in the 61st minute. Christoph Baumgartner pulled one back in the 72nd.",
        Match("austria", "turkey", (1, 2)),
    )
    assert rows(match) == [
        (1, None, "Kenan Yildiz"),
        (61, None, "Kenan Yildiz"),
        (72, None, "Christoph Baumgartner"),
    ]


def test_goal_after_seconds_is_minute_one_de():
    (match,) = read(
        "Der FC Bayern München gewann 1:0 gegen den VfB Stuttgart. Leroy Sané traf bereits "
        "nach 35 Sekunden.",
        Match("bayern-munich", "vfb-stuttgart", (1, 0)),
        lang="de",
    )
    assert rows(match) == [(1, None, "Leroy Sané")]


def test_own_goal_by_named_player_is_his_not_the_previous_scorers_de():
    (match,) = read(
        "Der FC Bayern München gewann 2:0 gegen den VfB Stuttgart. Leroy Sané erzielte das "
        "1:0 (30.), ein Eigentor von Atakan Karazor sorgte für das 2:0 (60.).",
        Match("bayern-munich", "vfb-stuttgart", (2, 0)),
        lang="de",
    )
    assert rows(match) == [(30, None, "Leroy Sané"), (60, None, "Atakan Karazor")]
    assert match.goals[1].own_goal


def test_red_card_seen_in_perfect_tense_is_a_dismissal_de():
    doc = build_document(
        " date 2025-03-13 Der FC Bayern München gewann 1:0 gegen den VfB Stuttgart. Leroy "
        "Sané traf zum 1:0 (30.). Zuvor hatte Josip Stanisic Rot gesehen (25.).",
        RESOLVER,
        "de",
    )
    match = Match("bayern-munich", "vfb-stuttgart", (1, 0))

    attach_goals(doc, [match])
    attach_dismissals(doc, [match])
    assert [(d.minute, d.player, d.second_yellow) for d in match.dismissals] == [
        (25, "Josip Stanisic", False)
    ]


def test_straight_red_without_minute_has_no_minute_en():
    doc = build_document(
        " date 2025-03-13 Arsenal beat Chelsea 1-0 on Sunday. Bukayo Saka scored in the 40th "
        "minute. Chelsea's Enzo Fernandez was shown a straight red card late in the game.",
        RESOLVER,
    )
    match = Match("arsenal", "chelsea", (1, 0))
    attach_goals(doc, [match])
    attach_dismissals(doc, [match])
    assert [(d.minute, d.player, d.second_yellow) for d in match.dismissals] == [
        (None, "Enzo Fernandez", False)
    ]


def test_saved_penalty_and_offside_goal_are_not_goals_en_and_de():
    (english,) = read(
        "Chelsea beat Arsenal 1-0. Cole Palmer's penalty was saved in the 20th minute. "
        "Nicolas Jackson scored in the 70th minute. Bukayo Saka had a goal disallowed for "
        "offside in the 80th minute.",
        Match("chelsea", "arsenal", (1, 0)),
    )
    (german,) = read(
        "Der FC Bayern München gewann 1:0 gegen den VfB Stuttgart. Harry Kane verschoss einen "
        "Elfmeter (12.). Jamal Musiala traf zum 1:0 (30.). Ein Treffer von Deniz Undav wurde "
        "wegen Abseits aberkannt (80.).",
        Match("bayern-munich", "vfb-stuttgart", (1, 0)),
        lang="de",
    )
    assert rows(english) == [(70, None, "Nicolas Jackson")]
    assert rows(german) == [(30, None, "Jamal Musiala")]


def test_deciding_shootout_kick_is_not_a_goal_en_and_de():
    (english,) = read(
        "Sevilla beat Roma 4-1 in a penalty shootout after a 1-1 draw. Gonzalo Montiel "
        "converted the decisive spot kick. Youssef En-Nesyri scored in the 20th minute "
        "before Roma equalized.",
        Match("sevilla", "roma", (1, 1), penalties=(4, 1), neutral=True),
    )
    (german,) = read(
        "Der FC Sevilla gewann gegen die AS Rom 4:1 im Elfmeterschießen, nach 120 Minuten "
        "hatte es 1:1 gestanden. Gonzalo Montiel verwandelte den entscheidenden Elfmeter. "
        "Youssef En-Nesyri traf in der 20. Minute, danach glich Rom aus.",
        Match("sevilla", "roma", (1, 1), penalties=(4, 1), neutral=True),
        lang="de",
    )
    for match in (english, german):
        assert "Gonzalo Montiel" not in {g.player for g in match.goals or []}


def test_goal_said_to_come_from_offside_yet_stand_counts_but_a_disallowed_one_does_not():
    (german,) = read(
        "Der FC Bayern München gewann 2:0 gegen den VfB Stuttgart. Harry Kane traf zweimal "
        "(20., 70.), wobei sein zweiter Treffer aus Abseitsposition fiel.",
        Match("bayern-munich", "vfb-stuttgart", (2, 0)),
        lang="de",
    )
    (english,) = read(
        "Arsenal beat Chelsea 2-0. Bukayo Saka scored in the 20th minute. Kai Havertz added "
        "the second in the 70th minute from an offside position, but the goal stood.",
        Match("arsenal", "chelsea", (2, 0)),
    )
    (denied,) = read(
        "Arsenal beat Chelsea 1-0. Bukayo Saka scored in the 20th minute. Kai Havertz "
        "scored in the 70th minute but was flagged offside.",
        Match("arsenal", "chelsea", (1, 0)),
    )
    assert rows(german) == [(20, None, "Harry Kane"), (70, None, "Harry Kane")]
    assert rows(english) == [(20, None, "Bukayo Saka"), (70, None, "Kai Havertz")]
    assert rows(denied) == [(20, None, "Bukayo Saka")]


def test_quoted_nickname_inside_a_name_keeps_first_and_surname():
    (english,) = read(
        'Boca Juniors beat Racing Club 1-0. Cristian "Kily" Gonzalez scored in the 40th minute.',
        Match("boca-juniors", "racing-club", (1, 0)),
    )
    (german,) = read(
        "Die Boca Juniors gewannen 1:0 gegen Racing Club. Cristian „Kily“ Gonzalez traf "
        "in der 40. Minute.",
        Match("boca-juniors", "racing-club", (1, 0)),
        lang="de",
    )
    assert rows(english) == rows(german) == [(40, None, "Cristian Gonzalez")]


def test_both_goals_by_one_player_are_two_goals_without_minutes():
    (english,) = read(
        "Chelsea beat Fluminense 2-0 in the semifinal on Tuesday. Joao Pedro scored both "
        "goals for Chelsea.",
        Match("fluminense", "chelsea", (0, 2)),
    )
    (german,) = read(
        "Chelsea gewann das Halbfinale gegen Fluminense 2:0. Joao Pedro erzielte beide Tore.",
        Match("fluminense", "chelsea", (0, 2)),
        lang="de",
    )
    assert rows(english) == rows(german) == [(None, None, "Joao Pedro")] * 2


# Season tallies are no goals of this match; flags stay with their own minute.


def test_season_tally_of_a_player_is_not_a_goal_en_and_de():
    (english,) = read(
        "Bayern beat Arsenal 1-0 on Wednesday. Harry Kane, who has scored 30 goals this "
        "season, was quiet. The only goal came from a corner.",
        Match("bayern-munich", "arsenal", (1, 0)),
    )
    (german,) = read(
        "Der FC Bayern München gewann 1:0 gegen Arsenal. Harry Kane, der in dieser Saison "
        "schon 30 Tore erzielt hat, blieb blass. Das Tor des Abends fiel nach einer Ecke.",
        Match("bayern-munich", "arsenal", (1, 0)),
        lang="de",
    )
    assert not english.goals and not german.goals


def test_penalty_flag_stays_with_the_minute_it_was_said_of():
    (match,) = read(
        "Bayern beat Arsenal 2-1. Bukayo Saka opened the scoring in the 12th minute. Serge "
        "Gnabry equalized in the 38th and Leroy Sane won it with a penalty in the 87th.",
        Match("bayern-munich", "arsenal", (2, 1)),
    )
    assert [(g.minute, g.penalty) for g in match.goals] == [(12, False), (38, False), (87, True)]


def test_two_minutes_for_one_scorer_in_one_phrase_en_and_de():
    (english,) = read(
        "Bayern beat Arsenal 2-0. Harry Kane scored in the 20th and 85th minutes.",
        Match("bayern-munich", "arsenal", (2, 0)),
    )
    (german,) = read(
        "Der FC Bayern München gewann 2:0 gegen Arsenal. Harry Kane traf in der 20. und in "
        "der 85. Minute.",
        Match("bayern-munich", "arsenal", (2, 0)),
        lang="de",
    )
    assert rows(english) == rows(german) == [(20, None, "Harry Kane"), (85, None, "Harry Kane")]


def test_rebound_of_a_saved_penalty_gets_no_minute_less_goal():
    (match,) = read(
        "Bayern beat Arsenal 2-0. Thomas Muller scored in the 30th minute. In the 70th minute "
        "David Raya saved a penalty from Harry Kane, who scored on the rebound.",
        Match("bayern-munich", "arsenal", (2, 0)),
    )
    assert (None, None, "Harry Kane") not in rows(match)


def test_second_booking_is_a_second_yellow_en_and_de():
    cards = []
    for body, lang in (
        (
            "Bayern beat Arsenal 2-0. Kane scored in the 20th and 85th minutes. Arsenal's "
            "Declan Rice was sent off for a second booking in the 75th minute.",
            None,
        ),
        (
            "Der FC Bayern München gewann 2:0 gegen Arsenal. Kane traf doppelt (20., 85.). "
            "Declan Rice musste nach seiner zweiten Verwarnung vom Platz (75.), ein "
            "Platzverweis, der Arsenal schwächte.",
            "de",
        ),
    ):
        doc = build_document(" date 2025-03-13 " + body, RESOLVER, lang)
        match = Match("bayern-munich", "arsenal", (2, 0))
        attach_goals(doc, [match])
        attach_dismissals(doc, [match])
        cards.append([(d.minute, d.player, d.second_yellow) for d in match.dismissals or []])
    assert cards == [[(75, "Declan Rice", True)]] * 2


# Whose goal and which match: substitutes, past finals, German genitive names.


def test_substitute_who_comes_on_and_scores_keeps_the_goal_minute_en_and_de():
    (english,) = read(
        "Bayern beat Arsenal 1-0. Jamal Musiala came on in the 60th minute and scored in the 75th.",
        Match("bayern-munich", "arsenal", (1, 0)),
    )
    (german,) = read(
        "Der FC Bayern München gewann 1:0 gegen Arsenal. Jamal Musiala wurde in der 60. Minute "
        "eingewechselt und traf in der 75. Minute.",
        Match("bayern-munich", "arsenal", (1, 0)),
        lang="de",
    )
    assert rows(english) == rows(german) == [(75, None, "Jamal Musiala")]


def test_last_years_final_goal_is_not_this_matchs_en_and_de():
    (english,) = read(
        "Bayern beat Arsenal 1-0. In last year's final, Harry Kane scored in the 30th minute. "
        "This time Leroy Sane scored in the 55th.",
        Match("bayern-munich", "arsenal", (1, 0)),
    )
    (german,) = read(
        "Der FC Bayern München gewann 1:0 gegen Arsenal. Im Vorjahresfinale hatte Harry Kane "
        "in der 30. Minute getroffen. Diesmal traf Leroy Sané in der 55. Minute.",
        Match("bayern-munich", "arsenal", (1, 0)),
        lang="de",
    )
    assert [g.minute for g in english.goals] == [g.minute for g in german.goals] == [55]


def test_german_genitive_name_before_a_goal_noun_is_the_scorer():
    (match,) = read(
        "Der FC Bayern München gewann 1:0 gegen Arsenal. Harry Kanes Foulelfmeter in der 81. "
        "Minute entschied die Partie.",
        Match("bayern-munich", "arsenal", (1, 0)),
        lang="de",
    )
    assert flags(match) == [("Harry Kane", False, True)]
    assert rows(match) == [(81, None, "Harry Kane")]


def test_stated_minute_the_reader_skips_blocks_a_minute_less_goal():
    (match,) = read(
        "Bayern beat Arsenal 2-1. Harry Kane headed in the opener in the 20th minute. The lead "
        "lasted until the 70th minute, when Bukayo Saka equalized. Leroy Sane scored the "
        "winner in the 89th.",
        Match("bayern-munich", "arsenal", (2, 1)),
    )
    assert (None, None, "Bukayo Saka") not in rows(match)


def test_unrecognised_opening_name_does_not_inherit_the_earlier_scorer_de():
    (match,) = read(
        "Der FC Bayern München gewann 2:0 gegen Arsenal durch Tore von Harry Kane und Jamal "
        "Musiala. Kane köpfte nach einer Ecke zum 1:0 ein (41.), Musiala legte in der 77. "
        "Minute nach.",
        Match("bayern-munich", "arsenal", (2, 0)),
        lang="de",
    )
    assert rows(match) == [(41, None, "Harry Kane"), (77, None, "Jamal Musiala")]


def test_card_lines_with_the_kind_before_the_minute_and_a_bookable_offense():
    cards = []
    for body, lang in (
        (
            "Bayern München – Arsenal 2:0 (1:0)\n\nTore: 1:0 Kane (12., Handelfmeter), 2:0 "
            "Musiala (70.)\n\nPlatzverweis: Rice (Gelb-Rot, 66.)",
            "de",
        ),
        (
            "Bayern beat Arsenal 2-0. Kane scored in the 12th minute and Musiala in the 70th. "
            "Arsenal manager Mikel Arteta was sent off for protesting in the 50th minute, and "
            "Rice was sent off for a second bookable offense in the 66th.",
            None,
        ),
    ):
        doc = build_document(" date 2025-03-13 " + body, RESOLVER, lang)
        match = Match("bayern-munich", "arsenal", (2, 0))
        attach_goals(doc, [match])
        attach_dismissals(doc, [match])
        cards.append([(d.minute, d.player, d.second_yellow) for d in match.dismissals or []])
    assert cards == [[(66, "Rice", True)]] * 2


def test_winner_that_came_from_a_player_and_a_goal_told_before_a_colon():
    (english,) = read(
        "Bayern beat Arsenal 2-1. Harry Kane gave the hosts the lead in the 12th minute before "
        "Bukayo Saka leveled for the visitors in the 30th. The winner came from Jamal Musiala "
        "in the 88th minute.",
        Match("bayern-munich", "arsenal", (2, 1)),
    )
    (german,) = read(
        "Der FC Bayern München gewann 1:0 gegen Arsenal. Das goldene Tor fiel in der 77. "
        "Minute: Jamal Musiala schob nach Vorarbeit von Harry Kane ein.",
        Match("bayern-munich", "arsenal", (1, 0)),
        lang="de",
    )
    assert rows(english)[-1] == (88, None, "Jamal Musiala")
    assert rows(german) == [(77, None, "Jamal Musiala")]


def test_first_leg_goal_and_second_leg_goals_with_an_unnumbered_second_leg():
    first = Match("inter-milan", "atletico-madrid", (1, 0), leg=1)
    second = Match("atletico-madrid", "inter-milan", (2, 1))
    read(
        "Atletico Madrid beat Inter Milan 2-1 on Wednesday. Inter had won the first leg 1-0 in "
        "Milan, with Marko Arnautovic scoring in the 79th minute. Federico Dimarco put Inter "
        "ahead in the 33rd minute. Antoine Griezmann equalized in the 35th and struck again "
        "in the 87th.",
        first,
        second,
    )
    assert rows(first) == [(79, None, "Marko Arnautovic")]
    assert rows(second) == [
        (33, None, "Federico Dimarco"),
        (35, None, "Antoine Griezmann"),
        (87, None, "Antoine Griezmann"),
    ]


def test_first_leg_goal_and_second_leg_goals_with_an_unnumbered_second_leg_de():
    first = Match("inter-milan", "atletico-madrid", (1, 0), leg=1)
    second = Match("atletico-madrid", "inter-milan", (2, 1))
    read(
        "Atlético Madrid gewann am Mittwoch 2:1 gegen Inter Mailand. Das Hinspiel hatte Inter "
        "mit 1:0 gewonnen, Marko Arnautović traf im Hinspiel in der 79. Minute. Federico "
        "Dimarco brachte Inter in Führung (33.), Antoine Griezmann glich aus (35.) und traf "
        "erneut (87.).",
        first,
        second,
        lang="de",
    )
    assert rows(first) == [(79, None, "Marko Arnautović")]
    assert rows(second) == [
        (33, None, "Federico Dimarco"),
        (35, None, "Antoine Griezmann"),
        (87, None, "Antoine Griezmann"),
    ]


def test_shot_over_or_wide_is_no_goal_en_and_de():
    (english,) = read(
        "Bayern beat Arsenal 1-0. Harry Kane shot over the bar in the 10th minute and Leroy "
        "Sane fired wide in the 30th. Jamal Musiala scored in the 60th minute.",
        Match("bayern-munich", "arsenal", (1, 0)),
    )
    (german,) = read(
        "Der FC Bayern München gewann 1:0 gegen Arsenal. Harry Kane schoss in der 10. Minute "
        "über das Tor, Leroy Sané verfehlte das Tor knapp (30.). Jamal Musiala traf in der "
        "60. Minute.",
        Match("bayern-munich", "arsenal", (1, 0)),
        lang="de",
    )
    assert rows(english) == [(60, None, "Jamal Musiala")]
    assert rows(german) == [(60, None, "Jamal Musiala")]
