"""`Die Tschechen feierten die Revanche für das Hinspiel: Im März hatte England in London
mit 5:0 gewonnen`: a German main clause after a colon that opens with a short adverbial
and its finite verb has its subject right after the verb, not the team before the
colon. (English keeps the subject first, so the wording has no English form.) Texts
written for these tests."""

from __future__ import annotations

from tests.reports.helpers import match, read


def test_a_bare_country_after_the_verb():
    facts = read(
        " date 2019-10-12 Prag (dpa) - Tschechien hat am Freitagabend in Prag das Spiel der "
        "EM-Qualifikation gegen England mit 2:1 gewonnen. Die Tschechen feierten die "
        "Revanche für das Hinspiel: Im März hatte England in London mit 5:0 gewonnen."
    )
    assert match(facts, "england", "czechia").score == (5, 0)


def test_a_team_word_with_its_article_after_the_verb():
    facts = read(
        " date 2019-10-12 Prag (dpa) - Die englische Nationalmannschaft hat am Freitagabend "
        "in Prag gegen Tschechien mit 1:2 verloren. Die Tschechen feierten die Revanche: "
        "Im März hatte die Three Lions in London dank eines Treffers von Harry Kane mit "
        "5:0 gewonnen."
    )
    assert ("czechia", "england", (0, 5)) not in {(m.home, m.away, m.score) for m in facts.matches}
