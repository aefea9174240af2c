"""`met Griezmann's cross with his head in the 78th minute and Pickford had no chance`,
`Neuer war machtlos`: the player who had no chance is the beaten goalkeeper, never the
scorer the clause's goal words look for (set 59 gave Giroud's header to Pickford)."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.reports.text.holdsany import holds_any

_KEYS = ("chance", "helpless", "beaten", "stranded", "machtlos", "geschlagen")
_HELPLESS = re.compile(
    r"\s+(?:(?:had|stood|was given) (?:no|little) chance\b|was (?:left )?(?:helpless|beaten|"
    r"stranded)\b|(?:hatte|war) (?:keine Chance|machtlos|chancenlos|geschlagen|ohne Chance)\b)"
)


def without_beaten_keepers(text: str, clause_text: str, found: list) -> list:
    """`found` with each name told as helpless before the shot no longer a doer."""
    if not holds_any(clause_text, _KEYS):
        return found
    return [
        replace(c, eligible=False) if c.name and _HELPLESS.match(text, c.end) else c for c in found
    ]
