"""Words around `final` that make it no round of a match: an adjective (`the final
whistle`, `die finale Viertelstunde`) or a conference's final, a round before the final."""

from __future__ import annotations

import re

NOT_A_FINAL = re.compile(
    r"\s+(?:day|days|matchday|weekend|whistle|minutes?|seconds|stages?|third|score|table|"
    r"standings|round of (?:the|league)|home game|league game|game of the|match of the|"
    r"weeks?|stretch|spieltag|spieltages|rounds?(?! of)|tournament|phase|group|games|matches|"
    r"appearances?|season|years?|months?|moments?|act|chapter|hurrah|bow|afternoon|"
    r"evening|night|morning|(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
    r"half(?:[- ]hour)?|hour|quarter(?![- ]?finals?)|period|spells?|"
    r"(?:few|two|three|five|ten|fifteen|twenty|\d+)\s+minutes|"
    r"(?:two|three|four|six|eight|\d+)\s+(?:matches|games|fixtures|ties)|"
    r"viertelstunde|halbe\s+stunde|minuten|spielminuten)\b",
    re.IGNORECASE,
)
"""`the final day (afternoon, Sunday) of the season`, `the final whistle`, `the final
half-hour` (`die finale Viertelstunde`) of a match, a qualifying
`Final Round`, the `final tournament`, `one of his final games for the club`: an
adjective."""
CONFERENCE = re.compile(
    r"\b(?:conference|division|zonal|regional|konferenz|(?:east|west)(?:ern)?)[- ]?$", re.I
)
"""`the Western Conference final`, `Konferenz-Finale`: a round before the final, whose
place among the stages the text does not give."""
