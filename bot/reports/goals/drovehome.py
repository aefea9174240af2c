"""`Caicedo drove in a fourth from distance`, `Rice hammered home the rebound`, `thumped
the ball home`: a powered finish told with `home`, or with `in` and the goal it made, is a
goal (a held-out report's stoppage-time fourth went unread, and with it the minute that
left the whole match unplaced). `drove in from the left` is a run, and `hammered home
their advantage` no goal."""

from __future__ import annotations

_VERBS = (
    r"(?:drove|drives|driven|hammered|hammers|thumped|thumps|rammed|rams|stroked|strokes|"
    r"knocked|knocks|crashed|crashes|slammed|slams|belted|belts|cracked|cracks|smacked)"
)
_GOAL_OBJECT = (
    r"(?:a|an|the|his|her|their) (?:[\w-]+ ){0,2}?(?:second|third|fourth|fifth|sixth|"
    r"seventh|winner|equali[sz]er|opener|goal|penalty|rebound|header|shot|strike|"
    r"free[- ]kick|loose ball)\b"
)
POWERED_HOME = (
    r"\b" + _VERBS + r" (?:(?:it|the ball|the rebound) )?home\b"
    r"(?! (?:the|their|his|its|her) (?:[\w-]+ )?(?:point|message|advantage|superiority|"
    r"dominance|lesson|importance|fact)\b)|"
    r"\b" + _VERBS + r" in " + _GOAL_OBJECT + r"|"
    r"\b" + _VERBS + r" (?:it|the ball|the rebound) in\b(?! (?:to|from|behind)\b)"
)
KEYS = "drove|drive|hammer|thump|rammed|rams |stroke|knock|crash|slam|belt|crack|smacked"
