"""Sides a result's words describe rather than name: a nationality (`the Dutch side`), a
described subject of the score's own clause, a described opening, a club against a country."""

from __future__ import annotations

import re

from bot.reports.names.descriptorcountry import descriptor_country, plural_subject_country
from bot.reports.patterns.alternations import lead


def other_country(told: str, guessed: str, resolver) -> bool:
    """`after the Dutch side held on for a goalless draw against Marseille`, `The Italians
    reached the last four by knocking out Ajax`: a side told by a nationality is not a
    guessed team of another country."""
    country = descriptor_country(told, resolver) or plural_subject_country(told, resolver)
    team = resolver.teams.get(guessed) if country else None
    return team is not None and team.country != country


_DESCRIBED_BETWEEN = lead(
    re.compile(
        r"\b(?:after|as|when|while|before|since|because)\s+the\s+[A-Z][a-z]+\s+"
        r"(?:side|club|team|outfit|champions)\b[^,;]*$"
    ),
    always=True,
)


_DESCRIBED_AFTER_AND = re.compile(
    r",\s+(?:and|but|yet|so|while)\s+(?:[\w-]+\s+){0,4}?the\s+(?:[\w-]+\s+){0,3}?"
    r"(?:leaders|champions|holders|hosts|visitors|favourites|underdogs|side|club|team|outfit)"
    r"\s+(?:(?:had|have|has|were|was|then)\s+)?(?:lost|won|drew|beat|been beaten|fell|"
    r"went down|crashed)\b[^,;]*$"
)
"""`Then Bradford City remembered who they were, and by the end the Premier League
leaders had lost 4-2 at home`: a clause after `, and` with a described subject of its own."""


def described_subject_between(text: str, start: int, score_at: int) -> bool:
    """`Roma will face Feyenoord ... after the Dutch side held on for a goalless draw`:
    the score's clause has a subject of its own, told by a description, so the main
    clause's subject is not the score's."""
    if _DESCRIBED_BETWEEN.search(text, start, score_at) is not None:
        return True
    near = max(start, score_at - 160)
    if ", " not in text[near:score_at]:
        return False
    return _DESCRIBED_AFTER_AND.search(text, near, score_at) is not None


_DESCRIBED_OPENING = re.compile(
    r"\s*(?:Der|Die|The)\s+(?:[\w-]+\s+){0,2}?(?:Titelverteidiger|Rekordmeister|Meister|"
    r"Tabellenführer|Spitzenreiter|Favorit|holders|champions|leaders|favourites|"
    r"Spaniards|Italians|Germans|Dutch|English|French|"
    r"Portuguese|Danes|Swiss|Turks|Scots)(?:\s+(?:aus|from|von)\s+[A-ZÄÖÜ][\w-]*)?\s+[a-zäöü]"
)


def described_opening(sentence, people) -> bool:
    """`Der Titelverteidiger aus London ... hatte das 1:3 aus dem Hinspiel wettgemacht`, `The
    Danish champions had taken a 2-1 lead`: a subject told by a description the reader
    did not tie to a team may be either side, so the story's team is no guess for it."""
    found = _DESCRIBED_OPENING.match(sentence.text)
    return found is not None and not any(m.start < sentence.start + found.end() for m in people)


def club_against_country(p: str, o: str, resolver) -> bool:
    """`Napoli are champions of Italy again. The point they needed came ... a 1-1 draw`
    with Udinese: a club never plays a national team, so such a pair is a wrong guess."""
    a, b = resolver.teams.get(p), resolver.teams.get(o)
    return a is not None and b is not None and a.kind != b.kind
