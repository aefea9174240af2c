"""`Das Hinspiel in Madrid hatten die Spanier gewonnen`, `the Spaniards won`, `the Mexican
club`, `der italienische Verein`: in a story about clubs, a nationality word stands for the
one club of that country named just before it; with two such clubs near, or a national
team in the story, it stays open."""

from __future__ import annotations

import re

from bot.competitions.scan import find_all
from bot.teams.resolver import TeamResolver

REACH = 400
"""How far back (in characters) the club the word stands for must be named."""
_NOUN_AFTER = re.compile(
    r"\s+(?:team|side|club|squad|outfit|champions|giants|players|fans|coach|defen[cs]e|"
    r"mannschaft|elf|fans|spieler)\b",
    re.I,
)
"""`the Dutch team`: an adjective before a noun, which the sentence may make anyone's."""


def club_plurals(
    text: str, found: list[dict], resolver: TeamResolver, plurals: list, plural_team: dict
) -> list[dict]:
    """The club each nationality word of `plurals` (matches in `text`) stands for."""
    out = []
    for m in plurals:
        nation = resolver.teams.get(plural_team[m.group("word").lower()])
        if nation is None or _NOUN_AFTER.match(text, m.end()):
            continue
        team = _one_club_before(m.start(), found, resolver, nation.country)
        if team is not None:
            out.append(_mention(text, m, "word", team))
    return out


CLUB_NOUN = r"(?:club|side|outfit|team|Klub|Club|Verein|Mannschaft|Team|Elf)(?![\w-])"

_CLUB_NOUNS = (
    "club",
    "side",
    "outfit",
    "team",
    "Klub",
    "Club",
    "Verein",
    "Mannschaft",
    "Team",
    "Elf",
)
"""CLUB_NOUN's words."""


def adjective_ends(adjectives: list[str]) -> tuple[str, ...]:
    """The adjectives' last two letters, each with each ending `(?:e|en|er|es)?`."""
    ends = sorted({a[-2:] for a in adjectives})
    return tuple(end + ending for end in ends for ending in ("", "e", "en", "er", "es"))


def club_adjective_may(text: str, ends: tuple[str, ...]) -> bool:
    """Whether `(?:XY|...)(?:e|en|er|es)?\\s+` CLUB_NOUN matches somewhere in `text`,
    `ends` being each XY with each ending: found from each club noun (str.find) instead of
    trying the pattern at every letter. A noun not followed by a word character or `-`,
    after a run of whitespace that follows one of the ends (the letters just before the
    run are the only ones an end can take: it holds no whitespace)."""
    for noun in _CLUB_NOUNS:
        for at in find_all(text, noun):
            after = text[at + len(noun) : at + len(noun) + 1]
            if not at or not text[at - 1].isspace() or after.isalnum() or after in ("_", "-"):
                continue
            end = at - 1
            while end and text[end - 1].isspace():
                end -= 1
            if text[max(0, end - 4) : end].endswith(ends):
                return True
    return False


def adjective_pattern(adjectives: list[str]) -> re.Pattern:
    """`the Mexican club`, `der mexikanische Klub`: an article, a nationality adjective
    (English ones capitalised, German stems lower-case with their ending), a club noun.
    It opens on the article's first letter (d and t have no other case folds), so `re`
    skips ahead to one in C; the look-behind for a word character before it is exactly
    the word boundary it needs: the same matches as opening on that boundary."""
    words = "|".join(sorted(adjectives, key=len, reverse=True))
    return re.compile(
        r"(?P<art>[DdTt](?<!\w[DdTt])(?i:(?<=[Tt])he|(?<=[Dd])(?:er|ie|as|en|em|es)))\s+"
        r"(?P<adj>" + words + r")"
        r"(?:e|en|er|es)?\s+(?P<noun>" + CLUB_NOUN + r")"
    )


_AS_SUBJECT = re.compile(r"(?:[.!?:;]\s+|,\s+(?:(?:and|und)\s+)?|\b(?:and|und)\s+)$")
"""Where a clause opens: `the Mexican club` as a subject refers back to the club just
named; as an object (`gave the Dutch team a cushion`) it may be anyone's."""


def club_adjectives(
    text: str, found: list[dict], resolver: TeamResolver, pattern: re.Pattern, adj_team: dict
) -> list[dict]:
    """The club each `the Mexican club` of the text stands for, as `club_plurals` does."""
    out = []
    for m in pattern.finditer(text):
        if not _AS_SUBJECT.search(text, max(0, m.start() - 12), m.start()) and m.start() > 0:
            continue
        nation = resolver.teams.get(adj_team.get(m.group("adj").lower(), ""))
        if nation is None:
            continue
        team = _one_club_before(m.start(), found, resolver, nation.country)
        if team is not None:
            out.append(_mention(text, m, "adj", team))
    return out


def _one_club_before(at: int, found: list[dict], resolver: TeamResolver, country) -> str | None:
    near = {
        f["team"]
        for f in found
        if 0 < at - f["end"] <= REACH
        and getattr(resolver.teams.get(f["team"]), "country", None) == country
        and resolver.teams[f["team"]].kind == "club"
    }
    return near.pop() if len(near) == 1 else None


def _mention(text: str, m: re.Match, group: str, team: str) -> dict:
    """A mention dict (as names.mentions makes them) from the named group to the match end."""
    start = m.start(group)
    return {
        "start": start,
        "end": m.end(),
        "team": team,
        "alias": text[start : m.end()],
        "genitive": False,
        "prep": m.group("art").lower(),
    }
