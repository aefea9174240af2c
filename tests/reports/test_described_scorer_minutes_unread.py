"""`Ronaldinho scored twice` in the lead and `The Brazilian settled the match with two
almost identical goals ..., in the 59th and 77th minutes` later: the goals are the same
ones, so where their minutes go unread they are no goals without minutes. `almost
identical` (`beinahe identisch`) tells no goal that nearly happened."""

from __future__ import annotations

import pytest

from tests.reports.helpers import match, read

EN = (
    " date 2024-05-12 LYON, France (Reuters) - Alexandre Lacazette scored twice as Lyon "
    "beat Monaco 3-0 in Ligue 1 on Saturday.\n\nErnest Nuamah put Lyon ahead in the 10th "
    "minute. Lyon dominated, but the evening belonged to Alexandre Lacazette. The Frenchman "
    "decided the game with two {almost} goals after the break, "
    "cutting in from the right and curling the ball past Philipp Köhn, in the 61st and "
    "84th minutes.\n"
)
DE = (
    " date 2024-05-12 Lyon (dpa) - Olympique Lyon hat AS Monaco am Samstag mit 3:0 besiegt. "
    "Alexandre Lacazette traf doppelt.\n\nErnest Nuamah brachte Lyon in der 10. Minute in "
    "Führung. Lyon dominierte, doch der Abend gehörte Alexandre Lacazette. Der Franzose "
    "entschied die Partie mit zwei {almost} Toren nach der Pause, "
    "jeweils von rechts nach innen ziehend, in der 61. und 84. Minute.\n"
)


def _lacazette(text: str) -> list[int | None]:
    found = match(read(text), "lyon", "monaco")
    return [g.minute for g in found.goals or [] if g.player == "Alexandre Lacazette"]


@pytest.mark.parametrize(
    "text",
    [
        EN.format(almost="almost identical"),
        EN.format(almost="nearly identical"),
        DE.format(almost="beinahe identischen"),
    ],
)
def test_described_scorer_goals_are_not_told_again_untimed(text):
    assert None not in _lacazette(text)
    assert set(_lacazette(text)) <= {61, 84}


def test_almost_identical_is_no_near_miss():
    from bot.reports.clauses.cues import _NEGATIVE

    assert not _NEGATIVE["en"].search("with two almost identical goals after the break")
    assert not _NEGATIVE["de"].search("mit zwei beinahe identischen Toren")
    assert _NEGATIVE["en"].search("he almost doubled the lead")
    assert _NEGATIVE["de"].search("beinahe das 2:0")
