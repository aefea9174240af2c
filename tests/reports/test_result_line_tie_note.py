"""A round-up's result line with bare numbers and a bracketed note of the tie
(`Juventus 1 Atletico Madrid 2 (Atletico win 4-2 on aggregate)`) is the result of a
second leg, home side first, and the paragraph under it tells of that match. Texts
written for these tests."""

from __future__ import annotations

from tests.reports.helpers import match, read, tie

LEAD = (
    " date 2019-03-14 MADRID (Reuters) - Two more places in the last eight were settled "
    "on Wednesday. A roundup of the evening:\n\n"
)


def test_bare_result_line_with_aggregate_note_is_a_second_leg():
    facts = read(
        LEAD + "Juventus 1 Atletico Madrid 2 (Atletico win 4-2 on aggregate)\n\n"
        "Diego Simeone's side never looked troubled in Turin. Antoine Griezmann scored "
        "the winner ten minutes from time.\n\n"
        "Ajax 3 Real Madrid 0 (Ajax win 4-2 on aggregate)\n\n"
        "The Dutch side were ahead after seven minutes and never looked back."
    )
    second = match(facts, "juventus", "atletico-madrid")
    assert (second.score, second.leg) == ((1, 2), 2)
    assert tie(facts, "juventus", "atletico-madrid").aggregate == {
        "atletico-madrid": 4,
        "juventus": 2,
    }
    assert match(facts, "ajax", "real-madrid").score == (3, 0)
    assert tie(facts, "ajax", "real-madrid").winner == "ajax"


def test_the_goal_under_a_noted_result_line_keeps_its_minute():
    facts = read(
        LEAD + "Porto 2 Roma 1 (Porto win 4-3 on aggregate)\n\n"
        "Sergio Conceicao's side went through in the end. Moussa Marega scored the decisive "
        "goal 12 minutes from time."
    )
    second = match(facts, "porto", "roma")
    assert second.score == (2, 1)
    assert [(g.player, g.minute) for g in second.goals or []] == [("Moussa Marega", 78)]


def test_a_noted_result_line_after_extra_time():
    facts = read(LEAD + "Lyon 1 Barcelona 2 (aet, Barcelona win 3-2 on aggregate)\n\nIt was tense.")
    played = match(facts, "lyon", "barcelona")
    assert (played.score, played.extra_time, played.leg) == ((1, 2), True, 2)
    assert tie(facts, "lyon", "barcelona").winner == "barcelona"
