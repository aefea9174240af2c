"""Which match a clause is about, from the teams it names and its leg and history cues."""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from bot.facts import Match
from bot.reports.clauses.asides import PERSON_APPOSITION, plays_for, rematch, without_leg_asides
from bot.reports.clauses.cues import (
    _ADJECTIVAL,
    _CAME_FROM,
    _FROM_CLUB_AFTER,
    _FROM_CLUB_BEFORE,
    _HISTORY,
    _LEG1,
    _LEG2,
    _LEG_REFERENCE,
    _ORIGIN,
    _PLACE_PREPOSITIONS,
    _STANDINGS,
    _WEEKS_BACK,
    _YEAR,
    told_result,
)
from bot.reports.clauses.groundother import other_at_ground
from bot.reports.clauses.otherday import another_day, pair_elsewhere
from bot.reports.clauses.pairing import LEG1, LEG2, MAIN, OTHER, Pairing
from bot.reports.clauses.rematch import told_rematch
from bot.reports.clauses.scoredother import other_by_score, told_first_leg, told_leg_of_other
from bot.reports.clauses.unreadscore import unread_result, unread_score
from bot.reports.text.digits import holds_digit
from bot.reports.text.document import Document
from bot.teams.curated import curated

FOREIGN = "foreign"
PAST = "past"


def mentions_in_span(doc: Document, start: int, end: int) -> list:
    """Team mentions starting inside [start, end), found by bisection."""
    mentions = doc.mentions
    starts = getattr(doc, "_mention_starts", None)
    if starts is None or len(starts) != len(mentions):
        starts = [m.start for m in mentions]
        doc._mention_starts = starts
    # Most spans hold no mention: the first bisection alone tells that.
    first = bisect.bisect_left(starts, start)
    if first == len(starts) or starts[first] >= end:
        return []
    return mentions[first : bisect.bisect_left(starts, end, first)]


def _old_year(text: str, published: str | None) -> bool:
    """A year well before the report's own ("the 2015 final") points to another match."""
    if not published or ("19" not in text and "20" not in text):
        return False
    now = int(published[:4])
    return any(int(year) < now - 1 for year in _YEAR.findall(text))


def _foreign(doc: Document, mention, pairing: Pairing) -> bool:
    """A team outside the main tie, unless it only describes a player ("the Portugal
    midfielder", "Real-Verteidiger") or a national side stands for a nationality."""
    if mention.team in pairing.teams:
        return False
    if _ADJECTIVAL.match(doc.text[mention.end : mention.end + 20]):
        return False
    text, start = doc.text, mention.start
    if _ends(text, start, 14, _ORIGIN_ENDS) and _ORIGIN.search(text[max(0, start - 14) : start]):
        return False
    if _ends(text, start, 40, _PLAYS_FOR_ENDS, fold=False) and plays_for(
        text, max(0, start - 40), start
    ):
        return False
    if text[mention.end : mention.end + 1] == "," and PERSON_APPOSITION.match(text, mention.end):
        return False
    if _ends(text, start, 50, _STANDINGS_ENDS) and _STANDINGS.search(
        text, max(0, start - 50), start
    ):
        return False
    if getattr(mention, "prep", "") in _PLACE_PREPOSITIONS:
        return False
    if _ends(text, start, 40, _CAME_FROM_ENDS) and _CAME_FROM.search(
        text, max(0, start - 40), start
    ):
        return False
    # Each match of _FROM_CLUB_BEFORE holds `von` or `vom` (case as it stands): where the
    # window holds no `vo`, the search cannot match.
    lo = max(0, start - 14)
    if (
        text.find("vo", lo, start) >= 0
        and _FROM_CLUB_BEFORE.search(text, lo, start)
        and _FROM_CLUB_AFTER.match(text, mention.end)
    ):
        return False
    national = _national_teams()
    return not (mention.team in national and not pairing.teams & national)


# The last word each pattern anchored before a name can end with: a test on the few
# characters before the name that spares the regex engine a scan of the whole window.
_ORIGIN_ENDS = (
    "from",
    "aus",
    "former",
    "ex-",
    "formerly of",
    "ehemalige",
    "ehemaligen",
    "ehemaliger",
)
_PLAYS_FOR_ENDS = ("von", "vom", "des", "bei", "beim", "of", "at", "the", "dem", "den", "der")
_STANDINGS_ENDS = ("of", "off", "above", "behind", "with", "vor", "hinter", "the", "dem", "den")
_CAME_FROM_ENDS = ("aus", "von", "vom", "from", "dem", "den", "der")


def _ends(text: str, start: int, reach: int, words: tuple[str, ...], fold: bool = True) -> bool:
    """Whether the `reach` characters before `start`, trailing spaces left out, may end
    with one of `words` (a pattern ignoring case may match other letters than ASCII)."""
    end = text[max(0, start - reach) : start].rstrip()[-12:]
    if fold:
        if not end.isascii():
            return True
        end = end.lower()
    return end.endswith(words)


@lru_cache(maxsize=1)
def _national_teams() -> frozenset[str]:
    return frozenset(team.id for team, _ in curated() if team.kind == "national")


def target_of(
    doc: Document, clause, pairing: Pairing, cues: set, context: str = MAIN
) -> str | None:
    """The match a clause names, or None to keep the one the text is about (`context`)."""
    mentions = mentions_in_span(doc, clause.start, clause.end)
    # the clause's digit test asked once for both digit-led checks (most clauses hold none)
    digit = (pairing.others or not mentions) and holds_digit(clause.text)
    if digit and pairing.others:
        again = told_rematch(pairing, clause.text)
        if again is not None:
            return again
    if digit and not mentions and unread_result(clause.text, pairing):
        return FOREIGN
    if not mentions and not cues and pairing.lead_named:
        # Most clauses: no team and no cue; only an old year can move them.
        return PAST if _old_year(clause.text, doc.published) else None
    if len(mentions) == 1 and doc.text[clause.end : clause.end + 1] == ":":
        if clause.text.strip() == mentions[0].alias:
            return None
    if len(mentions) == 2 and doc.text[clause.end : clause.end + 1] == ":":
        header = _header(doc, clause, mentions, pairing)
        if header is not None:
            return header
    if not pairing.lead_named and context in (LEG1, LEG2) and not told_result(clause.text):
        if {m.team for m in mentions} <= pairing.teams and not _leg_cue(clause.text, cues):
            return None
    teams = pairing.teams
    foreign = (
        [m for m in mentions if m.team not in teams and _foreign(doc, m, pairing)] if teams else []
    )
    if foreign:
        named = {
            m.team
            for m in mentions
            if not _ADJECTIVAL.match(doc.text[m.end : m.end + 20])
            and (m in foreign or m.team in pairing.teams)
        }
        scored = other_by_score(pairing, named, clause.text) or other_at_ground(
            doc, clause.text, pairing, named
        )
        if context.startswith(OTHER) and named and named <= pairing.teams_of(context):
            return told_leg_of_other(pairing, context, clause.text, cues) or scored or context
        other = pairing.other_for(named) or scored
        if other is not None and unread_score(clause.text, pairing, other, named):
            return FOREIGN
        if other is not None and another_day(doc, clause.text, pairing.match_for(other)):
            return FOREIGN
        return other or FOREIGN
    if (_HISTORY in cues and _HISTORY.search(clause.text)) or _old_year(clause.text, doc.published):
        return PAST
    if mentions and pairing.leg1 is not None and told_result(clause.text):
        leg = told_first_leg(pairing, {m.team for m in mentions}, clause.text)
        if leg is not None:
            return leg
    if (
        mentions
        and _LEG1 not in cues
        and _LEG2 not in cues
        and pair_elsewhere(doc, clause.text, mentions, pairing, context)
    ):
        return FOREIGN  # `Atlético war am Mittwoch ... in Führung gegangen` before a replay
    if _WEEKS_BACK in cues and _WEEKS_BACK.search(clause.text) and not _leg_cue(clause.text, cues):
        return PAST
    if not pairing.lead_named and any(m.team in pairing.teams for m in mentions):
        return MAIN
    if _LEG1 not in cues and _LEG2 not in cues:
        return None
    text = _LEG_REFERENCE.sub(" ", clause.text) if told_result(clause.text) else clause.text
    text = without_leg_asides(text)
    first = _LEG1 in cues and _LEG1.search(text)
    if not first and not (_LEG2 in cues and _LEG2.search(text)):
        return None
    if context.startswith(OTHER) and not any(m.team in pairing.teams for m in mentions):
        return _other_leg(pairing, context) or FOREIGN
    if _one_off(pairing.main) and pairing.leg1 is None and pairing.leg2 is None:
        return _leg_told(clause.text, mentions, pairing) or FOREIGN
    if first:
        if pairing.main is not None and pairing.main.leg == 1:
            leg = MAIN
        else:
            leg = LEG1 if pairing.leg1 is not None else rematch(pairing) or LEG1
    else:
        leg = MAIN if pairing.main is pairing.leg2 or pairing.leg2 is None else LEG2
    return FOREIGN if another_day(doc, clause.text, pairing.match_for(leg), True) else leg


def elsewhere(target: str) -> bool:
    return target == FOREIGN or target.startswith(OTHER)


def _one_off(main: Match | None) -> bool:
    """A one-off final has no legs: with no leg of its two teams read, "the first leg"
    tells of an earlier round."""
    return main is not None and main.leg is None and main.stage == "final"


def _other_leg(pairing: Pairing, context: str) -> str | None:
    """ "Real Madrid-Juventus: ... In the first leg in Turin, ...": a leg told while the
    text is about another match is that match's tie, the other meeting of its two teams."""
    match = pairing.match_for(context) if context.startswith(OTHER) else None
    if match is None:
        return None
    teams = {match.home, match.away}
    fits = [
        f"{OTHER}{i}"
        for i, m in enumerate(pairing.others)
        if m is not match and {m.home, m.away} == teams and m.score is not None
    ]
    return fits[0] if len(fits) == 1 else None


_HEADER_JOIN = re.compile(r"\s*[-–—]\s*")


def _header(doc: Document, clause, mentions, pairing: Pairing) -> str | None:
    """ "Real Madrid-Juventus: ..." heading a note in a round-up: the match of those two
    teams with the first at home, when the report holds exactly one such match."""
    first, second = mentions
    if doc.text[clause.start : first.start].strip() or doc.text[second.end : clause.end].strip():
        return None
    if not _HEADER_JOIN.fullmatch(doc.text, first.end, second.start):
        return None
    fits = [
        target
        for target in pairing.targets()
        if (match := pairing.match_for(target)) is not None
        and (match.home, match.away) == (first.team, second.team)
        and match.score is not None
        and (target == MAIN or match is not pairing.main)
    ]
    return fits[0] if len(fits) == 1 else None


def _leg_cue(text: str, cues: set) -> bool:
    return bool((_LEG1 in cues and _LEG1.search(text)) or (_LEG2 in cues and _LEG2.search(text)))


_PAIR = re.compile(r"(\d(?<![\d.]\d)\d?)\s?[:-]\s?(\d{1,2})(?![\d.])")


def _leg_told(text: str, mentions, pairing: Pairing) -> str | None:
    """ "after Drogba's goal had given Chelsea a 1-0 victory in the first leg" in a report
    on a final: the leg of an earlier round, the one other match of that team and score."""
    told = [sorted(map(int, m.groups())) for m in _PAIR.finditer(text)]
    teams = {m.team for m in mentions}
    fits = [
        f"{OTHER}{i}"
        for i, m in enumerate(pairing.others)
        if m.score is not None and sorted(m.score) in told and teams & {m.home, m.away}
    ]
    return fits[0] if len(fits) == 1 else None
