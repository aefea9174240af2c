"""A replay's story with the drawn final's goals told after it (round rG23), own texts."""

from __future__ import annotations

from tests.reports.helpers import read

DE = (
    " date 1990-05-18 London (dpa) – Manchester United hat am Donnerstagabend das "
    "Wiederholungsspiel um den FA Cup gegen Crystal Palace mit 1:0 gewonnen. Im Wembley-Stadion "
    "erzielte Lee Martin in der 59. Minute das einzige Tor des Abends.\n\n"
)


def _goals(text: str) -> dict[tuple[int, int], list[tuple[str | None, int | None]]]:
    return {
        m.score: [(g.player, g.minute) for g in m.goals or []]
        for m in read(text).matches
        if {m.home, m.away} == {"manchester-united", "crystal-palace"}
    }


def test_the_drawn_finals_goals_go_to_the_draw_told_as_ended():
    text = DE + (
        "Das erste Finale am vergangenen Samstag hatte nach Verlängerung 3:3 geendet. "
        "O'Reilly (19.) hatte Palace in Führung gebracht, Robson (35.) und Hughes (62.) drehten "
        "die Partie. Wright glich in der 72. Minute aus und traf in der Verlängerung (92.) zum "
        "3:2. Hughes (113.) rettete United."
    )
    goals = _goals(text)
    assert goals[(1, 0)] == [("Lee Martin", 59)]
    assert [m for _, m in goals[(3, 3)]] == [19, 35, 62, 72, 92, 113]


def test_a_draw_told_with_endete_takes_its_goals():
    text = DE + (
        "Das erste Finale am Samstag endete nach Verlängerung 3:3. O'Reilly (19.) hatte Palace "
        "in Führung gebracht, Robson (35.) und Hughes (62.) drehten die Partie. Wright glich in "
        "der 72. Minute aus und traf in der Verlängerung (92.) zum 3:2. Hughes (113.) rettete "
        "United."
    )
    goals = _goals(text)
    assert goals[(1, 0)] == [("Lee Martin", 59)]
    assert ("Robson", 35) in goals[(3, 3)]


def test_the_defender_left_standing_is_no_scorer():
    facts = read(
        " date 2002-05-05 Cardiff (SID) – Der FC Arsenal hat am Samstag das Endspiel um den FA "
        "Cup gegen den FC Chelsea mit 2:0 gewonnen. Parlour traf in der 70. Minute. Zehn "
        "Minuten später (80.) ließ Freddie Ljungberg auf dem Weg zum Tor John Terry stehen und "
        "vollendete zum 2:0."
    )
    players = {g.player for m in facts.matches for g in m.goals or []}
    assert "John Terry" not in players


def test_the_coach_a_side_is_told_with_is_no_scorer():
    facts = read(
        " date 2011-04-28 Sandy (SID) – Der CF Monterrey hat am Mittwochabend bei Real Salt "
        "Lake mit 1:0 gewonnen. Monterrey, trainiert vom erfahrenen Víctor Manuel Vucetich, "
        "lauerte auf Konter und schlug einmal zu. Den einzigen Treffer erzielte der Chilene "
        "Humberto Suazo kurz vor der Pause."
    )
    players = [g.player for m in facts.matches for g in m.goals or []]
    assert "Víctor Manuel Vucetich" not in players
    assert "Manuel Vucetich" not in players
