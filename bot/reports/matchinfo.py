"""Competition and season of a match: the competition named nearest its score
(else the report's first), the season from competition and date
(bot.competitions), shifted back for `a year ago` / `last season`."""

from __future__ import annotations

import re
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
    year = r.year
    if year and "main" in r.notes and r.date and abs(int(year) - int(r.date[:4])) > 1:
        year = None
    if year and data is not None and data.season == "calendar":
        return year
    if year:
        return _season_ending(comp, year, stage, r.sentence.text, date)
    if r.context_filled and not doc.mentions_in(r.sentence):
        index = index_of(doc, r)
        if 0 < index < len(doc.sentences):
            year = cues.YEAR.search(doc.sentences[index - 1].text)
            if year and data is not None and data.season == "calendar":
                return year.group(1)
    if "main" not in r.notes and _other_year(r.sentence.text, date):
        years = {m.group() for m in _A_YEAR.finditer(r.sentence.text)} - {date[:4]}
        return (
            _season_ending(comp, years.pop(), stage, r.sentence.text, date)
            if len(years) == 1
            else None
        )
    back = years_back(r.sentence.text)
    if back is None and r.earlier:
        back = 1
    if back:
        year = int(date[:4]) - back
        date = f"{year:04d}{date[4:]}"
    return season_for(comp, date, stage)


_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "einem": 1, "einen": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6,
}  # fmt: skip
_YEARS_AGO = re.compile(
    r"\b(?:(?P<en>\d|one|two|three|four|five|six) (?:years?|seasons?) (?:ago|earlier)|"
    r"vor (?P<de>\d|einem|zwei|drei|vier|fünf|sechs) (?:jahren|jahr|spielzeiten|saisons?))\b",
    re.I,
)
_A_YEAR = re.compile(r"\b(?:19|20)\d\d\b(?![-/.:]\d)")


def years_back(text: str) -> int | None:
    """`two years ago`, `vor zwei Jahren`: how many years before the dateline."""
    found = _YEARS_AGO.search(text)
    if found is None:
        return None
    word = (found.group("en") or found.group("de")).lower()
    return int(word) if word.isdigit() else _NUMBER_WORDS.get(word)


_SEASON_END_STAGES = ("final", "relegation-play-off")
_NOT_THAT_YEAR = re.compile(
    r"\b(?:since|until|till|founded|formed|seit|bis|gegründet)\s+(?:in\s+|im jahr\s+)?$", re.I
)
_SUPER = re.compile(r"super|shield|supercop|trophée|supercup", re.I)


def _season_ending(comp, year: str, stage, text: str, date: str) -> str | None:
    """`the 2011 final`, `Schon 2014 ... in der Relegation`: a final or relegation
    play-off of a split season ends it, so the year names that season; any other
    round could fall in either half, so it stays unknown."""
    data = info(comp)
    if stage not in _SEASON_END_STAGES or data is None or data.season != "split":
        return None
    if _SUPER.search(comp) or int(year) >= int(date[:4]):
        return None
    at = text.find(year)
    if _NOT_THAT_YEAR.search(text, max(0, at - 25), at) or text.count(year) != 1:
        return None
    return season_for(comp, f"{year}-05", stage)


def _other_year(text: str, date: str) -> bool:
    """The sentence names a year other than the match date's: the season is unclear."""
    return any(m.group() != date[:4] for m in _A_YEAR.finditer(text))


@lru_cache(maxsize=4096)
def _competitions(text: str, published: str | None) -> tuple:
    return tuple(_find_competitions(text, published))


def find_competitions(text: str, published: str | None) -> list:
    """bot.competitions' finder, remembered per sentence (a report asks several times)."""
    return list(_competitions(text, published))
