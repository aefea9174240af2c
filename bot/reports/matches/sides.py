"""Which teams a result score is told from and against: the subject, the opponent, the
outcome for the subject and how strongly the words say it, all within the score's clause
and sentence."""

from __future__ import annotations

import re

from bot.reports.matches.clausepronoun import pronoun_subject
from bot.reports.matches.coachsubject import coach_subject
from bot.reports.matches.coordsubject import opens_coordinated_clause
from bot.reports.matches.describedsides import described_subject_between
from bot.reports.matches.gappedclause import other_clause_subject
from bot.reports.matches.givenwin import given_win
from bot.reports.matches.nextopponent import may_name_next, next_opponent
from bot.reports.matches.objectnames import named_after_score
from bot.reports.matches.otherclause import in_other_time_clause, may_tell_other_time
from bot.reports.matches.outcomes import ANY_SCORE, outcome_of
from bot.reports.matches.possessor import infinitive_subject, possessor
from bot.reports.matches.relativesubject import relative_subject
from bot.reports.matches.resultchecks import in_next_clause
from bot.reports.matches.scoreowner import score_owner
from bot.reports.matches.scores import ScoreHit, find_scores
from bot.reports.matches.subjects import english_subject, german_subject
from bot.reports.matches.thenobject import then_opponent
from bot.reports.matches.thirdground import ground_beyond
from bot.reports.matches.viewside import side_after_score, told_for_side
from bot.reports.text.clausecuts import clause_breaks
from bot.reports.text.document import Sentence


def sides(doc, sentence, hit, people):
    """(subject, opponent, outcome for the subject, strength) as the sentence words it."""
    text = doc.text
    start, end = clause_bounds(sentence, hit)
    clause_people = [m for m in people if start <= m.start < end]
    outcome, strength, cue_at = outcome_of(text, sentence, hit, start)
    pronoun, p = pronoun_subject(doc, sentence, hit, people)
    if not pronoun and doc.lang == "en":
        p = english_subject(text, people, hit, cue_at)
        if p is not None and described_subject_between(text, sentence.start, hit.start):
            p = None
    elif not pronoun:
        p = german_subject(text, start, hit, clause_people, people, doc.lang)
    if (relative := relative_subject(text, hit, people, doc.lang)) is not None:
        p, outcome = relative
    if (coached := person_with_team(text, clause_people, hit)) is not None:
        p = coached
    o = opponent(sentence, hit, people, clause_people, p)
    if p is not None and doc.lang == "de" and (at := coach_subject(text, sentence, hit, people)):
        later = [m for m in people if m.start > at]  # `Die Mannschaft von Greg Vanney ...`
        p, o = (
            None,
            opponent(sentence, hit, later, [m for m in clause_people if m.start > at], None),
        )
    if p is None and doc.lang == "de" and " von " in sentence.text:
        if (owner := score_owner(text, hit, clause_people)) is not None:
            p, o = owner, (None if o == owner else o)
    if p is None and o is not None and given_win(text, clause_people, o, hit):
        p, o = o, opponent(sentence, hit, people, clause_people, o)
    if p is None and doc.lang == "de" and told_for_side(text, clause_people, o):
        p = o
        o = opponent(sentence, hit, people, clause_people, p)
    if p is None and (
        "their" in sentence.text
        or "its " in sentence.text
        or "ihre" in sentence.text
        or "sein" in sentence.text
    ):
        p, o = possessor(sentence, hit, people, p, o)
    if p is None and " to " in sentence.text:
        p, o = infinitive_subject(sentence, hit, people, p, o)
    if doc.lang == "de" and o is not None and side_after_score(text, hit, people) == o:
        p, o = o, p  # `Bayer ... vom FC Barcelona deklassiert, ... 7:1 für die Katalanen`
        outcome = {"won": "lost", "lost": "won"}.get(outcome, outcome)
    return p, o, outcome, strength


def opponent(sentence, hit, people, clause_people, p) -> str | None:
    """The other side: the nearest team named since the previous score, else the
    first other team of the clause, else of the sentence up to the next result (a
    team told only after another result belongs to that one). "" where the score's clause
    rules out the team beyond it and any other guess (a third club's ground)."""
    if may_name_next(sentence):
        ahead: dict[int, bool] = {}  # the clause's people are mostly the sentence's: asked once
        people = [m for m in people if not _ahead(sentence, m, ahead)]
        clause_people = [m for m in clause_people if not _ahead(sentence, m, ahead)]
    if may_tell_other_time(sentence, hit):
        people = [m for m in people if not in_other_time_clause(sentence, hit, m)]
        clause_people = [m for m in clause_people if m in people]
    if (named := named_after_score(sentence, hit, people, p)) is not None:
        return named
    if (joined := then_opponent(sentence, people, hit, p)) is not None:
        return joined
    rel = hit.start - sentence.start
    previous = [m.end() for m in ANY_SCORE.finditer(sentence.text[:rel])]
    since = sentence.start + (previous[-1] if previous else 0)
    near = [m for m in clause_people if since <= m.start < hit.start and m.team != p]
    if near:
        return near[-1].team
    if previous:  # `X beat Y 1-0 and Z won 4-1 at W`: a team before the other score is its
        after = [m for m in clause_people if m.start >= since and m.team != p]
        if after:
            return after[0].team
    # the first other team of the clause, where there is one, answers before `between` is
    # looked at: subjects_object returns None for it and the loop below returns it, so
    # the teams up to the next result are worked out only for a clause with none
    for m in clause_people:
        if m.team != p:
            return m.team
    later = [
        h
        for h in find_scores(sentence.text, sentence.start)
        if h.kind == "result" and h.start > hit.start
    ]
    until = later[0].start if later else sentence.end
    if (tally := aggregate_after(sentence, hit)) is not None and tally < until:
        until = tally  # `war 1:1 ausgegangen, nach dem Gesamtergebnis von 6:1 trifft ... auf X`
    between = [
        m
        for m in people
        if m.start < until
        and not in_next_clause(sentence, hit, m, later)
        and not (p is None and opens_coordinated_clause(sentence, hit, m))
    ]
    if ", " in sentence.text:
        between = [m for m in between if not other_clause_subject(sentence, hit, people, m)]
    if p is not None and (own := subjects_object(sentence, clause_people, between, hit, p)):
        return own
    for m in between:
        if m.team != p:
            if p is not None and ground_beyond(sentence, clause_bounds(sentence, hit), p, m):
                return ""  # `winning 1-0 at Old Trafford, and the result sent X down`: none
            return m.team
    return None


def aggregate_after(sentence, hit) -> int | None:
    """Where an aggregate told after a leg's score opens (`Das Hinspiel war 1:1
    ausgegangen, nach dem Gesamtergebnis von 6:1 trifft der Klub auf River Plate`): a team
    named only after it is told with the tie, not as the leg's opponent."""
    if "ggregat" not in sentence.text and "Gesamt" not in sentence.text:
        return None
    tallies = [
        h.start
        for h in find_scores(sentence.text, sentence.start)
        if h.kind == "aggregate" and h.start > hit.end
    ]
    return tallies[0] if tallies else None


def subjects_object(sentence, clause_people, between, hit, p) -> str | None:
    """`Ajax beat Genoa 4-3 on aggregate, while Torino knocked out Real Madrid 3-2 over two
    legs, overturning a defeat ... with a 2-0 win at home`: where the score's clause names
    no other team, the team named after the subject (its object) is the opponent, not the
    first team of the sentence."""
    if any(m.team != p for m in clause_people):
        return None
    told = [i for i, m in enumerate(between) if m.team == p and m.start < hit.start]
    if not told:
        return None
    subject = between[told[-1]]
    after = [m for m in between[told[-1] + 1 :] if m.start < hit.start and m.team != p]
    if not after or after[0].prep in _PLACE_PREPS:
        return None
    words = sentence.text[subject.end - sentence.start : after[0].start - sentence.start]
    return None if _CLAUSE_BREAK.search(words) else after[0].team


_PLACE_PREPS = frozenset(("in", "to", "at", "bei", "beim", "nach", "im"))
_CLAUSE_BREAK = re.compile(r"[,;:()–—]|\s-\s")


def clause_bounds(sentence: Sentence, hit: ScoreHit) -> tuple[int, int]:
    """The span of the clause that holds the score: from the last clause break before it
    to the first after it."""
    rel = hit.start - sentence.start
    start, end = 0, len(sentence.text)
    for cut_start, cut_end in clause_breaks(sentence.text):
        if cut_end <= rel:
            start = cut_end
        elif cut_start >= hit.end - sentence.start:
            end = cut_start
            break
    return sentence.start + start, sentence.start + end


_PERSON_BEFORE = re.compile(r"\b(?:er|he|she)\s+(?:[a-z]\w*\s+){0,2}$")


def person_with_team(text: str, clause_people, hit) -> str | None:
    """`Vor zwei Jahren hatte er mit Brasilien in Shizuoka 2:1 gegen die Three Lions
    gewonnen`, `he won 2-1 with Brazil`: a person's result told `mit`/`with` a team is
    that team's, whoever `er` (a coach, not a team) stands for."""
    for m in clause_people:
        if m.prep in ("mit", "with") and m.start < hit.start:
            if _PERSON_BEFORE.search(text, max(0, m.start - 40), m.start - len(m.prep) - 1):
                return m.team
    return None


def _ahead(sentence, mention, asked: dict[int, bool]) -> bool:
    """`next_opponent(sentence, mention)`, remembered by the mention's identity."""
    told = asked.get(id(mention))
    if told is None:
        told = asked[id(mention)] = next_opponent(sentence, mention)
    return told
