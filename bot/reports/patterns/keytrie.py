"""Key words of a Keyed cue as one prefix tree pattern: re tries the alternatives of a
flat alternation one by one at every position, a tree only the branch of the next letter."""

from __future__ import annotations

import re

from bot.reports.patterns.keyed import Keyed


def tree_pattern(keys: tuple[str, ...]) -> str:
    """A pattern matching where any of `keys` occurs: a key that starts with another key
    is dropped (the shorter one already occurs wherever it does)."""
    unique = sorted(set(keys))
    kept = [k for k in unique if not any(o != k and k.startswith(o) for o in unique)]
    return _branches(kept, 0)


def _branches(keys: list[str], depth: int) -> str:
    groups: dict[str, list[str]] = {}
    for key in keys:
        groups.setdefault(key[depth], []).append(key)
    parts = []
    for _, group in sorted(groups.items()):
        if len(group) == 1:
            parts.append(re.escape(group[0][depth:]))
            continue
        end = depth + 1
        while len({key[end] for key in group}) == 1:
            end += 1
        parts.append(re.escape(group[0][depth:end]) + "(?:" + _branches(group, end) + ")")
    return "|".join(parts)


def as_tree(cue: Keyed) -> Keyed:
    """The cue with its key test run as a prefix tree (same answers, fewer steps)."""
    cue.any_key = re.compile(tree_pattern(cue.keys))
    return cue
