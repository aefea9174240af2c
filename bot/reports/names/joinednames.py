"""`brachte Casemiro Suárez im Strafraum zu Fall`, `foulte Kimmich Vinícius`: German puts
the doer and the one he fouled side by side, and the two names read as one. A run is
split where both parts are people the report names on their own elsewhere."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.reports.names.namewords import PARTICLES

_QUOTE = re.compile(r"„[^“\"\n]*[“\"]|“[^”\n]*”|\"[^\"\n]*\"")
"""A quotation: `„... und das hat Claudio getan.“`."""


def split_joined(people: list, text: str = "") -> list:
    """People with each joined run of two known names cut in two. A name met on its own
    only inside a quotation (`das hat Claudio getan`, the coach on Claudio Pizarro) is how
    a speaker calls someone, no other person beside him."""
    quotes = [(q.start(), q.end()) for q in _QUOTE.finditer(text)] if text else []
    runs: dict[str, int] = {}
    for person in people:
        runs.setdefault(person.name, 0)
        if " " in person.name or not any(a <= person.start < b for a, b in quotes):
            runs[person.name] += 1
    lasts: dict[str, set[str]] = {}
    firsts: set[str] = set()
    for name in runs:  # sets: each name once gives the same as once per person
        if " " in name:
            words = name.split(" ")
            lasts.setdefault(words[-1], set()).add(name)
            firsts.add(words[0])
    out = []
    for person in people:
        # _cut cuts only a name seen once and of two words or more.
        name = person.name
        cut = None if runs[name] != 1 or " " not in name else _cut(name, runs, lasts, firsts)
        if cut is None:
            out.append(person)
            continue
        head, tail = person.name[:cut], person.name[cut + 1 :]
        out.append(replace(person, end=person.start + cut, name=head, possessive=False))
        before = head.split(" ")[-1].lower()
        out.append(replace(person, start=person.start + cut + 1, name=tail, before=before))
    return out


def _cut(name: str, runs: dict[str, int], lasts: dict[str, set[str]], firsts) -> int | None:
    """Where `name` (seen once) splits into two people told apart elsewhere, or None."""
    if runs.get(name, 0) != 1:
        return None
    words = name.split(" ")
    if len(words) < 2 or any(w.lower() in PARTICLES for w in words):
        return None
    for k in range(1, len(words)):
        head, tail = " ".join(words[:k]), " ".join(words[k:])
        if _known(head, runs, lasts, name) and _known(tail, runs, lasts, name):
            return len(head)
        if len(words) == 2 and tail in firsts and not lasts.get(tail, set()) - {name}:
            return len(head)  # `foulte Kimmich Vinícius`: Vinícius Júnior, told by his first name
    return None


def _known(part: str, runs: dict[str, int], lasts: dict[str, set[str]], whole: str) -> bool:
    """A part named on its own elsewhere, or (one word) the surname of another full name."""
    if runs.get(part, 0) > 0:
        return True
    if " " in part:
        return False
    others = lasts.get(part)
    if not others:
        return False
    return any(not whole.startswith(o.split(" ")[0] + " ") for o in others if o != whole)
