"""Turns the words a user typed into one or two teams, however the names are split.

`/tie monterrey inter miami` has no separator between the two names, so every
split of the words is tried and the one where both sides resolve best wins
(an exact name beats a typo-tolerant one, which beats an ambiguous one).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz, process

from bot.teams.names import normalize
from bot.teams.resolver import SUGGEST_CUTOFF, Lookup, Team, TeamResolver

MAX_NAME_WORDS = 12
MAX_NAME_CHARS = 160
RANKS = {"exact": 3, "fuzzy": 2, "ambiguous": 1, "unknown": 0}


@dataclass(frozen=True)
class Pick:
    """One team argument: what was typed and what it resolved to."""

    text: str
    lookup: Lookup

    @property
    def team(self) -> Team | None:
        return self.lookup.team if self.lookup.status == "found" else None

    @property
    def rank(self) -> int:
        if self.lookup.status == "found":
            return RANKS["fuzzy"] if self.lookup.fuzzy else RANKS["exact"]
        return RANKS[self.lookup.status]


class TeamArgs:
    """The resolver plus the set of teams the store knows, which settles ambiguity."""

    def __init__(self, resolver: TeamResolver, known: set[str], names: dict[str, str]) -> None:
        self.resolver = resolver
        self.known = frozenset(known)
        self.names = names
        self.pick = lru_cache(maxsize=4096)(self._pick)
        self._known_keys: dict[str, set[str]] | None = None

    def _pick(self, text: str) -> Pick:
        text = " ".join(text.split())
        if text in self.resolver.teams:
            return Pick(text, Lookup("found", text, team=self.resolver.teams[text]))
        return Pick(text, self.resolver.lookup(text, prefer=set(self.known) or None, partial=True))

    def is_exact(self, text: str) -> bool:
        """A cheap test before any fuzzy matching: is this exactly a name or id we know?"""
        text = " ".join(text.split())
        return text in self.resolver.teams or bool(self.resolver.exact(text))

    def suggestions(self, pick: Pick) -> tuple[Team, ...]:
        """Close names for an unknown pick, among teams the store holds where it holds any."""
        if not self.known:
            return pick.lookup.suggestions
        return self._closest_known(pick.text)

    def _closest_known(self, text: str) -> tuple[Team, ...]:
        if self._known_keys is None:
            self._known_keys = {
                key: owners & self.known
                for key, owners in self.resolver.keys().items()
                if owners & self.known
            }
        best: dict[str, float] = {}
        for key, score, _ in process.extract(
            normalize(text),
            list(self._known_keys),
            scorer=fuzz.WRatio,
            limit=10,
            score_cutoff=SUGGEST_CUTOFF,
        ):
            for team_id in self._known_keys[key]:
                best[team_id] = max(best.get(team_id, 0.0), score)
        ranked = sorted(best, key=lambda t: (-best[t], t))[:3]
        return tuple(self.resolver.teams[t] for t in ranked)

    def split_two(self, words: list[str]) -> tuple[Pick, Pick] | None:
        """The best reading of the words as two team names, or None for fewer than two words."""
        exact = self._exact_split(words)
        if exact:
            return exact
        best: tuple[tuple[int, int], tuple[Pick, Pick]] | None = None
        for cut in range(1, len(words)):
            left = self.pick(" ".join(words[:cut]))
            right = self.pick(" ".join(words[cut:]))
            rank = left.rank + right.rank
            if left.team and right.team and left.team.id == right.team.id:
                rank -= 3
            covered = (cut if left.team else 0) + (len(words) - cut if right.team else 0)
            score = (rank, covered)
            if best is None or score > best[0]:
                best = (score, (left, right))
        return best[1] if best else None

    def one_or_two(self, words: list[str]) -> tuple[Pick, Pick | None]:
        """One team when all the words name one; two when they split into two found teams,
        or into names of which one is ambiguous where the words together name nothing."""
        if self.is_exact(" ".join(words)) or len(words) < 2:
            return self.pick(" ".join(words)), None
        exact = self._exact_split(words)
        if exact and exact[0].team != exact[1].team:
            return exact
        whole = self.pick(" ".join(words))
        pair = self.split_two(words)
        if pair and pair[0].team and pair[1].team and pair[0].rank + pair[1].rank > whole.rank:
            return pair
        if pair and whole.lookup.status == "unknown" and min(p.rank for p in pair) > 0:
            return pair
        return whole, None

    def _exact_split(self, words: list[str]) -> tuple[Pick, Pick] | None:
        """The common case, found without fuzzy matching: both sides exactly one known team."""
        for cut in range(1, len(words)):
            left, right = " ".join(words[:cut]), " ".join(words[cut:])
            if self.is_exact(left) and self.is_exact(right):
                pair = (self.pick(left), self.pick(right))
                if pair[0].rank + pair[1].rank == 2 * RANKS["exact"]:
                    return pair
        return None

    def name(self, team_id: str, lang: str) -> str:
        team = self.resolver.teams.get(team_id)
        if team:
            return team.display(lang)
        return self.names.get(team_id) or team_id.replace("-", " ").title()


def too_long(words: list[str]) -> bool:
    return len(words) > MAX_NAME_WORDS or sum(len(w) + 1 for w in words) > MAX_NAME_CHARS


def learned_names(aliases: list) -> dict[str, str]:
    """A display name for teams the curated list lacks: the first alias a report used."""
    names: dict[str, str] = {}
    for alias in aliases:
        if normalize(alias.alias):
            names.setdefault(alias.team, alias.alias)
    return names
