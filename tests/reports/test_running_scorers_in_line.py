"""`Das Meisterspiel: AS Rom – AC Parma 3:1 (2:0). Tore: 1:0 Totti, 2:0 Montella, ...`: a
fact box's running scorer list on the result's own line, after its sentence, gives each
goal its side from the running score, without minutes where it has none; an item with no
name (`3:1 (Parma, spät)`) is a goal whose scorer the box leaves out. Sentences written
for these tests."""

from __future__ import annotations

from tests.reports.helpers import match, read

_TEXT = (
    " date 2001-06-18 Rom (dpa) - Der AS Rom ist italienischer Meister. Die Roma schlug am "
    "Sonntag den AC Parma mit 3:1.\n\n"
    "Das Meisterspiel: AS Rom – AC Parma 3:1 (2:0). Tore: {list}. Ort: Rom, Stadio Olimpico."
)


def _goals(listed: str) -> list[tuple]:
    m = match(read(_TEXT.format(list=listed)), "roma", "parma")
    return [(g.player, g.minute, g.team) for g in m.goals or []]


def test_list_without_minutes() -> None:
    listed = "1:0 Totti, 2:0 Montella, 3:0 Batistuta, 3:1 Di Vaio"
    assert _goals(listed) == [
        ("Totti", None, "roma"),
        ("Montella", None, "roma"),
        ("Batistuta", None, "roma"),
        ("Di Vaio", None, "parma"),
    ]


def test_unnamed_item() -> None:
    listed = "1:0 Totti (19.), 2:0 Montella (42.), 3:0 Batistuta (78.), 3:1 (Parma, spät)"
    assert _goals(listed)[-1] == (None, None, "parma")


def test_list_that_does_not_count_up_gives_nothing() -> None:
    assert _goals("1:0 Totti, 3:0 Batistuta, 3:1 Di Vaio") == []
