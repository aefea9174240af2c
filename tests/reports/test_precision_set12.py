"""Phrase families that gave the twelfth set its wrong facts, each checked with
sentences written here: a result naming only its opponent after a passing result of
two other teams, `gegen die Ukraine` as an object, the opponent right after the score,
a possessive owner after `in`, a second leg told after a result in a third club's
town, friendlies and relative clauses giving no competition, a kick told once for
several scorers."""

from __future__ import annotations

from bot.facts import Match
from bot.reports.matches.assemble import read_results
from bot.reports.matches.rounds import told_rounds
from bot.reports.text.document import build_document
from tests.reports.helpers import RESOLVER, goals_for, match, pairs, read


def readings(body: str, lang: str | None = None) -> set[tuple[str, int, int, str]]:
    """(subject, its goals, the other's goals, other) of every result read."""
    doc = build_document(" date 2024-06-28 " + body, RESOLVER, lang)
    return {(r.p, r.p_goals, r.o_goals, r.o) for r in read_results(doc, RESOLVER)}


STORY_DE = (
    "Belgien hat die Gruppe E als Sieger abgeschlossen. Die Mannschaft von Domenico "
    "Tedesco besiegte am Mittwochabend in Stuttgart die Ukraine mit 2:0. Die Slowakei "
    "kam zeitgleich in Frankfurt gegen Rumänien nicht über ein 1:1 hinaus. "
)


def test_a_result_naming_only_its_opponent_is_the_story_teams():
    found = readings(
        STORY_DE + "Dabei hatte das Turnier für Belgien mit einer Niederlage begonnen. "
        "Zum Auftakt unterlag man der Slowakei mit 0:1. Im zweiten Spiel folgte "
        "das 2:0 gegen Rumänien."
    )
    assert ("belgium", 0, 1, "slovakia") in found
    assert ("belgium", 2, 0, "romania") in found
    assert not any({p, o} == {"slovakia", "romania"} and (a, b) != (1, 1) for p, a, b, o in found)


def test_in_a_round_up_an_unnamed_side_is_not_guessed_from_the_main_match():
    found = readings(
        "Der FC Bayern hat den BVB mit 2:0 besiegt. RB Leipzig kam gegen den 1. FC Köln "
        "nicht über ein 1:1 hinaus. Im Hinspiel hatte man gegen den VfB Stuttgart noch "
        "3:0 gewonnen."
    )
    assert not any(o == "vfb-stuttgart" or p == "vfb-stuttgart" for p, _, _, o in found)


def test_the_partner_of_the_last_pair_stays_when_the_story_is_about_that_pair():
    found = readings(
        "Der FC Bayern hat Borussia Dortmund mit 2:0 besiegt. Im Hinspiel hatte man "
        "gegen Dortmund noch 1:3 verloren."
    )
    assert ("bayern-munich", 1, 3, "borussia-dortmund") in found


def test_gegen_before_an_article_makes_the_name_an_object():
    found = readings(
        "Nach dem 1:1 gegen die Schweiz in Basel hatte die DFB-Elf im letzten Test in "
        "Bremen mit 3:0 gegen Polen gewonnen."
    )
    assert ("germany", 3, 0, "poland") in found
    assert ("switzerland", 3, 0, "germany") not in found
    assert not any(o == "switzerland" and a == 3 for _, a, _, o in found)


def test_the_team_right_after_the_score_is_its_opponent():
    found = readings(
        "Gegen die Niederlande hatte Deutschland im März gespielt, im Juni gewann die "
        "DFB-Elf dann mit 2:1 gegen Italien."
    )
    assert ("germany", 2, 1, "italy") in found
    assert not any(o == "netherlands" and (a, b) == (2, 1) for _, a, b, o in found)


def test_a_possessive_after_in_tells_the_result():
    found = readings(
        "Harry Kane scored twice as England beat Serbia 3-0 in London, and Kevin De "
        "Bruyne set up both goals in Belgium's 2-1 win over Croatia in Brussels.",
        "en",
    )
    assert ("belgium", 2, 1, "croatia") in found
    assert ("england", 2, 1, "croatia") not in found


def test_a_possessive_loss_is_the_owners():
    found = readings("Fans were stunned by Italy's 1-0 loss to Albania on Tuesday.", "en")
    assert ("italy", 0, 1, "albania") in found


def test_a_second_leg_after_a_result_in_a_third_clubs_town_takes_no_story_side():
    found = pairs(
        read(
            "Atlanta United beat Portland 2-0 on Saturday to win the MLS Cup.\n\n"
            "Portland had cruised by comparison. The Timbers won 1-0 in Houston in the "
            "first leg of the conference final and completed the job with a 2-0 home "
            "win, taking the series 3-0 on aggregate."
        )
    )
    assert ("portland-timbers", "atlanta-united", (2, 0)) not in found
    assert not any(
        score == (2, 0) and home == "portland-timbers" and away != "houston-dynamo"
        for home, away, score in found
    )
    # the town after the first leg's score names the opponent of both legs
    assert ("portland-timbers", "houston-dynamo", (2, 0)) in found


def test_a_place_in_another_clause_keeps_the_story_side():
    found = readings(
        "Rangers beat Leipzig 3-1 on Thursday. They won 4-2 in Dortmund in February, "
        "and in the quarterfinals they recovered from a 1-0 loss to beat Braga 3-1.",
        "en",
    )
    assert ("rangers", 3, 1, "braga") in found


def test_a_friendly_told_in_passing_takes_no_tournament():
    facts = read(
        " date 2024-06-15 Deutschland – Schottland 5:1 (3:0)\n\nDas deutsche Team hat "
        "die EM mit einem Sieg eröffnet. Im letzten Test hatte die DFB-Elf in "
        "Mönchengladbach mit 2:1 gegen Griechenland gewonnen."
    )
    assert match(facts, "germany", "greece").competition is None
    assert match(facts, "germany", "scotland").competition == "UEFA European Championship"


def test_a_competition_in_a_relative_clause_is_not_the_results():
    facts = read(
        " date 2021-03-31 Deutschland hat in der WM-Qualifikation in Duisburg gegen "
        "Nordmazedonien mit 1:2 verloren. Zuvor hatte die DFB-Elf in Bukarest mit 1:0 "
        "gegen Rumänien gewonnen. Für den Trainer, der nach der Europameisterschaft "
        "aufhört, ist es ein Rückschlag nach dem 0:4 in Madrid gegen Spanien."
    )
    assert match(facts, "spain", "germany").competition != "UEFA European Championship"


KICKS = (
    "England kam zeitgleich in Köln gegen Slowenien nicht über ein 1:1 hinaus, Harry "
    "Kane und Benjamin Šeško trafen {}."
)


def test_a_kick_told_once_for_two_scorers_is_each_ones():
    (found,) = goals_for(
        KICKS.format("jeweils vom Elfmeterpunkt"), Match("england", "slovenia", (1, 1))
    )
    assert sorted((g.player, g.penalty) for g in found.goals or []) == [
        ("Benjamin Šeško", True),
        ("Harry Kane", True),
    ]


def test_without_each_the_kick_is_not_every_scorers():
    (found,) = goals_for(KICKS.format("vom Elfmeterpunkt"), Match("england", "slovenia", (1, 1)))
    assert not any(g.penalty and g.player == "Harry Kane" for g in found.goals or [])


def test_a_player_named_with_not_is_not_the_scorer():
    facts = read(
        " date 2016-06-28 LONDON (AP) — England beat Wales 1-0 at Wembley on Monday.\n\n"
        "Marcus Rashford was brought down in the box after eight minutes. Harry Kane, not "
        "Rashford, stepped up and scored from the spot in the ninth minute."
    )
    goals = match(facts, "england", "wales").goals or []
    assert [(g.player, g.minute, g.penalty) for g in goals] == [("Harry Kane", 9, True)]


def test_an_own_goal_off_a_defender_is_his_not_the_crossers():
    facts = read(
        " date 2021-05-02 BIRMINGHAM, England (AP) — Aston Villa beat Liverpool 1-0 at Villa "
        "Park on Sunday.\n\nJack Grealish crossed low from the left in the 61st minute and "
        "the ball deflected off Virgil van Dijk and into his own net."
    )
    goals = match(facts, "aston-villa", "liverpool").goals or []
    assert [(g.player, g.minute, g.own_goal) for g in goals] == [("Virgil van Dijk", 61, True)]


def test_a_german_own_goal_clause_gives_its_opener_not_the_crosser():
    facts = read(
        " date 2013-05-02 München (dpa) - Der FC Bayern hat Borussia Dortmund in der "
        "Allianz Arena mit 1:0 besiegt.\n\nIn der 12. Minute brachte Joshua Kimmich den Ball "
        "scharf vor das Tor, Nico Schlotterbeck wollte klären und lenkte den Ball ins eigene "
        "Netz."
    )
    goals = match(facts, "bayern-munich", "borussia-dortmund").goals or []
    assert [(g.player, g.minute, g.own_goal) for g in goals] == [("Nico Schlotterbeck", 12, True)]


def test_the_provider_after_von_keeps_the_own_goal_with_the_subject():
    facts = read(
        " date 2013-05-02 München (dpa) - Der FC Bayern hat Borussia Dortmund in der "
        "Allianz Arena mit 1:0 besiegt.\n\nNico Schlotterbeck lenkte eine Hereingabe von "
        "Leroy Sané ins eigene Tor (72.)."
    )
    goals = match(facts, "bayern-munich", "borussia-dortmund").goals or []
    assert [(g.player, g.own_goal) for g in goals] == [("Nico Schlotterbeck", True)]


def test_the_fouled_player_is_not_the_one_sent_off():
    facts = read(
        " date 2021-09-15 Bern (dpa) - Die Young Boys haben Manchester United mit 2:1 "
        "besiegt.\n\nIn der 35. Minute stieg Harry Maguire mit offener Sohle gegen "
        "Michel Aebischer ein. Der Engländer sah dafür die Rote Karte."
    )
    cards = match(facts, "young-boys", "manchester-united").dismissals or []
    assert [(c.player, c.minute) for c in cards] == [("Harry Maguire", 35)]


def test_reaching_the_round_of_16_from_a_group_was_a_group_game():
    told = told_rounds(
        "Die Schweiz hat Schottland mit 2:0 besiegt und ist als Zweiter der Gruppe A ins "
        "Achtelfinale eingezogen."
    )
    assert [stage for _, stage, _ in told] == ["group"]


def test_reaching_the_round_of_16_without_a_group_keeps_the_round_before():
    told = told_rounds(
        "Der FC Bayern hat Lazio Rom mit 3:0 besiegt und ist ins Achtelfinale der Europa "
        "League eingezogen."
    )
    assert [stage for _, stage, _ in told] == ["round-of-32"]
