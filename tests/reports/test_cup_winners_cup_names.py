"""The Cup Winners' Cup by its longer and German names (`the European Cup Winners' Cup`,
`des Europacups der Pokalsieger`) is that cup, not the European Cup inside the name nor
the DFB-Pokal inside `Pokalsieger`; `Europacup der Landesmeister` is the European Cup."""

from __future__ import annotations

from tests.reports.helpers import match, read

EN = (
    " date 1979-05-17 BASEL, Switzerland (AP) — Barcelona won the European Cup Winners' Cup "
    "on Wednesday, beating Fortuna Duesseldorf 4-3 after extra time in the final at St. "
    "Jakob Stadium."
)
DE = (
    " date 1979-05-17 Basel (dpa) - Im Finale des Europacups der Pokalsieger hat der FC "
    "Barcelona am Mittwochabend in Basel Fortuna Düsseldorf mit 4:3 nach Verlängerung besiegt."
)


def test_the_european_cup_winners_cup():
    final = match(read(EN), "barcelona", "fortuna-dusseldorf")
    assert final.competition == "UEFA Cup Winners' Cup"


def test_des_europacups_der_pokalsieger():
    facts = read(DE)
    assert [m.competition for m in facts.matches] == ["UEFA Cup Winners' Cup"]


def test_europacup_der_landesmeister():
    facts = read(DE.replace("des Europacups der Pokalsieger", "im Europacup der Landesmeister"))
    assert [m.competition for m in facts.matches] == ["UEFA Champions League"]
