"""Competition names in running text and in data, brought to the one canonical name
the gold files and the store use, so that `Königsklasse` and `UCL` are one competition."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from bot.competitions.data import COMPETITIONS, Competition
from bot.competitions.scan import find_any, grouped, lower_keeping_positions, word_starts

CONCACAF_CUP = "CONCACAF Champions Cup"
CONCACAF_LEAGUE = "CONCACAF Champions League"


@dataclass(frozen=True)
class CompetitionMention:
    start: int
    end: int
    name: str


_SPACES = re.compile(r"[\s\-][\s\-]*")
r"""`[\s\-]+` opening with the class, not a repeat, which lets `re` skip to it."""


def _key(text: str) -> str:
    return _SPACES.sub(" ", text).strip().lower()


_BY_KEY: dict[str, Competition] = {}
_SHORT: dict[str, Competition] = {}
for _comp in COMPETITIONS:
    for _alias in (_comp.name, *(_comp.aliases), *([_comp.de] if _comp.de else [])):
        _BY_KEY.setdefault(_key(_alias), _comp)
    for _abbr in _comp.short:
        _SHORT[_abbr] = _comp


def _alias_regex() -> re.Pattern[str]:
    """One regex over the lower-cased text: case-insensitive matching in `re` is
    several times slower, and abbreviations are checked against the original."""
    keys = sorted({*_BY_KEY, *(abbr.lower() for abbr in _SHORT)}, key=len, reverse=True)
    parts = [r"[\s\-]+".join(re.escape(word) for word in key.split()) for key in keys]
    return re.compile(
        r"(?:(?<=\bex-)|(?<![\w\-]))(?P<name>" + grouped(keys, parts) + r")(?:s|')?(?![^\W_])"
    )


_ALIASES = _alias_regex()
_PATTERNS = tuple(
    (re.compile(pattern), comp.pattern_keywords, comp)
    for comp in COMPETITIONS
    for pattern in comp.patterns
)
# See bot.competitions.scan: aliases are tried only near a keyword hit.
_PATTERN_WORDS = tuple(sorted({w for _, ws, _ in _PATTERNS for w in ws}))
_PATTERN_GATE = re.compile(grouped(list(_PATTERN_WORDS), [re.escape(w) for w in _PATTERN_WORDS]))
_PATTERNS_OF = {
    word: tuple(index for index, (_, words, _) in enumerate(_PATTERNS) if word in words)
    for word in _PATTERN_WORDS
}
"""Any pattern's key word: one search tells the many sentences holding none from the rest
(cheaper than an `in` per key word up to _GATED_UP_TO characters; beyond, dearer)."""
_GATED_UP_TO = 500
_OPTIONAL_LEAD = re.compile(r"(\(\?<!\[\\w-\]\))\(\?:([^()|]*)\)\?(.*)")


@lru_cache(maxsize=1)
def _scanned_patterns() -> tuple:
    """_PATTERNS as find_competitions runs them: each in its `lead` form (the same
    matches), which re enters only at its first letters. Built on first use: the
    pattern tools import this package's scanner."""
    from bot.reports.patterns.alternations import lead
    from bot.reports.patterns.syntax import top_level

    out = []
    for pattern, keywords, comp in _PATTERNS:
        text = pattern.pattern
        split = _OPTIONAL_LEAD.fullmatch(text)
        if split is not None and len(top_level(split[3])) == 1:
            # `(?<![\w-])(?:uefa\s+)?euro...` as the two alternatives the optional group
            # stands for, tried in the same order, so that it has first letters.
            before, optional, rest = split.groups()
            text = f"{before}{optional}{rest}|{before}{rest}"
        out.append((lead(re.compile(text)), keywords, comp))
    return tuple(out)


def _keywords() -> tuple[tuple[str, ...], int]:
    """A few substrings such that every alias contains one (greedy set cover), and
    how far into an alias the latest of them can start. Names made only of short
    words (`U-17-WM`) are found through their capital abbreviation instead."""
    capitals = {abbr.lower() for abbr in _SHORT}
    keys, by_capital = [], []
    for key in _BY_KEY:
        words = key.split()
        if all(len(word) < 3 for word in words):
            if not capitals & set(words):
                raise ValueError(f"competition alias without a findable word: {key}")
            by_capital.append(key)
        else:
            keys.append(key)
    pieces: dict[str, set[str]] = {}
    for key in keys:
        for word in key.split():
            size = 3 if len(word) < 4 else 4
            for length in range(size, len(word) + 1):
                for at in range(len(word) - length + 1):
                    pieces.setdefault(word[at : at + length], set()).add(key)
    chosen: list[str] = []
    open_keys = set(keys)
    while open_keys:
        best = max(pieces, key=lambda piece: (len(pieces[piece] & open_keys), len(piece)))
        chosen.append(best)
        open_keys -= pieces[best]
    reach = max(min(key.find(p) for p in chosen if p in key) for key in keys)
    for key in by_capital:
        reach = max(reach, min(key.find(word) for word in key.split() if word in capitals))
    return tuple(chosen), reach + 1


_KEYWORDS, _REACH = _keywords()
_LONGEST_KEY = max(len(key) for key in (*_KEYWORDS, *_SHORT))
_CAPITALS = tuple(sorted(_SHORT))
_CAPITALS_GATE = re.compile(
    "[A-Z][A-Z]" if all(re.search("[A-Z][A-Z]", abbr) for abbr in _CAPITALS) else ""
)
"""Each abbreviation holds two capitals in a row (else every text is searched). Written
`[A-Z][A-Z]`, not `[A-Z]{2}`: a pattern that opens with a class, not a repeat, lets `re`
skip to the capitals instead of trying a match at every position."""


@lru_cache(maxsize=1024)
def info(name: str | None) -> Competition | None:
    """The data row for a competition name or alias, if known (any case); remembered
    per name, since the match reader asks about the same few names again and again."""
    if not name:
        return None
    key = _key(name)
    comp = _BY_KEY.get(key) or _SHORT.get(name.strip().upper())
    if comp is not None:
        return comp
    for pattern, _, comp in _PATTERNS:
        if pattern.fullmatch(key):
            return comp
    return None


def canonical(name: str | None, date: str | None = None) -> str | None:
    """`Königsklasse` -> `UEFA Champions League`; unknown names give None.

    A longer phrase naming exactly one competition (`Champions League 2023/24`)
    also resolves. With a date, CONCACAF's club cup takes the name it had then
    (Champions League up to 2023, Champions Cup from 2024).
    """
    if not name:
        return None
    comp = info(name)
    if comp is None:
        found = {mention.name for mention in find_competitions(name)}
        if len(found) != 1:
            return None
        comp = info(found.pop())
        if comp is None:
            return None
    return _concacaf(comp.name, date)


def _concacaf(name: str, date: str | None) -> str:
    if name not in (CONCACAF_CUP, CONCACAF_LEAGUE) or not date or len(date) < 4:
        return name
    return CONCACAF_CUP if int(date[:4]) >= 2024 else CONCACAF_LEAGUE


def find_competitions(
    text: str, date: str | None = None, until: int | None = None
) -> list[CompetitionMention]:
    """Every competition named in the text, in order, with canonical names.

    Abbreviations (`WM`, `CL`, `MLS`) count only in capitals. With `until`, only
    those starting before it (the same as the first of the whole list), found
    without scanning the text much beyond it.
    """
    low = lower_keeping_positions(text)
    aliases = _ALIASES
    last = len(text) if until is None else until + _REACH
    scanned = len(text) if until is None else last + _LONGEST_KEY
    hits = find_any(low[:scanned], _KEYWORDS)
    capitals = find_any(text[:scanned], _CAPITALS) if _CAPITALS_GATE.search(text) else []
    if capitals:
        hits = sorted({*hits, *capitals})
    if until is not None:
        hits = [hit for hit in hits if hit <= last]
    found: list[CompetitionMention] = []
    covered = 0
    for hit in hits:
        if hit < covered:
            continue
        for start in word_starts(low, hit - _REACH, hit):
            match = aliases.match(low, start)
            if match is None or match.end("name") <= hit:
                continue
            start, end = match.span("name")
            raw = text[start:end]
            comp = _SHORT.get(raw) or _BY_KEY.get(_key(raw))
            if comp is not None:
                found.append(CompetitionMention(start, end, comp.name))
                covered = end
                break
    scanned_patterns = _scanned_patterns()
    for index in _patterns_for(low):
        pattern, _, comp = scanned_patterns[index]
        for match in pattern.finditer(low):
            if until is not None and match.start() >= until:
                break
            found.append(CompetitionMention(match.start(), match.end(), comp.name))
    if until is not None:
        found = [mention for mention in found if mention.start < until]
    found.sort(key=lambda m: (m.start, -(m.end - m.start)))
    out: list[CompetitionMention] = []
    for mention in found:
        if out and mention.start < out[-1].end:
            continue
        out.append(CompetitionMention(mention.start, mention.end, _concacaf(mention.name, date)))
    return out


def _patterns_for(low: str) -> list[int]:
    """The indexes, in order, of the _PATTERNS one of whose key words `low` holds: each
    word looked for once (patterns share them), after one search has told the many
    short texts that hold none."""
    if len(low) <= _GATED_UP_TO and _PATTERN_GATE.search(low) is None:
        return []
    found: set[int] = set()
    for word in _PATTERN_WORDS:
        if word in low:
            found.update(_PATTERNS_OF[word])
    return sorted(found)


def display(name: str | None, lang: str) -> str | None:
    """The name a reader of this language expects (`Weltmeisterschaft`, `Klub-WM`)."""
    if not name:
        return None
    comp = info(name)
    if comp is None:
        return name
    if lang == "de" and comp.de:
        return comp.de
    return comp.name
