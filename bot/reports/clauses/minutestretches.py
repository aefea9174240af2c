"""Stretches of a text around the word "minute", the only places the prose time phrases
can match, and the word tests that let a phrase pattern skip a stretch at a glance."""

from __future__ import annotations

import re

from bot.reports.patterns.keyed import folded, lower_exact

_REACH = 60


class Gate:
    """What every match of a pattern holds: one word of each group (lower-cased, with
    each run of spaces written as one space), and the pattern lower-cased if it ignores
    case. Both only say where a pattern cannot match; the pattern itself decides."""

    __slots__ = ("groups", "folded")

    def __init__(self, pattern: re.Pattern, *groups: str, fold: bool = False) -> None:
        self.groups = tuple(tuple(group.split("|")) for group in groups)
        self.folded = folded(pattern) if fold and pattern.flags & re.I else None


class Stretches:
    """The stretches around "minute" of one text, lower-cased once for every pattern."""

    __slots__ = ("text", "spans", "low", "plain")

    def __init__(self, text: str) -> None:
        spans: list[tuple[int, int]] = []
        at = text.find("inute", 1)
        while at != -1:
            if text[at - 1] in "Mm":
                lo, hi = max(0, at - 1 - _REACH), min(len(text), at + 5 + _REACH)
                if spans and lo <= spans[-1][1]:
                    spans[-1] = (spans[-1][0], hi)
                else:
                    spans.append((lo, hi))
            at = text.find("inute", at + 5)
        self.text = text
        self.spans = spans
        # None where lower() and re.I fold letters apart: then every stretch is searched.
        self.low = lower_exact(text) if spans else None
        low = self.low
        self.plain = [" ".join(low[lo:hi].split()) for lo, hi in spans] if low else None

    def each(self, pattern: re.Pattern, gate: Gate | None = None):
        """The pattern's matches inside the stretches, skipping those it cannot match in."""
        text, low, plain = self.text, self.low, self.plain
        folded = gate.folded if gate is not None and low is not None else None
        groups = gate.groups if gate is not None and plain is not None else ()
        seen = set()
        for i, (lo, hi) in enumerate(self.spans):
            if groups and not _holds(plain[i], groups):
                continue
            if folded is not None and folded.search(low, lo, hi) is None:
                continue
            for match in pattern.finditer(text, lo, hi):
                if match.span() not in seen:
                    seen.add(match.span())
                    yield match


def _holds(plain: str, groups: tuple[tuple[str, ...], ...]) -> bool:
    for group in groups:
        for word in group:
            if word in plain:
                break
        else:
            return False
    return True
