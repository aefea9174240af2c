"""Years beside a named competition or a result that make it another edition's or
another season's, so the report's own competition is no answer (split from `matchinfo.py`)."""

from __future__ import annotations

import re

from bot.reports.matches import cues
from bot.reports.matches.matchseason import A_YEAR, NOT_THAT_YEAR
from bot.reports.matches.titleyears import title_year_spans
from bot.reports.matches.yearsapart import years_before


def _years_away(text: str, published: str | None) -> bool:
    """`zuletzt 1931 beim 0:6 in Wien`, `Im November 2010 ... 5:0`: a result of a
    year well before the report's, whose competition the report does not name
    beside it; the report's own competition is only a guess for it. A year that
    names a round (`the 2011 final`, `Finale 2011`) names an edition of it instead."""
    if not published:
        return False
    stages = [at for at, _ in cues.stage_at(text)]
    return any(
        abs(int(m.group()) - int(published[:4])) > 1
        and not NOT_THAT_YEAR.search(text, max(0, m.start() - 25), m.start())
        and not any(m.start() - 12 <= at <= m.end() + 2 for at in stages)
        and m.span() not in title_year_spans(text)
        for m in A_YEAR.finditer(text)
    )


_CLAUSE_END = re.compile(r"[,;]\s|\s[–—]\s")


def _up_to_clause_end(text: str, rel: int) -> str:
    """The sentence up to the end of the score's clause: `... beating Colombia 2-0 in Lens
    last Friday, head home with ... the memories of Turin in 1990` tells its year of
    another match after the result, not the result's."""
    end = _CLAUSE_END.search(text, rel)
    return text[: end.start()] if end else text


_EDITION_YEAR = re.compile(r"[\s-]*((?:19|20)\d\d)\b")
_YEAR = re.compile(r"(?:19|20)\d\d")


def _other_edition(text: str, mention, date: str | None) -> bool:
    """`nach der WM 2018` beside a 2023 result, `Zwei Jahre nach dem EM-Titel`: an
    earlier edition, not this match's."""
    if years_before(text, mention.start):
        return True
    year = _YEAR.search(text[mention.start : mention.end])
    year = year or _EDITION_YEAR.match(text, mention.end)
    if not year or not date:
        return False
    found = year.group(1) if year.re is _EDITION_YEAR else year.group()
    return abs(int(found) - int(date[:4])) > 1
