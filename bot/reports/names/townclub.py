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
    if len(single) < 2:
        return {}
    keys_of: dict[str, set[str]] = {}
    for f in single:
        keys_of.setdefault(next(iter(f["owners"])), set()).add(f["key"])
    out: dict[str, str] = {}
    for team, keys in keys_of.items():
        for other, other_keys in keys_of.items():
            if other == team:
                continue
            forms = {
                form
                for key in other_keys
                if " " in key
                for word in key.split()
                if len(word) > 3
                for form in town_forms(word)
            }
            if keys <= forms:
                out[team] = other
    return out
