"""The subject of a subordinate clause told by a pronoun (`after they had won the first
leg 2-1`, `nachdem sie das Hinspiel 2:1 gewonnen hatten`): the main clause's subject; so
is a pronoun opening a coordinated clause (`, das Hinspiel hatten sie mit 3:2 gewonnen`,
`, and they had won the first meeting 3-2`)."""

from __future__ import annotations

import re

from bot.reports.matches.doclower import lower_exact_text
from bot.reports.patterns.alternations import lead
from bot.reports.patterns.keyed import folded

_SUBORDINATE_PRONOUN = re.compile(
    r"\b(?:after|when|as|before|since|because|while|nachdem|als|weil|bevor|da)\s+"
    r"(?:they|sie|er)\b",
    re.IGNORECASE,
)
_LOWER_PRONOUN = lead(folded(_SUBORDINATE_PRONOUN), always=True)
"""Led by the conjunctions' first letters (alternations.lead): measured cheaper, though
they are common letters."""
_COORDINATED_PRONOUN = re.compile(
    r"(?:,|;|\bund|\bdoch|\baber)\s+(?:[\w-]+\s+){1,5}?"
    r"(?:hatten|hatte|haben|hat|gewannen|gewann|verloren|verlor)\s+sie\b"
    r"|(?:,\s+|;\s+|\s)(?:and|but)\s+(?P<round>in the (?:[\w-]+ ){0,2}?(?:round of \d+|last \d+|"
    r"round|[\w-]*finals?)\s+)?they\b"
    r"|(?:,\s+|;\s+|\s)(?:and|but)\s+(?:(?:in|at|on|after|then|later|the|this|that|"
    r"[a-z]+-?finals?|round|stage|leg|season|year|week)\s+){0,4}?they\b"
)
"""`Noch im Dezember hatten die Schwarzgelben ... Vorsprung, das Hinspiel hatten sie mit 3:2
gewonnen`, `and they had won the first meeting 3-2`, `and in the quarter-final they drew`:
a clause after a comma or `und` whose subject is a pronoun after the verb, or after
`and`/`but` (not after a bare comma, which may end a phrase before the subject: `Besides
the Corinthians tie, they came back`)."""
_OBLIQUE = frozenset(
    "in at against to over by from with of for on gegen bei beim im von vom mit über für "
    "gegenüber an auf".split()
)


def pronoun_subject(doc, sentence, hit, people) -> tuple[bool, str | None]:
    """(whether the score's clause is told of a pronoun, the team it stands for). The
    pronoun applies when no team is named between it and the score; it stands for the
    first team named before it, not after a preposition (the main clause's subject), and
    for none when more than two teams are named there (`beat Schalke and Arsenal, after
    they had lost at Hertha` could be any)."""
    low = lower_exact_text(doc)
    if low is None:
        told = list(_SUBORDINATE_PRONOUN.finditer(doc.text, sentence.start, hit.start))
    else:  # the lower-cased form, several times faster, at the same offsets
        told = list(_LOWER_PRONOUN.finditer(low, sentence.start, hit.start))
    if not told and (" sie " in sentence.text or "they " in sentence.text):
        told = list(_COORDINATED_PRONOUN.finditer(doc.text, sentence.start, hit.start))
    if not told or any(
        told[-1].end() <= m.start < hit.start and m.prep.lower() not in _OBLIQUE for m in people
    ):
        return False, None  # (`they drew 1-1 with Liverpool ... before winning 2-0`: still)
    before = [m for m in people if sentence.start <= m.start < told[-1].start()]
    if not before or before[0].prep.lower() in _OBLIQUE:
        return True, None
    many = len({m.team for m in before}) > 2
    if many and not _opens_with_subject(doc, sentence, told[-1], before):
        return True, None
    return True, before[0].team


def _opens_with_subject(doc, sentence, told, before) -> bool:
    """`Celtic have seen off Blackburn, Celta Vigo and Stuttgart, and in the quarter-final
    they drew 1-1 with Liverpool`: a pronoun opening a clause after `, and` with its round
    told before it stands for the sentence's subject, the team that opens the sentence,
    however many sides that subject's clause names after its verb."""
    if told.group().lstrip(",; ")[:3] != "and" or not told.group("round"):
        return False
    return doc.text[sentence.start : before[0].start].strip() == ""
