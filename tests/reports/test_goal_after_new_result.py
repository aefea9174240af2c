"""A sentence telling two results of one pairing (`won 1-0 away in the first leg, then
drew 1-1 at home, X scoring early`) tells the goals after the second result of that
second game: they no longer go on the first. Met on set 76's Napoli-Juventus preview
(Eriksen's goal of the 1-1 return kept on the 1-0 first leg); sentences written for
these tests (the whole-text ones guard the reading; the unit one holds the rule)."""

from __future__ import annotations

from tests.reports.helpers import read


def _goals(text: str) -> dict[tuple, list[str | None]]:
    return {
        (m.home, m.away, m.score): [g.player for g in m.goals or []] for m in read(text).matches
    }


def test_goal_after_new_result_en() -> None:
    found = _goals(
        " date 2020-06-17 Road to the final: Lazio won 1-0 at the Olimpico in the first leg of "
        "their semi-final against Atalanta in February, then drew 1-1 in Bergamo last Sunday, "
        "Duván Zapata scoring in the opening minute before Ciro Immobile equalised."
    )
    first = [players for (h, a, s), players in found.items() if s in ((1, 0), (0, 1))]
    assert all("Duván Zapata" not in players for players in first)


def test_goal_after_new_result_de() -> None:
    found = _goals(
        " date 2020-06-17 Der Weg ins Finale: Lazio gewann 1:0 im Hinspiel gegen Atalanta im "
        "Februar, dann endete 1:1 das Rückspiel in Bergamo, wobei Duván Zapata in der ersten "
        "Minute traf, ehe Ciro Immobile ausglich."
    )
    first = [players for (h, a, s), players in found.items() if s in ((1, 0), (0, 1))]
    assert all("Duván Zapata" not in players for players in first)


def test_goal_after_new_result_unit() -> None:
    from bot.facts import Match
    from bot.reports.goals.claims import GoalEvent
    from bot.reports.goals.otherparagraph import told_with_other_result

    sentence = (
        "Lazio won 1-0 at the Olimpico in the first leg, then drew 1-1 in Bergamo, "
        "Duván Zapata scoring in the opening minute."
    )
    text = "Intro. " + sentence
    at = text.index("Duván")
    early = text.index("Lazio")
    goal = GoalEvent("other:0", at, "Duván Zapata", 1, evidence=sentence)
    told = GoalEvent("other:0", early, "Ciro Immobile", None, evidence=sentence)
    first_leg = Match("lazio", "atalanta", (1, 0))
    assert told_with_other_result(text, [goal, told], first_leg, [first_leg]) == [told]
