"""`Der 19 Jahre alte Kylian Mbappé holte einen Foulelfmeter heraus, den Antoine Griezmann
zum 1:0 verwandelte (13.)`, `Mbappé won a penalty, which Griezmann converted`: the side
who won the kick is no scorer; its clause tells no goal of its own (the clause that
puts the kick away does)."""

from __future__ import annotations

import re

from bot.reports.patterns.keyed import Keyed

_WON = {
    "de": Keyed(
        re.compile(
            r"\b(?:holte|holt|holten|herausgeholt)\b[^,;]*\b(?:Foul)?(?:elfmeter|strafsto(?:ß|ss))"
            r"\s+(?:heraus|herausgeholt)\b",
            re.I,
        ),
        "elfmeter|strafsto",
    ),
    "en": Keyed(
        re.compile(
            r"\b(?:won|wins|earned|earns|drew|draws)\s+(?:a|the|his side a|them a)\s+penalty\b"
            r"(?!\s+(?:and|before)\b)",
            re.I,
        ),
        "penalty",
    ),
}
"""Behind Keyed: each match holds the kick's word, which most clauses lack (the `\b`-led
search ran over every clause without a minute, 0.07 M per read)."""


def won_kick_only(text: str, lang: str, timed: bool) -> bool:
    """A clause without its own minute whose only goal word is a kick its subject won."""
    return not timed and _WON.get(lang, _WON["en"]).search(text) is not None
