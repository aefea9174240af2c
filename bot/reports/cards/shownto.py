"""The player a referee shows the card to (`showed Vieira a second yellow card`, `zeigte
Vieira Gelb-Rot`): the name right after the verb, not the clause's subject before it."""

from __future__ import annotations

import re

from bot.reports.text.holdsany import holds_any

_SHOWN = re.compile(
    r"\b(?:showed|shows|show|showing|gave|gives|handed|hands|zeigte|zeigt|gab|hielt)\s+"
    r"(?:(?:the|dem|den)\s+)?",
    re.I,
)
_KEYS = ("show", "gave", "give", "hand", "zeigt", "gab", "hielt")
_BETWEEN = re.compile(r"^\s*(?:(?:a|his|the|die|den|glatt|direkt|sofort)\s+){0,2}$", re.I)


def _showing(cast, clause, cue_at: int):
    """The last showing verb (`showed`, `zeigte`) of the clause before the card, if any."""
    low = clause.text.lower()
    if not holds_any(low, _KEYS):
        return None
    verbs = list(_SHOWN.finditer(cast.doc.text, clause.start, cue_at))
    return verbs[-1] if verbs else None


def shown_to(cast, clause, cue_at: int) -> str | None:
    """`referee Bennett showed Vieira a second yellow card`: Vieira, whoever the clause
    names before the verb; only where the name stands between the verb and the card."""
    found = _showing(cast, clause, cue_at)
    if found is None:
        return sent_off_object(cast, clause, cue_at)
    text = cast.doc.text
    named = [p for p in cast.within(found.end(), cue_at) if not p.possessive]
    if not named or named[0].start != found.end():
        return None
    person = named[0]
    if not _BETWEEN.match(text[person.end : cue_at]):
        return None
    return cast.full_name(person.name)


_PRONOUN = re.compile(r"(?:him|ihm)\s+", re.I)


def shown_pronoun(cast, clause, cue_at: int) -> bool:
    """`The referee showed him a straight red card`: the card is the player named before."""
    found = _showing(cast, clause, cue_at)
    if found is None:
        return False
    text = cast.doc.text
    pronoun = _PRONOUN.match(text, found.end())
    return pronoun is not None and bool(_BETWEEN.match(text[pronoun.end() : cue_at]))


_SENT_OFF = re.compile(
    r"(?<!was )(?<!were )(?<!been )(?<!being )(?<!got )(?<!get )sent off\s+", re.I
)
_SENT_DE = re.compile(r"\b(?:schickte|stellte)\s+(?:(?:den|dem)\s+)?")
_OBJECT_LEAD = re.compile(r"(?:(?:the|den)\s+)?(?:[\w-]+\s+)?")


def sent_off_object(cast, clause, cue_at: int) -> str | None:
    """`referee Oliver sent off Tarkowski`, `Zwayer schickte Tarkowski vom Platz`: the one
    named right after the active verb, not the referee who is its subject."""
    text = cast.doc.text
    active = _SENT_OFF.match(text, cue_at)
    verb = active or _SENT_DE.match(text, cue_at)
    if verb is None or (active is None and cast.doc.lang != "de"):
        return None
    named = [p for p in cast.within(verb.end(), clause.end) if not p.possessive]
    if not named or not _OBJECT_LEAD.fullmatch(text, verb.end(), named[0].start):
        return None
    return cast.full_name(named[0].name)
