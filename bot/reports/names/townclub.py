"""`Der 1. FC Lokomotive Leipzig ... Die Leipziger setzten sich durch`: a town's name or
its people's word is the alias of that town's best-known club, but in a story that names
another club of the town in full and never the known one by a name of its own, it is
that other club."""

from __future__ import annotations

from bot.teams.resolver import TeamResolver


def town_forms(word: str) -> tuple[str, ...]:
    """`leipzig` -> `leipzig`, `leipziger`; `dresden` -> also `dresdner`."""
    forms = (word, word + "er")
    if word.endswith("en"):
        forms += (word[:-2] + "ner",)
    return forms


def town_words(resolver: TeamResolver) -> dict[str, frozenset[str]]:
    """{one-word name: the other teams in whose longer name it is a town word}
    (`leipziger`: Lokomotive Leipzig): only a text naming one of them and one of those
    teams can need a change, so most texts are passed over by a set test."""
    forms_of: dict[str, set[str]] = {}
    for key, owners in resolver.keys().items():
        if " " in key:
            for word in key.split():
                if len(word) > 3:
                    for form in town_forms(word):
                        forms_of.setdefault(form, set()).update(owners)
    out = {}
    for key, owners in resolver.keys().items():
        if " " not in key and (others := forms_of.get(key, set()) - owners):
            out[key] = frozenset(others)
    return out


def town_clubs(found: list[dict], resolver: TeamResolver) -> dict[str, str]:
    """{team a town word was read as: the other club of that town the story names in
    full}, for single-owner names only; empty where nothing is to change."""
    risky = resolver.derived("town-words", town_words)
    told = {f["key"] for f in found}
    hits = [risky[key] for key in told if key in risky]
    if not hits or not _shares(found, hits):
        return {}
    words: set[str] = set()
    longer: set[str] = set()
    for f in found:  # asked of every text: one pass, sets of distinct keys
        if len(f["owners"]) == 1:
            (longer if " " in f["key"] else words).add(f["key"])
    if not words or not longer:
        return {}
    near = {
        key
        for key in longer
        if any(len(w) > 3 and not words.isdisjoint(town_forms(w)) for w in key.split())
    }
    if not near:
        return {}  # no one-word name is a town word of a longer name: the usual case
    keys_of: dict[str, set[str]] = {}
    forms_of: dict[str, set[str]] = {}
    for f in found:
        if len(f["owners"]) != 1:
            continue
        team = next(iter(f["owners"]))
        keys_of.setdefault(team, set()).add(f["key"])
        if f["key"] in near:
            forms = forms_of.setdefault(team, set())
            forms.update(form for w in f["key"].split() if len(w) > 3 for form in town_forms(w))
    out: dict[str, str] = {}
    for team, keys in keys_of.items():
        if any(" " in k for k in keys):
            continue
        for other, forms in forms_of.items():
            if other != team and keys <= forms:
                out[team] = other
    return out


def _shares(found: list[dict], hits: list) -> bool:
    """`any(f["owners"] & others for f in found for others in hits)` as plain loops."""
    for f in found:
        for others in hits:
            if f["owners"] & others:
                return True
    return False
