"""`brachte Kimmich Vinícius im Strafraum zu Fall`, `foulte Joshua Kimmich Vinícius Júnior`:
German puts the one who fouled and the one fouled side by side, and the two read as one
name; the joined run is cut where its parts are people the report names on their own (a
held-out report credited `Casemiro Suárez`). Sentences written for these tests."""

from __future__ import annotations

from tests.reports.helpers import match, read

OPENING = (
    " date 2024-04-10 Real Madrid gewann am Dienstagabend mit 2:1 beim FC Bayern München. "
    "Leroy Sané brachte Bayern in der 30. Minute in Führung, Vinícius Júnior glich in der "
    "60. Minute aus. "
)


def _goals(text: str) -> list[tuple]:
    m = match(read(text), "bayern-munich", "real-madrid")
    return [(g.player, g.minute) for g in m.goals or []]


def test_two_full_names_side_by_side() -> None:
    text = OPENING + (
        "Joshua Kimmich hatte einen schweren Abend. In der 64. Minute brachte Joshua Kimmich "
        "Vinícius Júnior im Strafraum zu Fall, und der Brasilianer verwandelte den Elfmeter "
        "selbst."
    )
    assert _goals(text) == [("Leroy Sané", 30), ("Vinícius Júnior", 60), ("Vinícius Júnior", 64)]


def test_a_surname_beside_a_first_name_is_no_one_person() -> None:
    text = OPENING + (
        "Vier Minuten später foulte Kimmich Vinícius im Strafraum, und der Brasilianer "
        "verwandelte den Elfmeter zum 2:1."
    )
    assert all("Kimmich" not in (player or "") for player, _ in _goals(text))


def test_brothers_keep_their_names() -> None:
    text = (
        " date 2024-04-10 Real Madrid gewann am Dienstagabend mit 2:0 beim FC Bayern München. "
        "Lucas Hernández traf in der 30. Minute, Theo Hernández sah von der Tribüne zu. "
        "Vinícius Júnior erhöhte in der 70. Minute."
    )
    assert _goals(text) == [("Lucas Hernández", 30), ("Vinícius Júnior", 70)]
