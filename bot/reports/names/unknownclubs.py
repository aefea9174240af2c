"""Club names the team list does not know (`den Fünftligisten FC Düren`): where one
stands in a sentence, a result there is against it, not against the story's pair."""

from __future__ import annotations

import re

from bot.reports.patterns.alternations import lead

_CLUB_WORD = lead(
    re.compile(
        r"\b(?:FC|SC|SV|VfL|VfB|TSV|TuS|SpVgg|FSV|SSV|FK|SK|NK|KV|KRC|RSC|"
        r"Fortuna|Eintracht|Borussia|AC|AS|CD|CF|"
        r"Club|Sporting|Racing|Atlético|Atletico|Deportivo|Real|Dynamo|Dinamo)\s+[A-ZÄÖÜ][\w-]+"
    ),
    always=True,
)


_WE_SCORED = re.compile(r"\b(?:[Ww]e|[Ww]ir)\s[^,;.:]{0,55}?\d{1,2}\s?[-:–]\s?\d{1,2}\b")
"""`and we beat United 1-0 at Wembley`: a fan's first person, a side the text never names."""


def unknown_club(doc, sentence) -> bool:
    """`hatte er den Fünftligisten FC Düren besiegt`: a club name the team list does not
    know is the other side; the story's pair must not stand in for it; nor for a first
    person's result (`we beat United 1-0`)."""
    text = sentence.text
    if ("we " in text or "wir " in text or "We " in text or "Wir " in text) and _WE_SCORED.search(
        text
    ):
        return True
    spans = [(m.start, m.end) for m in doc.mentions_in(sentence)]
    for m in _CLUB_WORD.finditer(sentence.text):
        at = sentence.start + m.start()
        if not any(s <= at < e for s, e in spans):
            return True
    return False
