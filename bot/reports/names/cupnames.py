"""`Copa del Rey`, `Coupe de France`, `Taça de Portugal`, `Copa do Brasil`: a competition
whose name joins its words with a particle is no person (`del Rey` was read as a scorer)."""

from __future__ import annotations

import re

from bot.competitions.names import _BY_KEY, find_competitions
from bot.competitions.scan import lower_text
from bot.reports.text.holdsany import holds_any

_PARTICLE = re.compile(r" (?:del|de|do|da|di|della|des|la|le) ")
_PARTICLES = frozenset(("del", "de", "do", "da", "di", "della", "des", "la", "le"))
_OPENINGS = tuple(
    sorted(
        {
            key.split(" ")[0]
            for key in _BY_KEY
            if any(word in _PARTICLES for word in key.split(" ")[1:])
        }
    )
)
"""The first words (`copa`, `coupe`, `taça`, ...) of the competition names with a particle
after their first word. find_competitions' spans are a name of _BY_KEY (its words joined
by spaces or hyphens, as it stands in the lower-cased text) or an abbreviation or a
_PATTERNS match (neither ever holds ` de `-like words with spaces round them); a span
holding ` particle ` has a space before the particle inside it, so the particle is not
the name's first word: the name is one of these, and the lower-cased text holds its first
word. A text holding none has no span for particle_cups to return."""


def particle_cups(text: str, published: str | None) -> list[tuple[int, int]]:
    """Spans of the competitions named in `text` with a particle inside their name."""
    low = lower_text(text)
    if not holds_any(low, _OPENINGS) or _PARTICLE.search(text) is None:
        return []
    return [
        (c.start, c.end)
        for c in find_competitions(text, published)
        if _PARTICLE.search(text, c.start, c.end)
    ]
