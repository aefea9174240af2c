"""`Edin Terzic's team beat PSG 1-0, with Mats Hummels heading in the 50th-minute winner` in a
report that has both legs of Dortmund-PSG as other matches: the team named fits two of
them, and the score the clause states picks the one; the first leg told after it is the
other. A clause that states no score stays unplaced. Sentences written
for these tests."""

from __future__ import annotations

from tests.reports.helpers import match, read

_EN = (
    " date 2024-05-09 MADRID (AP) — Real Madrid beat Bayern Munich 2-1 at the Bernabeu on "
    "Wednesday to reach the Champions League final, winning the semifinal 4-3 on aggregate."
    "\n\nReal Madrid had drawn the first leg 2-2 in Munich last week.\n\n"
    "Borussia Dortmund had booked its place the night before. Edin Terzic's team beat PSG "
    "{score} in Paris, with Mats Hummels heading in the 50th-minute winner, completing a 3-1 "
    "aggregate win. PSG lost its composure: Achraf Hakimi was sent off in the 70th minute. "
    "Dortmund had won the first leg 2-1 at home. In that first leg, Niclas Fullkrug had "
    "scored in the 36th minute and Marcel Sabitzer in the 60th before Kylian Mbappe pulled "
    "one back in the 80th.\n"
)


def test_the_stated_score_picks_the_leg() -> None:
    facts = read(_EN.format(score="1-0"))
    second = match(facts, "psg", "borussia-dortmund")
    first = match(facts, "borussia-dortmund", "psg")
    assert [(g.player, g.minute) for g in second.goals or []] == [("Mats Hummels", 50)]
    assert [(d.player, d.minute) for d in second.dismissals or []] == [("Achraf Hakimi", 70)]
    assert [(g.player, g.minute) for g in first.goals or []] == [
        ("Niclas Fullkrug", 36),
        ("Marcel Sabitzer", 60),
        ("Kylian Mbappe", 80),
    ]


def test_german_stated_score_picks_the_leg() -> None:
    facts = read(
        " date 2024-05-09 Madrid (dpa) - Real Madrid hat das Finale der Champions League "
        "erreicht. Die Königlichen gewannen am Mittwochabend gegen den FC Bayern München mit "
        "2:1, das Hinspiel in München hatte 2:2 geendet.\n\n"
        "Borussia Dortmund hatte sich schon am Vorabend qualifiziert. Der BVB gewann mit 1:0 "
        "bei Paris Saint-Germain, Mats Hummels köpfte in der 50. Minute ein. Achraf Hakimi "
        "sah in der 70. Minute die Rote Karte. Das Hinspiel hatte Dortmund mit 2:1 gewonnen. "
        "Im Hinspiel hatten Niclas Füllkrug (36.) und Marcel Sabitzer (60.) getroffen, ehe "
        "Kylian Mbappé verkürzte (80.).\n"
    )
    second = match(facts, "psg", "borussia-dortmund")
    first = match(facts, "borussia-dortmund", "psg")
    assert [(g.player, g.minute) for g in second.goals or []] == [("Mats Hummels", 50)]
    assert [(g.player, g.minute) for g in first.goals or []] == [
        ("Niclas Füllkrug", 36),
        ("Marcel Sabitzer", 60),
        ("Kylian Mbappé", 80),
    ]


def test_no_score_places_nothing() -> None:
    facts = read(_EN.format(score="again").replace("beat PSG again", "won against PSG"))
    assert all(g.player != "Mats Hummels" for m in facts.matches for g in m.goals or [])
