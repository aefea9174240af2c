"""Another meeting of the main match's two teams told by its own result (`They also won
2-0 at Ibrox in September, when A and B scored`, `Schon im September hatten sie 3:1
gewonnen, als A und B trafen`): its scorers are that meeting's, not the main match's.
Sentences written for these tests."""

from __future__ import annotations

from bot.facts import Match
from bot.reports.clauses.pairing import Pairing
from bot.reports.clauses.rematch import told_rematch
from tests.reports.helpers import match, read

_EN = (
    " date 2019-12-08 GLASGOW, Scotland — Hearts won the Scottish Cup on Sunday, beating "
    "Hibernian 1-0 at Hampden Park. John Souttar headed the only goal in the 60th minute.\n\n"
    "The result gives Hearts a second win over their rivals this season. They also won "
    "2-0 at Easter Road in September, when Steven Naismith and Uche Ikpeazu scored, and "
    "the sides meet again at Tynecastle next month.\n"
)


def test_rematch_told_by_score_keeps_its_scorers() -> None:
    facts = read(_EN)
    final = match(facts, "hearts", "hibernian")
    assert [g.player for g in final.goals] == ["John Souttar"]
    earlier = match(facts, "hibernian", "hearts")
    assert sorted(g.player for g in earlier.goals) == ["Steven Naismith", "Uche Ikpeazu"]


def test_running_score_of_the_main_match_stays() -> None:
    text = _EN.replace(
        "John Souttar headed the only goal in the 60th minute.",
        "John Souttar headed the first goal in the 60th minute.",
    ).replace("beating Hibernian 1-0", "beating Hibernian 3-0") + (
        "\nSouttar's header made it 1-0 before Naismith made it 2-0 and Ikpeazu 3-0 late on.\n"
    )
    facts = read(text)
    final = match(facts, "hearts", "hibernian")
    assert "Uche Ikpeazu" not in [g.player for g in final.goals or []]


def test_rematch_told_by_score_de() -> None:
    final = Match(home="hearts", away="hibernian", score=(1, 0))
    earlier = Match(home="hibernian", away="hearts", score=(0, 2))
    pairing = Pairing(final, teams=frozenset({"hearts", "hibernian"}), others=(earlier,))
    text = "Schon im September hatte Hearts an der Easter Road 2:0 gewonnen"
    assert told_rematch(pairing, text) == "other:0"
    assert told_rematch(pairing, "Hearts führte 2:0 nach der Pause") is None
