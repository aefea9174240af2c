"""`Die Mannschaft von Richard Møller Nielsen, für das ausgeschlossene Jugoslawien
nachgerückt, besiegte im Finale Deutschland mit 2:0`, `In der Runde zuvor hatte die
Mannschaft von Greg Vanney beim NYCFC mit 2:1 gewonnen`: a German clause whose subject
is a coach's side, with no team named before it, has no named subject; a team named
later in the sentence (in an apposition, in another clause) is none."""

from __future__ import annotations

import re

from bot.reports.matches.ownedteams import COACHS_TEAM

_OPENINGS = re.compile(r"(?:^|:\s+)(?:[A-ZÄÖÜ]\w*(?:\s+[\w-]+){0,4}?\s+)?$")
"""What may stand before the coach's side: nothing, or a short adverbial lead after the
sentence's start or a colon (`In der Runde zuvor hatte`)."""


_OTHER_CLAUSE = re.compile(
    r"[,;]\s*(?:nachdem|weil|als|bevor|ehe|während|obwohl|da|wo|wie|und|aber|doch|denn|"
    r"sodass|so dass|das|die|der|dem|den|was|wobei|womit)\b|\bund\s"
)


def coach_subject(text: str, sentence, hit, people) -> int | None:
    """Where the score's sentence names its subject as a coach's side before the score."""
    if " von " not in sentence.text:
        return None
    for found in COACHS_TEAM.finditer(text, sentence.start, hit.start):
        if not found.group().lower().startswith(("die ", "der ")):
            continue
        lead = text[max(sentence.start, found.start() - 40) : found.start()]
        colon = lead.rfind(":")
        if colon < 0 and found.start() - sentence.start > 40:
            continue
        opening = lead[colon:] if colon >= 0 else text[sentence.start : found.start()]
        if not _OPENINGS.search(opening):
            continue
        since = sentence.start if colon < 0 else found.start() - len(lead) + colon
        if _OTHER_CLAUSE.search(text, found.end(), hit.start):
            continue  # `setzte sich ... durch, nachdem die Franzosen ... mit 2:1 gewonnen`
        if not any(since <= m.start < found.start() for m in people):
            return found.start()
    return None
