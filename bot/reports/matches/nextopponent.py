"""The side a fixture to come names (`will play Real Madrid in the final`, `and now meet
Ajax in the semi-final`) or whose opponent a sentence tells (`Leipzigs Gegner sind die
Rangers`): never the other side of a result the sentence states."""

from __future__ import annotations

import re

from bot.reports.patterns.keyed import Keyed, holds

_FIXTURE_OBJECT = Keyed(
    re.compile(
        r"\b(?:will|to|would|shall|now|next|then)\s+(?:play|face|meet|host|visit)\s+"
        r"(?:the\s+)?$|"
        r"\b(?:trifft|treffen)\s+(?:[\w-]+\s+){0,5}auf\s+(?:den|die|das)?\s*$",
        re.I,
    ),
    "play|face|meet|host|visit|trifft|treffen",
)


_ROUND_AHEAD = re.compile(
    r"\b(?:to|into|set(?:s|ting)?\s+up)\s+(?:a|an|the)\s+(?:[\w-]+\s+)?"
    r"(?:semi-?finals?|quarter-?finals?|finals?)\s+(?:(?:meeting|clash|tie|date|showdown)\s+)?"
    r"(?:against|with)\s+(?:the\s+)?$"
    r"|\b(?:ins|in\s+das)\s+(?:Halbfinale|Viertelfinale|Achtelfinale|Finale|Endspiel)\s+"
    r"gegen\s+(?:den|die|das\s+)?\s*$",
    re.I,
)
"""`go through 7-5 on aggregate to a semi-final against Barcelona`, `zieht ins Halbfinale
gegen Benfica ein`: the round a side goes on to, and its opponent there."""


_WINNER_OF = re.compile(
    r"\b(?:winners?|Siegers?)\s+(?:of|der|des|aus)\s+(?:the\s+|dem\s+)?"
    r"(?:(?:match|tie|game|clash|meeting|semi-?final|quarter-?final|Partie|Begegnung|"
    r"Duells?|Spiels?|Halbfinales?|Viertelfinales?)\s+)?(?:between\s+|zwischen\s+)?"
    r"(?:the\s+|de[mnr]\s+)?"
    r"(?:[A-ZÄÖÜ][\w.'’-]*(?:\s+[A-ZÄÖÜ\d][\w.'’-]*){0,3}\s+"
    r"(?:v|vs\.?|versus|and|against|gegen|und|-|–)\s+(?:the\s+|de[mnr]\s+)?)?$"
)
"""`trifft auf den Sieger der Partie Frankreich gegen Portugal`, `the winner of Chelsea v
Barcelona`: both names are a fixture to come, neither the other side of a result."""
_JOINED = re.compile(r"\s+(?:v|vs\.?|versus|and|against|gegen|und|-|–)\s+(?:the\s+|de[mnr]\s+)?")
_WHOSE_OPPONENT = re.compile(r"(?:['’]?s)?\s+(?:next\s+)?(?:gegner|opponents?)\b", re.I)


def next_opponent(sentence, mention) -> bool:
    """`Atlético Madrid will play Real Madrid in the final after a 3-1 victory`, `Leipzigs
    Gegner sind die Rangers, die ... 3:1 gewannen`: the side a fixture to come names (or
    whose opponent is told) is the next opponent, never the other side of a result."""
    at = mention.start - sentence.start
    text = sentence.text
    return (
        bool(_WHOSE_OPPONENT.match(text, mention.end - sentence.start))
        or _FIXTURE_OBJECT.search(text, max(0, at - 40), at) is not None
        or _winner_of(text, max(0, at - 90), at)
        or _round_ahead(text, max(0, at - 60), at)
    )


def _winner_of(text: str, lo: int, hi: int) -> bool:
    """`_WINNER_OF.search(text, lo, hi)`, asked only where its cased word stands there."""
    if text.find("inner", lo, hi) < 0 and text.find("Sieger", lo, hi) < 0:
        return False
    return _WINNER_OF.search(text, lo, hi) is not None


def _round_ahead(text: str, lo: int, hi: int) -> bool:
    """`_ROUND_AHEAD.search(text, lo, hi)`, asked only where the window holds `final` or
    `endspiel` lower-cased (re.I also folds `İ` and `ı` onto i and `ſ` onto s, which
    lower() keeps apart: a window holding one is always searched)."""
    window = text[lo:hi].lower()
    if "inal" in window or "endspiel" in window:
        return _ROUND_AHEAD.search(text, lo, hi) is not None
    if window.isascii() or not ("ı" in window or "ſ" in window or "\u0307" in window):
        return False
    return _ROUND_AHEAD.search(text, lo, hi) is not None


def place_or_next(sentence, mention) -> bool:
    """`through to the final in Lyon, where they will meet Marseille`: a name after `in`
    is the town, one a fixture to come names is the next opponent; neither was beaten
    in the tie the sentence tells."""
    return mention.prep == "in" or (may_name_next(sentence) and next_opponent(sentence, mention))


_NEXT_KEYS = (
    "gegner", "opponent", "play", "face", "meet", "host", "visit", "trifft", "treffen",
    "winner", "sieger", "final",
)  # fmt: skip
"""Every match of both patterns above holds one of these words (lower-cased)."""


def may_name_next(sentence) -> bool:
    """Whether any team of the sentence can be a next opponent: a sentence holding none
    of the words either pattern needs (most) has none, so its teams need no asking."""
    return holds(sentence.text, _NEXT_KEYS)


def fixture_pair_leg(text: str, sentence, hit, people) -> tuple[str, str] | None:
    """`auf den Sieger der Partie zwischen Real Madrid und Manchester City; das Hinspiel
    in Manchester war torlos geendet`: a leg told right after a pairing to come, with no
    team of its own, is a leg of that pairing."""
    if not holds(sentence.text, ("winner", "sieger")):
        return None
    told = [m for m in people if m.start < hit.start]
    if len(told) < 2 or not all(next_opponent(sentence, m) for m in told[-2:]):
        return None
    first, second = told[-2], told[-1]
    if first.team == second.team or not _JOINED.fullmatch(text, first.end, second.start):
        return None
    from bot.reports.matches.cues import LEG

    between = text[second.end : hit.start]
    if not re.match(r"^[^.;,]*[;,]", between) or LEG.search(between) is None:
        return None
    return first.team, second.team


_MEETS = re.compile(r"\b(?:meets?|faces?|plays?)\s+(?:the\s+)?$")
_IN_ROUND = re.compile(r"\s+in\s+the\s+(?:final|semi-?finals?|quarter-?finals?)\b")


def coming_sides(sentence, people) -> dict[str, int]:
    """The sides the sentence names for a match to come (`will now face Gremio in the
    final`, `and meet Gremio in the final`, `trifft nun im Endspiel auf River Plate`),
    each with where it is named: an aggregate told before one belongs to no pair with
    it, and one whose sides are not read from its own words to no pair it names."""
    if not may_name_next(sentence):
        return {}
    text = sentence.text
    found: dict[str, int] = {}
    for m in people:
        at, end = m.start - sentence.start, m.end - sentence.start
        if next_opponent(sentence, m) or (
            _MEETS.search(text, max(0, at - 12), at) and _IN_ROUND.match(text, end)
        ):
            found.setdefault(m.team, m.start)
    return found
