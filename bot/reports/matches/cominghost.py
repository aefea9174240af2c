"""The host of a first leg told beside the coming return: `Am Mittwoch empfängt der
FC Bayern Schachtjor Donezk, das Hinspiel in Lwiw war 0:0 ausgegangen`. Who hosts
the return was the guest of the first leg, whatever the ground's name says."""

from __future__ import annotations

import re

from bot.reports.matches.reading import Reading
from bot.reports.text.document import Document

_HOSTS_NEXT = re.compile(r"\b(?:empfängt|empfangen|hosts|host|welcomes|welcome)\b", re.I)
_TRAVELS = re.compile(
    r"\b(?:reist|reisen|fährt|fahren|travel|travels|heads?)\b[^.;]*?\b(?:zu|nach|to)\s+"
    r"(?:(?:den|dem|der|die|the)\s+)?$",
    re.I,
)
"""`reist RB Leipzig mit einem 1:0 aus dem Hinspiel zu den Glasgow Rangers`: the side
travelled to hosts the return, so the other hosted the first leg."""
_ARTICLES = re.compile(r"\s*(?:(?:der|die|das|den|the|am \w+|on \w+|at home|zu hause)\s+)*$", re.I)


def first_leg_host(doc: Document, r: Reading) -> str | None:
    """The guest of the return the sentence says is coming, where host and guest are
    the first leg's pair; else None. Only a verb of the present (`empfängt`,
    `host`) is read: `empfing` or `hosted` tells a leg already played. It outranks a
    host guessed from a ground the story names (`nach Ibrox`, where the return is)."""
    if r.leg != 1 or (r.home is not None and "weak-home" not in r.notes) or r.teams() is None:
        return None
    sentence = r.sentence
    verb = _HOSTS_NEXT.search(sentence.text)
    if verb is None:
        return _travelled_from(doc, r)
    at = sentence.start + verb.start()
    clause_end = sentence.start + verb.end() + 60
    mentions = [m for m in doc.mentions_in(sentence) if m.end <= clause_end]
    before = [m for m in mentions if m.end <= at]
    after = [m for m in mentions if m.start >= at + len(verb.group())]
    if before and _ARTICLES.fullmatch(doc.text[before[-1].end : at]) and after:
        host, guest = before[-1].team, after[0].team
    elif len(after) >= 2:
        host, guest = after[0].team, after[1].team
    else:
        return None
    return guest if {host, guest} == set(r.teams()) else None


def _travelled_from(doc: Document, r: Reading) -> str | None:
    """The side that travels to the other for the return hosted the first leg."""
    for m in doc.mentions_in(r.sentence):
        if m.team in r.teams() and _TRAVELS.search(
            doc.text, max(r.sentence.start, m.start - 90), m.start
        ):
            return r.o if m.team == r.p else r.p
    return None
