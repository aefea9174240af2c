"""Scorers a clause's list leaves out: `Gameiro and Rodrigo scored in the first half and
Messi's reply came too late` (a goal the losing side got back, told after the others), and
`In Ungarn hatten Michel, Santillana und Valdano getroffen` (the list's first name in the
clause that opens the sentence)."""

from __future__ import annotations

import re

_REPLY = re.compile(
    r"(?:'s|’s)\s+(?:late |early |own |belated )?(?:reply|consolation)\s+(?:came|arrived)\b"
)


def later_reply(text: str, found, doers, cue_at: int) -> list:
    """The named players after the clause's goal cue whose `reply` or `consolation` came,
    each one more goal told without its minute."""
    return [
        c
        for c in found
        if c.name and c.start > cue_at and _REPLY.match(text, c.end) and c not in doers
    ]


def reply_sides(sides: dict, replies: list, doers: list, hint):
    """`... and Messi's reply came too late for Barcelona`: the side the clause names is
    the reply's alone, so the goals told before it take none from it."""
    if not replies or doers[0] in replies:
        return hint
    sides.update({id(r): sides.get(id(r)) or hint[0] for r in replies})
    return (None, False)


JOINED = re.compile(r"\s*(?:,|and|und|&)\s*|\s+(?:and|und)\s+")


def earlier_names(reader, clause, doers: list) -> list:
    """`Leon Goretzka, Kai Havertz und Gündogan erzielten die Tore`: a list of scorers
    split at its commas, each earlier clause holding one name and nothing else, the first
    of them maybe after the sentence's opening words (`In Ungarn hatten Michel, ...`)."""
    text = reader.doc.text
    if len(doers) < 2 or text[clause.start : doers[0].start].strip():
        return []
    earlier: list = []
    for index in range(reader._index - 1, -1, -1):
        names = [c for c in reader._found_in(index) if c.name]
        before = reader._sentence.clauses[index]
        if len(names) != 1 or not JOINED.fullmatch(
            text[names[0].end : (earlier or doers)[0].start]
        ):
            break
        if before.text.strip() != text[names[0].start : names[0].end]:
            if fronted_head(text, before.start, names[0]):
                earlier.insert(0, names[0])  # `In Ungarn hatten Michel, Santillana und ...`
            break
        earlier.insert(0, names[0])
    return earlier


_FRONTED_HEAD = re.compile(
    r"\s*(?:[\w-]+\s+){1,3}?(?:hatten|hatte|haben|hat|waren|sind|had|have)\s+$"
)


def fronted_head(text: str, start: int, name) -> bool:
    """`In Ungarn hatten Michel`: the clause opens with a short adverbial and the auxiliary
    of the list's verb, and ends with the list's first name."""
    if text[name.end : name.end + 1] != ",":
        return False
    return _FRONTED_HEAD.fullmatch(text, start, name.start) is not None
