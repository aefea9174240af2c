"""Competition and season of a match: the competition named nearest its score
(else the report's first), the season from competition and date
(bot.competitions), shifted back for `a year ago` / `last season`."""

from __future__ import annotations

import re

from bot.reports.matches import cues
from bot.reports.matches.clausecompetition import (
    another_window,
    in_past_relative,
    outside_past_relatives,
    outside_relative_clauses,
    told_as_friendly,
)
from bot.reports.matches.competitionmentions import (
    OPENING,
    STANDING,
    find_competitions,
    first_named,
    is_league,
)
from bot.reports.matches.competitionyears import _other_edition, _up_to_clause_end, _years_away
from bot.reports.matches.finalcup import cup_before_final
from bot.reports.matches.headingcompetition import heading_competition
from bot.reports.matches.homecup import (
    home_cup,
    in_aside,
    in_later_clause,
    left_before,
    own_clause_first,
)
from bot.reports.matches.leaguestory import LEAGUE_STORY, TOP_LEAGUES, story_league
from bot.reports.matches.leaguewin import league_of_pair, told_as_league
from bot.reports.matches.matchcontext import matchday_before, relegation_league
from bot.reports.matches.matchseason import THERE
from bot.reports.matches.opponentof import opponents_round
from bot.reports.matches.othercomp import after_other_results, outside_other_results
from bot.reports.matches.pastedition import told_of_last_season
from bot.reports.matches.pastmention import in_earlier_month
from bot.reports.matches.playoffs import qualified_for
from bot.reports.matches.prevcompetition import competition_before
from bot.reports.matches.reading import Reading
from bot.reports.matches.relegationtold import told_relegation_league
from bot.reports.matches.seasonturn import before_season_turn
from bot.reports.matches.supercup import bare_super_cup
from bot.reports.matches.tablestanding import told_table_lead
from bot.reports.matches.topiccompetition import this_competition, topic_competition
from bot.reports.matches.unknowncup import unknown_cup_named
from bot.reports.matches.womens import womens_form
from bot.reports.matches.yearsapart import between_editions, years_before
from bot.reports.text.document import Document


def competition_of(doc: Document, r: Reading, primary: str | None) -> str | None:
    """The match's competition. The main match's is asked again for nearly every other
    result (whose round and season lean on it), so it is kept per state of what it
    reads; once the main match is known the document's cues it asks are settled."""
    if doc.cache.get("main") is not r:
        return womens_form(doc, home_cup(doc, _named_competition(doc, r, primary), r.teams()))
    key = (r.hit, r.context_filled, frozenset(r.notes), r.date, r.stage, r.leg, r.teams(), primary)
    known = doc.cache.setdefault("matches.main-competition", {})
    if key not in known:
        named = home_cup(doc, _named_competition(doc, r, primary), r.teams())
        known[key] = womens_form(doc, named)
    return known[key]


def _named_competition(doc: Document, r: Reading, primary: str | None) -> str | None:
    text, rel = r.sentence.text, r.hit.start - r.sentence.start
    if league := told_relegation_league(doc, r):
        return league
    if r.stage == "relegation-play-off" and (league := relegation_league(doc)):
        return league  # not `nach nur einem Jahr in der 2. Liga`, where a side came from
    if "main" not in r.notes and told_as_league(doc.text, r.hit.end, r.hit.suffix):
        main = doc.cache.get("main")
        return league_of_pair(doc, r, lambda: main and competition_of(doc, main, primary))
    found = [
        m
        for m in find_competitions(text, doc.published)
        if not left_before(text, m.start, rel) and not opponents_round(text, m.start)
    ]
    told, cup = bare_super_cup(doc, r, found)
    if told:
        return cup
    if not found and "main" not in r.notes and unknown_cup_named(text):
        return None  # `in the Svenska Cupen final`
    if r.context_filled:
        found = outside_relative_clauses(text, rel, found)
    found = outside_past_relatives(text, rel, found)
    if found and "main" not in r.notes:
        found = outside_other_results(text, found, rel)
        if later := after_other_results(text, found, rel):
            found = [m for m in found if m not in later]
            if not found:
                return None  # `won 4-0 in October and thrashed them 5-2 in the Super Cup`
    if found:
        found = [
            m
            for m in found
            if not in_aside(text, m.start, rel) and not in_later_clause(doc, r, m.start, rel)
        ]
        found = own_clause_first(text, found, rel)
        if found or "main" not in r.notes:
            return min(found, key=lambda m: abs(m.start - rel)).name if found else None
    if heading := heading_competition(doc, r):
        return heading
    friendly = "main" not in r.notes and told_as_friendly(text)
    if friendly:
        return None
    if r.stage == "final" and (cup := cup_before_final(doc, r)) is not None:
        return cup
    if (r.context_filled or THERE.match(text)) and (index := doc.index_of(r.sentence)) > 0:
        before = doc.sentences[index - 1].text
        found = [
            m
            for m in find_competitions(before, doc.published)
            if not _other_edition(before, m, r.date or doc.published)
        ]
        found = outside_past_relatives(before, -1, found)
        if found:
            nearest = lambda: min(found, key=lambda m: abs(m.start - rel)).name  # noqa: E731
            return competition_before(doc, doc.sentences[index - 1], found, r.teams(), nearest)
    if "main" not in r.notes and (topic := topic_competition(doc, r) or this_competition(doc, r)):
        return topic
    if "main" not in r.notes and before_season_turn(doc, r):
        return None  # of the season before, when the club may have been in another league
    if "main" not in r.notes and _years_away(_up_to_clause_end(text, rel), doc.published):
        return None
    if "main" not in r.notes and between_editions(_up_to_clause_end(text, rel), primary):
        return None
    main = doc.cache.get("main")
    leg = r.leg or cues.LEG.search(r.sentence.text)
    if main is not None and main is not r and leg and set(r.teams() or ()) == set(main.teams()):
        return competition_of(doc, main, primary)
    if (day := matchday_before(doc, r)) is not None:
        return day
    if doc.cache.get("main-league") and ("main" in r.notes or _league_mates(doc, r)):
        return doc.cache["main-league"]
    if unnamed_league_match(doc, r):
        return None  # a league match is no match of a cup the story names elsewhere
    passing_ok = "main" not in r.notes and not doc.cache.get("main-league")
    if primary is not None and not passing_ok and _in_passing(doc, r):
        return None
    if primary is not None and main is not None and main is not r:
        primary = competition_of(doc, main, primary)
    if "main" not in r.notes and not r.leg and not is_league(primary or ""):
        if LEAGUE_STORY.search(r.sentence.text):
            return story_league(doc, r.teams())
    if "main" not in r.notes and another_window(r.sentence.text, doc.published, primary):
        return None
    return primary


def primary_competition(doc: Document) -> str | None:
    """The first competition the opening names (not as a side's standing); asked by
    the match and the tie readers, found once per document."""
    if "matches.primary" not in doc.cache:
        doc.cache["matches.primary"] = womens_form(doc, _primary_competition(doc))
    return doc.cache["matches.primary"]


def _primary_competition(doc: Document) -> str | None:
    text = doc.text[:3000]

    def not_standing(m) -> bool:
        if STANDING.search(text, max(0, m.start - 40), m.start) and is_league(m.name):
            return False
        if years_before(text, m.start) or in_past_relative(text, m):
            return False  # `Vierzehn Jahre nach dem verlorenen WM-Finale`: an old edition
        if told_of_last_season(text, m.start):
            return False  # `reached the Europa League final last season`
        return not in_earlier_month(doc, m.start)

    first = first_named(text, doc.published, accept=not_standing)
    return first.name if first else qualified_for(doc.text[:OPENING])


_MATCHDAY = cues.Keyed(
    re.compile(
        r"\b(?:Spieltag\w*|Spieltages|matchday|(?:final|last) (?:day|game|match) of the "
        r"(?:\w+ ){0,3}season|"
        r"title race|Titelrennen|Meisterschaftsrennen|(?:one|two|three|four|five|\d{1,2}) points? "
        r"(?:behind|clear|ahead)|(?:ein|zwei|drei|vier|fünf|\d{1,2}) Punkte? "
        r"(?:Rückstand|Vorsprung))\b"
    ),
    "Spieltag|matchday|day of the|game of the|match of the|title race|Titelrennen|"
    "Meisterschaftsrennen| point| Punkt",
    cased=True,
)
_TITLE = cues.Keyed(
    re.compile(
        r"\b(?:deutscher Meister|Meister(?:s|schaft|titel|schale)?|league (?:title|championship)|"
        r"champions of \w+|"
        r"title race|Titelrennen|top-flight titles?|top flight titles?)\b"
    ),
    "Meister|league title|league championship|champions of|title race|Titelrennen|"
    "top-flight title|top flight title",
    cased=True,
)
"""`Arsenal, two points behind at kick-off` in a story that wins `four consecutive
English top-flight titles`: a standing in points beside a league title is a matchday.
Both are cased: every phrase holds one of the keys as written (most leads hold none)."""


def main_league(doc: Document, main: Reading, resolver) -> str | None:
    """A title decided on a matchday between two clubs of one country
    (`zum 17. Mal deutscher Meister ... am letzten Spieltag`) is that country's top
    league, when the opening names no competition itself."""
    lead = ""
    for count in (2, 4):
        lead = " ".join(s.text for s in doc.sentences[:count] if s is not main.sentence)
        lead += " " + main.sentence.text
        if _MATCHDAY.search(lead) and _TITLE.search(lead) or told_table_lead(lead):
            break
    else:
        return None
    if find_competitions(lead, doc.published):
        return None
    teams = [resolver.teams.get(t) for t in main.teams()]
    if len(teams) != 2 or any(t is None or t.kind != "club" for t in teams):
        return None
    countries = {t.country for t in teams}
    if len(countries) != 1:
        return None
    country = countries.pop()
    league = TOP_LEAGUES.get(country)
    year = (doc.published or "")[:4]
    doc.cache["league-clubs"] = {
        t
        for t in doc.teams()
        if (team := resolver.teams.get(t)) and team.kind == "club" and team.country == country
    }
    if main.stage in _CUP_STAGES:
        main.stage = None  # a title decided on a matchday: a cup's round named elsewhere
    if league == "Premier League" and (not year or int(year) < 1993):
        doc.cache["league-unnamed"] = True  # the First Division, which no name here fits
        return None
    return league


_CUP_STAGES = frozenset(("final", "semi-final", "quarter-final", "round-of-16", "group"))


def unnamed_league_match(doc: Document, r: Reading) -> bool:
    """A match of the title-deciding league no competition name here fits (England's
    top flight before 1992): its season still runs as that country's league does."""
    return bool(doc.cache.get("league-unnamed")) and ("main" in r.notes or _league_mates(doc, r))


def _league_mates(doc: Document, r: Reading) -> bool:
    """Another result of the same title-deciding day between two clubs of that
    league's country (`Schalke gewann zeitgleich 5:3 gegen Unterhaching`)."""
    if r.earlier or r.leg is not None or cues.YEAR.search(r.sentence.text):
        return False
    return set(r.teams()) <= doc.cache.get("league-clubs", set())


def _in_passing(doc: Document, r: Reading) -> bool:
    """The report's first competition is named only later, in a sentence about
    another opponent (`die Generalprobe für das Champions-League-Finale gegen den
    FC Valencia`): it is that fixture's, not this match's."""
    first = first_named(doc.text[:3000], doc.published)
    if first is None:
        return False
    sentence = doc.sentence_at(first.start)
    if sentence is None or sentence is r.sentence or doc.index_of(sentence) < 2:
        return False
    return bool({m.team for m in doc.mentions_in(sentence)} - set(r.teams()))
