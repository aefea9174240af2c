"""`Im UEFA-Pokal ist die Entscheidung dagegen noch offen. Inter Mailand hatte das
Finalhinspiel beim FC Porto 2:1 gewonnen`: a sentence that opens on a competition and
names no team turns the story to it; the next result, naming no competition of its own,
is in it (not in the report's first competition)."""

from __future__ import annotations

from tests.reports.helpers import match, read

DE = (
    " date 1994-05-05 Kopenhagen (dpa) - Der FC Arsenal hat den Europapokal der Pokalsieger "
    "gewonnen. Die Londoner besiegten am Mittwochabend im Kopenhagener Parkenstadion den "
    "AC Parma mit 1:0 (1:0).\n\n"
    "Im UEFA-Pokal ist die Entscheidung dagegen noch offen. Inter Mailand hatte das "
    "Finalhinspiel beim FC Porto am 26. April 2:1 gewonnen."
)
EN = (
    " date 1994-05-05 COPENHAGEN, Denmark (AP) — Arsenal won the Cup Winners' Cup on "
    "Wednesday, beating Parma 1-0 in the final in Copenhagen.\n\n"
    "In the UEFA Cup, the final is still open. Inter Milan won 2-1 at Porto in the first "
    "leg of the final on April 26."
)


def test_im_uefa_pokal_opens_the_next_result():
    assert match(read(DE), "porto", "inter-milan").competition == "UEFA Cup"


def test_in_the_uefa_cup_opens_the_next_result():
    assert match(read(EN), "porto", "inter-milan").competition == "UEFA Cup"


def test_a_sentence_naming_a_team_is_no_topic():
    text = DE.replace("die Entscheidung dagegen", "für Juventus die Entscheidung")
    assert match(read(text), "porto", "inter-milan").competition != "UEFA Cup"


def test_bei_diesem_turnier_is_the_competition_just_named():
    facts = read(
        " date 2010-08-19 Porto Alegre (SID) - Internacional hat die Copa Libertadores "
        "gewonnen. Die Brasilianer besiegten am Mittwoch im Finale CD Guadalajara mit 3:2.\n\n"
        "Internacional vertritt Südamerika nun im Dezember bei der Klub-WM. Bereits 2006 "
        "hatten die Brasilianer ein Spiel bei diesem Turnier gewonnen, damals mit einem 2:0 "
        "gegen Al Ahly."
    )
    found = [m for m in facts.matches if "al-ahly" in (m.home, m.away)]
    assert [m.competition for m in found] == ["FIFA Club World Cup"]
