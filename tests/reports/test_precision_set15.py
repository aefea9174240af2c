"""Wrong facts found on unseen set 15, each a phrase family with sentences written
for the tests."""

from bot.facts import Match
from bot.reports.matches.competitionmentions import find_competitions
from tests.reports.helpers import goals_for, match, read, tie


def test_a_fixture_ahead_names_the_next_opponent_not_the_unnamed_winner():
    facts = read(
        " date 2021-01-14 Santos is back in the final. The Brazilian club routed Boca Juniors "
        "3-0 at home on Wednesday. Santos will play Palmeiras in the final on Jan. 30."
    )
    assert not [m for m in facts.matches if "palmeiras" in (m.home, m.away)]
    assert not [t for t in facts.ties if "palmeiras" in t.teams]


def test_an_expletive_it_is_not_the_storys_team():
    facts = read(
        " date 2024-02-14 ROME (AP) — Lazio beat Bayern Munich 1-0 on Wednesday in the first "
        "leg of their Champions League round-of-16 series. It was another miserable night for "
        "Thomas Tuchel's team, which lost 3-0 at Bayer Leverkusen on Saturday. It was Bayern's "
        "first defeat since a 3-0 loss at Manchester City last season, a series City went on to "
        "win 4-1 on aggregate."
    )
    assert not [m for m in facts.matches if "bayer-leverkusen" in (m.home, m.away)]
    assert not [t for t in facts.ties if "manchester-city" in t.teams and "lazio" in t.teams]
    assert match(facts, "lazio", "bayern-munich").score == (1, 0)


def test_a_passive_aggregate_defeat_names_the_agent_the_winner():
    for told in ("beaten 6-2 on aggregate by Bayern", "defeated 6-2 on aggregate by Bayern"):
        facts = read(
            " date 2024-02-14 Lazio beat Bayern Munich 1-0 at home on Wednesday in the first leg. "
            f"Lazio, {told} at the same stage three years ago, take a lead to Munich."
        )
        found = tie(facts, "lazio", "bayern-munich")
        assert (found.winner, found.aggregate) == (
            "bayern-munich",
            {"bayern-munich": 6, "lazio": 2},
        )


def test_a_competition_qualified_for_is_not_the_matchs():
    text = (
        "Tottenham clinched fourth place and a return to the Champions League with a 5-0 win "
        "at Norwich, while Leicester qualified for the Europa Conference League."
    )
    assert [m.name for m in find_competitions(text, "2022-05-22")] == []
    named = "Liverpool reached the Champions League final with a 3-2 win at Villarreal."
    assert [m.name for m in find_competitions(named, "2022-05-03")] == ["UEFA Champions League"]


def test_a_goal_without_a_doer_of_its_own_is_the_last_strikers():
    (found,) = goals_for(
        "Juventus gewann gegen Porto nach Verlängerung mit 3:2. In der 115. Minute: Oliveira "
        "schoss flach, die Mauer sprang hoch, Ronaldo drehte sich weg, und der Ball rollte "
        "unter ihr hindurch ins Eck (115.).",
        Match("juventus", "porto", (3, 2), extra_time=True),
        lang="de",
    )
    assert [(g.player, g.minute) for g in found.goals] == [("Oliveira", 115)]


def test_a_listed_name_the_cast_does_not_know_takes_no_one_elses_goal():
    facts = read(
        " date 2024-04-12 Bayer Leverkusen gewann das Hinspiel gegen West Ham United am "
        "Donnerstag im eigenen Stadion mit 2:0. Bayer hatte den Gegner lange belagert, ehe "
        "Jonas Hofmann (83.) und Boniface (89.) trafen."
    )
    goals = match(facts, "bayer-leverkusen", "west-ham").goals
    # a one-word item of a timed list beside a named scorer is a scorer (his own goal only)
    assert [(g.player, g.minute) for g in goals] == [("Jonas Hofmann", 83), ("Boniface", 89)]


def test_a_score_after_two_legs_of_minutes_is_the_aggregate():
    de = read(
        " date 2021-03-10 Der FC Porto hat das Viertelfinale der Champions League erreicht, "
        "obwohl er am "
        "Dienstagabend bei Juventus Turin mit 2:3 nach Verlängerung verlor. Nach 210 Minuten "
        "stand es in diesem Achtelfinale 4:4, die Auswärtstorregel entschied. Im Hinspiel "
        "hatte Porto 2:1 gewonnen."
    )
    en = read(
        " date 2021-03-10 Porto reached the Champions League quarterfinals despite losing 3-2 "
        "after extra time "
        "at Juventus on Tuesday. After 210 minutes the tie stood at 4-4, and Porto went through "
        "on away goals. Porto had won the first leg 2-1."
    )
    for facts in (de, en):
        assert match(facts, "juventus", "porto").score == (3, 2)
        assert match(facts, "porto", "juventus").leg == 1
        found = tie(facts, "juventus", "porto")
        assert found.aggregate == {"juventus": 4, "porto": 4}
        assert (found.winner, found.decided_by) == ("porto", "away_goals")


def test_a_shootout_of_a_pair_whose_one_match_was_decided_is_its_second_leg():
    facts = read(
        " date 2024-03-12 LONDON (Reuters) - Arsenal beat Porto 4-2 in a shootout on Tuesday "
        "to reach the quarter-finals. Leandro Trossard's goal gave Arsenal a 1-0 win on the "
        "night at the Emirates Stadium."
    )
    second = match(facts, "arsenal", "porto")
    assert (second.score, second.leg, second.penalties) == ((1, 0), 2, (4, 2))
