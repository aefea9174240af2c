"""Who a card's clause is about when the clause itself names nobody: the player named
just before, the subject of an earlier clause, or the clause's own subject."""

from __future__ import annotations

import re

from bot.reports.cards.referents import last_offender
from bot.reports.goals.scorers import candidates
from bot.reports.goals.subjects import subject, verb_first


def earlier_offender(reading, scene) -> str | None:
    """The player last named in the two sentences before, for "the Cameroon midfielder"."""
    for sentence in reversed(reading.cast.doc.sentences[max(0, scene.index - 2) : scene.index]):
        name = last_offender(reading.cast, sentence.start, sentence.end)
        if name:
            return name
    return None


def described_opener(reading, scene) -> bool:
    """ "The Chilean, already booked, ... is shown a second yellow": the sentence opens
    with a description alone, so its verb-first clauses are the player last named before."""
    first = scene.clauses[0].text
    return bool(_DESCRIPTION.match(first)) and not _OFFICIAL.search(first)


_DESCRIPTION = re.compile(r"^\s*(?:The|Der|Die)\s+(?:[\w-]+\s+){0,2}?[\w-]+\s*$")
_OFFICIAL = re.compile(
    r"referee|official|linesman|assistant|coach|manager|boss|VAR|Schiedsrichter|Referee|"
    r"Unparteiische|Trainer|Linienrichter|Assistent|Coach",
    re.I,
)


def clause_subject(reading, clause) -> str | None:
    first = subject(candidates(reading.cast, clause), clause, reading.cast.doc.text)
    return reading.cast.full_name(first.name) if first is not None and first.name else None


def subject_before(reading, scene, clause) -> str | None:
    """The subject of the nearest clause before that has one of its own: `Neuer stürmte
    aus seinem Tor, verpasste den Ball und traf Frimpong - der Schiedsrichter zeigte dem
    Bayern-Kapitän Rot` is Neuer's card; the verb-first clauses share his subject, so
    the name after `traf` is their object."""
    for earlier in reversed([c for c in scene.clauses if c.end <= clause.start]):
        if verb_first(earlier.text):
            continue
        text = reading.cast.doc.text
        first = subject(candidates(reading.cast, earlier), earlier, text)
        if first is not None and first.name and not _label(text, first, scene):
            return reading.cast.full_name(first.name)
    return None


def _label(text: str, found, scene) -> bool:
    """`Note: Italy's win ... after goalkeeper Pagliuca was sent off`: a word that opens the
    sentence before a colon is its label, no one's name."""
    return text.startswith(":", found.end) and not text[scene.sentence.start : found.start].strip()
