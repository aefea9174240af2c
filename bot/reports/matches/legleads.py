"""The lead a first leg left the side holding it (`carried a 1-0 lead from the first
leg`, `mit einem 2:0-Vorsprung aus dem Hinspiel`) is that leg's result, so the score is
read as one rather than as a running score."""

from __future__ import annotations

import re

_LEG_LEAD = re.compile(
    r"\s(?:lead|advantage|cushion) (?:from|out of) the first leg\b|"
    r"\s(?:vorsprung|führung|polster) aus dem hinspiel\b",
    re.IGNORECASE,
)
_NOW_PLAYED = re.compile(
    r"\b(?:second leg|return leg|rückspiel\w*|empf(?:ängt|ing|angen)|hosts?|hosted|"
    r"welcom\w+|travel\w*|reis\w+)\b",
    re.IGNORECASE,
)
"""`Mit einem 2:1-Vorsprung aus dem Hinspiel empfängt Frankfurt West Ham zum Rückspiel`:
the sentence is about the second leg, so its ground is not the first leg's."""
_LEAD_HELD = re.compile(
    r"\b(?:carr(?:y|ied|ying)|took|tak(?:e|ing)|ha[ds]|having|h[eo]ld(?:ing)?|brought|"
    r"bring(?:ing)?|protect(?:ed|ing)?|defend(?:ed|ing)?|nurs(?:ed|ing)|with|mit|hatten?|"
    r"brachten?) (?:a|an|their|its|his|her|einem|einen)\s*$",
    re.IGNORECASE,
)
"""`carried a 1-0 lead from the first leg`, `mit einem 2:0-Vorsprung aus dem Hinspiel`:
the lead a first leg left the subject, which is that leg's result (not one the subject
overturned, `wiped out Chelsea's 1-0 lead`)."""


def leg_lead(before: str, after: str, suffix: str) -> bool:
    """Whether the score between `before` and `after` is a first leg's lead, held."""
    return bool(
        _LEG_LEAD.match((suffix and " " + suffix) + after)
        and _LEAD_HELD.search(before[-40:])
        and not _NOW_PLAYED.search(before + after)
    )
