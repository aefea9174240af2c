"""The opening places the report's side in a competition's group (`Der FC Bayern
marschiert in der Gruppe A der Champions League souverän voran`, `Bayern lead Group A of
the Champions League`): the main match, of that competition, is a group game; not where a
side is only that group's winner or runner-up, now in a later round."""

from __future__ import annotations

import re

from bot.competitions.names import info
from bot.reports.matches.competitionmentions import named_in
from bot.reports.matches.reading import Reading
from bot.reports.text.document import Document

_GROUP_OF = re.compile(
    r"\b(?:in|of|lead|leads|leading|top|tops|topping|führt|führen|an)\s+(?:der\s+|die\s+)?"
    r"(?:Gruppe|Group)\s+[A-L]\s+(?:der|des|of\s+the|in\s+the)\s+$"
)
_NOT_IN_GROUP = re.compile(
    r"\b(?:Sieger|Gruppensieger|Zweite[rn]?|winners?|runners?-up|won|gewann|gewonnen)\b", re.I
)
_OPENING_SENTENCES = 2


def group_named_first(doc: Document, r: Reading, competition: str | None) -> str | None:
    """`group` for the main match when an opening sentence names its side's group of
    `competition` (a club or national cup with a group stage); else None."""
    if competition is None or "main" not in r.notes:
        return None
    data = info(competition)
    if data is None or data.format != "mixed":
        return None
    pair = set(r.teams() or ())
    for sentence in doc.sentences[:_OPENING_SENTENCES]:
        if "Gruppe " not in sentence.text and "Group " not in sentence.text:
            continue
        if _NOT_IN_GROUP.search(sentence.text):
            continue
        for m in named_in(sentence.text, doc.published):
            if m.name != competition or not _GROUP_OF.search(sentence.text, 0, m.start):
                continue
            named = {x.team for x in doc.mentions_in(sentence)}
            if named and named <= pair:
                return "group"
    return None
