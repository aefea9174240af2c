"""A live blog whose minute stamps carry no colon (`14 min GOAL! Spain 1-0 Italy.`,
`68' TOR! Argentinien 0:2 Deutschland`): a score under such a stamp is the game's state at that
minute, not a result of its own, once a full-time entry gives the pair a result (set 46's
EURO 2012 final blog read three running scores as three more matches)."""

from __future__ import annotations

from tests.reports.helpers import pairs, read

_EN = (
    " date 2018-07-16 World Cup final: France 4-2 Croatia – as it happened\n\n"
    "Summary: France are world champions for the second time after a wild final at the "
    "Luzhniki Stadium in Moscow on Sunday.\n\n"
    "12 min Croatia have started brightly, Ivan Perisic forcing a save.\n\n"
    "18 min GOAL! France 1-0 Croatia. Mario Mandzukic heads Antoine Griezmann's free-kick "
    "into his own net.\n\n"
    "28 mins GOAL! France 1-1 Croatia. Ivan Perisic lashes in from the edge of the box.\n\n"
    "38' GOAL! France 2-1 Croatia. Antoine Griezmann converts the penalty.\n\n"
    "Half-time: France 2-1 Croatia. What a first half.\n\n"
    "Full-time: France 4-2 Croatia. Les Bleus are world champions again."
)

_DE = (
    " date 2010-07-04 WM-Viertelfinale: Argentinien gegen Deutschland im Liveticker\n\n"
    "Zusammenfassung: Deutschland zieht nach einer Gala im Green Point Stadium von Kapstadt "
    "ins Halbfinale ein.\n\n"
    "3. Min. TOR! Argentinien 0:1 Deutschland. Thomas Müller köpft eine Freistoßflanke von "
    "Bastian Schweinsteiger ein.\n\n"
    "30. Min. Argentinien drückt, Lionel Messi scheitert an Manuel Neuer.\n\n"
    "68' TOR! Argentinien 0:2 Deutschland. Miroslav Klose schiebt nach Vorarbeit von Lukas "
    "Podolski ein.\n\n"
    "Halbzeit: Argentinien 0:1 Deutschland. Die Führung ist verdient.\n\n"
    "Abpfiff: Argentinien 0:4 Deutschland. Eine Machtdemonstration."
)


def test_running_scores_under_bare_stamps_are_no_matches_en():
    facts = read(_EN)
    assert pairs(facts) == {("france", "croatia", (4, 2))}


def test_running_scores_under_bare_stamps_are_no_matches_de():
    facts = read(_DE)
    assert pairs(facts) == {("argentina", "germany", (0, 4))}
