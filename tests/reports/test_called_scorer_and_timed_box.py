"""A goal line of a live report whose scorer is called out as a sentence of its own
(`GOAL! Spain 1-0 Italy. Alvaro Morata! ...`); a results box under a story that times the
goals the prose told without minutes (`Liverpool 2 (Owen 20, 86) ...`); a first name with
a noun's ending (`Younis Mahmoud köpfte ...`). Sentences written for these tests."""

from __future__ import annotations

from tests.reports.helpers import match, read

_BLOG = (
    " date 2012-07-02 LIVE: Euro 2012 final - Spain v Italy, Kiev. As it happened.\n\n"
    "FULL TIME: Spain 2-0 Italy. Spain keep their title.\n\n"
    "Key moments:\n\n"
    "1' Under way in Kiev.\n\n"
    "14' GOAL! Spain 1-0 Italy. David Silva! Iniesta threads it through and the little man "
    "heads in past Gianluigi Buffon. Vicente del Bosque punches the air.\n\n"
    "41' GOAL! Spain 2-0 Italy. Jordi Alba! The full-back runs on to a pass from Xavi and "
    "finishes low.\n\n"
    "HT: Spain 2-0 Italy.\n\n"
    "FT: It's over.\n"
)


def test_called_name_is_the_scorer() -> None:
    m = match(read(_BLOG), "spain", "italy")
    assert [(g.player, g.minute) for g in m.goals or []] == [
        ("David Silva", 14),
        ("Jordi Alba", 41),
    ]


def test_box_times_an_untimed_goal_of_the_prose() -> None:
    text = (
        " date 2001-05-13 Michael Owen won the FA Cup for Liverpool on Saturday. Two goals "
        "from the striker turned round a final that Arsenal had led through Freddie "
        "Ljungberg, and Liverpool lifted the cup in Cardiff.\n\n"
        "Ljungberg rounded Sander Westerveld in the 72nd minute. Owen equalised eight minutes "
        "before the end after a free-kick was headed down, and in the 88th minute he ran "
        "clear and shot low past David Seaman.\n\n"
        "Liverpool 2 (Owen 83, 88) Arsenal 1 (Ljungberg 72)\n"
    )
    m = match(read(text), "liverpool", "arsenal")
    assert [(g.player, g.minute, g.team) for g in m.goals or []] == [
        ("Freddie Ljungberg", 72, "arsenal"),
        ("Michael Owen", 83, "liverpool"),
        ("Michael Owen", 88, "liverpool"),
    ]


def test_box_that_disagrees_with_the_prose_changes_nothing() -> None:
    text = (
        " date 2001-05-13 Liverpool won the FA Cup on Saturday in Cardiff.\n\n"
        "Freddie Ljungberg scored in the 72nd minute, Michael Owen in the 83rd and the 88th.\n\n"
        "Liverpool 2 (Owen 84, 88) Arsenal 1 (Ljungberg 72)\n"
    )
    m = match(read(text), "liverpool", "arsenal")
    assert [g.minute for g in m.goals or []] == [72, 83, 88]


def test_first_name_with_a_noun_ending() -> None:
    text = (
        " date 2007-07-30 Irak gewinnt den Asien-Cup\n\n"
        "Jakarta (dpa) - Der Irak hat den Asien-Cup gewonnen. Im Finale in Jakarta setzte "
        "sich die Mannschaft am Sonntag mit 1:0 (0:0) gegen Saudi-Arabien durch. Younis "
        "Mahmoud traf in der 72. Minute zum 1:0."
    )
    m = match(read(text), "iraq", "saudi-arabia")
    assert [(g.player, g.minute) for g in m.goals or []] == [("Younis Mahmoud", 72)]
