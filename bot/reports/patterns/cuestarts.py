"""Where a long cue pattern may start, found fast: its alternatives regrouped by first
letter, so `re` enters one group at a word instead of trying eighty alternatives there."""

from __future__ import annotations

import re

from bot.reports.patterns.alternations import firsts, grouped, spread
from bot.reports.patterns.syntax import top_level

_RUN_ITEM = re.compile(
    r"(?:\(\?-i:\[(?:a-z|A-Z)\]\)|\[(?:a-z|A-Z)\]|\\[wd]|\[\\w(?:'’)?-?\])(?:[+*]\+?)?"
)
"""One leading item of an alternative that matches only word characters, apostrophes
and hyphens (`(?-i:[A-Z])`, `[\\w'’-]+`, `\\d`): what `_run_start` walks back over."""
_RUN_EXTRA = "_'’-"


class StartFinder:
    """Where a pattern's first match may start at the earliest (see start_finder)."""

    __slots__ = ("parts", "walked")

    def __init__(self, parts: tuple[re.Pattern, ...], walked: re.Pattern | None) -> None:
        self.parts = parts
        self.walked = walked

    def first(self, text: str, pos: int = 0) -> int | None:
        """A place at or before the pattern's first match in `text` from `pos`, or None
        if the pattern does not match there."""
        at = None
        for part in self.parts:
            hit = part.search(text, pos)
            if hit is not None and (at is None or hit.start() < at):
                at = hit.start()
        if self.walked is not None:
            tail = self.walked.search(text, pos)
            if tail is not None:
                start = _run_start(text, tail.start())
                at = start if at is None or start < at else at
        return at


def _run_start(text: str, at: int) -> int:
    """Where the run of word characters, apostrophes and hyphens ending at `at` begins."""
    while at and (text[at - 1].isalnum() or text[at - 1] in _RUN_EXTRA):
        at -= 1
    return at


def start_finder(pattern: re.Pattern) -> StartFinder:
    """Where `pattern` may start: its `first` place is never later than `pattern`'s
    first match, from where that one is searched.

    Its `parts` match at every place an alternative matches (and maybe a few more): the
    alternatives led by `\\b` in one, the others in another (searched apart, the second
    opens with its first characters, to which `re` skips). Each
    alternative keeps only its leading `\\b` (lookbehinds are dropped: the finder may
    start wherever the alternative may, and more), and one opening with `\\w*` loses
    it: the search then starts at the beginning of the word it is found in.

    An alternative that opens with a run of word characters, apostrophes or hyphens
    (`(?-i:[A-Z])[\\w'’-]+['’]s first goal`, `\\d-\\d lead`) is searched from what
    follows the run, literal-led (in `walked`, tried at every word start it would cost
    a scan of each word): from the first place that part is found, the run of such
    characters before it is walked back over. A match of the alternative at r, its run
    ending at q, has that part at q; the first place found is either at most r, or
    inside r..q, where every character before it back to r is of the run."""
    if pattern.flags & re.VERBOSE:
        raise ValueError("verbose patterns are not regrouped")
    bounded: list[str] = []
    loose: list[str] = []
    walked: list[str] = []
    for asserted, text in (p for top in top_level(pattern.pattern) for p in spread(top)):
        rest = _after_run(text)
        if text.startswith("\\w*"):
            loose.append(text[3:])
        elif rest is not None:
            walked.append(rest)
        else:
            (bounded if "\\b" in asserted else loose).append(text)
    parts = tuple(
        re.compile(f"{lead}(?:{_grouped(texts)})", pattern.flags)
        for lead, texts in (("\\b", bounded), ("", loose))
        if texts
    )
    tails = grouped([choice for text in walked for choice in firsts(text)])
    return StartFinder(parts, re.compile(tails, pattern.flags) if walked else None)


def _after_run(text: str) -> str | None:
    """What follows the leading run items of `text` (see _RUN_ITEM), where it has some
    and what follows opens with plain characters; else None."""
    at = 0
    while (item := _RUN_ITEM.match(text, at)) is not None:
        at = item.end()
    rest = text[at:]
    if not at or firsts(rest) is None or "|" in rest and top_level(rest) != [rest]:
        return None
    return rest


def _grouped(texts: list[str]) -> str:
    """The texts grouped by a plain first character where they have one (each of a class
    of them: only where a text may start matters), the rest after."""
    choices, others = [], []
    for text in texts:
        options = firsts(text)
        if options is None:
            others.append(text)
        else:
            choices += options
    return "|".join(filter(None, [grouped(choices), *others]))


def word_start(text: str, at: int) -> int:
    """Where the word holding `at` begins (`\\w` is exactly `isalnum()` or "_")."""
    while at and (text[at - 1].isalnum() or text[at - 1] == "_"):
        at -= 1
    return at
