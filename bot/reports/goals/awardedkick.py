"""A penalty awarded in one sentence and converted in the next: `Der Schiedsrichter
zeigte nach Ansicht der Videobilder auf den Punkt. X verwandelte sicher (43.)`, `The
referee pointed to the spot. X converted`: that one goal is the penalty."""

from __future__ import annotations

import re

from bot.facts import Goal
from bot.reports.patterns.keyed import Keyed

_AWARDED = Keyed(
    re.compile(
        r"\b(?:zeigte?\s+(?:[\w.-]+\s+){0,8}?auf den (?:Elfmeter)?punkt|auf den Punkt gezeigt|"
        r"(?:Foul|Hand)?[Ee]lfmeter (?:für|gegeben|zugesprochen)|"
        r"entschi\w*\s+(?:[\w.-]+\s+){0,4}?auf\s+(?:(?:Foul|Hand)?[Ee]lfmeter|Strafsto(?:ß|ss))|"
        r"pointed to the (?:penalty )?spot|(?:awarded|gave) (?:a|the) (?:penalty|spot-kick)|"
        r"penalty was (?:awarded|given))",
        re.I,
    ),
    "zeigt|lfmeter |entschi|pointed to the |awarded |gave |penalty was ",
)
"""Each match holds one of the keys (lower-cased): most sentences before a goal hold none,
so the case-blind search through them is skipped."""
_CONVERTS = re.compile(
    r"\b(?:verwandel\w*|convert\w*|trat an|stepped up|dispatch\w*)\b"
    r"(?!\s+(?:a|the|his|her|eine?n?|die|den)\s+"
    r"(?:cross|pass|header|rebound|corner|free[- ]kick|Flanke|Hereingabe|Vorlage|Ecke|Freisto))",
    re.I,
)
_NOT_SCORED = re.compile(
    r"\b(?:saved|saves|missed|misses|parried|stopped|denied|post|bar|crossbar|wide|rebound|"
    r"overturned|gehalten|hielt|hält|pariert\w*|verschoss\w*|vergab|Pfosten|Latte|"
    r"Nachschuss|Abpraller|zurückgenommen)\b",
    re.I,
)
_GOAL_TOLD = re.compile(r"\b(?:traf|trifft|scored|scores|Tor|goal|\d+[-:]\d+)\b", re.I)


def awarded_before(text_before: str, text: str, goals: list[Goal]) -> None:
    """Flag the one goal of a sentence that converts a kick the sentence before
    awarded (and told no goal, save or miss of its own)."""
    if len(goals) != 1 or goals[0].penalty or goals[0].own_goal:
        return
    if not _AWARDED.search(text_before):
        return
    if _NOT_SCORED.search(text_before) or _GOAL_TOLD.search(text_before):
        return
    if _CONVERTS.search(text) and not _NOT_SCORED.search(text):
        goals[0].penalty = True


_FOULED = Keyed(
    re.compile(
        r"\b(?:brought down|fouled|tripped|felled|upended|pulled (?:\w+ )?back|handball|"
        r"gefoult|zu Fall gebracht|umgerissen|von den Beinen geholt|Handspiel)\b",
        re.I,
    ),
    "brought down|fouled|tripped|felled|upended|pulled|handball|gefoult|zu fall gebracht|"
    "umgerissen|von den beinen geholt|handspiel",
)
"""Each match holds one of the keys (lower-cased; `pulled` for `pulled ... back`): most
sentences with a goal tell no foul."""
_KICK_TAKEN = re.compile(
    r"\b(?:his|her|seinen|ihren)\s+(?:spot[- ]kick|penalty|Elfmeter|Strafstoß)\b|"
    r"\bfrom the (?:penalty )?spot\b|\bvom (?:Elfmeter)?[Pp]unkt\b",
    re.I,
)


def awarded_after(text: str, text_after: str, goals: list[Goal], after_told: bool) -> None:
    """`Barca doubled their lead when Suarez was brought down. The referee awarded a
    penalty, and the Uruguayan drove his spot kick into the corner`: the one goal of a
    sentence telling a foul is the penalty the next sentence awards and converts, when
    that sentence tells no goal of its own (`after_told`), no save and no miss."""
    if len(goals) != 1 or goals[0].penalty or goals[0].own_goal or after_told:
        return
    if not _AWARDED.search(text_after) or not _FOULED.search(text):
        return
    if _NOT_SCORED.search(text_after) or _NOT_SCORED.search(text):
        return
    if _CONVERTS.search(text_after) or _KICK_TAKEN.search(text_after):
        goals[0].penalty = True
