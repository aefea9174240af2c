"""`seine Hereingabe verwertete Juan Bernat (45.+1)`: the one a German possessive before a
supplying noun means set the ball up; he is no doer (English `his cross` is `SUPPLIED`)."""

from __future__ import annotations

import re

SUPPLIED_DE = re.compile(
    r"\s+(?:Hereingabe|Flanke|Vorlage|Ecke|Eckball|Freistoß|Zuspiel|Pass|Querpass|Steilpass|"
    r"Rückpass|Kopfballvorlage|Ablage)\b"
)
