"""`Im Finale unterlag die Elf von Trainer Hans Meyer ... Dinamo Tiflis mit 1:2`: after
`unterlag` the noun phrase is the subject, so the team named after it won (a held-out
anniversary piece read the final the wrong way round once its story side was plain); and
`der Europapokalsieg einer DDR-Mannschaft` speaks of a club of that country, not of its
national team (which had made the story's side unclear). Sentences written for these tests."""

from __future__ import annotations

from tests.reports.helpers import pairs, read

_FINAL = (
    "Im Finale des Europapokals der Pokalsieger unterlag die Elf von Trainer Hans Meyer am "
    "Mittwochabend im Düsseldorfer Rheinstadion Dinamo Tiflis mit 1:2 (0:0)."
)


def test_the_name_after_a_described_subject_won() -> None:
    facts = read(" date 1981-05-14 Der FC Carl Zeiss Jena hat den Titel verpasst. " + _FINAL)
    assert pairs(facts) == {("carl-zeiss-jena", "dinamo-tbilisi", (1, 2))}


def test_a_team_of_a_country_is_not_its_national_team() -> None:
    facts = read(
        " date 1981-05-14 Der FC Carl Zeiss Jena hat den zweiten Europapokalsieg einer "
        "DDR-Mannschaft knapp verpasst. " + _FINAL
    )
    assert pairs(facts) == {("carl-zeiss-jena", "dinamo-tbilisi", (1, 2))}


def test_a_named_subject_after_unterlag_lost() -> None:
    facts = read(
        " date 1981-05-14 Im Finale des Europapokals der Pokalsieger unterlag der FC Bayern "
        "am Mittwochabend dem FC Porto mit 1:2 (0:0)."
    )
    assert pairs(facts) == {("bayern-munich", "porto", (1, 2))}
