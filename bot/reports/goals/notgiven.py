"""`Carroll met the cross with a header, Cech clawed it onto the bar, and Carroll wheeled
away believing it had crossed the line`: a goal told, then claimed, appealed for, cleared
off the line or not given later in the same sentence, was no goal. Such a phrase takes
back the goals of the clauses before it (a goal told after it stands: `Dunk cleared off
the line, but Saka scored from the corner`)."""

from __future__ import annotations

import re

from bot.reports.patterns.keyed import Keyed

_THE_BALL = r"(?:that )?(?:it|the ball|the header|the shot|the effort|his (?:header|shot|effort))"
_GHOST = Keyed(
    re.compile(
        rf"\b(?:believ(?:ing|ed)|convinced|sure|claim(?:ed|ing)|insist(?:ed|ing)) {_THE_BALL} "
        r"had (?:crossed|gone (?:in|over)|been over)\b|"
        r"\bclaim(?:ed|ing)? (?:for )?(?:a|the|his) goal\b|"
        r"\bappeal(?:ed|ing)? (?:in vain )?for (?:a|the) goal\b|"
        r"\bcleared (?:it |the ball |his (?:header|shot|effort) )?off the line\b|"
        r"\bwaved play on\b|\bcelebrat(?:ed|ing) (?:prematurely|too (?:early|soon))\b|"
        r"\b(?:it|that) was (?:not a|no) goal\b|"
        r"\breklamierte\w* (?:vergeblich |vergebens )?(?:ein(?:en)? |das |den )?(?:Tor|Treffer)|"
        r"\bwähnte\w* (?:den Ball|ihn|das Leder)|"
        r"\b(?:von|auf) der (?:Tor)?[Ll]inie (?:geklärt|gekratzt|geschlagen|gerettet)|"
        r"\b(?:klärte|kratzte|schlug|rettete)\w* (?:den Ball |ihn |das Leder )?(?:noch )?"
        r"(?:von|auf) der (?:Tor)?[Ll]inie|"
        r"\bgab (?:das Tor|den Treffer|ihn) nicht\b|"
        r"\berkannte (?:das Tor|den Treffer|ihn) nicht an\b|"
        r"\bließ weiterspielen\b|\bjubelte\w* (?:\w+ )?zu früh\b|"
        r"\b(?:war|sei) (?:es |das )?kein (?:reguläres )?Tor\b",
        re.I,
    ),
    "believ|convinced|sure|claim|insist|appeal|off the line|play on|celebrat|no goal|"
    "not a goal|reklamiert|wähnte|linie|gab|erkannte|weiterspielen|zu früh|kein",
)


def drop_not_given(events: list, before: int, sentence) -> None:
    """Drop the goals `events[before:]` of `sentence` told before a phrase saying they
    were none."""
    if len(events) == before:
        return
    found = _GHOST.search(sentence.text)
    if found is not None:
        cut = sentence.start + found.start()
        events[before:] = [e for e in events[before:] if e.at >= cut]
