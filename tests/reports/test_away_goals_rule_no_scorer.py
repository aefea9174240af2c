"""`For Porto and Sergio Conceicao, it was the end of a run that went through Roma on
away goals`: the away-goals rule that settled an earlier tie is no goal scored, and the
one its clause is about (a coach, a team) is no scorer. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.reports.helpers import match, read

_EN = " date 2024-05-26 Chelsea beat Arsenal 2-0 in the final in Lisbon on Saturday. "
_DE = " date 2024-05-26 Chelsea schlug Arsenal im Finale in Lissabon am Samstag 2:0. "


@pytest.mark.parametrize(
    "text",
    [
        _EN + "Cole Palmer scored in the 12th minute."
        " For Arsenal and Mikel Arteta, it was a bitter end to a run that included "
        "a win at Porto in the semi-final on away goals.",
        _EN + "Cole Palmer scored in the 12th minute."
        " Mikel Arteta had taken Arsenal past Porto under the away-goals rule.",
        _DE + "Cole Palmer traf in der 12. Minute. "
        " Für Arsenal und Mikel Arteta endete eine Reise, die im Halbfinale gegen "
        "Porto dank der mehr erzielten Auswärtstore weitergegangen war.",
    ],
)
def test_away_goals_rule_names_no_scorer(text: str) -> None:
    found = match(read(text), "chelsea", "arsenal")
    assert "Mikel Arteta" not in [g.player for g in found.goals or []]
