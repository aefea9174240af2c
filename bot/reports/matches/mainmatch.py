"""The report's main match (the one the story is about): it takes what the
opening sentences, the AP dateline, stadium names and leg sentences say about
venue, date, leg and stage, which a passing mention never gets."""

from __future__ import annotations

import re

from bot.reports.matches import cues
from bot.reports.matches.aheaddates import game_ahead, told_ahead, told_of_another_day
from bot.reports.matches.availability import tells_round_ahead
from bot.reports.matches.backgroundleg import background_first_leg
from bot.reports.matches.carriedto import told_first_leg
from bot.reports.matches.extratime import (
    extra_time_denied,
    extra_time_stated,
    shootout_told,
)
from bot.reports.matches.grouplabel import group_heading
from bot.reports.matches.hostroles import home_by_role
from bot.reports.matches.leadleg import lead_leg
from bot.reports.matches.leadpair import lead_pair_result, own_clause_stages
from bot.reports.matches.legorder import two_legged
from bot.reports.matches.mainextratime import _extra_time_told
from bot.reports.matches.matchday import league_matchday
from bot.reports.matches.otherday import another_results_day
from bot.reports.matches.otherround import other_round
from bot.reports.matches.otherscore import tells_other_score
from bot.reports.matches.pastedition import past_edition
from bot.reports.matches.previewlead import lead_tells_next_match
from bot.reports.matches.reading import Reading
from bot.reports.matches.resultchecks import told_as_past
from bot.reports.matches.returnground import home_by_other_legs_ground
from bot.reports.matches.thisleg import this_leg
from bot.reports.matches.titles import only_hoped
from bot.reports.matches.travelled import home_by_travel
from bot.reports.matches.weekbefore import told_days_back, told_days_before
from bot.reports.names.mainvenue import stadium_home
from bot.reports.names.venues import home_by_place
from bot.reports.patterns.alternations import lead
from bot.reports.patterns.keyed import Keyed
from bot.reports.text import when
from bot.reports.text.document import Document

MAIN_SENTENCES = 8


RECENT_DAYS = 120
MAIN_DAYS = 7


def recent(value: str, published: str | None, days: int = RECENT_DAYS) -> bool:
    base = when.to_date(published) if published and len(published) == 10 else None
    day = when.to_date(value)
    if base is None or day is None:
        return False
    return 0 <= (base - day).days <= days


def main_reading(doc: Document, readings: list[Reading]) -> Reading | None:
    early = [
        r
        for r in readings
        if r.teams()
        and not r.notes & {"unoriented", "shootout-only"}
        and (index_of(doc, r) < MAIN_SENTENCES or "linescore" in r.notes)
    ]
    if not early:
        return None
    first = next((r for r in early if not told_as_past(r)), None)  # the first present
    if first is None and told_days_back(early[0]):
        return None  # `die eine Woche zuvor mit einem 2:1 gegen Cottbus Meister geworden war`
    first = first or early[0]
    first = lead_pair_result(doc, first, early) or first
    if any(other_round(s.text, first) for s in doc.sentences[: index_of(doc, first)]):
        doc.cache["unread-main"] = True  # the story's goals and cards are none of first's
        return None  # `Das 1:2 im EM-Finale` unread before `beim 2:1 im Halbfinale`
    if first.leg == 1:
        later = [r for r in early if r.sentence is first.sentence and r.leg != 1]
        if later:
            return later[0]
    return first


def index_of(doc: Document, r: Reading) -> int:
    at = doc.position(r.sentence)
    if at is not None:
        return at
    for i, sentence in enumerate(doc.sentences):
        if sentence is r.sentence:
            return i
    return 999


def settle_main(doc: Document, main: Reading, resolver, readings=()) -> None:
    main.notes.add("main")
    if main.leg is None and told_days_before(main) and two_legged(doc):
        main.leg = 1
        main.notes.add("days-before")
    background = background_first_leg(main) or told_first_leg(main)
    if main.home is None and not background:
        main.home = stadium_home(doc, main) or home_by_role(doc, main.teams())
        main.home = main.home or home_by_other_legs_ground(doc, main, resolver)
        if main.stage != "final":
            main.home = main.home or home_by_travel(doc, main.teams())
        main.notes.add("weak-home")
    if main.home is None and doc.place and not background and not lead_tells_next_match(doc, main):
        side = home_by_place(doc.place, main.teams(), resolver)
        if side == "neutral":
            main.notes.add("third-place")
        else:
            main.home = side
            main.notes.update(("weak-home", "place-home"))
    if main.home is None and main.leg is None and cues.NEUTRAL.search(doc.text):
        main.home = "neutral"
    if main.extra_time is None and not main.notes & {"listing", "days-before"}:
        shootout = main.penalties or any(
            "shootout-only" in r.notes and set(r.teams() or ()) == set(main.teams())
            for r in readings
        )
        if extra_time_stated(doc, main, readings):
            main.extra_time = True
        elif extra_time_denied(doc, main):
            main.extra_time = False
        elif (
            not shootout
            and not _extra_time_told(doc, main, readings)
            and not shootout_told(doc, main)
        ):
            main.extra_time = False
    if main.leg is None:
        main.leg = lead_leg(doc, main, index_of(doc, main)) or this_leg(doc, main)
    month = None
    if main.date and len(main.date) == 7 and _LAST_MONTH.search(main.sentence.text):
        month, main.date = main.date, None
    if main.date is None and main.leg != 1 and not _years_back(main, doc.published):
        for sentence in doc.sentences[:MAIN_SENTENCES]:
            if game_ahead(sentence.text):
                continue
            found = [
                v
                for at, v, k in when.dates_in(sentence.text, doc.published, doc.lang)
                if (k == "weekday" or (len(v) == 10 and recent(v, doc.published, MAIN_DAYS)))
                and not told_ahead(sentence.text, at)
                and not told_of_another_day(sentence.text, at)
                and not another_results_day(sentence, at, main, readings)
            ]
            if len(set(found)) > 1:
                continue  # `on Monday and Tuesday`: the days of several games, none its own
            if found:
                main.date = found[0]
                break
    main.date = main.date or month
    trophy = _WON_TROPHY.search(main.sentence.text)
    if trophy and only_hoped(main.sentence.text, trophy.start()):
        trophy = None
    league = trophy and (_LEAGUE_TITLE.search(trophy[0]) or _LEAGUE_DAY.search(main.sentence.text))
    if main.stage is None and main.leg in (None, 2) and trophy and not league:
        main.stage = "final"
        main.notes.add("trophy-final")
    if main.stage is None:
        at = main.hit.start - main.sentence.start
        stages = own_clause_stages(main, cues.stage_at(main.sentence.text, at))
        if not stages and (stages := _head_stages(doc, main)):
            main.notes.add("head-stage")
        if stages and stages[0][1] == "relegation-play-off" and league_matchday(doc, main):
            stages = []
        main.stage = stages[0][1] if stages else None
    if main.stage is None and index_of(doc, main) < 3 and group_heading(doc.text):
        main.stage = "group"


def _years_back(main: Reading, published: str | None) -> bool:
    """`their first since 2014, when they clinched it with a 1-1 draw`: a main result told
    with a year well before the report's is not dated by the opening's weekday."""
    return bool(main.year and published and int(published[:4]) - int(main.year) > 1)


_LAST_MONTH = re.compile(r"\blast month\b|\b(?:vergangenen|letzten|vorigen) Monat\b|\bVormonat")
"""`cancelled out Galeno's effort in Portugal last month`: the main match is the one the
dateline reports, days before it, so a month counted back from the dateline is another
match's (the first leg's) where the opening names a day to date the main match by."""


_ROUND_NUMBER = Keyed(
    re.compile(
        r"\b(?:\d\.\s*(?:Runde|Hauptrunde)|(?:erste|zweite|dritte|vierte)n?\s+(?:Runde|Hauptrunde)|"
        r"(?:first|second|third|fourth|fifth)\s+round)\b",
        re.I,
    ),
    "runde|round",
)


def _head_stages(doc: Document, main: Reading) -> list[tuple[int, str]]:
    """Stage words of the opening text, but not from a sentence about another pair
    (`im Viertelfinale gegen Freiburg`), and none once a numbered round is named
    for the main match (`in der 2. Runde`), which is no stage of the list."""
    pair = set(main.teams())
    main_goals = (main.p_goals, main.o_goals)
    out = []
    for sentence in doc.sentences:
        if sentence.start >= 1500:
            break
        mentions = [m for m in doc.mentions_in(sentence) if m.prep != "in"]
        if {m.team for m in mentions} - pair:
            out += [
                (at, stage)
                for at, stage in _reached_by_beating(sentence.text)
                if all(m.team in pair for m in mentions if m.start < sentence.start + at)
            ]
            continue
        if _ROUND_NUMBER.search(sentence.text):
            return []
        if not cues.STAGE.may(sentence.text):
            continue  # no stage word, so nothing to add (the tests below only skip)
        if sentence is not main.sentence and cues.FUTURE.search(sentence.text):
            continue  # `The final will be played in May`: a round ahead
        if sentence is not main.sentence and tells_round_ahead(sentence.text):
            continue  # `Klinsmann is doubtful for the semi-final`
        if sentence is not main.sentence and tells_other_score(sentence.text, main_goals):
            continue
        # the main result's own sentence: not a round told in an aside apart from its score
        own_score = main.hit.start - sentence.start if sentence is main.sentence else None
        out += [
            (at, stage)
            for at, stage in cues.stage_at(sentence.text, own_score)
            if not _BY_BEATING.match(doc.text, sentence.start + at, sentence.end)
            and not past_edition(sentence.text, at, doc.published)
        ]
    return out


_REACHED = re.compile(r"\b(?:reached|reach|reaching|advanced to|erreichte|erreicht)\b", re.I)


def _reached_by_beating(text: str) -> list[tuple[int, str]]:
    """`The Crew reached the final by eliminating Cincinnati`: the round after the
    one that sentence tells is the main match's."""
    out = []
    for at, stage in cues.stage_at(text):
        if _BY_BEATING.match(text, at) and _REACHED.search(text, max(0, at - 30), at):
            index = cues.STAGE_ORDER.index(stage) if stage in cues.STAGE_ORDER else -2
            if 0 <= index < len(cues.STAGE_ORDER) - 1:
                out.append((at, cues.STAGE_ORDER[index + 1]))
    return out


_BY_BEATING = re.compile(
    r"[\w-]+\s+(?:by|after|mit|durch)\s+(?:beating|eliminating|knocking|defeating|"
    r"ousting|edging|einem sieg|dem sieg)\b",
    re.I,
)
"""`reached the final by eliminating Cincinnati`: that round is the other tie's,
and says nothing of the main match's."""


_WON_TROPHY = lead(
    re.compile(
        r"\b(?:won|wins|to win|lifted|claimed) (?:the|its|their|a)(?: \w+)? (?:[A-Z][\w-]* ){0,3}"
        r"(?:League|Cup|Liga|title|trophy|Pokal|Libertadores|Sudamericana)\b|"
        r"\b(?:gewann|gewinnt|holte|holt) (?:den|die|das) "
        r"(?:[\w-]+ ){0,2}(?:Titel|Pokal|DFB-Pokal|Europa League|Champions League|Meisterschaft|"
        r"Europapokal|UEFA-Pokal|UEFA-Cup)\b|"
        r"\b(?:den|die|das) (?:[\w-]+ ){0,2}(?:Pokal|DFB-Pokal|Europa League|"
        r"Champions League|Europapokal|UEFA-Pokal|UEFA-Cup)(?: der [A-Z]\w+)? "
        r"(?:[\w-]+ ){0,2}(?:gewonnen|geholt)\b"  # `hat den Europapokal der Pokalsieger gewonnen`
    ),
    always=True,
)
_LEAGUE_TITLE = re.compile(
    r"\b(?:Serie A|Premier League|Bundesliga|La ?Liga|Ligue 1|Eredivisie|Meisterschaft|"
    r"Meistertitel|[Cc]hampionship|league title|league crown)\b"
)
"""`won the Serie A title`, `holte die Meisterschaft`: a league won, no final played."""
_LEAGUE_DAY = re.compile(
    r"\b(?:(?:final|last) day of the (?:\w+ ){0,3}season|\w*Spieltag\w*|matchday|points|Punkte)\b"
)
