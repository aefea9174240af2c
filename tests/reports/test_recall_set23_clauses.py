"""Goals told with a time phrase the reader had taken for something else, as in set 23's
PSV-Milan: `the second goal would not come until the 65th minute, when X headed in`
(no range), and a goal followed by `, and PSV poured forward for the goal that would have
taken them through` (the denial is that later clause's only). Sentences written here."""

from __future__ import annotations

from bot.facts import Match
from tests.reports.helpers import goals_for


def scorers(match: Match) -> list[tuple]:
    return [(g.minute, g.added, g.player) for g in match.goals or []]


def test_a_goal_that_would_not_come_until_a_minute_came_then_en():
    (match,) = goals_for(
        "Porto beat Benfica 2-0. Pepe headed the opener in the 20th minute. The second goal "
        "would not come until the 70th minute, when Mehdi Taremi, the striker, met a cross "
        "and headed in.",
        Match("porto", "benfica", (2, 0)),
    )
    assert (70, None, "Mehdi Taremi") in scorers(match)


def test_a_chance_that_lasted_until_a_minute_is_no_goal_time_en():
    (match,) = goals_for(
        "Porto beat Benfica 1-0. Porto defended from the 20th minute until the 70th minute, "
        "when Mehdi Taremi headed in.",
        Match("porto", "benfica", (1, 0)),
    )
    assert (70, None, "Mehdi Taremi") not in scorers(match)


def test_a_denial_in_a_later_clause_keeps_the_goal_before_it_en():
    (match,) = goals_for(
        "Porto beat Benfica 2-1. Pepe headed the opener in the 20th minute. Angel Di Maria "
        "equalised in the 60th minute. Mehdi Taremi scored the winner in the 88th minute, "
        "and Benfica poured forward for the goal that would have saved them.",
        Match("porto", "benfica", (2, 1)),
    )
    assert (88, None, "Mehdi Taremi") in scorers(match)


def test_a_denial_in_a_later_clause_keeps_the_goal_before_it_de():
    (match,) = goals_for(
        "Porto schlug Benfica mit 2:1. Pepe traf in der 20. Minute, Angel Di Maria glich in "
        "der 60. Minute aus. Mehdi Taremi traf in der 88. Minute zum 2:1, und Benfica "
        "stürmte auf das Tor, das die Verlängerung gebracht hätte.",
        Match("porto", "benfica", (2, 1)),
        lang="de",
    )
    assert (88, None, "Mehdi Taremi") in scorers(match)


def test_a_denial_of_the_goal_itself_still_takes_it_back_en():
    (match,) = goals_for(
        "Porto beat Benfica 2-1. Pepe headed the opener in the 20th minute. Angel Di Maria "
        "equalised in the 60th minute. Mehdi Taremi thought he had scored in the 88th "
        "minute, but it was ruled out for offside.",
        Match("porto", "benfica", (2, 1)),
    )
    assert (88, None, "Mehdi Taremi") not in scorers(match)


def test_a_finish_slid_past_the_keeper_is_a_goal_en():
    (match,) = goals_for(
        "Liverpool beat Wolves 3-1 on Sunday. Liverpool fell behind in the third minute. "
        "Pedro Neto, the Portuguese winger, slid a finish past Alisson Becker.",
        Match("liverpool", "wolves", (3, 1)),
    )
    assert (3, None, "Pedro Neto") in scorers(match)


def test_leaving_the_keeper_no_chance_is_a_goal_de():
    (match,) = goals_for(
        "Atlético Madrid gewann mit 1:0 gegen den FC Bayern. Antoine Griezmann ließ Manuel "
        "Neuer in der 54. Minute keine Chance.",
        Match("atletico-madrid", "bayern-munich", (1, 0)),
        lang="de",
    )
    assert scorers(match) == [(54, None, "Antoine Griezmann")]


def test_leaving_a_chance_unused_is_no_goal_de():
    (match,) = goals_for(
        "Atlético Madrid gewann mit 1:0 gegen den FC Bayern. Antoine Griezmann ließ in der "
        "54. Minute eine gute Chance aus.",
        Match("atletico-madrid", "bayern-munich", (1, 0)),
        lang="de",
    )
    assert (54, None, "Antoine Griezmann") not in scorers(match)


def _legs() -> tuple[Match, Match]:
    return (
        Match("bayern-munich", "atletico-madrid", (2, 1), leg=2),
        Match("atletico-madrid", "bayern-munich", (1, 0), leg=1),
    )


def test_a_stadium_named_for_a_person_is_no_scorer_de():
    second, first = goals_for(
        "Der FC Bayern besiegte Atlético Madrid mit 2:1. Xabi Alonso traf in der 31. Minute, "
        "Robert Lewandowski in der 74. Minute, Antoine Griezmann in der 54. Minute. Im "
        "Hinspiel im Estadio Vicente Calderón war Saúl Ñíguez der einzige Treffer gelungen, "
        "in der 11. Minute.",
        *_legs(),
        lang="de",
    )
    assert [p for _, _, p in scorers(first)] == ["Saúl Ñíguez"]


def test_a_stadium_named_for_a_person_is_no_scorer_en():
    second, first = goals_for(
        "Bayern Munich beat Atletico Madrid 2-1. Xabi Alonso scored in the 31st minute, "
        "Antoine Griezmann in the 54th minute and Robert Lewandowski in the 74th minute. In "
        "the first leg at the Estadio Vicente Calderon, Saul Niguez scored the only goal.",
        *_legs(),
    )
    assert [p for _, _, p in scorers(first)] == ["Saul Niguez"]


def test_a_player_described_by_a_club_of_three_words_is_the_one_named_before_en():
    (match,) = goals_for(
        "Sweden lost 2-3 to Portugal. Cristiano Ronaldo scored in the 50th minute, the 77th "
        "minute and the 79th minute. Zlatan Ibrahimovic replied with two goals in four "
        "minutes. The Paris St Germain striker headed in from a corner in the 68th minute, "
        "then curled a free kick past Rui Patricio in the 72nd.",
        Match("sweden", "portugal", (2, 3)),
    )
    assert (68, None, "Zlatan Ibrahimovic") in scorers(match)


def test_a_described_player_named_at_once_is_that_player_de():
    (match,) = goals_for(
        "Lanús verlor mit 1:2 gegen Grêmio. Fernandinho traf in der 27. Minute, Luan in der "
        "41. Minute. Für Lanús verkürzte der 37 Jahre alte Routinier José Sand in der 71. "
        "Minute per Foulelfmeter auf 1:2.",
        Match("lanus", "gremio", (1, 2)),
        lang="de",
    )
    assert (71, None, "José Sand") in scorers(match)
