"""`den Supercup ... gewonnen: Nach einem 1:1 ...`: German text calls both Germany's and
UEFA's super cup just `Supercup`, a word the competition finder leaves alone; beside a
result it names the super cup the clubs played (bot.competitions.homecups)."""

from __future__ import annotations

import re

from bot.competitions.homecups import super_cup_of_clubs

_BARE = re.compile(r"(?<![\w-])Supercup(?:s)?(?![\w-])")


def bare_super_cup(doc, r, named: list) -> tuple[bool, str | None]:
    """(told, competition): whether the result's sentence names a bare `Supercup` and
    no other competition (`named`), and if so the super cup of the result's clubs."""
    text = r.sentence.text
    if named or "Supercup" not in text or _BARE.search(text) is None or not r.teams():
        return False, None
    clubs = doc.cache.get("club-country", {})
    return True, super_cup_of_clubs([clubs.get(t) for t in r.teams()])
