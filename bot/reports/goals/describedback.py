"""`Sevilla übernahm die Kontrolle, und Coke drehte die Partie: Erst traf der
Außenverteidiger in der 64. Minute`: a role told as a person points back to the player
named before it in its sentence, even one named only once (whom `last_named` leaves out
in German, a lone capitalised word being often no name) where that one is a subject, a
lower-case verb right after him. Without this the role went to the story's last scorer,
another player."""

from __future__ import annotations

import re

_VERB_AFTER = re.compile(r"\s+[a-zäöüß]")
_PRONOUN = re.compile(r"(?:he|er|him|ihn)\b", re.I)
_CLAUSE_START = re.compile(r"(?:^|[,;:–-])\s*(?:(?:und|and|but|aber|doch|dann|then|while)\s+)?\Z")
_INVERTED = re.compile(r"(?:^|[,;:–-])\s*[A-ZÄÖÜ][^,;:–]*\s(?P<verb>[a-zäöüß]+)\s+\Z")
_PARTICLE_ENDS = re.compile(r"\s+[a-zäöüß]+\s*[:;–]")
"""`schlug Raúl zu:`: the inverted subject's clause ends on its verb's particle."""
_NOT_VERBS = frozenset(
    "auf von für mit an am zu zum zur gegen nach bei beim über durch um vor hinter neben "
    "zwischen unter in im aus der die das den dem des ein eine einen einem einer und oder "
    "wie als ohne seit bis".split()
)


def described_subject(cast, start: int, candidate) -> str | None:
    """The lone name before a role word (`der Außenverteidiger`) in its sentence, or None."""
    text = cast.doc.text
    if candidate.name or _PRONOUN.match(text, candidate.start):
        return None
    for person in reversed(cast.within(start, candidate.start)):
        if " " in person.name:
            return None
        if person.possessive or cast.team_word(person) or not _opens(text, start, person):
            continue  # `mit zwei Treffern binnen ...`: a noun, no one's name
        if _VERB_AFTER.match(text, person.end):
            return cast.full_name(person.name)
    return None


def _opens(text: str, start: int, person) -> bool:
    """The name opens its clause: at the sentence's start, or after a comma, a colon or a
    dash, or after `und`, `and`, `but` there (`, und Coke drehte`), or stands right after
    the verb of a German clause that opens on an adverbial and ends on the verb's particle
    (`Kurz vor der Pause schlug Raúl zu:`), a subject as well."""
    before = text[start : person.start]
    if _CLAUSE_START.search(before):
        return True
    inverted = _INVERTED.search(before)  # `Kurz vor der Pause schlug Raúl zu: Der Spanier`
    return (
        bool(inverted)
        and inverted.group("verb") not in _NOT_VERBS
        and bool(_PARTICLE_ENDS.match(text, person.end))
    )
