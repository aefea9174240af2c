"""How a goal just told came about, in participle clauses (`The Brazilian settled it with
two goals, collecting the ball on the left, running past Ramos and beating the keeper, in
the 59th and 77th minutes`): such a clause tells no goal of its own, so the minutes after
it still belong to the goals told before it."""

from __future__ import annotations

import re

_PARTICIPLE = re.compile(r"\s*(?:and\s+)?[a-z]{3,}ing\s")


def told_how(text: str, lang: str) -> bool:
    """Whether a clause with no goal word and no minute opens on an -ing participle."""
    return lang == "en" and _PARTICIPLE.match(text) is not None
