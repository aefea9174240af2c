"""The curated team list (`teams.json`) and the records a resolver holds: a team,
an alias with where it was learned, and the answer to a lookup."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from bot.teams.names import alias_forms

DATA_FILE = Path(__file__).with_name("teams.json")


@dataclass(frozen=True)
class Team:
    id: str
    names: dict[str, str]
    kind: str = "club"
    country: str | None = None

    def display(self, lang: str) -> str:
        return self.names.get(lang) or self.names.get("en") or self.id


@dataclass(frozen=True)
class Alias:
    team: str
    alias: str
    lang: str
    source: str


@dataclass(frozen=True)
class Lookup:
    """status: found | ambiguous | unknown. `fuzzy` marks a typo-tolerant hit."""

    status: str
    query: str
    team: Team | None = None
    candidates: tuple[Team, ...] = ()
    suggestions: tuple[Team, ...] = ()
    fuzzy: bool = False


@lru_cache(maxsize=1)
def _entries() -> list[dict]:
    """The data file, parsed once for the teams and for their word names."""
    return json.loads(DATA_FILE.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def curated() -> tuple[tuple[Team, tuple[Alias, ...]], ...]:
    out = []
    for entry in _entries():
        team = Team(
            id=entry["id"],
            names=dict(entry["names"]),
            kind=entry.get("kind", "club"),
            country=entry.get("country"),
        )
        aliases = tuple(
            Alias(team.id, form, lang, "curated")
            for lang, names in entry.get("aliases", {}).items()
            for alias in names
            for form in alias_forms(alias, lang)
        )
        out.append((team, aliases))
    return tuple(out)


@lru_cache(maxsize=1)
def word_names() -> dict[str, str]:
    """A club's name that is also an English word (`Reading`, `Forest`, `Hearts`), by
    the word as written: never an alias, since running text uses the word; the reader
    takes it for the club only where English text writes it as a name."""
    return {word: entry["id"] for entry in _entries() for word in entry.get("word_names", ())}


@lru_cache(maxsize=1)
def short_names() -> dict[str, tuple[str, str]]:
    """A club's first word that texts call it by once they have named it in full (`River`
    for River Plate), with the full name it needs: alone it is a common word (`river`), so
    it is no alias; the reader takes it only in a text that writes the full name too."""
    return {
        word: (entry["id"], entry["names"]["en"])
        for entry in _entries()
        for word in entry.get("short_names", ())
    }
