"""`Nach dem 0:1 an der Stamford Bridge gewann die Mannschaft von Rafael Benítez an der
Anfield Road mit 1:0`, `After the 0-1 in Porto, ...`: a place right after a score told in
a `Nach dem` / `after the` phrase is where that score was played, not the ground of the
clause's own result."""

from __future__ import annotations

import re

_SCORE_PHRASE = re.compile(
    r"\b(?:[Nn]ach|[Tt]rotz|[Aa]fter|[Dd]espite)\s+(?:dem|des|einem|the|a)\s+"
    r"\d{1,2}\s?[:–-]\s?(?P<end>\d{1,2})\s+$"
)


_AFTER_THE_SCORE = re.compile(
    r"\b(?:[Aa]uf|[Tt]he)\s+(?:das\s+)?\d{1,2}\s?[:–-]\s?(?P<end>\d{1,2})\s+$"
)
"""`Auf das 1:1 in Spanien folgte ein 3:1`, `the 2-2 in Spain was followed by a 2-0 win`:
a place right after a score named by its article is where that score was played."""


_MEET_AHEAD = re.compile(
    r"\b(?:when|before|wenn|bevor|ehe)\s+(?:they|it|sie|es|[A-ZÄÖÜ][\w.'’-]*)\s+"
    r"(?:(?:will|next|again)\s+)?(?:meet|meets|face|faces|host|hosts|visit|visits|"
    r"play|plays|take on|takes on)\b[^.;]*$"
)
_MEET_AHEAD_DE = re.compile(r"\b(?:wenn|bevor|ehe)\s+(?:sie|es|er|[A-ZÄÖÜ][\w.-]*)\s[^.;,]*$")
_MEET_VERB_DE = re.compile(
    r"\s*(?:[\w.-]+\s+){1,4}?(?:trifft|treffen|empfängt|empfangen|antritt|antreten|spielt|"
    r"spielen)\b"
)
"""`Ukraine defend the 2-0 they won in Lviv when they meet Slovenia in Maribor`: a place
after a meeting still ahead is that meeting's ground, not the told result's."""
_SCORE_AFTER = re.compile(r"\b(?:after|nachdem)\s[^,;]*$")
_LEG_IN_CLAUSE = re.compile(r"[^,;]*?\b(?:first|opening|second)[- ]leg\b|[^,;]*?\w*[Hh]inspiel")
"""`That ended in extra time at Stamford Bridge after Napoli had won the first leg 3-1`: a
place before an `after` clause that tells a leg's score is the main clause's ground (a later
match's), not the leg's; a clause closed by a comma (`At Anfield, after ..., won 3-1`) is
not, nor one telling a state of the match itself (`nachdem es nach 120 Minuten 0:0 stand`)."""


def after_told_score(text: str, at: int, own_hit_end: int) -> bool:
    """Whether the place at `at` (sentence offset) follows a `Nach dem 0:1` phrase
    (or `Auf das 1:1`) whose score is not the reading's own (ending at `own_hit_end`),
    or follows the reading's score and a meeting still ahead (`when they meet ... in`),
    or stands before an `after` clause holding the reading's score."""
    if 0 <= own_hit_end < at and _MEET_AHEAD.search(text, own_hit_end, at):
        return True
    if 0 <= own_hit_end < at and _MEET_AHEAD_DE.search(text, own_hit_end, at):
        if _MEET_VERB_DE.match(text, at):  # `wenn sie Slowenien in Maribor trifft`
            return True
    if at < own_hit_end and ("after" in text or "nachdem" in text):
        if (found := _SCORE_AFTER.search(text, at, own_hit_end)) and _LEG_IN_CLAUSE.match(
            text, found.start()
        ):
            return True
    found = _SCORE_PHRASE.search(text, max(0, at - 30), at)
    found = found or _AFTER_THE_SCORE.search(text, max(0, at - 20), at)
    return found is not None and found.end("end") != own_hit_end
