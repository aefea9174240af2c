"""`Weil das Hinspiel im Camp Nou torlos geendet hatte, zog Barça ins Finale ein`, in a
report on that final: a leg whose own sentence tells a side going through to the final
was played in the round before it, so its other side is not the final's opponent, whom
the reader would otherwise lend it from the story."""

from __future__ import annotations

import re

from bot.reports.matches.reading import Reading
from bot.reports.text.document import Document
from bot.reports.text.holdsany import holds_any

_INTO_FINAL = re.compile(
    r"\b(?:ins|in das) (?:Finale|Endspiel)\b|\bFinaleinzug\b|\bEndspiel erreicht\w*|"
    r"\bFinale erreicht\w*|\b(?:into|to|reach\w*|made) the final\b",
    re.I,
)
_KEYS = ("finale", "endspiel", "final")


def leg_before_final(doc: Document, r: Reading, main: Reading | None) -> bool:
    """Whether `r`, a leg of the main final's pair that its sentence names with only one
    of the two sides, is told as the way into that final (so its pair is a guess); or,
    where that final was one match, another result given the pair as a guess in or right
    after a sentence naming an earlier round."""
    if main is None or r is main or main.stage != "final":
        return False
    if set(r.teams()) != set(main.teams()):
        return False
    low = r.sentence.text.lower()
    into = r.leg is not None and holds_any(low, _KEYS) and _INTO_FINAL.search(low)
    guessed = (
        not into
        and main.leg is None
        and r.context_filled
        and sorted((r.p_goals, r.o_goals)) != sorted((main.p_goals, main.o_goals))
    )  # (not the final's own score told again)
    if not into and not guessed:
        return False
    if set(r.teams()) <= {m.team for m in doc.mentions_in(r.sentence)}:
        return False
    return bool(into) or _earlier_round_told(doc, r)


_EARLIER_ROUND = re.compile(
    r"\b(?:semi-?finals?|quarter-?finals?|halbfinal\w*|viertelfinal\w*)\b", re.I
)
_ROUND_KEYS = ("semi", "quarter", "halbfinal", "viertelfinal")


def _earlier_round_told(doc: Document, r: Reading) -> bool:
    """`Leeds found that out in the semi-final. Derby lost the first leg 1-0 at Pride
    Park`, in a report on a one-match final: a leg told in a sentence naming an earlier
    round, or right after one, was played in that round, against the third team named
    there (not `a quarterfinal against Racing Club. After a 3-1 defeat ...`)."""
    at = doc.index_of(r.sentence)
    for sentence in doc.sentences[max(0, at - 1) : at + 1]:
        low = sentence.text.lower()
        if holds_any(low, _ROUND_KEYS) and _EARLIER_ROUND.search(sentence.text):
            return any(m.team not in r.teams() for m in doc.mentions_in(sentence))
    return False
