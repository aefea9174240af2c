"""A shot or header named just after a goal cue (`their best moment was a John Terry header
that Courtois ... turned away`), looked for in a forty-character window behind a key test:
its `\\b`-led re.I alternation, tried at each of the forty places, cost about 26,000
instructions a call."""

from __future__ import annotations

import re

from bot.reports.text.holdsany import holds_any

_CHANCE_NOUN = re.compile(
    r"\b(?:header|shot|strike|effort|volley|free[- ]kick|Kopfball|Schuss|Freistoß)\b", re.I
)
"""`their best moment was a John Terry header that Courtois ... turned away`: a header or
shot the rest of the sentence tells as saved or missed is no goal."""
_CHANCE_KEYS = ("header", "shot", "strike", "effort", "volley", "free", "kopfball", "schuss")


def chance_noun(text: str, start: int) -> bool:
    """`_CHANCE_NOUN.search(text, start, start + 40)`, not searched in an ASCII window that
    holds none of its words lower-cased (re.I folds there as lower() does)."""
    window = text[start : start + 40]
    if window.isascii() and not holds_any(window.lower(), _CHANCE_KEYS):
        return False
    return _CHANCE_NOUN.search(text, start, start + 40) is not None
