"""`stocherte Bonucci den Ball über die Linie, nachdem Pickford zuvor einen Kopfball an den
Pfosten gelenkt hatte (67.)`, `X poked it over the line after the keeper had pushed Y's
header onto the post (67)`: the bracketed minute closing the sentence, in a `nachdem` /
`after` clause telling the save before the goal, is the time of the one goal the
sentence told without one."""

from __future__ import annotations

import re

_SUBORDINATE = re.compile(r"\s*(?:nachdem|after|als|when|bevor|before)\s", re.I)


def closing_minute(reader, clauses, index: int, minutes) -> None:
    """Time the sentence's one untimed goal by the minute closing clause `index`, a
    subordinate clause of its own that told no goal (asked for a clause read as a miss)."""
    if len(minutes) != 1 or index + 1 != len(clauses) or index == 0:
        return
    minute, clause = minutes[0], clauses[index]
    if not minute.paren or minute.relative is not None or minute.minute is None:
        return
    if not _SUBORDINATE.match(clause.text):
        return
    if reader.doc.text[minute.end : clause.end].strip(" .)"):
        return  # the minute does not close the sentence
    told = reader.events[reader._first_of_sentence :]
    if len(told) != 1:
        return
    goal = told[0]
    if goal.minute is not None or not goal.player or goal.count != 1 or goal.at >= clause.start:
        return
    goal.minute, goal.added = minute.minute, minute.added
