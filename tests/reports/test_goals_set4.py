"""A paragraph that names another club's match: the clauses after it go back to the
report's own match once they name its teams, its scoreline or point back to the other
match with "damals"; a standings rival ("ahead of Liverpool") is no match of its own.
Sentences written for these tests."""

from __future__ import annotations

from bot.facts import Match
from bot.reports.cards.dismissals import attach_dismissals
from bot.reports.text.document import build_document
from tests.reports.helpers import RESOLVER
from tests.reports.helpers import goals_for as read


def scorers(match: Match) -> list[tuple]:
    return [(g.minute, g.player) for g in match.goals or []]


def test_clause_naming_main_team_leaves_other_match_en():
    main = Match("chelsea", "everton", (2, 1))
    other = Match("liverpool", "tottenham", (1, 0))
    read(
        "Chelsea beat Everton 2-1 on Sunday.\n"
        "Liverpool won 1-0 at home to Tottenham, where Mohamed Salah scored in the 30th "
        "minute. But Cole Palmer equalized for Chelsea in the 50th, and Nicolas Jackson "
        "headed Chelsea ahead in the 70th.",
        main,
        other,
    )
    assert (50, "Cole Palmer") in scorers(main)
    assert (70, "Nicolas Jackson") in scorers(main)
    assert all(player != "Mohamed Salah" for _, player in scorers(main))


def test_clause_naming_main_team_leaves_other_match_de():
    main = Match("borussia-dortmund", "vfb-stuttgart", (2, 1))
    other = Match("bayer-leverkusen", "sc-freiburg", (1, 0))
    read(
        "Borussia Dortmund gewann 2:1 gegen den VfB Stuttgart.\n"
        "Leverkusen siegte 1:0 gegen Freiburg, Florian Wirtz traf in der 30. Minute. "
        "Doch Karim Adeyemi glich für Dortmund in der 50. Minute aus, und Serhou Guirassy "
        "brachte Dortmund in der 70. Minute in Führung.",
        main,
        other,
        lang="de",
    )
    assert (50, "Karim Adeyemi") in scorers(main)
    assert (70, "Serhou Guirassy") in scorers(main)
    assert all(player != "Florian Wirtz" for _, player in scorers(main))


def test_standings_rival_is_not_another_match_en():
    main = Match("chelsea", "everton", (1, 0))
    read(
        "Chelsea beat Everton 1-0 on Sunday.\n"
        "Chelsea needed a win to finish ahead of Liverpool on goal difference, and it came "
        "when Cole Palmer scored in the 39th minute.",
        main,
    )
    assert scorers(main) == [(39, "Cole Palmer")]


def test_standings_rival_is_not_another_match_de():
    main = Match("borussia-dortmund", "vfb-stuttgart", (1, 0))
    read(
        "Borussia Dortmund gewann 1:0 gegen den VfB Stuttgart.\n"
        "Damit bleibt der BVB zwei Punkte vor Leverkusen, den Treffer erzielte Karim "
        "Adeyemi in der 39. Minute.",
        main,
        lang="de",
    )
    assert scorers(main) == [(39, "Karim Adeyemi")]


def test_back_then_follows_match_named_earlier_in_sentence_de():
    main = Match("borussia-dortmund", "vfb-stuttgart", (2, 0))
    earlier = Match("borussia-dortmund", "sc-freiburg", (1, 0))
    read(
        "Borussia Dortmund gewann 2:0 gegen den VfB Stuttgart.\n"
        "In der Vorrunde hatte Dortmund den SC Freiburg mit 1:0 geschlagen, Emre Can "
        "traf damals früh (13.).",
        main,
        earlier,
        lang="de",
    )
    assert (13, "Emre Can") not in scorers(main)
    assert scorers(earlier) == [(13, "Emre Can")]


def test_red_card_after_other_match_paragraph_en():
    main = Match("chelsea", "everton", (2, 1))
    other = Match("liverpool", "tottenham", (1, 0))
    doc = build_document(
        " date 2025-03-13 Chelsea beat 10-man Everton 2-1 on Sunday.\n"
        "Liverpool won 1-0 against Tottenham at Anfield. Everton kept fighting even after "
        "James Tarkowski was sent off with a straight red card in the 55th minute.",
        RESOLVER,
    )
    attach_dismissals(doc, [main, other])
    assert [(d.player, d.minute) for d in main.dismissals or []] == [("James Tarkowski", 55)]
    assert not other.dismissals


def test_main_team_playing_in_other_match_stays_there_en():
    main = Match("chelsea", "everton", (1, 0))
    other = Match("liverpool", "chelsea", (1, 0))
    read(
        "Chelsea beat Everton 1-0 on Sunday.\n"
        "On Wednesday Chelsea had lost 1-0 to Liverpool. Chelsea fell behind there when "
        "Mohamed Salah scored in the 30th minute.",
        main,
        other,
    )
    assert all(player != "Mohamed Salah" for _, player in scorers(main))


def test_main_team_playing_in_other_match_stays_there_de():
    main = Match("borussia-dortmund", "vfb-stuttgart", (1, 0))
    other = Match("bayer-leverkusen", "borussia-dortmund", (1, 0))
    read(
        "Borussia Dortmund gewann 1:0 gegen den VfB Stuttgart.\n"
        "Am Mittwoch hatte Dortmund 0:1 gegen Leverkusen verloren. Dortmund geriet dort in "
        "Rückstand, als Florian Wirtz in der 30. Minute traf.",
        main,
        other,
        lang="de",
    )
    assert all(player != "Florian Wirtz" for _, player in scorers(main))
