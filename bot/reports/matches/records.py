"""`England's previous best World Cup win was 3-0`, `Die höchste Niederlage der
Vereinsgeschichte war ein 0:9`: a record told as a score is no match of the report."""

from __future__ import annotations

import re

from bot.reports.patterns.keyed import Keyed

_RECORD_BEFORE = Keyed(
    re.compile(
        r"\b(?:previous|biggest|best|record|largest|heaviest|worst|highest|höchste[nr]?|"
        r"bisherige[nr]?|größte[nr]?|schwerste[nr]?)\b[^.;:]{0,40}?"
        r"\b(?:win|victory|defeat|loss|margin|scoreline|Sieg|Niederlage|Erfolg|Pleite)\b"
        r"[^.;:]{0,30}?\b(?:was|is|had been|remains|war|ist|lautete|bleibt)\s+(?:a\s+|an\s+|"
        r"ein\s+|das\s+|the\s+)?$",
        re.I,
    ),
    "previous|biggest|best|record|largest|heaviest|worst|highest|höchste|bisherige|größte|"
    "schwerste",
)
"""Asked of every result: most sentences hold none of the record words."""


def record_score(text: str, at: int) -> bool:
    """Whether the score at `at` is told as a record (what some best or worst result
    `was`) or a tally of goals (`ein Torverhältnis von 2:5`), not as a match played."""
    near = text[max(0, at - 30) : at]
    if ("Tor" in near or "goal" in near) and _TALLY_BEFORE.search(near):
        return True
    return _RECORD_BEFORE.search(text, max(0, at - 100), at) is not None


_TALLY_BEFORE = re.compile(
    r"\b(?:Torverhältnis|Torbilanz|Tordifferenz|goal (?:record|tally|ratio|difference)|"
    r"goals record)\s+(?:von\s+|of\s+)?$",
    re.I,
)
"""`mit drei Punkten und einem Torverhältnis von 2:5`, `a goal record of 4-7`: the goals a
side scored and let in over several games."""


_MODALS = ("würde", "wäre", "would", "könnte", "could", "hätte", "ginge", "hieße")
"""The modals' key words, tested one by one in hypothetical_score (edit both)."""
_INDEFINITE_BEFORE = re.compile(
    r"\b(?:a|an|another|ein|einem|eines)\s+"
    r"(?:(?:knappes|knappen|einfaches|erneutes|weiteres|narrow|simple|mere|second)\s+)?$",
    re.I,
)
_MODAL_AFTER = re.compile(
    r"(?:-?(?:Sieg|Erfolg|Remis|Heimsieg|Auswärtssieg)|\s+(?:win|victory|draw|result|scoreline))?"
    r"(?:\s+(?:for|für|gegen|against|by|in|at|im|bei|beim)\s+(?:the\s+|die\s+|den\s+)?[\w'’-]+)"
    r"{0,2}?"
    r"(?:(?:\s+(?:reichen|genügen|ausreichen|bedeuten))?\s+(?:würden?|wären?|would|könnten?|"
    r"could|ginge|hieße|hießen)\b|\s+hätten?\s+(?:[\w-]+\s+){0,3}?(?:gereicht|genügt|ausgereicht)\b)"
)


_ENOUGH_KEYS = ("reicht", "genügt", "reichen", "genügen", "eed", "require", "rauch", "räucht")
"""The key words of _ENOUGH_BEFORE's gate, tested one by one in hypothetical_score (edit
both)."""
_ENOUGH_BEFORE = re.compile(
    r"\b(?:reicht|genügt|reichen|genügen|[Nn]eeds?|[Nn]eeding|[Rr]equires?|[Bb]raucht|"
    r"[Bb]rauchen|[Bb]räuchten?)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:(?:schon|bereits|only|just|merely)\s+)?(?:ein|einem|a|an)\s+$"
)


def hypothetical_score(text: str, start: int, end: int) -> bool:
    """`ein 2:1 würde dagegen die Verlängerung bedeuten`, `a 2-1 win for Hertha would
    force extra time`, `a 1-0 win in Glasgow would`: a score with an indefinite article
    and a modal after it is one that might be, never a match played (also with the verb
    before the modal: `dass ein 2:0 reichen würde`, `ein 2:0 hätte gereicht`); so is one
    a side `needs`, `braucht` or `bräuchte`, or that `reicht` it (present tense: `reichte
    ein 1:0` tells a match played)."""
    # the key tests of _ENOUGH_KEYS and _MODALS written out, in their order (a generator
    # a call cost more than the tests)
    if (
        "reicht" in text
        or "reichen" in text
        or "genügt" in text
        or "genügen" in text
        or "eed" in text
        or "require" in text
        or "rauch" in text
        or "räucht" in text
    ) and _ENOUGH_BEFORE.search(text, max(0, start - 60), start):
        return True
    if not (
        "würde" in text
        or "wäre" in text
        or "would" in text
        or "könnte" in text
        or "could" in text
        or "hätte" in text
        or "ginge" in text
        or "hieße" in text
    ):
        return False
    if _INDEFINITE_BEFORE.search(text, max(0, start - 30), start) is None:
        return False
    return _MODAL_AFTER.match(text, end) is not None
