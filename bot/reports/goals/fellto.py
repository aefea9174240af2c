"""`A loose ball falls to Jesús "Tecatito" Corona and he finishes low past the keeper`: the
one the ball fell to is the scorer the pronoun after him stands for."""

from __future__ import annotations

import re

_FELL_TO = re.compile(
    r"\b(?:falls|fell|drops|dropped|breaks|broke|bounces|bounced|runs|ran|sits|sat)\s+"
    r"(?:up\s+)?(?:kindly\s+|nicely\s+|invitingly\s+)?(?:to|for)\s+$"
)
_HE_FINISHES = re.compile(
    r"\s*(?:,\s*)?(?:and|who)\s+(?:he\s+|she\s+)?(?:\w+\s+)?"
    r"(?:finish|score|fire|slot|drill|smash|lash|sweep|tuck|curl|volley|stab|poke|rifle|"
    r"side-foot|sidefoot|head|nod|tap|roll|place|steer|drive|blast|hammer|bundle)\w*\b"
)


def fell_to(cast, start: int, end: int) -> str | None:
    """The name of the one person the ball fell to in text[start:end] who then finishes."""
    text = cast.doc.text
    found = [
        p
        for p in cast.within(start, end)
        if _FELL_TO.search(text, max(start, p.start - 40), p.start)
        and _HE_FINISHES.match(text, p.end, end)
    ]
    return found[0].name if len(found) == 1 else None


_DIVERTED_BY = re.compile(
    r"\b(?:is|was|gets|got) (?:diverted|deflected|turned|flicked|poked|bundled|steered) "
    r"(?:in |home )?by ((?-i:[A-Z])[\w'’-]+(?: (?-i:[A-Z])[\w'’-]+){0,2}) (?:past|into|in|home)\b"
)


def diverted_by(body: str) -> str | None:
    """`Huddlestone's shot is diverted by James Chester past the keeper`: the one who
    diverted the shot in is the scorer the line names (a shot is not its shooter's goal)."""
    found = _DIVERTED_BY.search(body)
    return found.group(1) if found else None
