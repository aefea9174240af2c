"""`Sancho curled in a third in the 83rd minute, and Caicedo drove in a fourth` read on a 2-2:
a goal sentence counting a side's goals past the most either side scored tells of another
match, so the goals read for this one are not its own (a held-out report gave a 1-4
final's goals to a 2-2 leg)."""

from __future__ import annotations

import re

from bot.reports.text.holdsany import holds_any

_ORDINALS = {
    "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "dritte": 3, "vierte": 4, "fünfte": 5, "sechste": 6, "siebte": 7,
}  # fmt: skip
_COUNTED = re.compile(
    r"\b(?:added|curled|slotted|headed|fired|drove|drilled|struck|scored|netted|grabbed|"
    r"smashed|tapped|rifled|swept|poked|nodded|volleyed|lashed|bundled|made it)\s+"
    r"(?:in\s+|home\s+)?(?:a|the|their)\s+(?P<en>third|fourth|fifth|sixth|seventh)\b"
    r"(?!\s+(?:time|title|trophy|successive|straight|consecutive|final|season|round|place|"
    r"minute|of\s+the\s+(?:season|campaign|tournament)|in\s+(?:a\s+row|succession)))|"
    r"\b(?:erzielte|schoss|köpfte|markierte|besorgte|gelang)\b[^.;:,]{0,40}?\b(?:das|den)\s+"
    r"(?P<de>dritte|vierte|fünfte|sechste|siebte)n?\s+(?:Tor|Treffer)\b"
    r"(?!\s+(?:der|dieser|in\s+der)\s+(?:Saison|Spielzeit|Runde))|"
    r"\b(?:das|den)\s+(?P<dv>dritte|vierte|fünfte|sechste|siebte)n?\s+(?:Tor|Treffer)\s+"
    r"(?:erzielte|schoss|köpfte|markierte|besorgte)\b"
)
_PAST = {
    most: tuple(word for word, number in _ORDINALS.items() if number > most) for most in range(8)
}
"""The ordinal words past a score's larger side, for each that leaves some beyond it."""
_NEAR = 50
_BREAK = re.compile(r"[,;:]|(?<!\d)\.\s")
"""How far before the count the scorer's name may stand, in the same clause."""


def beyond_score(events, score: tuple[int, int]) -> bool:
    """Whether a goal of `events` is told as a side's goal beyond what `score` allows: its
    scorer named before the count in the same clause."""
    most = max(score)
    # _COUNTED has no re.I and every match holds one of _ORDINALS' words as written; a
    # match counts only if that word's number is past `most`: evidence holding none of
    # those words has no match that counts (and most texts hold none).
    beyond = _PAST.get(most)
    if beyond is None:
        beyond = tuple(word for word, number in _ORDINALS.items() if number > most)
    for event in events:
        if not event.player:
            continue
        evidence, name = event.evidence, event.player.split()[-1]
        if not holds_any(evidence, beyond):
            continue
        for found in _COUNTED.finditer(evidence):
            if (
                _ORDINALS[(found.group("en") or found.group("de") or found.group("dv")).lower()]
                <= most
            ):
                continue
            before = evidence[max(0, found.start() - _NEAR) : found.start()]
            at = before.rfind(name)
            if at >= 0 and not _BREAK.search(before, at):
                return True
    return False
