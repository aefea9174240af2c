"""`Die Ivorer besiegten am Mittwoch die DR Kongo mit 1:0`, `Der Gastgeber schlug
Kroatien 2:1`: a German clause that opens with a noun phrase right before its
transitive verb has that noun as its subject, so the team named after the verb is the
beaten object, never the side the score is told from. So is the team named in a clause
that opens with its side told by a noun or by its coach (`Die Mannschaft von Trainer
Louis van Gaal unterlag Inter Mailand`)."""

from __future__ import annotations

import re

from bot.reports.matches.nationalstory import TEAM_WORD_SUBJECT

_NOUN_OPENING = re.compile(
    r"\s*(?:(?:Doch|Und|Aber)\s+)?(?:Der|Die|Das)\s+(?:[a-zäöüß]+e[nr]?\s+)?[A-ZÄÖÜ][\w-]*\s*$"
)


def noun_before_verb(text: str, clause_start: int, verb_at: int) -> bool:
    """Whether the clause is only `Der/Die/Das (adjective) Noun` up to its verb."""
    return _NOUN_OPENING.match(text[clause_start:verb_at]) is not None


_COACHS_SIDE = re.compile(
    r"\s*(?:(?:Doch|Und|Aber)\s+)?(?:Die|Das)\s+(?:Mannschaft|Elf|Team|Truppe|Auswahl)\s+"
    r"(?:von|um)\s+(?:(?:Trainer|Cheftrainer|Coach|Kapitän)\s+)?(?:[A-ZÄÖÜ][\w'-]+\s+){1,3}"
    r"(?:[a-z]+\s+){0,2}[A-ZÄÖÜ][\w'-]+\s+(?=[a-zäöü])"
)
"""`Die Mannschaft von Trainer Louis van Gaal unterlag Inter Mailand`: the subject is
a team told by its coach, so the first name of the clause is the opponent."""


_DESCRIBED_SIDE = re.compile(
    r"\s*(?:(?:Doch|Und|Aber)\s+)?(?:Der|Die|Das)\s+(?:[a-zäöüß]+e[nr]?\s+)?"
    r"(?:[A-ZÄÖÜ][a-zäöüß]*(?:club|klub|verein|meister)|Club|Klub|Verein|Mannschaft|Elf|Team|"
    r"Titelverteidiger|Außenseiter|Favorit|[A-ZÄÖÜ][\w-]*-(?:Sieger|Gewinner)|Pokalsieger|"
    r"Titelträger|[A-ZÄÖÜ]?[\w-]*[Gg]egner)\s+(?=[a-zäöü])"
)
"""`Der brasilianische Club setzte sich beim argentinischen Vertreter CA Lanús durch`,
`Der Champions-League-Sieger setzte sich gegen Europa-League-Gewinner FC Sevilla durch`,
`Der nächste Gegner des FC Bayern gewann beim AC Siena`: a side told by a noun, so the
team the clause names is the opponent."""


def described_subject(text: str, clause_start: int, clause_people) -> bool:
    """Whether the clause opens with a team told by a noun (or by its coach) and names
    no team before the verb."""
    found = (
        _COACHS_SIDE.match(text, clause_start)
        or _DESCRIBED_SIDE.match(text, clause_start)
        or TEAM_WORD_SUBJECT.match(text, clause_start)
    )
    return bool(found) and not any(m.start < found.end() for m in clause_people)
