"""A list of one side's results against several opponents with no subject named
(`Der Weg der Türken ... Zum Auftakt verloren sie gegen Brasilien mit 1:2, danach folgten
ein 1:1 gegen Costa Rica`) is the run of the side the sentence before names; each score
is against the opponent named with it, not the next one. Texts written for these tests."""

from __future__ import annotations

from tests.reports.helpers import read


def _pairs(facts):
    return {(frozenset((m.home, m.away)), m.score if m.home == "turkey" else m.score[::-1])
            for m in facts.matches}  # fmt: skip


def test_a_german_run_of_results_is_the_side_named_before():
    found = _pairs(
        read(
            " date 2002-06-22 Ulsan (dpa) - Die Türkei steht im Halbfinale der WM. Die Mannschaft "
            "von Senol Günes gewann am Samstag gegen den Senegal mit 1:0 nach Verlängerung.\n\n"
            "Der Weg der Türken ins Viertelfinale hatte mit einer Niederlage begonnen. Zum "
            "Auftakt verloren sie gegen Brasilien mit 1:2, danach folgten ein 1:1 gegen Costa "
            "Rica und ein 3:0 gegen China."
        )
    )
    assert (frozenset(("turkey", "brazil")), (1, 2)) in found
    assert (frozenset(("turkey", "costa-rica")), (1, 1)) in found


def test_an_english_run_of_results_is_the_side_named_before():
    found = _pairs(
        read(
            " date 2002-06-22 ULSAN (AP) - Turkey reached the World Cup semifinals, beating "
            "Senegal 1-0 in extra time on Saturday.\n\nThe Turks' road to the quarterfinals "
            "began with a defeat. They lost 2-1 to Brazil in their opener, then drew 1-1 with "
            "Costa Rica and beat China 3-0."
        )
    )
    assert (frozenset(("turkey", "brazil")), (1, 2)) in found


def test_a_run_after_another_paragraph_is_nobodys():
    facts = read(
        " date 1999-05-27 Barcelona (dpa) - Manchester United hat die Champions League "
        "gewonnen und den FC Bayern mit 2:1 besiegt. Die Bayern waren lange vorn.\n\n"
        "Für den Klub ist es das Triple: Am 16. Mai holte er die Meisterschaft mit einem 2:1 "
        "gegen Tottenham, am Samstag folgte ein 2:0 gegen Newcastle United im FA-Cup-Finale."
    )
    assert not [m for m in facts.matches if "bayern-munich" in (m.home, m.away)
                and {m.home, m.away} & {"tottenham", "newcastle-united"}]  # fmt: skip
