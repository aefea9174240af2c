"""Whether the main match went to extra time: the sentences that say so, not those
that only expected it or tell another pair's result (split from `mainmatch.py`)."""

from __future__ import annotations

import re

from bot.reports.matches import cues
from bot.reports.matches.extratime import extra_time_named
from bot.reports.matches.reading import Reading
from bot.reports.patterns.keyed import Keyed
from bot.reports.text.document import Document

_EXTRA_WORD = Keyed(
    re.compile(r"extra[- ]time|verlängerung|n\.\s?v\.|overtime", re.I),
    "extra|verlängerung|v.|overtime",
)
_NOT_REACHED = re.compile(
    r"\b(?:(?:looked|seemed|appeared|was|were)\s+(?:headed|heading|set|bound|destined)\s+for|"
    r"avoid(?:ed|ing)?|spar(?:ed|ing)|prevent(?:ed|ing)?|rechnete[nt]?\s+(?:schon\s+)?mit|"
    r"brac(?:ed|ing)\s+(?:themselves\s+)?for|prepar(?:ed|ing)\s+for|expect(?:ed|ing)|"
    r"verhindert\w*|erspart\w*)\s+(?:an?\s+|the\s+|einer?\s+|die\s+|der\s+)?$",
    re.I,
)
_NOT_REACHED_AFTER = re.compile(
    r"\s+(?:rechnete\w*|gerechnet|erwartet\w*|einstellte\w*|eingestellt\w*|gefasst|"
    r"vorbereitete\w*|looked likely|loomed|beckoned)\b",
    re.I,
)


def _extra_time_told(doc: Document, main: Reading, readings) -> bool:
    """Whether a sentence may say the main match went to extra time. Not one that
    only expected it (`looked headed for extra time until`, `mit einer Verlängerung
    rechneten`) nor one telling another pair's result (`beat Philadelphia on
    penalties after a 3-3 draw through extra time`)."""
    if not extra_time_named(doc):
        return False
    pair = set(main.teams())
    for sentence in doc.sentences:
        hits = [
            m
            for m in cues.scan(_EXTRA_WORD, sentence.text)
            if not _NOT_REACHED.search(sentence.text, max(0, m.start() - 45), m.start())
            and not _NOT_REACHED_AFTER.match(sentence.text, m.end())
        ]
        if hits and not _other_result(doc, sentence, pair, readings):
            return True
    return False


def _other_result(doc: Document, sentence, pair: set, readings) -> bool:
    here = [r for r in readings if r.sentence is sentence and r.teams()]
    named = {m.team for m in doc.mentions_in(sentence) if m.prep != "in"}
    others = bool(here) and all(set(r.teams()) != pair for r in here) or bool(named - pair)
    return others and not pair <= named
