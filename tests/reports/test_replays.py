"""A cup tie drawn and played again: the replay and the drawn match are two matches of
one round, not the two legs of a tie, and add up to no aggregate (set 36)."""

from __future__ import annotations

from tests.reports.helpers import match, read


def test_a_replay_and_the_drawn_match_are_no_legs():
    facts = read(
        " date 1993-03-18 FA Cup quarter-final replay, Maine Road: Chelsea 1, Leeds United 0 "
        "(aet). Chelsea scorer: Wise 104. Dennis Wise settled it in extra time. The replay "
        "was needed after Saturday's first meeting at Elland Road ended 2-2. Chelsea now "
        "travel to Madrid for the second leg of their Cup Winners' Cup quarter-final."
    )
    replay = match(facts, "chelsea", "leeds-united")
    assert replay.leg is None and replay.extra_time is True
    first = match(facts, "leeds-united", "chelsea")
    assert first.leg is None and first.score == (2, 2)
    assert not [t for t in facts.ties if set(t.teams) == {"chelsea", "leeds-united"}]


def test_a_wiederholungsspiel_and_the_first_game_are_no_legs():
    facts = read(
        " date 1988-03-10 DFB-Pokal, Viertelfinale, Wiederholungsspiel: Werder Bremen 2, "
        "Hamburger SV 1 (n.V.). Das erste Spiel im Volksparkstadion war 1:1 ausgegangen. "
        "Im Rückspiel des UEFA-Cup-Viertelfinales trifft Bremen auf Verona."
    )
    replay = match(facts, "werder-bremen", "hamburger-sv")
    assert replay.leg is None and replay.extra_time is True
    assert all(m.leg is None for m in facts.matches)
    assert not facts.ties


def test_a_video_replay_leaves_the_legs_alone():
    facts = read(
        " date 2023-03-16 Porto won the second leg 2-1 at Arsenal on Wednesday, although "
        "replays showed the first goal was offside. Arsenal had won the first leg 1-0 in Porto."
    )
    assert match(facts, "arsenal", "porto").leg == 2
    assert match(facts, "porto", "arsenal").leg == 1


def test_a_score_in_brackets_after_a_glance_line_tells_extra_time():
    en = read(
        " date 2024-02-28 FA Cup, fifth round: Blackburn Rovers 1, Newcastle United 1 (aet). "
        "The home side were the better team for most of the night."
    )
    assert match(en, "blackburn-rovers", "newcastle-united").extra_time is True
    de = read(
        " date 2024-02-08 DFB-Pokal, Viertelfinale: VfL Bochum 2, Borussia "
        "Mönchengladbach 1 (n.V.). Der Außenseiter war über weite Strecken die bessere "
        "Mannschaft und steht nun im Halbfinale."
    )
    assert match(de, "vfl-bochum", "borussia-monchengladbach").extra_time is True


def test_the_drawn_semi_final_at_a_third_ground_is_neutral_and_keeps_its_day():
    facts = read(
        " date 1991-04-18 FA Cup semi-final replay, Hillsborough: Nottingham Forest 3, West Ham "
        "United 1. The replay was needed after Sunday's first meeting between the sides, also "
        "at Hillsborough, ended goalless. Forest meet Tottenham in the final."
    )
    drawn = next(m for m in facts.matches if m.score == (0, 0))
    assert drawn.neutral and drawn.stage == "semi-final" and drawn.date == "1991-04-14"
    replay = next(m for m in facts.matches if m.score == (3, 1))
    assert replay.home == "nottingham-forest" and replay.date != "1991-04-14"
