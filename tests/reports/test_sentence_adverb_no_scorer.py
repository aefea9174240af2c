"""`Zuerst traf Griffin Dorsey, dann ...`: an adverb opening the sentence (`Zuerst`,
`Erstmals`, `Anfangs`) is no scorer's name; the name after the verb is. Sentences written
for these tests."""

from __future__ import annotations

from tests.reports.helpers import match, read


def test_zuerst_is_no_name() -> None:
    text = (
        " date 2023-09-28 Houston (dpa) - Der Houston Dynamo hat am Mittwoch den US Open Cup "
        "gewonnen und Inter Miami mit 2:1 besiegt. Zuerst traf Thomas Müller in der 10. "
        "Minute, dann erhöhte Leroy Sané in der 30. Minute auf 2:0."
    )
    m = match(read(text), "houston-dynamo", "inter-miami")
    assert [g.player for g in m.goals or []][:2] == ["Thomas Müller", "Leroy Sané"]
