"""`the referee sent him off`, `sent the Ajax defender off`: a card told with its player
as the object between `sent` and `off`, so the clause's subject (the referee) is not him."""

from __future__ import annotations

import re

from bot.reports.cards.offender import clause_subject, subject_before

ROLE = (
    r"defender|midfielder|striker|forward|goalkeeper|keeper|captain|full-?back|winger|"
    r"cent(?:re|er)-(?:back|half)|sweeper|substitute|international|veteran|youngster"
)
SENT_OBJECT = (
    r"sen(?:t|ds|d|ding) (?:him|her|the (?:[\w'’-]+ ){0,2}?(?:" + ROLE + r")|"
    r"(?-i:[A-Z])[\w'’-]+(?: (?-i:[A-Z])[\w'’-]+)?) off\b(?! (?:the|a|an|his|her|its)\b)"
)
"""The `_RED` cue of this wording; an object that is a thing (`sent the ball off the
post`) is no player, so the description must end in a player's role."""
_CUE = re.compile(
    r"sen(?:t|ds|d|ding) (?:(?P<pro>him|her)|(?P<desc>the (?:[\w'’-]+ ){0,2}?(?:"
    + ROLE
    + r"))|(?P<name>(?-i:[A-Z])[\w'’-]+(?: (?-i:[A-Z])[\w'’-]+)?)) off\b",
    re.I,
)
_OFFICIAL_BEFORE = re.compile(
    r"(?:referee|official|Schiedsrichter|Referee)\s+(?:[\w'’-]+\s+)?$", re.I
)


def sent_object(reading, scene, clause, cue_at: int) -> str | None:
    """The player the cue at `cue_at` sends off, None where it is not this wording, and
    "" where it is but names no one the text lets us tell (then there is no card).

    A name between the words is the player; a pronoun or a description is the subject
    of an earlier clause of the sentence (`Blind fouled den Boer and the referee sent the
    Ajax defender off`), else, for a sentence that opens with the card, the subject of the
    sentence before (`Blind fouled den Boer. The referee sent him off.`), never the one
    fouled; a referee named there is never the one sent off."""
    cast = reading.cast
    text = cast.doc.text
    found = _CUE.match(text, cue_at)
    if found is None:
        return None
    if found.group("name"):
        named = [p for p in cast.within(found.start("name"), found.end("name"))]
        if not named or named[0].start != found.start("name"):
            return ""
        return cast.full_name(named[0].name)
    name = subject_before(reading, scene, clause) or _own_subject(reading, clause, cue_at)
    if name is None and clause is scene.clauses[0]:
        before = [s for s in reading.scenes if s.index == scene.index - 1]
        name = (
            clause_subject(reading, before[0].clauses[0]) if before and before[0].clauses else None
        )
    if name is None or _refereed(cast, name, scene):
        return ""
    return name


_AND = re.compile(r"\b(?:and|but|before|as|when|so)\b")


def _own_subject(reading, clause, cue_at: int) -> str | None:
    """`Wouters fouled den Boer and referee Vautrot sent the Ajax captain off`: the subject
    of the clause's first verb, where another joined part of it holds the card."""
    cast = reading.cast
    name = clause_subject(reading, clause)
    if name is None:
        return None
    first = next(
        (p for p in cast.within(clause.start, cue_at) if cast.full_name(p.name) == name), None
    )
    if first is None or not _AND.search(cast.doc.text, first.end, cue_at):
        return None
    return name


def _refereed(cast, name: str, scene) -> bool:
    """`Referee Michel Vautrot ... sent him off`: the name found is the official's."""
    start = cast.doc.sentences[max(0, scene.index - 2)].start
    for person in cast.within(start, scene.sentence.end):
        if cast.full_name(person.name) == name and _OFFICIAL_BEFORE.search(
            cast.doc.text[max(0, person.start - 40) : person.start]
        ):
            return True
    return False
