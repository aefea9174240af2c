"""A goalless draw a side held for a while is the state during a match, not its end:
`nachdem der Torhüter lange ein torloses Remis festgehalten hatte`, `had kept it a
goalless draw for long`; the result is told elsewhere."""

from __future__ import annotations

import re

from bot.reports.text.holdsany import holds_any

_HELD_AFTER = re.compile(
    r"^\s*(?:[\w-]+\s+){0,3}?(?:festgehalten|gehalten|verteidigt|gerettet|"
    r"festhielt|festhielten|hielt|hielten|verteidigte|verteidigten)\b",
    re.I,
)
_LONG_BEFORE = re.compile(r"\b(?:lange|lang|long|for long|for so long)\s+(?:[\w-]+\s+){0,2}$", re.I)
_HELD_BEFORE = re.compile(
    r"\b(?:held|kept|keep|keeping|holding|hold|protected)\s+(?:on\s+to\s+|onto\s+)?"
    r"(?:(?:a|the|it)\s+)?(?:[\w-]+\s+){0,1}$",
    re.I,
)
_WHILE_AFTER = re.compile(
    r"^\s*(?:for\s+(?:so\s+)?long|until\s+(?!the\s+(?:final|last|end)\b|the\s+whistle\b)|"
    r"for\s+(?!90\b|120\b)\d+\s+minutes)\b",
    re.I,
)
"""`for so long`, `until the 85th minute`; `until the final whistle` is the end."""
_KEYS = ("lang", "long", "until", "held", "kept", "keep", "hold", "protected", "halt",
         "hielt", "verteidig", "gerettet")  # fmt: skip


def held_for_a_while(before: str, after: str) -> bool:
    """Whether the words around a goalless phrase tell it as held during a match: a
    holding verb right after it with `lange` before (German), or `held`/`kept` before
    it with `for long`/`until` after (English)."""
    near_before, near_after = before[-40:], after[:40]
    low = (near_before + " " + near_after).lower()
    if not holds_any(low, _KEYS):
        return False
    if _HELD_AFTER.match(near_after) and _LONG_BEFORE.search(near_before):
        return True
    if _HELD_BEFORE.search(near_before):
        return _WHILE_AFTER.match(near_after) is not None
    return False
