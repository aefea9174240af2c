"""`Dort hatte Rodri City mit einem Distanzschuss in Führung gebracht`: German word order
puts the subject and the object side by side after the verb, so a name run may end on a
team the report names (`City`, `Bayern`): that word is the object, no part of the name
(set 43 read `Rodri City` as the scorer)."""

from __future__ import annotations

from dataclasses import replace

from bot.reports.names.players import Person
from bot.reports.text.document import Document


def without_team_objects(doc: Document, people: list[Person]) -> list[Person]:
    """Each name run whose last word alone names a team of the report, cut before it."""
    teams = {m.team for m in doc.mentions}
    if not teams:
        return people
    resolver = doc.resolver
    out = []
    for person in people:
        head, _, last = person.name.rpartition(" ")
        if head and last[:1].isupper() and resolver.exact(last) & teams:
            person = replace(person, end=person.start + len(head), name=head)
        out.append(person)
    return out
