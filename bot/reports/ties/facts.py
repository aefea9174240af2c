"""Ties as a report states them: an aggregate (`won 3-2 on aggregate`,
`Gesamtergebnis von 7:0`), a winner only (`knocked out X`, `im Elfmeterschießen
durchgesetzt`), or two legs read from the text (aggregate computed, inferred).
How a tie was decided is said only where the text or plain arithmetic says it."""

from __future__ import annotations

import re
from collections import Counter

from bot.facts import Match, Tie
from bot.reports.matches import cues
from bot.reports.matches.awaygoals import away_goals_named
from bot.reports.matches.matchinfo import primary_competition
from bot.reports.matches.nextopponent import coming_sides
from bot.reports.matches.results import participants
from bot.reports.matches.scores import find_scores
from bot.reports.matches.state import TEAM_IT, StoryState
from bot.reports.text.document import Document
from bot.reports.ties.advancemore import advance_search
from bot.reports.ties.bracketagg import bracket_ties
from bot.reports.ties.clauseadvance import clause_ties
from bot.reports.ties.cues import (
    SUM_AFTER_EXTRA,
    leg_after_extra,
    only_aimed_at,
)
from bot.reports.ties.described import described_ties
from bot.reports.ties.extratold import extra_time_told
from bot.reports.ties.failedat import OPENING, failed_at
from bot.reports.ties.gate import may_state
from bot.reports.ties.laterkicks import settle_by_later_kicks
from bot.reports.ties.legfloor import fit_to_legs
from bot.reports.ties.legs import complete, from_legs, leg_pairs
from bot.reports.ties.level import named_winner, settle_level
from bot.reports.ties.onematch import (
    days_round,
    in_a_league,
    legged_qualifier,
    national_one_off,
    one_match_knockout,
    rounds_without_return,
)
from bot.reports.ties.placing import place_tie
from bot.reports.ties.tiesides import _only_other_named, _sides
from bot.reports.ties.trophyfinal import drop_trophy_finals
from bot.reports.ties.voice import DEFEAT_AFTER, PASSIVE_OUT, agent, leg_winner
from bot.reports.ties.winneronly import WENT_OUT, winner_only

_PRONOUN = re.compile(r"^\s*(?:they|sie|er|" + TEAM_IT + r")\b", re.I)
_HELD_AWAY = re.compile(r"\b(?:control of|held|hold|still)\b[^.]{0,20}away")
"""`They won 4-1 on aggregate`; not the `It` of `It was Bayern's first defeat since
..., a series City went on to win 4-1 on aggregate`, which stands for no side."""


def read_ties(doc: Document, matches: list[Match], state_pairs) -> list[Tie]:
    stated: dict[frozenset, Tie] = {}
    guesses: set[int] = set()
    state = StoryState(doc)
    for index, sentence in enumerate(doc.sentences):
        state.index = index
        if not may_state(doc, index):
            state.advance(index)
            continue
        earlier = [i for i in state_pairs if i <= index]
        pairs = {index: state_pairs[max(earlier)]} if earlier else {}
        found = _stated_in(doc, index, sentence, pairs, state.subject)
        state.advance(index)
        for tie, _ in found:
            settle_by_later_kicks(doc, tie, index)
        for tie, guessed in found:
            if guessed:
                guesses.add(id(tie))
            key = frozenset(tie.teams)
            old = stated.get(key)
            if old is None or (old.aggregate is None and tie.aggregate is not None):
                if old is not None:
                    tie.decided_by = tie.decided_by or old.decided_by
                    tie.penalties = tie.penalties or old.penalties
                stated[key] = tie
            elif old.decided_by is None and tie.decided_by:
                old.decided_by = tie.decided_by
                old.penalties = old.penalties or tie.penalties
    ties = []
    for key, legs in leg_pairs(matches).items():
        tie = stated.pop(key, None)
        computed = from_legs(doc, legs)
        if tie is None:
            if computed is not None:
                ties.append(computed)
            continue
        if not fit_to_legs(tie, legs):
            continue
        complete(tie, legs, computed, id(tie) in guesses)
        _won_in_extra_time(tie, [m for m in matches if frozenset((m.home, m.away)) == key])
        if tie.winner is not None:
            ties.append(tie)
    listed = Counter(t.evidence for t in stated.values() if t.aggregate is None)
    for key, tie in stated.items():
        single = [m for m in matches if frozenset((m.home, m.away)) == key]
        _won_in_extra_time(tie, single)
        if single and single[0].leg is None and single[0].stage == "final":
            continue
        if tie.winner is not None:
            place_tie(doc, tie, single)
            if not single and listed[tie.evidence] > 1:
                tie.stage = None  # `knocking out Tigres and Club América`: a round each
            primary = primary_competition(doc)
            one_match = one_match_knockout(tie.competition or primary, tie.stage)
            own = any(h.kind == "result" for h in find_scores(tie.evidence or ""))
            one_match = one_match and (one_match_knockout(primary, tie.stage) or own)
            one_match = one_match and not legged_qualifier(doc, tie.competition or primary)
            one_match = one_match or (own and days_round(tie.evidence or ""))
            one_match = one_match or national_one_off(doc, tie, tie.competition or primary)
            one_match = one_match or rounds_without_return(doc)
            if (not one_match or tie.aggregate is not None) and not in_a_league(tie):
                ties.append(tie)
    for tie in described_ties(doc, ties, matches):
        if all(set(t.teams) != set(tie.teams) for t in ties):
            place_tie(doc, tie, [])
            tie.stage = None
            ties.append(tie)
    ties += bracket_ties(doc.text, matches, ties)
    extra_time_told(doc, ties)
    return [t for t in drop_trophy_finals(doc, ties) if not _club_and_country(doc, t)]


def _club_and_country(doc, tie: Tie) -> bool:
    """`the cup goes to Spain with a 4-1 aggregate score` after Stuttgart's defeat by
    Sevilla: a club never plays a national team, so such a pair is a misread place."""
    teams = doc.resolver.teams if doc.resolver is not None else {}
    kinds = {getattr(teams.get(t), "kind", None) for t in tie.teams}
    return kinds == {"club", "national"}


def _won_in_extra_time(tie: Tie, single: list[Match]) -> None:
    """A second leg goes to extra time only with the aggregate level, so a tie won
    on aggregate after one was won in extra time."""
    if tie.decided_by == "aggregate" and any(
        m.extra_time and not m.penalties and m.leg != 1 for m in single
    ):
        tie.decided_by = "extra_time"


def _stated_in(doc, index, sentence, state_pairs, subject=None) -> list[tuple[Tie, bool]]:
    """Ties the sentence states, each with whether its sides were only guessed
    from the story's pair (then the legs, where known, settle the orientation)."""
    out: list[tuple[Tie, bool]] = []
    if not may_state(doc, index):
        return out
    text = sentence.text
    hits = find_scores(text, sentence.start)
    aggregates = [h for h in hits if h.kind == "aggregate"]
    shootouts = [h for h in hits if h.kind == "shootout"]
    # a goalless 120 minutes is the match a shoot-out settled, no result of the tie's
    results = [
        h
        for h in hits
        if h.kind == "result" and not (h.suffix == "remis" and "120" in doc.text[h.start : h.end])
    ]
    people = participants(doc, sentence)
    away_goals = away_goals_named(text) and not _HELD_AWAY.search(text)
    pronoun = subject if _PRONOUN.match(text) else None
    passive = PASSIVE_OUT.search(text)
    winner_by = agent(sentence, passive, people)
    active = None if passive else advance_search(text)
    out_words = bool(passive or WENT_OUT.search(text) or cues.LOSE.search(text))
    for hit in aggregates:
        p, o, guessed = _sides(doc, sentence, hit, people, state_pairs.get(index), pronoun)
        if guessed and not out_words:
            p, o, guessed = leg_winner(doc, sentence, hit, people, results) or (p, o, guessed)
        coming = coming_sides(sentence, people) if p and o else {}
        after = {t for t, at in coming.items() if at > hit.end}
        if p is None or o is None or (coming and guessed) or {p, o} & after:
            continue  # `With a 4-2 aggregate, Palmeiras will now face Gremio`: sides unread
        first, second = hit.first, hit.second
        told_lost = None  # `were beaten 5-0 on aggregate by Gamba`: the score's own words
        # name the loser, so `reached the final` in the clause before names no winner
        out_p = (WENT_OUT.search(text) is not None or passive is not None) and p != winner_by
        if doc.lang == "en" and first != second:
            high, low = max(first, second), min(first, second)
            lost = DEFEAT_AFTER.match(doc.text, hit.end) is not None
            first, second = (low, high) if lost or (out_p and not active) else (high, low)
            told_lost = _LOST_BEFORE.search(doc.text, max(0, hit.start - 40), hit.start) and (
                not guessed or _only_other_named(people, p, o)
            )
            if told_lost:
                first, second = low, high
        if (
            first != second
            and not results
            and winner_by is None  # `reached the final but were beaten 5-0 by`: the agent won
            and not told_lost
            and named_winner(doc, sentence, (p, o)) == (o if first > second else p)
        ):
            first, second = second, first
        tie = Tie(teams=(p, o), aggregate={p: first, o: second}, evidence=text)
        if first != second:
            tie.winner = p if first > second else o
            tie.decided_by = "aggregate"
            if SUM_AFTER_EXTRA.match(doc.text, hit.end) or leg_after_extra(
                doc, sentence, results, (p, o)
            ):
                tie.decided_by = "extra_time"
        else:
            settle_level(tie, text, p, o, shootouts, doc, away_goals, out_p)
            named = named_winner(doc, sentence, (p, o))
            if tie.winner is not None and named not in (None, tie.winner):
                if tie.penalties is not None:
                    continue
                tie.winner = named
        out.append((tie, guessed))
    if any(stage == "group" for _, stage in cues.stage_at(text)):
        # `Basel, das in der Gruppenphase Manchester United ausgeschaltet hatte`: a
        # group is no tie, so knocking a side out there names no tie's winner.
        return out
    if not aggregates and not results and (shootouts or active) and passive is None:
        out += [
            (t, False) for t in winner_only(doc, sentence, people, shootouts, away_goals, subject)
        ]
    elif not aggregates and not results and not active and index >= OPENING:
        out += [(t, False) for t in failed_at(doc, sentence, people)]
    advance = active if results and not aggregates else None
    if advance is not None and only_aimed_at(text, advance):
        advance = None
    if advance and len(results) == 1 and not _NOUN_ONLY.fullmatch(advance.group(0)):
        p, o, guessed = _sides(doc, sentence, results[0], people, None)
        if p and o and not guessed and not WENT_OUT.search(text):
            tie = Tie(teams=(p, o), winner=p, evidence=text)
            if len(shootouts) == 1:  # `won 3-2 ..., and went through 3-2 on penalties`
                kicks = shootouts[0]
                tie.decided_by = "penalties"
                tie.penalties = {
                    p: max(kicks.first, kicks.second),
                    o: min(kicks.first, kicks.second),
                }
            out.append((tie, False))
    elif advance and len(results) > 1:
        out += [(t, False) for t in clause_ties(doc, sentence, results, _sides, people)]
    return out


_NOUN_ONLY = re.compile(r"eliminations?", re.I)
"""`Ajax's elimination came after a 2-1 loss`: the noun names no winner of the result."""


_LOST_BEFORE = re.compile(
    r"\b(?:losing|lost|lose|loses|fell|falling|went out|going out|bowed out|bowing out|"
    r"exited|exiting|(?:were|was|been|got) eliminated|were beaten|was beaten)(?: \w+){0,2} $"
    r"|\beliminated $",
    re.I,
)
"""`..., losing 4-2 on aggregate`: the subject is the side with the lower total. An
active `had eliminated Porto 4-1` names the loser as object, so it is no such cue."""


def stated_aggregate(doc: Document, pair) -> dict[str, int] | None:
    """The aggregate the text states for this pair, if it states exactly one.

    Only sentences with an aggregate score are read: _stated_in gives a tie an
    aggregate only for such a score of its sentence (its other ties, of winner_only,
    failed_at, clause_ties and a result beside a word of going through, are read where
    the sentence has none and hold no aggregate)."""
    stated = doc.cache.get("stated")
    if stated is None:
        stated = doc.cache["stated"] = [
            tie
            for index, sentence in enumerate(doc.sentences)
            if any(h.kind == "aggregate" for h in find_scores(sentence.text, sentence.start))
            for tie, guessed in _stated_in(doc, index, sentence, {})
            if not guessed and tie.aggregate
        ]
    found = [tie.aggregate for tie in stated if set(tie.teams) == set(pair)]
    if len(found) != 1 and len({tuple(sorted(a.items())) for a in found}) != 1:
        return None
    return found[0]
