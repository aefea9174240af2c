"""Goal wordings of set 76 (round rG23), with sentences of our own."""

from __future__ import annotations

from tests.reports.helpers import match, read

LEAD = (
    " date 2011-03-21 GLASGOW (AP) -- Rangers beat Celtic 2-1 after extra time in the "
    "Scottish League Cup final at Hampden on Sunday. Davis put Rangers ahead in the 24th "
    "minute and Ledley equalised in the 31st. "
)


def _goals(text: str) -> list[tuple[str | None, int | None]]:
    return [(g.player, g.minute) for g in match(read(LEAD + text), "rangers", "celtic").goals or []]


def test_a_shot_that_slipped_or_crept_past_the_keeper_is_a_goal():
    assert ("Jelavic", 98) in _goals("Jelavic's shot slipped past Forster in the 98th minute.")
    assert ("Jelavic", 98) in _goals(
        "Eight minutes into extra time Jelavic's shot crept past Forster and in off the post."
    )


def test_in_off_the_post_is_a_goal():
    assert ("Jelavic", 98) in _goals("Jelavic's drive went in off the post in the 98th minute.")


def test_a_shot_saved_or_off_the_post_is_no_goal():
    assert ("Jelavic", 98) not in _goals(
        "Jelavic's shot, from 25 yards, was saved by Forster in the 98th minute."
    )
    assert ("Jelavic", 98) not in _goals(
        "In the 98th minute Jelavic's shot hit the post and bounced away."
    )


def test_the_opening_minute_is_the_first():
    facts = read(
        " date 2020-06-14 NAPLES (AP) -- Napoli drew 1-1 with Inter Milan in the Coppa Italia "
        "semi-final second leg on Saturday. Eriksen scored from a corner in the opening minute "
        "before Mertens equalised in the 81st minute."
    )
    goals = match(facts, "napoli", "inter-milan").goals or []
    assert [(g.player, g.minute) for g in goals] == [("Eriksen", 1), ("Mertens", 81)]


def test_the_opening_minutes_are_no_minute():
    facts = read(
        " date 2020-06-14 NAPLES (AP) -- Napoli drew 1-1 with Inter Milan in the Coppa Italia "
        "semi-final second leg on Saturday. Napoli pressed in the opening minutes and Mertens "
        "equalised in the 81st minute after Eriksen had scored in the 12th."
    )
    goals = match(facts, "napoli", "inter-milan").goals or []
    assert sorted(g.minute for g in goals) == [12, 81]


SEVILLE = (
    " date 2019-05-26 SEVILLE, Spain (AP) -- Valencia beat Barcelona 2-1 in the Copa del Rey "
    "final on Saturday. "
)


def _valencia(text: str) -> list[tuple[str | None, str | None, int | None]]:
    goals = match(read(SEVILLE + text), "valencia", "barcelona").goals or []
    return [(g.team, g.player, g.minute) for g in goals]


def test_a_reply_that_came_too_late_is_the_losers_goal():
    text = (
        "Gameiro and Rodrigo scored in the first half and Messi's reply came too late for "
        "Barcelona."
    )
    assert _valencia(text) == [
        ("valencia", "Gameiro", None),
        ("valencia", "Rodrigo", None),
        ("barcelona", "Messi", None),
    ]
    text = (
        "Gameiro scored in the 21st minute and Rodrigo in the 33rd. Messi's late reply came "
        "in the 73rd minute."
    )
    assert ("Messi", 73) in {(player, minute) for _, player, minute in _valencia(text)}


def test_a_coachs_reply_is_no_goal():
    text = (
        "Gameiro scored in the 21st minute and Rodrigo in the 33rd. Valverde's reply was short "
        "when asked about his future."
    )
    assert "Valverde" not in {player for _, player, _ in _valencia(text)}


GLASGOW = (
    " date 2019-05-26 GLASGOW (AP) -- Celtic beat Hearts 2-1 in the Scottish Cup final on "
    "Saturday. "
)


def _celtic(text: str) -> list[str | None]:
    return [g.player for g in match(read(GLASGOW + text), "celtic", "hearts").goals or []]


def test_then_ran_through_to_score_the_winner_is_the_same_players_second():
    text = (
        "Hearts took the lead through Ikpeazu, but Edouard equalised from the penalty spot "
        "and then ran through to score the winner late on."
    )
    assert sorted(_celtic(text)) == ["Edouard", "Edouard", "Ikpeazu"]


def test_a_chance_to_score_the_winner_is_no_second_goal():
    text = (
        "Hearts took the lead through Ikpeazu, but Edouard equalised from the spot and then "
        "missed a great chance to score the winner."
    )
    assert _celtic(text).count("Edouard") <= 1
