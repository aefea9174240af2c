"""Names that stand for a ground, not a side: `the Santiago Bernabeu, the home of
Real Madrid`, `River's Monumental stadium`, `im Stadion des FC Bayern`. Such a
name must not become a team of a result, so the document leaves it out."""

from __future__ import annotations

import re

from bot.reports.names.groundtown import town_after_ground
from bot.reports.patterns.spots import Folded

_OWNER_BEFORE = Folded(
    re.compile(
        r"(?:\b(?:home|stadium|ground|arena|den|fortress|turf|pitch)\s+of\s+(?:the\s+)?|"
        r"\b(?:heimat|stadion|heimstätte|spielstätte|arena|heimspielstätte)\s+(?:von|des|der)\s+"
        r"(?:(?:dem|den)\s+)?)$",
        re.IGNORECASE,
    )
)
_GROUND_AFTER = re.compile(
    r"^(?:['’]s?\s+(?:(?:home|own|new|old|famous)\s+)?(?:stadium|ground|arena|park)\b|"
    r"['’]s?\s+[A-Z][\w-]+\s+(?:stadium|ground|arena)\b|-?stadion\b|-arena\b|"
    r" (?:Park|Stadium|Arena)(?=[\s.,;:!?)]|$))",
)
"""The last form: `im Celtic Park`, `at Villa Park`, `the Red Bull Arena`, a team's name
before one of these capitalised words names a ground, whichever club plays there."""


def is_venue_name(text: str, start: int, end: int) -> bool:
    """True when the name at text[start:end] names a team's ground, not the team."""
    before = text[max(0, start - 40) : start]
    if before[-1:].isspace():
        low = before.lower()
        odd = not low.isascii() and ("ı" in low or "ſ" in low)
        if odd or (low.rsplit(None, 1) or [""])[-1] in _OWNER_LAST:
            if _OWNER_BEFORE.search(before) or _ROUND_OF_PLACE.search(before):
                return True
        trimmed = before.rstrip()
        if trimmed.endswith(("von", "in", "de", "of")) and _GROUND_KEYS.search(before):
            if _GROUND_THEN_PLACE.search(before):
                return True
        if town_after_ground(before) and text[end : end + 1] not in "'’":
            return True
        if trimmed.endswith(_PLACE_WORDS) and " " not in text[start:end]:
            if _PLACE_BEFORE.search(before[-12:]) and _PLACE_AFTER.match(text, end):
                return True
    near = before[-20:]
    if ("Sta" in near or "Est" in near) and _GROUND_WORD_BEFORE.search(near):
        return True
    return text[end : end + 1] in _GROUND_AFTER_FIRST and bool(
        _GROUND_AFTER.match(text[end : end + 40])
    )


_GROUND_AFTER_FIRST = frozenset("'’-s ")
"""_GROUND_AFTER's matches begin with one of these: the patterns before a name all end
in a word and a space, so a name after none of those words skips them."""
_OWNER_LAST = frozenset("of the von des der dem den".split())
"""An owner phrase ends in one of these words and a space: most names follow none."""


_PLACE_WORDS = ("in", "von", "aus", "nach", "at", "from")
_PLACE_BEFORE = re.compile(r"\b(?:in|von|aus|nach|at|from)\s$")
_PLACE_AFTER = re.compile(r" [A-Z][a-z]+(?=[\s,.;:])")
"""`von Porto Alegre`: a club's one-word name that begins a longer place name."""
_ROUND_OF_PLACE = re.compile(r"(?:finale|endspiel|finalspiel)\s+von\s+$", re.I)
"""`im Halbfinale von Marseille`: the venue of a round."""
_GROUND_WORD_BEFORE = re.compile(
    r"\b(?:Stade|Stadio|Estadio|Estádio|Estadi)\s+(?:(?:de la|de|du|des|di|do|da|del)\s+)?$"
)
"""`Stade de France`, `Estadio de Portugal`: a ground named after a country or club."""


_GROUND_KEYS = re.compile(r"[Ss]tad|Est|[Aa]rena|Park|Field")
"""Each ground word below holds one of these: most names have none before them."""
_GROUND_THEN_PLACE = re.compile(
    r"(?:\b(?:Estadio|Estádio|Estadi|Stadio|Stade|Stadion|Stadium|Arena|Park|Field)|"
    r"[a-zäöü](?:stadion|arena))"
    r"(?: (?:(?:de la|de|do|da|del|di|des|du)\s)?[A-ZÁÉÍÓÚÄÖÜ][\w'’.-]*){0,3} (?:von|in|de|of)\s$"
)
"""`im Estadio Ramón Sánchez-Pizjuán von Sevilla`, `the Allianz Arena in Munich`: a
name after a ground's name is the ground's town, not a team."""


_CITY_OF_COUNTRY = re.compile(
    r"\b(?:Santiago|Ciudad|Santo Domingo|San José|San Jose|Guatemala) de(?:l)? $"
)
"""`Santiago de Chile`, `Ciudad de México`: a city whose name ends in its country's."""


def is_city_named_for_country(text: str, start: int) -> bool:
    before = text[max(0, start - 20) : start]
    return before.endswith(_DE_ENDS) and bool(_CITY_OF_COUNTRY.search(before))


_DE_ENDS = ("de ", "del ", "de \n", "del \n")
"""How _CITY_OF_COUNTRY's matches end (`$` also matches before a last newline)."""


_PART_OF_DE = re.compile(
    r"\b(?:Stadt|Hauptstadt|Metropole|Millionenstadt|Region|Küste|(?:Süd|Nord)?(?:en|osten|westen)"
    r"|Westen|Osten)\s$"
)
"""`der größten Stadt Brasiliens`, `aus dem Süden Brasiliens`: a place noun before a
country in the genitive."""
_PART_OF_EN = re.compile(r"\b(?:south|north|east|west|capital|city)\s+of\s+(?:the\s+)?$")
_PLACE_AFTER_EN = re.compile(
    r"['’]s\s+(?:(?:largest|biggest|second|third|second-largest|second-biggest|oldest)\s+)?"
    r"(?:city|capital|south|north|east|west|coast)\b"
)


def is_part_of_country(text: str, item: dict) -> bool:
    """`der Klub aus der größten Stadt Brasiliens`, `the club from Brazil's biggest city`,
    `the south of Brazil`: the country names a place there, not its national team."""
    start = item["start"]
    if item["genitive"]:
        return _PART_OF_DE.search(text, max(0, start - 16), start) is not None
    if text.startswith(("'s", "’s"), item["end"]):
        return _PLACE_AFTER_EN.match(text, item["end"]) is not None
    return (
        start > 3
        and text[start - 3 : start] == "of "
        and bool(_PART_OF_EN.search(text, max(0, start - 20), start))
    )
