"""Dismissals in both languages: red cards, second yellows, stat lines, and what is not one."""

from __future__ import annotations

from bot.facts import Match
from bot.reports.cards.dismissals import attach_dismissals
from bot.reports.goals.placing import attach_goals
from bot.reports.text.document import build_document
from bot.teams.resolver import TeamResolver

RESOLVER = TeamResolver.default()


def read(body: str, match: Match) -> Match:
    doc = build_document(" date 2025-03-13 " + body, RESOLVER)
    attach_goals(doc, [match])
    attach_dismissals(doc, [match])
    return match


def cards(match: Match) -> list[tuple] | None:
    if match.dismissals is None:
        return None
    return [(d.minute, d.added, d.player, d.team, d.second_yellow) for d in match.dismissals]


def test_sent_off_in_english_prose():
    match = read(
        "Chelsea beat Arsenal 1-0 on Sunday. Cole Palmer scored in the 20th minute for Chelsea. "
        "Arsenal defender William Saliba was sent off in the 70th minute for a foul on Nicolas "
        "Jackson.",
        Match("chelsea", "arsenal", (1, 0)),
    )
    assert cards(match) == [(70, None, "William Saliba", "arsenal", False)]


def test_second_yellow_in_stoppage_time():
    match = read(
        "Liverpool drew 0-0 with Juventus. Federico Gatti received a second yellow card in the "
        "second minute of stoppage time, and Liverpool could not use the extra man.",
        Match("liverpool", "juventus", (0, 0)),
    )
    assert cards(match) == [(90, 2, "Federico Gatti", "juventus", True)]


def test_gelb_rot_with_bracket_minute_and_side_from_unterzahl():
    match = read(
        "Borussia Dortmund hat gegen den FC Bayern 0:1 verloren und musste lange in Unterzahl "
        "spielen. Emre Can sah nach einem Foul an Jamal Musiala die Gelb-Rote Karte (38.). "
        "Harry Kane erzielte das einzige Tor (60.).",
        Match("borussia-dortmund", "bayern-munich", (0, 1)),
    )
    assert cards(match) == [(38, None, "Emre Can", "borussia-dortmund", True)]


def test_rote_karte_with_minute_in_prose():
    match = read(
        "Der FC Bayern gewann gegen Bayer Leverkusen mit 2:0. In der 55. Minute sah Granit "
        "Xhaka nach einer Notbremse die Rote Karte.",
        Match("bayern-munich", "bayer-leverkusen", (2, 0)),
    )
    assert cards(match) == [(55, None, "Granit Xhaka", None, False)]


def test_stat_line_keine_means_none_and_yellow_cards_are_no_dismissal():
    match = read(
        "Borussia Dortmund – FC Bayern München 1:1 (0:0)\n\nDer BVB und der FC Bayern trennten "
        "sich in einem umkämpften Spiel mit einem gerechten Unentschieden.\n\nGelbe Karten: "
        "Can, Sabitzer – Kimmich\n\nPlatzverweise: keine",
        Match("borussia-dortmund", "bayern-munich", (1, 1)),
    )
    assert cards(match) == []


def test_stat_line_with_a_name_and_minute():
    match = read(
        "Borussia Dortmund – FC Bayern München 1:1 (0:0)\n\nDer BVB und der FC Bayern trennten "
        "sich in einem umkämpften Spiel mit einem gerechten Unentschieden.\n\nPlatzverweis: "
        "Sabitzer (81., Gelb-Rot)",
        Match("borussia-dortmund", "bayern-munich", (1, 1)),
    )
    assert cards(match) == [(81, None, "Sabitzer", None, True)]


def test_an_avoided_or_overturned_red_card_is_no_dismissal():
    match = read(
        "Chelsea beat Arsenal 1-0. Declan Rice escaped a red card in the 40th minute, and a "
        "red card for Enzo Fernandez was overturned after a video review.",
        Match("chelsea", "arsenal", (1, 0)),
    )
    assert cards(match) is None


def test_a_report_without_cards_says_nothing_about_them():
    match = read(
        "Chelsea beat Arsenal 1-0 thanks to a goal by Cole Palmer in the 20th minute.",
        Match("chelsea", "arsenal", (1, 0)),
    )
    assert cards(match) is None


def test_a_coach_sent_to_the_stands_is_no_player_dismissal_and_first_leg_cards_stay_there():
    second = Match("bayern-munich", "arsenal", (1, 0), leg=2)
    first = Match("arsenal", "bayern-munich", (2, 2), leg=1)
    doc = build_document(
        " date 2025-03-13 Der FC Bayern gewann das Rückspiel gegen den FC Arsenal mit 1:0. "
        "Trainer Mikel Arteta sah in der 80. Minute die Rote Karte.\n\nIm Hinspiel war "
        "Leandro Trossard mit Gelb-Rot vom Platz geflogen (67.).",
        RESOLVER,
    )
    attach_goals(doc, [second, first])
    attach_dismissals(doc, [second, first])
    assert second.dismissals is None
    assert cards(first) == [(67, None, "Leandro Trossard", None, True)]
