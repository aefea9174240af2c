"""`Der nächste Gegner des FC Bayern im Champions-League-Finale gewann beim bereits
abgestiegenen AC Siena mit 1:0`: the team whose opponent the subject is described as is
no side of the result, nor is the round they will meet in its round; `beim` before an
adjective still places the game at the named host; a team the table is told against
(`Vorsprung von zwei Punkten auf den AS Rom`) is no side. Texts written for these tests."""

from __future__ import annotations

from tests.reports.helpers import match, read


def test_a_german_described_subject_at_a_relegated_host():
    facts = read(
        " date 2014-05-19 Granada (dpa) - Real Madrid ist spanischer Meister. Der nächste "
        "Gegner von Borussia Dortmund im Champions-League-Finale gewann am Sonntag am "
        "letzten Spieltag der Primera División beim bereits abgestiegenen FC Granada "
        "mit 2:0 und verteidigte "
        "damit den Vorsprung von drei Punkten auf den FC Barcelona."
    )
    m = match(facts, "granada", "real-madrid")
    assert m.score == (0, 2) and m.stage == "league" and m.competition == "La Liga"
    assert not [m for m in facts.matches if "borussia-dortmund" in (m.home, m.away)]
    assert not [m for m in facts.matches if "barcelona" in (m.home, m.away)]


def test_an_english_described_subject():
    facts = read(
        " date 2014-05-19 (AP) - Real Madrid won the Spanish title on Sunday. Dortmund's "
        "opponents in the Champions League final won 2-0 at Granada on the last day of La Liga."
    )
    assert match(facts, "granada", "real-madrid").competition == "La Liga"
    assert not [m for m in facts.matches if "borussia-dortmund" in (m.home, m.away)]
