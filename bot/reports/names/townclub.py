"""`Der 1. FC Lokomotive Leipzig ... Die Leipziger setzten sich durch`: a town's name or
its people's word is the alias of that town's best-known club, but in a story that names
another club of the town in full and never the known one by a name of its own, it is
that other club."""

from __future__ import annotations


def town_forms(word: str) -> tuple[str, ...]:
    """`leipzig` -> `leipzig`, `leipziger`; `dresden` -> also `dresdner`."""
    forms = (word, word + "er")
    if word.endswith("en"):
        forms += (word[:-2] + "ner",)
    return forms


def town_clubs(found: list[dict]) -> dict[str, str]:
    """{team a town word was read as: the other club of that town the story names in
    full}, for single-owner names only; empty where nothing is to change."""
    single = [f for f in found if len(f["owners"]) == 1]
    words = {f["key"] for f in single if " " not in f["key"]}
    longer = [f for f in single if " " in f["key"]]
    if not words or not longer:
        return {}
    near = [
        f
        for f in longer
        if any(len(w) > 3 and not words.isdisjoint(town_forms(w)) for w in f["key"].split())
    ]
    if not near:
        return {}  # no one-word name is a town word of a longer name: the usual case
    keys_of: dict[str, set[str]] = {}
    for f in single:
        keys_of.setdefault(next(iter(f["owners"])), set()).add(f["key"])
    forms_of: dict[str, set[str]] = {}
    for f in near:
        forms = forms_of.setdefault(next(iter(f["owners"])), set())
        forms.update(form for w in f["key"].split() if len(w) > 3 for form in town_forms(w))
    out: dict[str, str] = {}
    for team, keys in keys_of.items():
        if any(" " in k for k in keys):
            continue
        for other, forms in forms_of.items():
            if other != team and keys <= forms:
                out[team] = other
    return out
