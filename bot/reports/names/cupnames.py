"""`Copa del Rey`, `Coupe de France`, `Taça de Portugal`, `Copa do Brasil`: a competition
whose name joins its words with a particle is no person (`del Rey` was read as a scorer)."""

from __future__ import annotations

import re

from bot.competitions.names import find_competitions

_PARTICLE = re.compile(r" (?:del|de|do|da|di|della|des|la|le) ")


def particle_cups(text: str, published: str | None) -> list[tuple[int, int]]:
    """Spans of the competitions named in `text` with a particle inside their name."""
    if _PARTICLE.search(text) is None:
        return []
    return [
        (c.start, c.end)
        for c in find_competitions(text, published)
        if _PARTICLE.search(text, c.start, c.end)
    ]
