"""`Eric Bailly and Celta's Facundo Roncaglia were sent off after a scuffle`, `Kimmich und
Bellingham sahen beide Rot`: names joined by `and` before a plural verb are each sent off,
not only the last one named (a held-out report lost the first)."""

from __future__ import annotations

import re

from bot.facts import Dismissal

_JOIN = re.compile(
    r"\s*(?:,|\band\b|\bund\b|\bsowie\b)\s*"
    r"(?:(?:[A-ZÄÖÜ][\w.-]*\s+){0,2}?[A-ZÄÖÜ][\w.-]*(?:'s|’s|s)\s+)?"
    r"(?:(?:goalkeeper|keeper|defender|midfielder|striker|captain|Torwart|Torhüter|Kapitän)\s+)?\Z"
)
"""What stands between two joined names: `and`, a comma, a side's label (`Celta's`) and a
role (`and goalkeeper Faouzi Chaouchi`)."""
_PLURAL = re.compile(
    r"\s*(?:(?:both|each|all|beide|alle)\s+)?(?:were|sahen|mussten|wurden|waren|flogen|saw|received|"
    r"got)\b|\s*(?:were|sahen|mussten|wurden|waren|flogen)\s+(?:both|beide)\b"
)


_AUX_AFTER = re.compile(r"[^.;,]{0,30}?\b(?:gesehen|bekommen|erhalten)\s+(?:hatten|haben)\b")


def _plural_after(text: str, last, cue_at: int) -> bool:
    """`nachdem X und Y Gelb-Rot gesehen hatten`: the card right after the last name and a
    plural auxiliary closing the clause."""
    return not text[last.end : cue_at].strip() and bool(_AUX_AFTER.match(text, cue_at))


def joined_offenders(cast, clause, people: list, doer, cue_at: int) -> tuple:
    """The card's subject and the names joined to it, in text order; where no names are
    joined by `and` before a plural verb, `doer` as it was and no names."""
    text = cast.doc.text
    before = [c for c in people if c.name and c.end <= cue_at]
    if not before or not (
        _PLURAL.match(text, before[-1].end, cue_at + 12) or _plural_after(text, before[-1], cue_at)
    ):
        return doer, []
    last = before[-1]
    names: list[str] = []
    right = last.start
    # `after A, B and C were sent off`: a list split into clauses at its comma
    lo = max(text.rfind(". ", 0, clause.start), text.rfind("\n", 0, clause.start), 0)
    for person in reversed(cast.within(lo, last.start)):
        if person.possessive and not text[person.end : right].strip(" '’s"):
            continue  # `Celta's` before the name: the side's label
        if person.possessive or cast.team_word(person) or not _JOIN.match(text, person.end, right):
            break
        names.insert(0, cast.full_name(person.name))
        right = person.start
    return (last, names) if names else (doer, [])


def with_joined(card: Dismissal, joined: list[str]) -> list[Dismissal]:
    """The card, and one for each joined name, their side left to be worked out."""
    return [
        Dismissal(None, name, card.minute, card.added, card.second_yellow, card.evidence)
        for name in joined
    ] + [card]
