"""`Dybala scored in the 14th minute and the Brazilian added a second in the 71st`, `...
und der Brasilianer erhöhte in der 71. Minute`: a later minute of one clause told after
`and the <description>` with a verb of its own is the described player's, someone other
than the one named before. He is named where the text names one player by that
nationality (`the Brazilian striker Douglas Costa`), else the goal's scorer is unsaid."""

from __future__ import annotations

import re

from bot.reports.goals.conjuncts import _DESCRIBED as DESCRIBED
from bot.reports.goals.describeddoer import NATIONAL_PERSON

_NATIONAL = re.compile(r"(?:the|der|die)\s+(" + NATIONAL_PERSON + r")\s+[a-zäöü]")
_ROLE_AFTER = (
    r"(?:\s+(?:striker|forward|midfielder|defender|winger|international|captain|"
    r"Stürmer|Angreifer|Mittelfeldspieler|Verteidiger|Nationalspieler|Kapitän))?\s+"
)


def described_other(text: str, cast, doer: str | None, since: int, minute_start: int):
    """None where no description opens a conjunct between `since` and the minute; else the
    described player's full name where the text names him, or "" (someone unknown)."""
    if "the " not in text[since:minute_start] and "der " not in text[since:minute_start]:
        return None
    described = DESCRIBED.search(text, since, minute_start)
    if described is None:
        return None
    national = _NATIONAL.search(text, described.start(), described.end())
    if national is None:
        return ""
    word = national.group(1)
    names = set()
    for hit in re.finditer(r"\b" + word + _ROLE_AFTER, text):
        people = cast.within(hit.end(), hit.end() + 1)
        if people and people[0].start == hit.end() and people[0].name:
            names.add(cast.full_name(people[0].name))
    names.discard(doer)
    return names.pop() if len(names) == 1 else ""


def read_described(reader, clause, minute, rest, name, hint, assist) -> bool:
    """Whether `minute`, a later one of the clause, went to a described other player
    (added to the reader's events, named or not)."""
    since = max((m.end for m in rest if m.end <= minute.start), default=None)
    if len(rest) < 2 or since is None:
        return False
    other = described_other(reader.doc.text, reader.cast, name, since, minute.start)
    if other is None:
        return False
    flags = reader._flags_near(clause, minute, rest)
    reader._add(clause, minute, other or None, *flags, hint, assist)
    return True
