"""Names of what a chat can follow: teams from the resolver, competitions from the store."""

from __future__ import annotations

from rapidfuzz import fuzz, process

from bot.render.common import competition_name
from bot.schedule.announce import team_namer
from bot.schedule.subscriptions import Subscription
from bot.teams.names import normalize

FUZZY_CUTOFF = 86


async def known_competitions(store) -> list[str]:
    async with store.reader.execute("SELECT name FROM competitions ORDER BY name") as cursor:
        return [row[0] for row in await cursor.fetchall()]


async def find_competition(store, text: str, exact_only: bool = False) -> str | None:
    """The stored competition these words name (accents and case ignored), if any."""
    wanted = normalize(text)
    if not wanted:
        return None
    names = await known_competitions(store)
    by_key = {normalize(name): name for name in names}
    for lang in ("en", "de"):
        for name in names:
            by_key.setdefault(normalize(competition_name(name, lang) or name), name)
    if wanted in by_key:
        return by_key[wanted]
    if exact_only or not by_key:
        return None
    best = process.extractOne(wanted, list(by_key), scorer=fuzz.WRatio, score_cutoff=FUZZY_CUTOFF)
    return by_key[best[0]] if best else None


def render_target(subscription: Subscription, lang: str) -> str:
    if subscription.kind == "team":
        return team_namer(lang)(subscription.target)
    return competition_name(subscription.target, lang) or subscription.target
