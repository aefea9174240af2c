"""A competition named in a sentence about an earlier month (`In February Arsenal had won
2-0 here in the FA Cup`) or season (`Vor einem Jahr waren sie aus der 3. Liga abgestiegen`)
is that earlier match's, not the report's own."""

from __future__ import annotations

import re

from bot.reports.patterns.alternations import lead
from bot.reports.text.document import Document

_PAST = lead(re.compile(r"\b(?:had|hatte|hatten)\b"), always=True)
_MONTH = re.compile(
    r"\b(?:[Ii]n|[Ii]m|[Ll]ast|[Ss]ince|[Ss]eit)\s+(?:January|February|March|April|May|June|"
    r"July|August|September|October|November|December|Januar|Februar|März|Mai|Juni|Juli|"
    r"Oktober|Dezember)\b"
)


def in_earlier_month(doc: Document, at: int) -> bool:
    """`In February Arsenal had won 2-0 here in the FA Cup fifth round`, `Im März hatte
    Bayern das Pokalspiel gewonnen`: the sentence holding the mention tells, in the
    pluperfect, of a month gone by, so the competition is not the report's first."""
    sentence = next((s for s in doc.sentences if s.start <= at < s.end), None)
    if sentence is None:
        return False
    if _YEAR_BACK.match(sentence.text) and _WAS.search(sentence.text):
        return True
    if not _PAST.search(sentence.text):
        return False
    return bool(_MONTH.search(sentence.text))


_YEAR_BACK = re.compile(
    r"\s*(?:Vor (?:einem|zwei|drei|vier|fünf) Jahr(?:en)?|Im Vorjahr|"
    r"In der (?:vergangenen|vorigen) Saison|(?:A|One|Two|Three) years? ago|Last season|"
    r"The season before)\b"
)
_WAS = re.compile(r"\b(?:had|hatte|hatten|war|waren|was|were)\b")
"""`Vor einem Jahr waren sie sportlich aus der 3. Liga abgestiegen`, `A year ago they were
relegated from League One`: a sentence opening on a year gone by tells of that season."""
