"""Ties whose winner is named only as somebody's team: `Erik ten Hag's young team,
which had knocked out Real Madrid and Juventus`, `Carlo Ancelotti's team ... go
through, after eliminating Paris Saint-Germain and Chelsea`. The team must be one of
the report's main pair; it is chosen by the coach the text links to a team
(`Tottenham manager Mauricio Pochettino`) or, where the sentence says the team went
through, as the main tie's winner. Otherwise nothing is claimed."""

from __future__ import annotations

import re

from bot.facts import Match, Tie
from bot.reports.matches import cues
from bot.reports.matches.nextopponent import place_or_next
from bot.reports.patterns.keyed import Keyed
from bot.reports.patterns.spots import starting_with
from bot.reports.text.document import Document

_DESCRIBED = re.compile(
    r"(?P<coach>[A-ZÄÖÜ][\w'’-]+)['’]s (?:\w+ )?(?:team|side|squad)\b"
    r"|(?:Mannschaft|Team|Elf) von (?:\w+ )?(?P<coach_de>[A-ZÄÖÜ][\w'’-]+)\b"
)
_COACH = re.compile(
    r"\b(?:coach|manager|boss|head coach|Trainer|Coach)\s+"
    r"(?P<name>(?:[A-ZÄÖÜ][\w'’-]+\s+){0,3}[A-ZÄÖÜ][\w'’-]+)"
)
_COACH_WORDS = ("coach", "manager", "boss", "head coach", "Trainer", "Coach")
"""What each match of _COACH begins with (spots.starting_with)."""
_WENT_THROUGH = re.compile(
    r"\b(?:go through|goes through|went through|gone through|through to the|advanced? to the|"
    r"zog \w+ ins|steht im|stehen im)\b",
    re.I,
)

_ADVANCE = Keyed(
    cues.ADVANCE.pattern,
    "advanc|through|knock|eliminat|ousted|weiter|"
    "durchgesetzt|durchsetzte|ausgeschaltet|ausschaltete|weitergekommen|zog|eliminiert|"
    "rausgeworfen|warf|reach",
)


_DIGIT_PAIR = re.compile(r"\d[-:]\d")


def _may_describe(text: str) -> bool:
    """Whether _DESCRIBED can match: each of its phrases holds `'s `, `’s ` or ` von `."""
    return "'s " in text or "’s " in text or " von " in text


def described_ties(doc: Document, ties: list[Tie], matches: list[Match]) -> list[Tie]:
    if not matches:
        return []
    main = matches[0]
    pair = (main.home, main.away)
    main_tie = next((t for t in ties if set(t.teams) == set(pair)), None)
    coaches: dict[str, str] | None = None
    out: list[Tie] = []
    for sentence in doc.sentences:
        if not _may_describe(sentence.text):
            continue
        verb = _ADVANCE.search(sentence.text)
        if not verb:
            continue
        described = _DESCRIBED.search(sentence.text)
        if not described or _DIGIT_PAIR.search(sentence.text):
            continue
        start = sentence.start + verb.end()
        beaten = []
        for m in doc.mentions_in(sentence):
            if place_or_next(sentence, m):
                continue
            if m.start >= start and m.team not in pair and m.team not in beaten:
                beaten.append(m.team)
        if not beaten:
            continue
        coach = (described.group("coach") or described.group("coach_de") or "").lower()
        if coaches is None:
            coaches = _coaches(doc)
        team = _team_of(coach, coaches, pair)
        if team is None and main_tie and main_tie.winner and _WENT_THROUGH.search(sentence.text):
            team = main_tie.winner
        if team not in pair:
            continue
        for loser in beaten:
            out.append(Tie(teams=(team, loser), winner=team, evidence=sentence.text))
    return out


def _coaches(doc: Document) -> dict[str, str]:
    """Surname -> team for `Tottenham manager Mauricio Pochettino`, `BVB-Trainer X`."""
    found: dict[str, str] = {}
    for match in starting_with(_COACH, doc.text, _COACH_WORDS):
        before = [m for m in doc.mentions if 0 <= match.start() - m.end <= 2]
        if before:
            surname = match.group("name").split()[-1].lower()
            found.setdefault(surname, before[-1].team)
    return found


def _team_of(coach: str, coaches: dict[str, str], pair: tuple[str, str]) -> str | None:
    if coach in coaches:
        return coaches[coach]
    known = [team for team in pair if team in coaches.values()]
    if len(known) == 1:
        return pair[0] if known[0] == pair[1] else pair[1]
    return None
