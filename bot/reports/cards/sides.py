"""Whose player was sent off, where the card clause names no side: his goals, a label
("Bayern's X"), or the one side said to play a man down."""

from __future__ import annotations

import re

from bot.facts import Dismissal, Match
from bot.reports.clauses.scenes import mentions_in_span, split_clauses
from bot.reports.goals.teams import labelled_sides
from bot.reports.names.players import last_name as surname
from bot.reports.patterns.keyed import Keyed
from bot.reports.text.document import Document

_OVERMANNED = re.compile(
    r"\b(?:in Überzahl|man advantage|extra man|against ten men|gegen zehn Mann)\b", re.I
)
_UNDERMANNED = re.compile(
    r"\b(?:in Unterzahl|mit einem Mann weniger|mit zehn Mann|ten men|10 men|a man down|"
    r"man short)\b",
    re.I,
)
_MAN_COUNT = (
    Keyed(_OVERMANNED, "überzahl|man advantage|extra man|ten men|zehn mann"),
    Keyed(_UNDERMANNED, "unterzahl|mann weniger|zehn mann|ten men|10 men|man down|man short"),
)
"""Most reports never say a side played a man down: the whole text is tested for the
key words first, as one of them is in every match of the two patterns."""


def card_sides(doc: Document, reading, match: Match, cards: list[Dismissal]) -> None:
    """A side from the player's goals, or from "in Unterzahl" when there was one card."""
    scorers = labelled_sides(reading.cast, frozenset((match.home, match.away)))
    for goal in match.goals or []:
        if goal.team and not goal.own_goal:
            scorers.setdefault(surname(goal.player), goal.team)
    for card in cards:
        if card.team not in (match.home, match.away):
            card.team = scorers.get(surname(card.player))
    if len(cards) == 1 and cards[0].team is None:
        short = _short_handed(doc, match)
        if len(short) == 1:
            cards[0].team = short.pop()


def _short_handed(doc: Document, match: Match) -> set[str]:
    """Sides said to play a man down ("in Unterzahl"), or whose opponent had one more."""
    short: set[str] = set()
    if not any(cue.may(doc.text) for cue in _MAN_COUNT):
        return short
    for sentence in doc.sentences:
        for start, end in split_clauses(sentence.text):
            text = sentence.text[start:end]
            down, up = _UNDERMANNED.search(text), _OVERMANNED.search(text)
            if not down and not up:
                continue
            mentions = [
                m
                for m in mentions_in_span(doc, sentence.start + start, sentence.start + end)
                if m.team in (match.home, match.away)
            ]
            if not mentions:
                continue
            opening = len(doc.text[sentence.start + start : mentions[0].start].split()) <= 1
            if len({m.team for m in mentions}) > 1 and not opening:
                continue
            team = mentions[0].team
            short.add(team if down else match.away if team == match.home else match.home)
    return short
