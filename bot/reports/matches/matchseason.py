"""The season of a match: from the year the text names, from a year counted back (`vor
zwei Jahren`, `Damals`), or from the date and the competition's calendar; unknown where a
year other than the match's leaves it unclear."""

from __future__ import annotations

import re

from bot.competitions.names import info
from bot.competitions.seasons import ran_over, season_for
from bot.reports.matches import cues
from bot.reports.matches.editionyear import edition_year
from bot.reports.matches.mainmatch import index_of
from bot.reports.matches.reading import Reading
from bot.reports.matches.shortedition import short_edition
from bot.reports.matches.yearsapart import years_back, years_before
from bot.reports.patterns.keyed import Keyed
from bot.reports.text.document import Document


def season_of(comp, date, stage, r: Reading, doc: Document) -> str | None:
    if comp is None and doc.cache.get("league-unnamed"):
        from bot.reports.matches.matchinfo import unnamed_league_match  # (imports this)

        if unnamed_league_match(doc, r):
            comp = "Premier League"  # the First Division before it: the same calendar
    if comp is None or not date:
        return None
    data = info(comp)
    if (
        data is not None
        and data.season == "calendar"
        and (edition := edition_year(doc, r, stage, date))
    ):
        return edition
    if "main" not in r.notes and (edition := short_edition(r.sentence.text, comp, date)):
        return edition  # `at Italia 90 they drew 0-0 with Romania`
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
                if not (r.date and abs(int(year.group(1)) - int(r.date[:4])) > 1):
                    return year.group(1)  # not `They had also won it in 1977` a week back
    if "main" not in r.notes and _other_year(r.sentence.text, date):
        years = {m.group() for m in A_YEAR.finditer(r.sentence.text)} - {date[:4]}
        if len(years) != 1:
            return None
        year = years.pop()
        later = years_later(r.sentence.text, year, r.hit.start - r.sentence.start)
        if later is None:
            return None
        return _season_ending(comp, year, stage, r.sentence.text, date, later)
    if "main" not in r.notes and r.date is None and _earlier_paragraph(doc, r, date):
        return None
    back = years_back(r.sentence.text)
    if back is None:
        back = years_before(doc.text, r.hit.start)
    if back and "main" in r.notes and r.date and r.date[:4] == (doc.published or "")[:4]:
        back = None  # `... on Sunday to gain revenge for their defeat two years ago`
    if back is None and (_THEN.match(r.sentence.text) or THERE.match(r.sentence.text)):
        before = told_before(doc, index_of(doc, r))
        back = years_back(before)
        if back is None and _LAST_YEAR.search(before):
            back = 1  # `das Finale von Paris im Mai des vergangenen Jahres. Damals ...`
        if back is None and _other_year(before, date):  # `nach dem Gewinn 1975. Damals ...`
            years = {m.group() for m in A_YEAR.finditer(before)} - {date[:4]}
            return (
                _season_ending(comp, years.pop(), stage, before, date) if len(years) == 1 else None
            )
    if back is None and r.earlier:
        back = 1
    if back:
        year = int(date[:4]) - back
        date = f"{year:04d}{date[4:]}"
    if ran_over(comp, date, stage):
        return season_for(comp, date, stage)
    return season_for(comp, date, stage)


A_YEAR = re.compile(r"(?:1(?<!\w1)9|2(?<!\w2)0)\d\d\b(?![-/.:]\d)")
"""A year `19xx`/`20xx` standing alone: it opens on the digit (so `re` skips ahead to a 1
or 2 in C), and the look-behind after it is exactly the word boundary before it."""


_LATER = re.compile(
    r"\b(?:(?P<n>ein|zwei|drei|a|one|two|three)\s+(?:Jahre?|years?)\s+(?:später|danach|"
    r"darauf|later|on)|im (?:Jahr|Jahre) darauf|(?:the )?(?:following|next) year)\b",
    re.IGNORECASE,
)
_COUNTS = {"ein": 1, "a": 1, "one": 1, "zwei": 2, "two": 2, "drei": 3, "three": 3}


def years_later(text: str, year: str, score_at: int) -> int | None:
    """`2022 stieg Bielefeld ab, ein Jahr später folgte nach der Relegation ...: 0:4 im
    Hinspiel`: the years a result told after a year and `ein Jahr später` lies beyond it (0
    where no such phrase stands between them; None where two do)."""
    at = text.find(year)
    found = (
        list(_LATER.finditer(text, at, max(at, score_at))) if "ahr" in text or "ear" in text else []
    )
    if len(found) > 1:
        return None
    if not found:
        return 0
    n = found[0].group("n")
    return _COUNTS[n.lower()] if n else 1


_LAST_YEAR = re.compile(
    r"\b(?:des vergangenen Jahres|im vergangenen Jahr|des Vorjahres|im Vorjahr|last year|"
    r"last season|a year ago|in der Vorsaison|in der vergangenen Saison)\b",
    re.I,
)
_THEN = re.compile(r"\s*(?:Damals|Back then|At the time)\b")
"""`Vor einem Jahr ... Damals hatte sich Hoffenheim ...`: the time the sentence before named."""
THERE = re.compile(r"\s*(?:Auf dem Weg (?:dorthin|dahin)|On (?:the|their|its) way there)\b")
"""`... bis ins Endspiel gekommen. Auf dem Weg dorthin überstand Toronto ...`: the
competition and the time of the sentence before."""


def told_before(doc: Document, index: int) -> str:
    """The sentence before the one at `index`, and the one before that where it opens on
    `Damals` itself (`Ein schwieriges Jahr 2018. Damals hatte ... Auf dem Weg dorthin`);
    "" for the first sentence."""
    if index <= 0:
        return ""
    before = doc.sentences[index - 1].text
    if index > 1 and _THEN.match(before) and not A_YEAR.search(before):
        return doc.sentences[index - 2].text + " " + before
    return before


_SEASON_END_STAGES = ("final", "relegation-play-off")
NOT_THAT_YEAR = re.compile(
    r"\b(?:since|until|till|founded|formed|seit|bis|gegründet)\s+(?:in\s+|im jahr\s+)?$", re.I
)
_SUPER = re.compile(r"super|shield|supercop|trophée|supercup", re.I)


def _season_ending(comp, year: str, stage, text: str, date: str, later: int = 0) -> str | None:
    """`the 2011 final`, `Schon 2014 ... in der Relegation`: a final or relegation
    play-off of a split season ends it, so the year names that season; any other
    round could fall in either half, so it stays unknown."""
    data = info(comp)
    if stage not in _SEASON_END_STAGES or data is None or data.season != "split":
        return None
    if _SUPER.search(comp) or int(year) + later >= int(date[:4]):
        return None
    at = text.find(year)
    if NOT_THAT_YEAR.search(text, max(0, at - 25), at) or text.count(year) != 1:
        return None
    return season_for(comp, f"{int(year) + later}-05", stage)  # `2022 ..., ein Jahr später`


def _other_year(text: str, date: str) -> bool:
    """The sentence names a year other than the match date's: the season is unclear;
    not a year that only tells what a side once was (`den WM-Dritten von 2002`)."""
    return any(
        m.group() != date[:4] and not _TITLE_YEAR.search(text, max(0, m.start() - 40), m.start())
        for m in A_YEAR.finditer(text)
    )


_TITLE_YEAR = re.compile(
    r"\b(?:(?:Welt|Europa|Vize)meister\w*|(?:WM|EM)-(?:Dritte|Zweite|Finalist|Halbfinalist)\w*|"
    r"(?:world|european) champions|(?:World Cup|Euro) (?:semi-?)?finalists)\s+(?:von|of)\s+$",
    re.I,
)
"""`gegen die Türkei, den WM-Dritten von 2002`, `Greece, the European champions of 2004`:
a year in a side's title, not the time of the result the sentence tells."""


_YEARS_APART = Keyed(
    re.compile(
        r"\b(?:Jahre|Jahren|years)\s+(?:später|zuvor|früher|davor|danach|later|earlier|before)\b",
        re.I,
    ),
    "jahre|years",
)
_RECALLED = Keyed(
    re.compile(
        r"\b(?:gedacht|denkt|dachte|erinnert\w*|Erinnerung\w*|zurückdenk\w*|remember\w*|"
        r"recall\w*|memor(?:y|ies)|think(?:s|ing)? back|thought back)\b",
        re.I,
    ),
    "gedacht|denkt|dachte|erinner|zurückdenk|remember|recall|memor|think|thought",
)
"""Both keyed (see Keyed): every match holds one of the keys, lower-cased, as it stands
(`erinner` opens `erinnert`, `Erinnerung`; `think` is in each `think... back`)."""


def _earlier_paragraph(doc: Document, r: Reading, date: str) -> bool:
    """`Manch einer dürfte an den März 1986 gedacht haben ... Das Hinspiel in Dresden
    hatten die Krefelder mit 0:2 verloren`, `Zweieinhalb Jahre später ...`: an undated
    result in a paragraph recalling an earlier year is of a season not told."""
    if r.notes & {"same-day", "same-round", "weekday", "listing"}:
        return False
    start = doc.text.rfind("\n", 0, r.hit.start) + 1
    told = doc.text[start : r.hit.start]
    if _YEARS_APART.search(told):
        return True
    if not _RECALLED.search(told):
        return False
    return any(
        int(m.group()) <= int(date[:4]) - 2
        and not NOT_THAT_YEAR.search(told, max(0, m.start() - 25), m.start())
        and not _TITLE_YEAR.search(told, max(0, m.start() - 40), m.start())
        for m in A_YEAR.finditer(told)
    )
