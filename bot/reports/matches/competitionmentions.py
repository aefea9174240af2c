"""Which competitions a sentence names for a match played in it: bot.competitions'
finder without a league named as a side's standing, kind, title or destination
(`Platz drei in der Bundesliga`, `der Bundesliga-Zweite`, `relegated to the Championship`)."""

from __future__ import annotations

import re
from functools import lru_cache

from bot.competitions.names import find_competitions as _find_competitions
from bot.competitions.names import info
from bot.reports.matches.earliertrophy import won_before
from bot.reports.matches.sidecompetition import left_to_play, named_for_form
from bot.reports.matches.titledecided import title_by_result
from bot.reports.text.digits import DIGIT_PAIR
from bot.reports.text.holdsany import holds_any


@lru_cache(maxsize=4096)
def _competitions(text: str, published: str | None, until: int | None = None) -> tuple:
    return tuple(_find_competitions(text, published, until))


def named_in(text: str, published: str | None) -> tuple:
    """bot.competitions' finder unfiltered, remembered per text: the sentences before a
    result and the report's opening are asked about again and again."""
    return _competitions(text, published, None)


def find_competitions(text: str, published: str | None) -> list:
    """bot.competitions' finder, remembered per sentence (a report asks several times),
    without a league named as where a club goes (`müssen in die 2. Liga`, `relegated
    to the Championship`): no match of the report is played in it."""
    return list(_played_in(text, published, None))


OPENING = 600
"""How far `first_named` looks before it reads the whole text: most reports name their
competition in the first sentence or two."""


def first_named(text: str, published: str | None, played: bool = True, accept=None):
    """The first competition the text names (of `find_competitions` if `played`, else of
    `named_in`) that `accept` takes, or None: looked for in the opening first, which
    gives the same answer as the whole list wherever it finds one there."""
    for until in (OPENING, None):
        found = (
            _played_in(text, published, until) if played else _competitions(text, published, until)
        )
        for m in found:
            if accept is None or accept(m):
                return m
        if until is not None and len(text) <= until:
            return None
    return None


@lru_cache(maxsize=4096)
def _played_in(text: str, published: str | None, until: int | None = None) -> tuple:
    return tuple(
        m
        for m in _competitions(text, published, until)
        if not (_DESTINATION.search(text, max(0, m.start - 30), m.start) and is_league(m.name))
        and (
            not (_TITLE_HOLDER.match(text, m.end) or _HOLDER_COMPOUND.search(text, m.start, m.end))
            or title_by_result(text, m)
        )
        and not _SIDE.match(text, m.end)
        and not _SPOT.match(text, m.end)
        and not _PLACING_BEFORE.search(text, max(0, m.start - 30), m.start)
        and not _NEXT_SEASON.search(text, max(0, m.start - 30), m.start)
        and not _qualified_for(text, m)
        and not _AHEAD_OF.search(text, max(0, m.start - 30), m.start)
        and not won_before(text, m.start, m.end)
        and not _coming_meeting(text, m)
        and not (named_for_form(text, m.start, m.end) and is_league(m.name))
        and not left_to_play(text, m.start)
    )


_COMING = re.compile(
    r"\b(?:treffen|trifft)\s+(?:\w+\s+){0,5}?(?:erneut|wieder|nochmals|noch einmal)\s+"
    r"auf(?:einander)?\b|"
    r"\b(?:meet|face|play)\s+(?:\w+\s+){0,3}?again\b"
)
"""`Im Pokalfinale treffen sie Ende Mai erneut auf Celtic`, `they meet again in the cup
final`: a meeting still to come of the same sides, not the competition of the match told."""
_COMING_KEYS = ("again", "erneut", "wieder", "noch")
"""Every match of `_COMING` holds one of these: a cheap test before it."""
_AHEAD = re.compile(r"\bsteh(?:t|en)\s+(?:[\w-]+\s+){0,10}?an\b|\bwartet\b|\bawaits\b")
"""`Am Mittwoch steht in Amsterdam das Europa-League-Finale gegen Chelsea an`: a sentence
of no score telling a game ahead names no competition of a result told."""
_AHEAD_KEYS = ("steh", "wartet", "awaits")
_A_SCORE = DIGIT_PAIR  # `\d\s?[:-]\s?\d`, found from its mark (text/digits)


def _coming_meeting(text: str, m) -> bool:
    start = text.rfind(". ", 0, m.start) + 1
    end = text.find(". ", m.end)
    end = len(text) if end < 0 else end
    told = text[start:end]
    if holds_any(told, _AHEAD_KEYS) and _AHEAD.search(told):
        if not _A_SCORE.search(told):
            return True
    if not holds_any(told, _COMING_KEYS):
        return False
    return _COMING.search(text, start, end) is not None


_AHEAD_OF = re.compile(
    r"\b(?:vor der|vor dem|before the|ahead of the|in the run-up to the|mit Blick auf die|"
    r"im Hinblick auf die)\s+$",
    re.IGNORECASE,
)
"""`im letzten Pflichtspiel vor der WM in Katar`: a tournament still to come, not the
competition of the match told."""


_QUALIFIED_FOR = re.compile(
    r"\b(?:(?:a |their |its )?return to|"
    r"(?:a |their |its )?(?:place|spot|berth|ticket)s? (?:in|for|to)|"
    r"qualif(?:y|ied|ying|ication) for|Rückkehr in|Qualifikation für|Ticket für|"
    r"miss(?:ed|ing|es)? out on|direkten Einzug in die Gruppenphase der|"
    r"Startplatz (?:in|für)|Startplätze (?:in|für))\s+(?:the\s+|die\s+|der\s+)?$",
    re.IGNORECASE,
)
_ROUND_AFTER = re.compile(
    r"[\s-]*(?:final|semi|quarter|last|round|group|Finale|Endspiel|Halbfinal|Viertelfinal|"
    r"Achtelfinal|Gruppen)",
    re.IGNORECASE,
)


def _qualified_for(text: str, m) -> bool:
    """`clinched fourth place and a return to the Champions League with a 5-0 win at
    Norwich`: a competition a side qualified for is where it will play, not where this
    match was played; `a place in the Champions League final` names a round of it."""
    if _QUALIFYING_AHEAD.search(text, max(0, m.start - 30), m.start):
        start = text.rfind(". ", 0, m.start) + 1
        end = text.find(".", m.end)
        if _MUST.search(text, start, end if end >= 0 else len(text)):
            return True
    if _FOR_DE.search(text, max(0, m.start - 12), m.start) and _QUALIFIED_DE.match(text, m.end):
        return getattr(info(m.name), "kind", None) == "club"  # a finals tournament's is its
    if "into" in text and _GOING_INTO.search(text, max(0, m.start - 40), m.start):
        return not _KNOCKOUT_AFTER.match(text, m.end)
    return bool(_qualified_before(text, m.start) and not _ROUND_AFTER.match(text, m.end))


_QUALIFIED_KEYS = "return to|place|spot|berth|ticket|qualif|miss|einzug|startpl".split("|")
"""One of these stands, lower-cased, in each match of _QUALIFIED_FOR that ASCII text can hold
(`Rückkehr in` cannot)."""


def _qualified_before(text: str, end: int) -> bool:
    """`_QUALIFIED_FOR.search(text, end - 40, end)`: an ASCII window holding none of its
    words (where re.I folds as lower() does) is told without the search, which tried its
    `\\b`-led re.I alternation at each of the forty places (0.085 M per read)."""
    start = max(0, end - 40)
    window = text[start:end]
    if window.isascii() and not holds_any(window.lower(), _QUALIFIED_KEYS):
        return False
    return _QUALIFIED_FOR.search(text, start, end) is not None


_FOR_DE = re.compile(r"\bfür (?:die|den|das)\s+$")
_QUALIFIED_DE = re.compile(r"[^.;:]{0,40}?\bqualifi(?:ziert|zieren|zierte|zierten)\b")
"""`sich für die Klub-Weltmeisterschaft im Dezember in Japan qualifiziert`: where the winner
goes next, not the competition of the result told (`sich für die WM 2014 qualifiziert` names
the qualifying, which the national-team rules read from the tournament)."""
_GOING_INTO = re.compile(
    r"\b(?:go|goes|going|gone|straight|directly)\s+(?:straight\s+|directly\s+)?into\s+"
    r"(?:the\s+|next season's\s+)?$",
    re.IGNORECASE,
)
"""`needed a win to be sure of ... going straight into the Champions League group stage`:
where a side will play (its group stage too), not the competition of the match told."""
_KNOCKOUT_AFTER = re.compile(r"[\s-]*(?:final|semi|quarter|last|round)", re.IGNORECASE)


_QUALIFYING_AHEAD = re.compile(r"\bQualifikation (?:zur|zum|für die|für den)\s+$")
_MUST = re.compile(r"\b(?:muss|müssen|wird|werden|soll|sollen)\b")
"""`Servette muss sich durch die Qualifikation zur Champions League kämpfen`: qualifying
still to be played, not the competition of a result told (`in der Qualifikation zur
Europameisterschaft ... gesorgt` is)."""


_SPOT = re.compile(
    r"(?:\s+|-)(?:spots?|places?|berths?|qualification|football|ticket|Platz|Plätze|"
    r"Startplatz|Startplätze|Ticket|Qualifikation|Rang|Ränge)\b"
)
"""`clinched a Champions League spot by thrashing Norwich 5-0`, `der Champions-League-
Platz`: a competition a side plays next, not where this match was played."""


_NEXT_SEASON = re.compile(
    r"\b(?:next|following) (?:season|year)['’]s\s+(?:UEFA\s+)?$|"
    r"\b(?:in der|für die) (?:nächsten|kommenden) (?:Saison|Spielzeit)\s+(?:in der\s+)?$",
    re.IGNORECASE,
)
"""`a place in next season's Champions League`: where a side will play, not where it played."""


STANDING = re.compile(
    r"\b(?:place|spot|position|top|bottom|foot|summit|leaders|lead|Platz|Tabellenplatz|"
    r"Spitze|Tabellenspitze|Tabellenführung|Tabellenende)\s+(?:in|of|der|in der|im)\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
"""`first place in the Eredivisie`, `Platz drei in der Bundesliga`: a side's standing in
its league, which does not make that league the report's competition."""
_SIDE = re.compile(
    r"(?:\s+(?:nur|lediglich|bloß|erst|only|just)\s+|\s+|-)(?:club|clubs|side|sides|team|teams|outfit|leaders|newcomers|rivals|"
    r"Klub|Klubs|Club|Verein|Vereine|Team|Teams|Tabellenführer|Spitzenreiter|Aufsteiger|"
    r"runners-up|(?:Erst|Zweit|Dritt|Viert|Fünft|Sechst|Siebt|Acht|Neunt|Zehnt|Elft|Zwölft|"
    r"Dreizehnt|Vierzehnt|Fünfzehnt|Sechzehnt|Siebzehnt|Achtzehnt|Letzt|Vorletzt)e[nr]?)\b"
)
"""`the Bundesliga club`, `der Bundesliga-Klub`, `der Bundesliga-Zweite`, `in der
Bundesliga nur Fünfter`: what a side is or where it stands, not where it played."""
_PLACING_BEFORE = re.compile(
    r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th)"
    r"|bottom|top)\s+in\s+(?:the\s+)?$",
    re.IGNORECASE,
)
"""`finished fifth in the Premier League`: a side's placing, not the match's competition."""
_TITLE_HOLDER = re.compile(
    r"-?(?:Sieger|Gewinner|Titelträger|Titelverteidiger|Champion)\w*|"
    r"\s+(?:winners?|holders|title[- ]holders|champions)\b|"
    r"(?:-(?:Viertel|Achtel|Halb)?[Ff]inalist\w*|\s+(?:semi-?|quarter-?)?finalists|"
    r"\s+runners-up)\s+(?:von|of|in)\s+(?:19|20)\d\d\b"
)
"""`der Champions-League-Sieger`, `the Europa League holders`, `the World Cup
semifinalists of 2002`, `den WM-Achtelfinalisten von 2010`: a side's title, not the
competition of the match (a finalist only with the year of that final: `der
Champions-League-Finalist der vergangenen Saison` still plays in it)."""
_HOLDER_COMPOUND = re.compile(r"-(?:Sieger|Gewinner|Titelträger|Titelverteidiger|Champion)\w*$")
"""`Der DFB-Pokal-Sieger`, where the finder's match takes in the compound's end."""


def is_league(name: str) -> bool:
    data = info(name)
    return data is not None and data.format == "league"


_DESTINATION = re.compile(
    r"(?:\bin die|\bzurück in die|\baufstieg in die|\babstieg in die|\bdown to the|"
    r"\brelegated to the|\bpromoted to the|\bpromotion to the|\brelegation to the|"
    r"\bback (?:in|into|to) the|\bup to the|\bdrop(?:ped|s)? (?:in)?to the)\s+$",
    re.IGNORECASE,
)
