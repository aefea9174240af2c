"""`..., und noch vor der Pause erhöhte Gullit auf 3:0 (38.)`: after `und` a time or place
put first makes the German verb come before its subject, so the name after the goal verb
scores; only a verb right after `und` (`und bediente Kane`) goes on with the clause before."""

from __future__ import annotations

from tests.reports.helpers import match, read

DE = (
    " date 2024-05-12 Porto (dpa) - Der FC Porto hat am Samstag Benfica Lissabon mit 3:0 (3:0) "
    "geschlagen. Mehdi Taremi eröffnete den Torreigen (12.). Zehn Minuten später köpfte Pepe "
    "zum 2:0 ein, und {tail} Otávio auf 3:0 (41.)."
)


def _goals(text: str) -> list[tuple[str, int | None]]:
    found = match(read(text), "porto", "benfica")
    return [(g.player, g.minute) for g in found.goals or []]


def test_und_then_fronted_time_then_verb_then_scorer():
    for tail in ("noch vor der Pause erhöhte", "kurz vor der Halbzeit erhöhte", "dann traf"):
        goals = _goals(DE.format(tail=tail))
        assert ("Otávio", 41) in goals, tail
        assert ("Pepe", 41) not in goals, tail


def test_english_and_before_the_break_scorer_first():
    text = (
        " date 2024-05-12 PORTO, Portugal (AP) — Porto beat Benfica 3-0 on Saturday. Mehdi "
        "Taremi opened the scoring in the 12th minute. Ten minutes later Pepe headed in the "
        "second, and just before the break Otávio made it 3-0 (41)."
    )
    goals = [(g.player, g.minute) for g in match(read(text), "porto", "benfica").goals or []]
    assert ("Otávio", 41) in goals
    assert ("Pepe", 41) not in goals
