"""`took the lead in the 34th minute through X`, `had gone ahead after 20 minutes through
X`: the time between the lead and `through` does not hide the scorer; a minute after
`until` in that clause (`and held it until five minutes into the second half, when Y
equalised`) is not X's second goal. Sentences written for these tests."""

from __future__ import annotations

from tests.reports.helpers import match, read

_LEAD = (
    " date 2015-12-07 COLUMBUS, Ohio (AP) - The Portland Timbers beat the Columbus Crew 2-1 "
    "in the MLS Cup final on Sunday. "
)


def _goals(sentence: str) -> list[tuple[str | None, int | None]]:
    m = match(read(_LEAD + sentence), "columbus-crew", "portland-timbers")
    return [(g.player, g.minute) for g in m.goals or []]


def test_lead_with_minute_through_scorer() -> None:
    assert _goals("Portland took the lead in the 7th minute through Diego Valeri.") == [
        ("Diego Valeri", 7)
    ]


def test_gone_ahead_with_minute_through_scorer() -> None:
    assert _goals("Portland had gone ahead in the 7th minute through Diego Valeri.") == [
        ("Diego Valeri", 7)
    ]


def test_minute_the_lead_held_until_is_not_the_scorers() -> None:
    text = (
        "Portland took the lead in the 7th minute through Diego Valeri and held it until "
        "ten minutes into the second half, when Kei Kamara equalised for Columbus."
    )
    assert ("Diego Valeri", 55) not in _goals(text)
    assert ("Diego Valeri", 7) in _goals(text)


def test_goal_that_would_not_come_until_a_minute_keeps_it() -> None:
    text = (
        "Portland took the lead in the 7th minute through Diego Valeri. The winner would not "
        "come until the 80th minute, when Rodney Wallace headed in."
    )
    assert ("Rodney Wallace", 80) in _goals(text)
