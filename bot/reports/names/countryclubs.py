"""`Paraguay's Olimpia`, `Mexikos Club Tijuana`: a country named as the owner of the
next name is no team in the result; it says which country's club an ambiguous name is."""

from __future__ import annotations

import re

from bot.teams.resolver import TeamResolver

_POSSESSIVE_GAPS = ("'s ", "’s ")
"""The gaps `['’]s ` matches whole: two string comparisons, not a regex call (about 1,300
instructions each, some twelve per read)."""


def club_of_country(text: str, found: list[dict], resolver: TeamResolver) -> list[dict]:
    """`Paraguay's Olimpia`, `Mexikos Club Tijuana`: a country owning the next name
    is no team of its own; it says which country's club an ambiguous name is."""
    out: list[dict] = []
    for j, f in enumerate(found):
        nxt = found[j + 1] if j + 1 < len(found) else None
        if nxt is None or len(f["owners"]) != 1:
            out.append(f)
            continue
        nation = resolver.teams.get(next(iter(f["owners"])))
        gap = text[f["end"] : nxt["start"]]
        owned = gap in _POSSESSIVE_GAPS or (f["genitive"] and gap in (" ", "s "))
        if nation is None or nation.kind != "national" or not owned:
            out.append(f)
            continue
        clubs = {
            t
            for t in nxt["owners"]
            if getattr(resolver.teams.get(t), "country", None) == nation.country
        }
        if clubs:
            nxt["owners"] = clubs
            nxt["prep"] = f["prep"]
        else:
            out.append(f)
    return out


_TOWN_COMMA = re.compile(r"\b(?:in|at|im|nach|from|aus)\s+[A-ZÄÖÜ][\w-]+(?:\s[A-ZÄÖÜ][\w-]+)?,\s$")
"""`the final in Gdansk, Poland, on May 26`, `in Danzig, Polen.`: a town after a lower-case
preposition of place, then a comma; the country named next, closed by a comma or a
stop, is the town's (not `Earlier Sunday in Guimaraes, England beat Switzerland`, where
the fronted place is followed by the clause's subject)."""
_CLOSING = frozenset(",.;)")
_PLACE_ARTICLE = re.compile(
    r"\b(?:in|aus|nach|into|across|throughout|around)\s+(?:der|den|die|the)\s+$", re.IGNORECASE
)


def countries_as_places(text: str, found: list[dict], resolver: TeamResolver) -> None:
    """`das Hinspiel in der Schweiz`, `a tour in the Netherlands`: a country after a
    preposition of place and its article is where something happened, not the
    national team, so it is marked like a plain `in Spanien`; so is a country after a
    town and a comma (`the final in Gdansk, Poland, on May 26`), and one a club went to
    (`only to go to West Germany and win 2-0`)."""
    for j, f in enumerate(found):
        if f["prep"] in ("to", "the") and "to " in text[max(0, f["start"] - 8) : f["start"]]:
            if _TRAVEL_TO.search(text, max(0, f["start"] - 40), f["start"]) and (
                _national(f["owners"], resolver) and _club_before(found, j, resolver)
            ):
                f["prep"] = "in"  # `only to go to West Germany and win 2-0`
            continue
        if f["prep"] in _INDEFINITE and _CLUB_COMPOUND.match(text, f["end"]):
            if _national(f["owners"], resolver):
                f["prep"] = "in"  # `einer DDR-Mannschaft`: a club of that country
            continue
        if f["prep"] == "" and text.endswith(", ", 0, f["start"]):
            if text[f["end"] : f["end"] + 1] in _CLOSING and _TOWN_COMMA.search(
                text, max(0, f["start"] - 40), f["start"]
            ):
                if _national(f["owners"], resolver):
                    f["prep"] = "in"  # `in Gdansk, Poland`: the town's country
            continue
        if f["prep"] in _COMPASS:
            if _COMPASS_PLACE.search(text, max(0, f["start"] - 40), f["start"]):
                if _national(f["owners"], resolver):
                    f["prep"] = "in"  # `a club from a small town in western Turkey`
            continue
        if f["prep"] not in ("der", "den", "die", "the") or not _national(f["owners"], resolver):
            continue
        if _PLACE_ARTICLE.search(text, max(0, f["start"] - 16), f["start"]):
            f["prep"] = "in"


_COMPASS = frozenset(
    "western northern southern eastern central north-western north-eastern south-western "
    "south-eastern northwestern northeastern southwestern southeastern west-central".split()
)
_COMPASS_PLACE = re.compile(
    r"\b(?:in|of|from|across|throughout|around)\s+(?:the\s+)?[a-z-]+\s+$", re.I
)
"""`a club from a small town in western Turkey`: a country after a preposition of place
and a compass word is a region, not the national team."""
_INDEFINITE = frozenset(("ein", "eine", "einer", "eines", "einem", "einen"))
_CLUB_COMPOUND = re.compile(r"-(?:Mannschaft|Klub|Club|Verein|Vertreter|Team)(?:s|es|en)?\b")
"""`den zweiten Europapokalsieg einer DDR-Mannschaft`, `eines englischen ... eines
DDR-Klubs`: a team of that country, not its national team (`eine DFB-Elf ohne Esprit` is
the national team, so `Elf` and `Auswahl` are not among them)."""


def _national(owners: set[str], resolver: TeamResolver) -> bool:
    teams = [resolver.teams.get(owner) for owner in owners]
    return bool(teams) and all(team is not None and team.kind == "national" for team in teams)


_TRAVEL_TO = re.compile(
    r"\b(?:go|goes|going|gone|went|travel(?:l?ed|l?ing|s)?|head(?:ed|ing|s)?|fly|flew|"
    r"flying|flown|return(?:ed|ing|s)?)\s+to\s+(?:the\s+)?$",
    re.IGNORECASE,
)
"""`only to go to West Germany and win 2-0`, `travelled to the Netherlands`: a country a side
goes to is where it played; `lost to Germany` stays the opponent (no verb of going)."""


def _club_before(found: list[dict], j: int, resolver: TeamResolver) -> bool:
    """Whether a club is named in the 300 characters before mention `j`: only a club story
    goes to a country to play; `England went to Germany and won 5-1` has no club."""
    start = found[j]["start"]
    for f in reversed(found[:j]):
        if start - f["start"] > 300:
            return False
        teams = [resolver.teams.get(owner) for owner in f["owners"]]
        if teams and all(team is not None and team.kind == "club" for team in teams):
            return True
    return False
