"""`Schiedsrichter Hugh Dallas stellte Stéphane Mahé vom Platz`: a first name after a
capitalised role word (`Schiedsrichter`) makes `Dallas` a person, not FC Dallas, so the
sentence stays with the report's match and its card is read; `von einer Münze am Kopf
getroffen` (hit on the head) tells no goal. Sentences written for these tests."""

from __future__ import annotations

from tests.reports.helpers import match, read

_LEAD = (
    " date 1999-05-03 Glasgow (dpa) - Die Glasgow Rangers sind schottischer Meister. Sie "
    "gewannen am Sonntag bei Celtic mit 3:0. "
)


def test_referee_with_a_teams_name_sends_off() -> None:
    m = match(
        read(_LEAD + "Schiedsrichter Hugh Dallas stellte Stéphane Mahé vom Platz."),
        "celtic",
        "rangers",
    )
    assert [d.player for d in m.dismissals or []] == ["Stéphane Mahé"]


def test_hit_on_the_head_is_no_goal() -> None:
    text = _LEAD + "Schiedsrichter Hugh Dallas wurde von einer Münze am Kopf getroffen."
    assert not match(read(text), "celtic", "rangers").goals
