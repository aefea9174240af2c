"""One resolver from a name to a team id, used by the reader, the store, the
evaluation and the commands alike, so that they never disagree on identity.

It starts from the curated `teams.json` (clubs and national teams, names and
aliases in German and English) and takes further aliases learned from reports.
Fuzzy matching uses rapidfuzz, which is fast and well kept, instead of a
hand-written edit distance.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from bot.teams.curated import DATA_FILE, Alias, Lookup, Team, curated
from bot.teams.names import normalize, spelt_out

__all__ = ["DATA_FILE", "Alias", "Lookup", "Team", "TeamResolver", "core"]

SUGGEST_CUTOFF = 60
MAX_PARTIAL = 6
# Legal forms and articles around a club's name (`FC`, `1.`, `der`, `the`): a name
# written with one the data lacks (`CF America`) still finds `Club América`.
_FRAME = frozenset(
    "fc cf afc sc ac as ss ssc us ud cd rcd sv fk sk nk kv if ff club 1 "
    "the der die den dem des".split()
)


def core(key: str) -> str:
    """A normalised name without leading or trailing legal forms and articles."""
    words = key.split()
    if len(words) < 2 or (words[0] not in _FRAME and words[-1] not in _FRAME):
        return " ".join(words)  # most names: no legal form or article at either end
    while len(words) > 1 and words[0] in _FRAME:
        words.pop(0)
    while len(words) > 1 and words[-1] in _FRAME:
        words.pop()
    return " ".join(words)


@dataclass
class TeamResolver:
    teams: dict[str, Team] = field(default_factory=dict)
    aliases: list[Alias] = field(default_factory=list)
    _index: dict[str, set[str]] = field(default_factory=dict)
    _cores: dict[str, set[str]] = field(default_factory=dict)
    _derived: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def default(cls) -> TeamResolver:
        """A fresh resolver over the curated data (the parse is cached)."""
        resolver = cls()
        for team, aliases in curated():
            resolver.add_team(team)
            for alias in aliases:
                resolver.add_alias(alias)
        return resolver

    def add_team(self, team: Team) -> None:
        self.teams[team.id] = team
        for lang, name in team.names.items():
            self.add_alias(Alias(team.id, name, lang, "curated"))

    def add_alias(self, alias: Alias) -> None:
        key = normalize(alias.alias)
        if not key or alias.team not in self.teams:
            return
        owners = self._index.setdefault(key, set())
        if alias.team not in owners:
            owners.add(alias.team)
            self.aliases.append(alias)
            self._derived.clear()
        self._cores.setdefault(core(key), set()).add(alias.team)
        spelt = spelt_out(alias.alias)
        if spelt != key:
            self._index.setdefault(spelt, set()).add(alias.team)
            self._cores.setdefault(core(spelt), set()).add(alias.team)

    def exact(self, name: str) -> set[str]:
        """Team ids whose alias is exactly this name (after normalising).

        A name the data lacks but that carries a legal form or article
        (`CF America`, `der FC Bayern`) is compared without it; a bare word
        (`America`) never is, so it cannot reach a club through that door.
        """
        key = normalize(name)
        owners = self._index.get(key)
        if owners:
            return set(owners)
        stripped = core(key)
        if stripped != key:
            return set(self._cores.get(stripped, ()))
        return set()

    def resolve(self, name: str) -> str | None:
        """The team id for an unambiguous exact name, else None."""
        ids = self.exact(name)
        return next(iter(ids)) if len(ids) == 1 else None

    def display(self, team_id: str, lang: str) -> str:
        team = self.teams.get(team_id)
        return team.display(lang) if team else team_id

    def keys(self) -> dict[str, set[str]]:
        return self._index

    def derived(self, name: str, build: Callable[[TeamResolver], Any]) -> Any:
        """A table worked out from all names (first words, prefixes, cities...), built
        on first use and kept until a name is added, so readers need no cache of their own."""
        if name not in self._derived:
            self._derived[name] = build(self)
        return self._derived[name]

    def lookup(self, query: str, prefer: set[str] | None = None, partial: bool = False) -> Lookup:
        """Resolve a name a user typed.

        `prefer` is the set of teams the store holds facts about: among several
        teams with the same alias, only the preferred ones count, so `inter`
        is ambiguous only when both Inters are known. With `partial`, a name that
        is whole words of a team's name (`river` for River Plate) finds that team,
        or asks among the few it may mean, before any typo-tolerant match; the
        reader never asks for it, since a word of a club's name in running text is
        no mention of the club.
        """
        key = normalize(query)
        if not key:
            return Lookup("unknown", query)
        ids = self.exact(query)
        if ids:
            return self._decide(query, ids, prefer, fuzzy=False)
        if partial:
            ids = self._named_in(key, prefer)
            if ids:
                return self._decide(query, ids, prefer, fuzzy=True)
        scored = process.extract(
            key, list(self._index), scorer=fuzz.WRatio, limit=12, score_cutoff=SUGGEST_CUTOFF
        )
        best: dict[str, float] = {}
        close: dict[str, float] = {}
        query_core = core(key)
        allowed = max(1, len(query_core) // 6)
        for alias_key, score, _ in scored:
            if len(alias_key) < 3 and alias_key != key:
                continue
            # A typo is a letter or two off the whole name (one per six letters),
            # or the same words in another order; WRatio alone would also call
            # `Bayern Hof` close to `Bayern` and `America` close to `Almería`.
            alias_core = core(alias_key)
            edits = OSA.distance(query_core, alias_core)
            reordered = fuzz.token_sort_ratio(query_core, alias_core) == 100
            for team_id in self._index[alias_key]:
                best[team_id] = max(best.get(team_id, 0.0), score)
                if edits <= allowed or reordered:
                    closeness = 100.0 - 10 * (0 if reordered else edits)
                    close[team_id] = max(close.get(team_id, 0.0), closeness)
        ranked = sorted(best.items(), key=lambda item: (-item[1], item[0]))
        if close:
            top = max(close.values())
            tied = {tid for tid, score in close.items() if score == top}
            return self._decide(query, tied, prefer, fuzzy=True)
        if prefer:
            ranked = [item for item in ranked if item[0] in prefer] or ranked
        suggestions = tuple(self.teams[tid] for tid, _ in ranked[:3])
        return Lookup("unknown", query, suggestions=suggestions)

    def close_team(self, query: str) -> Team | None:
        """The one team a name found loosely in a report stands for, or None.

        The same answer as `lookup(query)` when it finds a team, but most runs of
        words in a report are close to no alias at all, and that is told by an
        edit-distance scan with a cut-off, many times cheaper than ranking every
        alias by WRatio (a report asks a few of these; each ranking took 3-4 ms).
        """
        key = normalize(query)
        if key and not self.exact(query):
            query_core = core(key)
            by_length, orders = self.derived("alias cores", _alias_cores)
            allowed = max(1, len(query_core) // 6)
            size = len(query_core)
            near = any(
                process.extractOne(query_core, cores, scorer=OSA.distance, score_cutoff=allowed)
                is not None
                for length in range(size - allowed, size + allowed + 1)
                if (cores := by_length.get(length))
            )
            if not near and _word_order(query_core) not in orders:
                return None
        found = self.lookup(query)
        return found.team if found.status == "found" else None

    def _named_in(self, key: str, prefer: set[str] | None) -> set[str]:
        """Teams with a name that holds `key` as whole words; none when the words are only
        legal forms or too many teams share them for a question to be of use."""
        words = key.split()
        if all(w in _FRAME or len(w) < 3 for w in words):
            return set()
        by_word = self.derived("alias words", _alias_words)
        ids = set(by_word.get(words[0], ()))
        if len(words) > 1:
            padded = f" {key} "
            ids = {
                team_id
                for team_id in ids
                for name in self._names_of(team_id)
                if padded in f" {name} "
            }
        if prefer and ids & prefer:
            ids &= prefer
        return ids if len(ids) <= MAX_PARTIAL else set()

    def _names_of(self, team_id: str) -> list[str]:
        return [key for key, owners in self._index.items() if team_id in owners]

    def _decide(self, query: str, ids: set[str], prefer: set[str] | None, fuzzy: bool) -> Lookup:
        if prefer and len(ids) > 1 and ids & prefer:
            ids = ids & prefer
        if len(ids) == 1:
            return Lookup("found", query, team=self.teams[next(iter(ids))], fuzzy=fuzzy)
        candidates = tuple(sorted((self.teams[i] for i in ids), key=lambda t: t.display("en")))
        return Lookup("ambiguous", query, candidates=candidates, fuzzy=fuzzy)


def _word_order(name: str) -> str:
    return " ".join(sorted(name.split()))


def _alias_words(resolver: TeamResolver) -> dict[str, set[str]]:
    """Each word of a name of two or more words, to the teams with such a name."""
    out: dict[str, set[str]] = {}
    for key, owners in resolver.keys().items():
        words = key.split()
        if len(words) > 1:
            for word in words:
                out.setdefault(word, set()).update(owners)
    return out


def _alias_cores(resolver: TeamResolver) -> tuple[dict[int, list[str]], frozenset[str]]:
    """Every alias without its legal forms, by length (a name n letters longer or shorter
    is at least n edits away, so most lengths need no scan), and the same with its words
    sorted: a name `lookup` calls close is within a few edits of one or has the words of one."""
    cores = list(map(core, resolver.keys()))
    by_length: dict[int, list[str]] = {}
    for name in cores:
        by_length.setdefault(len(name), []).append(name)
    # built once per resolver, at the first close_team: a one-word name is its own word
    # order, and the rest are sorted inline (about 23 M instructions -> 15 M)
    orders = frozenset(
        name if " " not in name else " ".join(sorted(name.split())) for name in cores
    )
    return by_length, orders
