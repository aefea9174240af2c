"""The keeper a ball is chipped, lobbed or taken round (`chipping Schmeichel`, `umspielte
Kahn`) is who was beaten, never the scorer: the scorer is the clause's subject."""

from tests.reports.helpers import read


def _scorers(text: str) -> list[str]:
    facts = read(text)
    return [g.player for m in facts.matches for g in m.goals or []]


def test_chipping_the_keeper_en():
    scorers = _scorers(
        " date 2024-03-10 Aston Villa beat Everton 2-0 at Villa Park on Saturday. Ollie "
        "Watkins headed the first after ten minutes past Jordan Pickford, and Leon Bailey, "
        "the Jamaican winger, finished it off by chipping Pickford from 20 yards in the 80th "
        "minute."
    )
    assert "Jordan Pickford" not in scorers
    assert "Pickford" not in scorers


def test_lobbed_keeper_en():
    scorers = _scorers(
        " date 2024-03-10 Aston Villa beat Everton 1-0 at Villa Park on Saturday. In the 80th "
        "minute Leon Bailey ran clear and lobbed Jordan Pickford."
    )
    assert scorers == ["Leon Bailey"]


def test_keeper_taken_round_de():
    scorers = _scorers(
        " date 2024-03-10 Der VfB Stuttgart schlug den SC Freiburg am Samstag mit 1:0. In der "
        "80. Minute lief Serhou Guirassy allein auf das Tor zu und umspielte Noah Atubolu."
    )
    assert "Noah Atubolu" not in scorers
