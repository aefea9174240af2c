"""`Ajax had looked close to the final after a 4-1 win over Lyon`, `one step from the
final`, `einen Schritt vor dem Finale`: the round ahead of the result, so the legs told
there are of the round before it (the semi-final), never the final."""

from __future__ import annotations

from tests.reports.helpers import match, read

HEAD = (
    " date 2019-06-02 MADRID (AP) — Liverpool won the Champions League on Saturday, beating "
    "Tottenham 2-0 in the final at the Wanda Metropolitano.\n\n"
)


def test_close_to_the_final_is_the_round_ahead():
    facts = read(
        HEAD + "Tottenham had looked close to the final after a 3-0 win over Ajax in Amsterdam, "
        "but lost the return match 1-0 in London and still went through on away goals."
    )
    stages = {m.stage for m in facts.matches if "ajax" in (m.home, m.away)}
    assert "final" not in stages


def test_one_step_from_the_final():
    facts = read(
        HEAD + "Barcelona were one step from the final after a 3-0 win over Liverpool at the "
        "Camp Nou in the first leg."
    )
    first = match(facts, "barcelona", "liverpool")
    assert first.stage == "semi-final"


def test_a_close_final_is_the_final():
    facts = read(
        " date 2019-06-02 MADRID (AP) — It was a close final. Liverpool beat Tottenham 2-0 on "
        "Saturday in the Champions League final at the Wanda Metropolitano."
    )
    assert match(facts, "liverpool", "tottenham").stage == "final"


def test_einen_schritt_vor_dem_finale():
    from bot.reports.matches.rounds import told_rounds

    text = "Der BVB steht nach dem 2:0 im Hinspiel gegen Ajax einen Schritt vor dem Finale."
    assert [stage for _, stage, _ in told_rounds(text)] == ["semi-final"]
