"""Competition and season of a match: the competition named nearest its score
(else the report's first), the season from competition and date
(bot.competitions), shifted back for `a year ago` / `last season`."""

from __future__ import annotations

from functools import lru_cache

from bot.competitions.names import find_competitions as _find_competitions
from bot.competitions.names import info
from bot.competitions.seasons import season_for
from bot.reports import cues
from bot.reports.document import Document
from bot.reports.mainmatch import index_of
from bot.reports.reading import Reading


def competition_of(doc: Document, r: Reading, primary: str | None) -> str | None:
    found = find_competitions(r.sentence.text, doc.published)
    if not found and r.context_filled:
        index = doc.sentences.index(r.sentence)
        if index > 0:
            found = find_competitions(doc.sentences[index - 1].text, doc.published)
    if found:
        rel = r.hit.start - r.sentence.start
        return min(found, key=lambda m: abs(m.start - rel)).name
    return primary


def primary_competition(doc: Document) -> str | None:
    found = find_competitions(doc.text[:3000], doc.published)
    return found[0].name if found else None


def season_of(comp, date, stage, r: Reading, doc: Document) -> str | None:
    if comp is None or not date:
        return None
    data = info(comp)
    if r.year and data is not None and data.season == "calendar":
        return r.year
    if r.year:
        return None
    if r.context_filled:
        index = index_of(doc, r)
        if 0 < index < len(doc.sentences):
            year = cues.YEAR.search(doc.sentences[index - 1].text)
            if year and data is not None and data.season == "calendar":
                return year.group(1)
    if r.earlier:
        year = int(date[:4]) - 1
        date = f"{year:04d}{date[4:]}"
    return season_for(comp, date, stage)


@lru_cache(maxsize=4096)
def _competitions(text: str, published: str | None) -> tuple:
    return tuple(_find_competitions(text, published))


def find_competitions(text: str, published: str | None) -> list:
    """bot.competitions' finder, remembered per sentence (a report asks several times)."""
    return list(_competitions(text, published))
