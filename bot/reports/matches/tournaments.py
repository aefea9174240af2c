"""Ground of a match at a national-team tournament (World Cup, Euro): one venue
chosen in advance, so neither side is at home unless it is the host nation,
which reports name as such (`host Russia`, `Gastgeber Deutschland`)."""

from __future__ import annotations

import re
from datetime import date, timedelta

from bot.reports.matches.cues import stage_at
from bot.reports.matches.playoffs import outside_finals
from bot.reports.matches.reading import Reading
from bot.reports.matches.tournamenthosts import host_countries
from bot.reports.text.document import Document

TOURNAMENTS = frozenset(
    (
        "FIFA World Cup", "UEFA European Championship", "Copa América", "Africa Cup of Nations",
        "AFC Asian Cup", "CONCACAF Gold Cup", "FIFA Confederations Cup", "FIFA Women's World Cup",
        "UEFA Women's Euro",
    )
)  # fmt: skip
FINAL_FOURS = frozenset(("UEFA Nations League", "CONCACAF Nations League"))
"""Played home and away in the league phase, but semi-finals, third-place match and
final are one tournament in a host country chosen in advance."""
_THIRD_PLACE = re.compile(
    r"\b(?:third[- ]place|Spiel um Platz (?:drei|3)|kleinen Finale|Platz drei|"
    r"finish(?:ed|ing)? third)\b",
    re.I,
)
_HOST_BEFORE = re.compile(
    r"\b(?:hosts?|host nation|co-hosts?|gastgeber|gastgeberland|ausrichter)\s+(?:the\s+)?$", re.I
)
_HOST_AFTER = re.compile(r"^,?\s+(?:the\s+)?(?:hosts?|host nation|der gastgeber)\b", re.I)


def third_place_match(text: str) -> bool:
    """`Im Spiel um Platz drei`: a match on the final's day that is not the final."""
    return bool(_THIRD_PLACE.search(text))


def tournament_ground(doc: Document, r: Reading, competition: str | None, resolver) -> str | None:
    """`neutral`, the host's id when the host plays, or None when this is no
    tournament match between two national teams."""
    if r.teams() is None:
        return None
    if competition not in TOURNAMENTS and not (
        competition in FINAL_FOURS
        and (
            r.stage in ("semi-final", "final")
            or _THIRD_PLACE.search(r.sentence.text)
            or _finals_week(doc, r)
        )
    ):
        return None
    teams = resolver.teams
    if any(getattr(teams.get(t), "kind", None) != "national" for t in r.teams()):
        return None
    if outside_finals(competition, r.date or doc.published) and (
        r.date or outside_finals(competition, _week_before(doc.published))
    ):
        return None  # `Greece beat Ukraine 1-0 in Donetsk` in November: a qualifier
    if competition in FINAL_FOURS and r.stage is None and _semi_final_days(doc, r):
        r.stage = "semi-final"
    hosts = _hosts(doc)
    playing = [t for t in r.teams() if t in hosts]
    if not playing and competition in TOURNAMENTS:
        edition = host_countries(competition, r.year or r.date or doc.published)
        playing = [t for t in r.teams() if teams[t].country in edition]
    if len(playing) == 1:
        return playing[0]
    return "neutral" if not playing else None


def _finals_week(doc: Document, r: Reading) -> bool:
    """A report on the finals (`won the Nations League title`, `im Finale`) and a
    result dated within its week: one of the finals' own matches."""
    if not r.date or not doc.published or len(r.date) < 10 or len(doc.published) < 10:
        return False
    gap = (date.fromisoformat(doc.published) - date.fromisoformat(r.date)).days
    if not 0 <= gap <= 6:
        return False
    lead = " ".join(s.text for s in doc.sentences[:3])
    stages = {stage for _, stage in stage_at(lead)}
    return bool(stages & {"final", "semi-final"} or _FINALS_WORDS.search(lead))


def _semi_final_days(doc: Document, r: Reading) -> bool:
    """Of the four matches of a finals week, those three or more days before the
    report are the semi-finals: the third-place match and the final come last."""
    if "main" in r.notes or _THIRD_PLACE.search(r.sentence.text) or not _finals_week(doc, r):
        return False
    return (date.fromisoformat(doc.published) - date.fromisoformat(r.date)).days >= 3


_FINALS_WORDS = re.compile(
    r"\b(?:Nations League (?:title|trophy|finals)|Final Four|Finalturnier)\b"
)


def _hosts(doc: Document) -> set[str]:
    found = doc.cache.get("hosts")
    if found is None:
        found = doc.cache["hosts"] = {
            m.team
            for m in doc.mentions
            if _HOST_BEFORE.search(doc.text, max(0, m.start - 20), m.start)
            or _HOST_AFTER.match(doc.text[m.end : m.end + 25])
        }
    return found


def _week_before(published: str | None) -> str | None:
    """The day a week before the dateline: an undated game of a report published just
    after the finals (`2022-08-01` on the final of July 31) may still be one of them."""
    if not published or len(published) < 10:
        return published
    return (date.fromisoformat(published[:10]) - timedelta(days=7)).isoformat()
