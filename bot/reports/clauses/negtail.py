"""A denial that closes a sentence in a clause of its own (`Cocu drove in his second, and PSV
poured forward for the goal that would have taken them through`) takes back only that
clause, not the goal told before it. Without the comma, `and` starts such a clause only
right after a goal's minute (`X headed Scotland in front in the 39th minute and Craig
Brown's side pressed for the goal that would have ...`) and when no time follows it."""

from __future__ import annotations

import re

_NEW_SUBJECT = re.compile(
    r",\s+(?:and|but|und|aber)\s+(?:(?:als|when|as)\s+)?(?:the\s+|die\s+|der\s+)?[A-ZÄÖÜ]\w+\s"
)
_AFTER_MINUTE = re.compile(
    r"(?:\b(?:minute|Minute)|\(\d{1,3}\.?\))(?:\s+(?:zum|to make it)\s+\d{1,2}[:-]\d{1,2})?"
    r"\s+(?:and|und)\s+(?:the\s+|die\s+|der\s+)?"
    r"[A-ZÄÖÜ][\w'’-]*\s"
)


def negative_tail(text: str, denial: re.Match | None) -> int | None:
    """Where the clause holding the denial starts, when it is a later clause of its own
    (after ", and" and a new subject) and something stands before it; else None."""
    if denial is None:
        return None
    cuts = [m.start() for m in _NEW_SUBJECT.finditer(text, 0, denial.start())]
    if not cuts:
        cuts = [
            m.start()
            for m in _AFTER_MINUTE.finditer(text, 0, denial.start())
            if not re.search(r"\d", text[m.end() :])
        ]
    if not cuts and _COUNTERFACTUAL.fullmatch(denial.group()):
        cuts = [m.start() for m in _RELATIVE.finditer(text) if m.end() <= denial.start()]
    return cuts[-1] if cuts and cuts[-1] > 0 else None


_RELATIVE = re.compile(
    r",\s+(?:der|die|das|den|dem|which|that)\s+(?=[a-zäöüß])|"
    r",\s+(?:and|but|und|aber)\s+(?:that|this|dieser|dieses|das|der)\s+"
    r"(?:goal|lead|strike|win|Tor|Treffer|Führung|Sieg)\b"
)
_COUNTERFACTUAL = re.compile(r"(?i:hätte|wäre|would have|could have)")
"""`..., als Schalke auf den Siegtreffer drängte, der zum Weiterkommen nötig gewesen wäre`,
`..., and that goal would have been enough`: what would have been, told in a relative or
`and that goal` clause at the end, takes back only that clause."""


def negative_head(text: str, denial: re.Match | None, negative) -> int | None:
    """`Nach einer ersten Hälfte, in der Rüdiger ein Tor aberkannt wurde, ging Spanien in
    Führung: Morata lenkte ... in der 62. Minute ins Tor`: a denial before a colon takes
    back only what stands before it, where nothing after the colon denies again; the place
    just after the colon, else None."""
    if denial is None:
        return None
    colon = text.find(": ", denial.end())
    if colon < 0 or negative.search(text, colon):
        return None
    return colon + 1
