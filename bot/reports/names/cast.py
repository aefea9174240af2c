"""The people of one document, told apart from the teams it names."""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from bot.reports.clauses.asides import PERSON_APPOSITION
from bot.reports.goals.groundnames import ground_named
from bot.reports.names.cupnames import particle_cups
from bot.reports.names.demonymnames import named_by_demonym
from bot.reports.names.joinednames import split_joined
from bot.reports.names.players import Person, PlayerBook, find_people, name_key
from bot.reports.names.teamobject import without_team_objects
from bot.reports.names.venues import city_of
from bot.reports.patterns.alternations import lead
from bot.reports.text.document import Document
from bot.reports.text.header import split_dateline_place

_GROUND_BEFORE = lead(
    re.compile(
        r"\b(?:Estadio|Estádio|Stadio|Stade|Stadion|Stadium)\s+(?:(?:do|da|de|del|dos|das|di|du|"
        r"de la|della|des)\s+)?$"
    ),
    always=True,
)
"""`his red card late in the first leg at the Estadio do Dragao`: a name right after a
ground's word is the ground's, not a player's."""


class Cast:
    """The people of one document, with their full names and where they appear."""

    def __init__(self, doc: Document) -> None:
        skip = sorted(
            (m.start, m.end)
            for m in doc.mentions
            if " " in doc.text[m.start : m.end]
            or doc.text[m.end : m.end + 1] != ","  # the apposition opens with a comma
            or not PERSON_APPOSITION.match(doc.text, m.end)
        )
        skip = sorted(skip + particle_cups(doc.text, doc.published))
        _, place_end = split_dateline_place(doc.text)
        self.doc = doc
        found = find_people(doc.text, doc.lang, place_end, skip=skip)
        if doc.lang == "de":
            found = without_team_objects(doc, _without_team_genitives(doc, found))
            found = split_joined(found, doc.text)
        # every ground's word holds `tad` or `tád`: most texts name none
        grounds = "tad" in doc.text or "tád" in doc.text
        self.people: list[Person] = [
            p
            for p in found
            if (" " in p.name or city_of(p.name.rstrip("'’s")) is None)
            and not (grounds and _GROUND_BEFORE.search(doc.text, max(0, p.start - 24), p.start))
            and not ground_named(p.name)  # `das Hinspiel in San Siro`: a ground, no person
        ]
        self._starts = [p.start for p in self.people]
        self.book = PlayerBook()
        seen: dict[str, int] = {}
        starts = {s.start for s in doc.sentences}
        for person in self.people:
            self.book.learn(person.name)
            key = name_key(person.name)
            seen[key] = seen.get(key, 0) + (2 if person.start in starts else 1)
        self._seen = seen
        self._team_words = _team_words(doc)

    def team_word(self, person: Person) -> bool:
        """A one-word "name" that is a word of a team the report names ("River", "Boca"),
        or an English name run after "the" ("the Santiago Bernabeu"): not a player."""
        if self.doc.lang != "de" and person.before == "the":
            return True
        text, end = self.doc.text, person.end
        if " " in person.name or text[end : end + 1] == "," and PERSON_APPOSITION.match(text, end):
            return False
        key = name_key(person.name)
        return key in self._team_words and not self.book.knows(person.name)

    def familiar(self, person: Person) -> bool:
        """Whether a one-word name is a known player rather than a stray capitalised word."""
        if " " in person.name or self.book.knows(person.name) or named_by_demonym(person):
            return True
        return self._seen.get(name_key(person.name), 0) > 1

    def within(self, start: int, end: int) -> list[Person]:
        lo = bisect.bisect_left(self._starts, start)
        hi = bisect.bisect_left(self._starts, end)
        return self.people[lo:hi]

    def full_name(self, name: str) -> str:
        canonical = self.book.canonical(name)
        if canonical == name and self.doc.lang == "de" and name.endswith("s"):
            if self.book.knows(name[:-1]) and not self.book.knows(name):
                return self.book.canonical(name[:-1])
        return canonical


def _team_words(doc: Document) -> frozenset[str]:
    """The longer words of the teams and names the report uses, each pair looked at
    once (a report names its two sides over and over)."""
    words: set[str] = set()
    text = doc.text
    for team, name in {(m.team, text[m.start : m.end]) for m in doc.mentions}:
        words.update([w for w in team.split("-") if len(w) > 3])
        words.update([w for w in name_key(name).split() if len(w) > 3])
    return frozenset(words)


def _without_team_genitives(doc: Document, people: list[Person]) -> list[Person]:
    """ "West Hams Aaron Cresswell": a team of the report in the genitive before a name
    says whose player he is; it is no part of his name."""
    teams = {m.team.replace("-", " ") for m in doc.mentions}
    teams |= {name_key(m.alias) for m in doc.mentions}
    out = []
    for person in people:
        words = person.name.split(" ")
        for k in range(1, len(words)):
            owner = words[:k]
            if owner[-1].endswith("s") and name_key(" ".join(owner)[:-1]) in teams:
                cut = len(" ".join(owner)) + 1
                person = replace(person, start=person.start + cut, name=person.name[cut:])
                person = replace(person, before="")
                break
        out.append(person)
    return out
