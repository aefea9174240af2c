"""`Danach hatte sie Dänemark und Spanien jeweils mit 2:0 geschlagen`, `they beat Denmark
and Spain 2-0 each`: two teams joined as objects of one result told `each` (`jeweils`)
are both opponents of the subject, not the two sides of one match. Texts written for
these tests."""

from __future__ import annotations

from tests.reports.helpers import pairs, read


def test_german_objects_each_beaten() -> None:
    facts = read(
        " date 1996-06-27 London – Dreißig Jahre nach dem WM-Finale haben die Engländer ihre "
        "Revanche bekommen. Im Halbfinale der Europameisterschaft unterlag die Mannschaft von "
        "Bundestrainer Berti Vogts am Mittwochabend im Wembley-Stadion England mit 1:2 "
        "(0:0).\n\nDabei hatte das Turnier für die Elf von Terry Venables schlecht begonnen. "
        "Auch die deutsche Mannschaft war nur mühsam gestartet, beim 0:0 gegen Italien in "
        "Manchester. Danach aber hatte sie Tschechien und Russland jeweils mit 2:0 geschlagen "
        "und galt vor dem Halbfinale als leichter Favorit."
    )
    assert not [p for p in pairs(facts) if {"czechia", "russia"} <= set(p[:2])]


def test_english_objects_each_beaten() -> None:
    facts = read(
        " date 1996-06-20 LONDON (AP) - The Netherlands reached the quarterfinals. The Dutch "
        "had opened with a 0-0 draw against Scotland. After that they beat Switzerland and "
        "Romania 2-0 each and were the favorites."
    )
    assert not [p for p in pairs(facts) if {"switzerland", "romania"} <= set(p[:2])]
