"""Timed goals and untimed claims made one account: one goal per minute and scorer, and
"scored twice" counted only beyond the goals already timed."""

from __future__ import annotations

import re

from bot.facts import Match
from bot.reports.goals.claimflags import carry_flags
from bot.reports.goals.distinctscores import told_count
from bot.reports.goals.events import GoalEvent
from bot.reports.goals.samesurname import shared_surname_key
from bot.reports.names.players import last_name as surname

DECIDING_KICK = re.compile(
    r"\b(?:decisive|deciding|winning|final|last) (?:spot[- ]kick|penalty|kick)\b|"
    r"\bentscheidenden? (?:Elfmeter|Strafstoß|Schuss)",
    re.I,
)
_SEVERAL = re.compile(
    r"\b(?:Tore|Toren|Treffern|goals|twice|zweimal|doppelt|brace|Doppelpack|Dreierpack|"
    r"hat[- ]?trick)\b",
    re.I,
)
_WINNER = re.compile(r"\b(?:Siegtor|Siegtreffer|winner|winning goal|decider|Entscheidung)\b", re.I)


def scored_apart(claims: list[GoalEvent], timed: list[GoalEvent], total: int) -> list[GoalEvent]:
    """ "Havertz verkürzte in der Nachspielzeit auf 2:4": an untimed goal of a player with
    no timed goal, told with a scoreline no timed goal has, is a goal of its own even when
    the account is not complete."""
    scores = {tuple(sorted(e.score)) for e in timed if e.score}
    names = {surname(e.player) for e in timed}
    fits = [
        c
        for c in claims
        if c.count == 1
        and c.score
        and not _SEVERAL.search(c.evidence)
        and tuple(sorted(c.score)) not in scores
        and surname(c.player) not in names
        and sum(1 for o in claims if surname(o.player) == surname(c.player)) == 1
    ]
    return fits if len(timed) + len(fits) <= total else []


def name_the_winner(timed: list[GoalEvent], claims: list[GoalEvent], match: Match) -> None:
    """ "The winner came in the sixth minute of stoppage time" with no name, and later
    "X traf zum 2:1" (the final score) with no minute: one goal, by X, at that minute."""
    blanks = [e for e in timed if e.player is None]
    if len(blanks) != 1 or not _WINNER.search(blanks[0].evidence):
        return
    final = sorted(match.score)
    fits = [c for c in claims if c.count == 1 and c.score and sorted(c.score) == final]
    if len(fits) == 1:
        blanks[0].player = fits[0].player
        blanks[0].hint = blanks[0].hint if blanks[0].hint[0] else fits[0].hint
        claims.remove(fits[0])


_HALF_STRETCH = re.compile(
    r"Nachspielzeit (?:der ersten|des ersten|vor der)|first[- ]half (?:stoppage|injury|added)|"
    r"(?:stoppage|injury|added) time (?:of|at the end of) the first half"
)


def merge_timed(events: list[GoalEvent]) -> list[GoalEvent]:
    """One goal per minute and scorer; a scorer-less statement joins a named one."""
    out: list[GoalEvent] = []
    for event in events:
        same = [o for o in out if (o.minute, o.added) == (event.minute, event.added)]
        twin = next((o for o in same if _same_player(o.player, event.player)), None)
        twin = twin or _stretch_twin(out, event)
        if twin is not None:
            _absorb(twin, event)
            twin.added = twin.added if twin.added is not None else event.added
            continue
        if event.player is None and same:
            _absorb(same[0], event)
            continue
        blank = next((o for o in same if o.player is None), None)
        if blank is not None:
            out[out.index(blank)] = event
            _absorb(event, blank)
            continue
        out.append(event)
    return out


def _stretch_twin(out: list[GoalEvent], event: GoalEvent) -> GoalEvent | None:
    """`in der Nachspielzeit der ersten Hälfte` (45) and `(45.+1)` of the same scorer: one
    goal, the stoppage time once told without its added minutes."""
    if event.minute != 45 or event.player is None:
        return None
    return next(
        (
            o
            for o in out
            if o.minute == 45
            and None in (o.added, event.added)
            and _HALF_STRETCH.search((o if o.added is None else event).evidence)
            and _same_player(o.player, event.player)
        ),
        None,
    )


def _absorb(keep: GoalEvent, other: GoalEvent) -> None:
    keep.penalty = keep.penalty or other.penalty
    keep.own_goal = keep.own_goal or other.own_goal
    keep.inferred = keep.inferred and other.inferred
    if keep.hint[0] is None:
        keep.hint = other.hint
    keep.score = keep.score or other.score
    keep.assist = keep.assist or other.assist


def _same_player(a: str | None, b: str | None) -> bool:
    return bool(a and b and surname(a) == surname(b))


def leftover_claims(claims: list[GoalEvent], timed: list[GoalEvent]) -> list[GoalEvent]:
    """Claims beyond the timed goals of the same scorer: "scored twice" minus the two timed."""
    if not claims:
        return []
    key = shared_surname_key([e.player for e in claims + timed])
    names = [key(c.player) for c in claims]
    timed_names = [key(e.player) for e in timed]
    carry_flags(claims, names, timed, timed_names)
    best: dict[str, GoalEvent] = {}
    for claim, key in zip(claims, names, strict=True):
        if key not in best or claim.count > best[key].count:
            best[key] = claim
    out: list[GoalEvent] = []
    for key, claim in best.items():
        mine = [c for c, name in zip(claims, names, strict=True) if name == key]
        timed_mine = [e for e, name in zip(timed, timed_names, strict=True) if name == key]
        penalties = int(any(c.penalty for c in mine)) - sum(1 for e in timed_mine if e.penalty)
        hint = next((c.hint for c in mine if c.hint[0] is not None), claim.hint)
        timed_count = len(timed_mine)  # timed_names.count(key): the same `==` test
        count = told_count(claim.count, mine, timed_mine)
        for index in range(count - timed_count):
            out.append(
                GoalEvent(
                    claim.target,
                    claim.at,
                    claim.player,
                    None,
                    penalty=index >= count - timed_count - penalties,
                    own_goal=claim.own_goal,
                    hint=hint,
                    score=claim.score,
                    evidence=claim.evidence,
                )
            )
    return out
