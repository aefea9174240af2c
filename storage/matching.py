"""When two statements are about the same match or tie: pure rules used by the merge.

Two reports of one match can differ in what they say about it: one dates it,
the other calls it "the first leg"; a US evening kick-off is the next morning
in Central Europe. Fields that both give must agree; at least one strong sign
(a date, or the competition and season) must tie them together.
"""

from __future__ import annotations

from datetime import date, timedelta

from bot.facts import Match, Tie
from bot.ties.rules import season_start

SAME_DAY_SLACK = timedelta(days=1)


def compatible(a: object, b: object) -> bool:
    return a is None or b is None or a == b


def _day(value: str) -> date | None:
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def date_relation(a: str | None, b: str | None) -> str:
    """day (same day, give or take one), month (same month), unknown, or different."""
    if not a or not b:
        return "unknown"
    if len(a) == 10 and len(b) == 10:
        da, db = _day(a), _day(b)
        if da is None or db is None:
            return "unknown"
        return "day" if abs(da - db) <= SAME_DAY_SLACK else "different"
    if len(a) == 10 or len(b) == 10:
        full, month = (a, b) if len(a) == 10 else (b, a)
        day = _day(full)
        if day is None:
            return "unknown"
        near = {(day + d).isoformat()[:7] for d in (-SAME_DAY_SLACK, timedelta(0), SAME_DAY_SLACK)}
        return "month" if month[:7] in near else "different"
    return "month" if a[:7] == b[:7] else "different"


def more_precise(stored: str | None, new: str | None) -> bool:
    """True when `new` dates the same match more precisely than `stored`."""
    if not new:
        return False
    if not stored:
        return True
    return len(new) > len(stored) and date_relation(stored, new) != "different"


def same_match(stored: Match, new: Match) -> int | None:
    """How strongly `new` is the stored match (higher is surer), or None if it is not."""
    pair = {stored.home, stored.away}
    if pair != {new.home, new.away}:
        return None
    for field in ("competition", "season", "stage", "leg"):
        if not compatible(getattr(stored, field), getattr(new, field)):
            return None
    relation = date_relation(stored.date, new.date)
    if relation == "different":
        return None
    strength = {"day": 4, "month": 2}.get(relation, 0)
    if stored.competition and new.competition and stored.season and new.season:
        strength += 2
    if stored.leg and new.leg:
        strength += 1
    if stored.stage and new.stage:
        strength += 1
    swapped = stored.home != new.home
    if swapped and not (stored.neutral or new.neutral) and not (stored.leg and new.leg):
        if relation != "day" or not _flipped_scores_agree(stored, new):
            return None
    if relation == "day" or (
        strength >= 2 and (relation != "unknown" or _same_edition(stored, new))
    ):
        return strength
    if not swapped and relation == "unknown" and stored.score and stored.score == new.score:
        return 1
    return None


def _flipped_scores_agree(stored: Match, new: Match) -> bool:
    """With home and away reversed, only the same result read the other way round is
    the same match; another result on a neighbouring day is more likely the other leg
    misdated than the same match with everything wrong."""
    if stored.score is None or new.score is None:
        return True
    return stored.score == (new.score[1], new.score[0])


def _same_edition(a: Match | Tie, b: Match | Tie) -> bool:
    return bool(a.competition and b.competition and a.season and b.season)


def same_tie(stored: Tie, new: Tie, published: str | None = None) -> int | None:
    """How strongly `new` is the stored tie, or None if it is not.

    A statement without competition and season ("knocked out Real Madrid") is
    matched only to a stored tie with the same winner from the season current
    when the report was published; the same clubs meet in many seasons.
    """
    if set(stored.teams) != set(new.teams):
        return None
    for field in ("competition", "season", "stage"):
        if not compatible(getattr(stored, field), getattr(new, field)):
            return None
    if _same_edition(stored, new):
        return 3 if stored.stage and new.stage else 2
    if not (stored.winner and stored.winner == new.winner):
        return None
    if not compatible(stored.aggregate, new.aggregate):
        return None
    season = stored.season or new.season
    start = season_start(season)
    year = season_start(published)
    if start is None or year is None or start not in (year - 1, year):
        return None
    return 1


LEG_GAP_DAYS = 90


def legs_fit(first: Match, second: Match, one_report: bool, sum_told: bool = False) -> bool:
    """Whether two stored legs are one tie.

    The same two clubs meet in many seasons, so legs from different reports are tied
    together only where each is placed in the same season: by its own season, or by a
    date within the other's. A leg with neither (`the 4-0 in the first leg`, told
    years later) is paired only with the other leg its own report states. Legs of no
    named competition are paired only where that report also states the tie's
    aggregate and the legs add up to it (`a 5-1 aggregate victory, having won the first
    leg 4-0`).
    """
    for name in ("competition", "season", "stage"):
        if not compatible(getattr(first, name), getattr(second, name)):
            return False
    if not (first.competition or second.competition or (one_report and sum_told)):
        return False
    if not one_report and not (_placed(first, second) and _placed(second, first)):
        return False
    if not (_dated_in_season(first, second) and _dated_in_season(second, first)):
        return False
    if first.date and second.date and len(first.date) == 10 and len(second.date) == 10:
        gap = (date.fromisoformat(second.date) - date.fromisoformat(first.date)).days
        return 0 < gap <= LEG_GAP_DAYS
    return True


def _placed(leg: Match, other: Match) -> bool:
    """Whether `leg` has a season of its own, or a date that can put it in `other`'s."""
    return bool(leg.season or (leg.date and other.season))


def _dated_in_season(leg: Match, other: Match) -> bool:
    """A leg without a season whose date lies outside the other leg's season (a 2009
    leg against a 2014-15 one) is not of that tie; a split season spans two years."""
    start = season_start(other.season)
    if leg.season or not leg.date or start is None:
        return True
    year = int(leg.date[:4])
    return start <= year <= start + 1
