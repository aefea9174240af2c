"""Results as sentences state them: for each result score, which team it is
told from (the subject), the opponent, who was at home, leg, extra time and
date. Only what the words support is set; the rest stays None."""

from __future__ import annotations

import re

from bot.reports import cues
from bot.reports.attach import _CLAUSE_BREAK, attach_cues, venue_outcome
from bot.reports.document import Document, Sentence
from bot.reports.reading import Reading, participants
from bot.reports.resultchecks import OTHER_TIME, guess_fits, settle_clause_cues
from bot.reports.scores import ScoreHit, find_scores
from bot.reports.unknownclubs import unknown_club

__all__ = ["Reading", "participants", "read_sentence", "sides", "opponent", "venue_outcome"]

_OBLIQUE = frozenset(
    "at against to over past by from with of in vs versus than "
    "gegen bei beim über von vom im in auf an den dem des gegenüber zu zum zur mit aus "
    "nach ohne um".split()
)


_RELATIVE = re.compile(r"^\s*(?:der|die|das|dem|den|which|who|that|welche[rs]?)\b", re.I)


_SAME_SCORE = re.compile(
    r"\b(?:mit demselben ergebnis|mit dem gleichen ergebnis|by the same score(?:line)?|"
    r"with the same score(?:line)?)\b",
    re.I,
)


_OUTCOME_NOUN_AFTER = re.compile(
    r"^[-\s]{0,2}(?:[\w-]+\s)?(?P<w>win|victory|triumph|loss|defeat|draw|tie|rout|"
    r"thrashing|drubbing|hammering|romp)\b",
    re.I,
)


_SUFFERED = re.compile(r"\b(?:suffer\w*|endur\w*|wrong end of|victims? of)\b[^.,;]*$", re.I)
"""`suffered a 6-2 rout`: a rout the subject took, not gave."""
_RESULT_WORDS = re.compile(
    r"\b(?:ended|finished|endete|trennten sich|remis|unentschieden|draw|drew|tie|tied)\b", re.I
)


def read_sentence(doc: Document, sentence: Sentence, state, resolver) -> list[Reading]:
    """The results one sentence states (glance lines and headers included)."""
    special = _explicit_order(doc, sentence)
    if special:
        return special
    hits = find_scores(sentence.text, sentence.start)
    hits += _same_score_hits(sentence, hits)
    results = [h for h in hits if h.kind == "result"]
    people = participants(doc, sentence)
    if not results:
        return _shootout_only(doc, sentence, hits, people)
    readings = []
    for hit in results:
        reading = _orient(doc, sentence, hit, people, state, resolver)
        if reading is not None:
            readings.append(reading)
    attach_cues(doc, sentence, hits, readings, resolver)
    settle_clause_cues(doc, sentence, readings)
    return readings


def _shootout_only(doc, sentence, hits, people) -> list[Reading]:
    """`beating United 11-10 on spot kicks` with the 1-1 in another sentence: kept
    aside so the shoot-out can join the drawn match of the same two teams."""
    out = []
    for hit in hits:
        if hit.kind != "shootout" or hit.first == hit.second:
            continue
        p, o, outcome, _ = sides(doc, sentence, hit, people)
        if not p or not o or p == o:
            continue
        first, second = hit.first, hit.second
        if doc.lang == "en":
            if outcome not in ("won", "lost"):
                continue
            high, low = max(first, second), min(first, second)
            first, second = (high, low) if outcome == "won" else (low, high)
        reading = Reading(sentence, hit, p, o, first, second)
        reading.notes.add("shootout-only")
        out.append(reading)
    return out


def sides(doc, sentence, hit, people):
    """(subject, opponent, outcome for the subject, strength) as the sentence words it."""
    text = doc.text
    start, end = _clause_bounds(sentence, hit)
    clause_people = [m for m in people if start <= m.start < end]
    outcome, strength, cue_at = _outcome(text, sentence, hit, start)
    if doc.lang == "en":
        p = _english_subject(text, people, hit, cue_at)
    else:
        p = _subject(text, sentence, start, hit, clause_people, people, doc.lang)
    o = opponent(sentence, hit, people, clause_people, p)
    return p, o, outcome, strength


_ANY_SCORE = re.compile(r"\d{1,2} ?[:–-] ?\d{1,2}")


def opponent(sentence, hit, people, clause_people, p) -> str | None:
    """The other side: the nearest team named since the previous score, else the
    first other team of the clause, else of the sentence up to the next result (a
    team told only after another result belongs to that one)."""
    rel = hit.start - sentence.start
    previous = [m.end() for m in _ANY_SCORE.finditer(sentence.text[:rel])]
    since = sentence.start + (previous[-1] if previous else 0)
    near = [m for m in clause_people if since <= m.start < hit.start and m.team != p]
    if near:
        return near[-1].team
    later = [
        h
        for h in find_scores(sentence.text, sentence.start)
        if h.kind == "result" and h.start > hit.start
    ]
    until = later[0].start if later else sentence.end
    between = [m for m in people if m.start < until]
    for group in (clause_people, between):
        for m in group:
            if m.team != p:
                return m.team
    return None


def _orient(doc, sentence, hit, people, state, resolver) -> Reading | None:
    p, o, outcome, strength = sides(doc, sentence, hit, people)
    filled = False
    unoriented = False
    if p is None and o is None:
        if not (strength or _RESULT_WORDS.search(sentence.text) or cues.LEG.search(sentence.text)):
            return None
        if unknown_club(doc, sentence):
            return None
        filled = True
        previous = state.previous_pair()
        if previous:
            p, o = previous
        elif state.main_pair:
            p, o = state.main_pair
            unoriented = hit.first != hit.second
        else:
            p, o = state.subject, state.other(state.subject)
    elif p is None:
        p, filled = _guess_side(state, o, sentence.text[: hit.start - sentence.start], True), True
        if not guess_fits(sentence, hit, people, o, p):
            return None
    elif o is None and cues.LEG.search(sentence.text) and state.tie_partner(p):
        o, filled = state.tie_partner(p), True
    elif o is None:
        o, filled = _guess_side(state, p, sentence.text, False), True
        if not guess_fits(sentence, hit, people, p, o):
            return None
    if p is None or o is None or p == o:
        return None
    if filled and OTHER_TIME.search(sentence.text):
        return None
    first, second = hit.first, hit.second
    if unoriented:
        reading = Reading(sentence, hit, p, o, max(first, second), min(first, second))
        reading.notes.add("unoriented")
        reading.context_filled = True
        return reading
    if doc.lang == "en" and first != second:
        if outcome not in ("won", "lost"):
            return None
        high, low = max(first, second), min(first, second)
        first, second = (high, low) if outcome == "won" else (low, high)
    elif doc.lang == "de" and outcome in ("won", "lost") and first != second:
        if (first > second) != (outcome == "won"):
            return None
    return Reading(sentence, hit, p, o, first, second, strength=strength, context_filled=filled)


def _guess_side(state, named: str, told: str, subject_told: bool) -> str | None:
    """The unnamed side of a result: from the story, except where the named team
    is a third one beside the last result's pair and the words leave it open."""
    if state.pair and named not in state.pair:
        return state.third_side(named, told, subject_told)
    return state.other(named)


def _subject(text, sentence, clause_start, hit, clause_people, people, lang) -> str | None:
    if _RELATIVE.match(text[clause_start : hit.start]):
        before = [m for m in people if m.end <= clause_start]
        if before:
            return before[-1].team
    for m in clause_people:
        if m.prep == "dem" and (
            _DATIVE_SUBJECT.match(text, m.end)
            or _DATIVE_AFTER_VERB.search(text[max(0, m.start - 40) : m.start])
        ):
            return m.team
    if lang == "de" and _PRONOUN_SUBJECT.match(text, clause_start):
        return None
    verb = _TRANSITIVE_DE.search(text, clause_start, hit.start)
    for group in (clause_people, people):
        for m in group:
            if m.start > hit.start and lang == "en":
                break
            if verb and m.start > verb.start() and m.prep in ("", *_VERBISH(text, m)):
                continue
            if _BETWEEN.search(text, max(0, m.start - 60), m.start):
                continue
            if m.prep not in _OBLIQUE and not m.genitive:
                return m.team
    return None


_PRONOUN_SUBJECT = re.compile(
    r"\s*(?:(?:Doch|Und|Aber|doch|und|aber)\s+)?Sie\s+(?:hatten|haben|hatte|hat|waren|"
    r"sind|war|ist|gewannen|gewann|schlugen|schlug|besiegten|besiegte|bezwangen|bezwang)\b"
)
"""`Sie hatten Gastgeber Niederlande ... ausgeschaltet`: the subject is a pronoun, so
the first name of the clause is the opponent."""
_DATIVE_SUBJECT = re.compile(r"\s+(?:\w+\s+)?(?:gelang|glückte|gelingt|reichte|genügte)\b")
_DATIVE_AFTER_VERB = re.compile(
    r"\b(?:gelang|gelangen|glückte|glückten|reichte|reichten|genügte|genügten)\s+dem\s+(?:\w+\s+)?$"
)
"""`Dank des 3:1 im Hinspiel reichten dem FC Bayern ...`: the result is the dative's."""
_BETWEEN = re.compile(r"\b(?:zwischen|between)\s+(?:[^,.;]{1,50}\s+(?:und|and)\s+)?$", re.I)


_TRANSITIVE_DE = re.compile(
    r"\b(?:besiegte|besiegten|schlug|schlugen|bezwang|bezwangen|überrollte|deklassierte|"
    r"demütigte|entzauberte|stürzte)\b"
)


def _VERBISH(text, m) -> tuple[str, ...]:
    """The word before a name when it is the transitive verb itself (`besiegte Frankreich`)."""
    return (m.prep,) if _TRANSITIVE_DE.fullmatch(m.prep or "-") else ()


def _outcome(text: str, sentence: Sentence, hit: ScoreHit, clause_start: int):
    """(won|lost|draw|None for the subject, strength, offset of the cue word)."""
    if hit.suffix:
        if hit.suffix.endswith(("niederlage", "pleite", "klatsche", "schlappe", "debakel")):
            return "lost", 2, hit.start
        if hit.suffix.endswith(("sieg", "erfolg", "triumph")):
            return "won", 2, hit.start
    after = text[hit.end : min(sentence.end, hit.end + 25)]
    noun = _OUTCOME_NOUN_AFTER.match(after)
    if noun:
        word = noun.group("w").lower()
        lost = word in ("loss", "defeat") or (
            word not in ("win", "victory", "triumph", "draw", "tie")
            and _SUFFERED.search(text, max(0, hit.start - 30), hit.start)
        )
        label = "draw" if hit.first == hit.second else ("lost" if lost else "won")
        return label, 2, hit.start
    window_start = max(clause_start, hit.start - 120)
    before = text[window_start : hit.start]
    best = None
    for pattern, label in ((cues.WIN, "won"), (cues.LOSE, "lost")):
        for m in pattern.finditer(before):
            if best is None or m.start() > best[0]:
                best = (m.start(), label)
    if best is not None:
        label = "draw" if hit.first == hit.second else best[1]
        return label, 2, window_start + best[0]
    after_verb = text[hit.end : min(sentence.end, hit.end + 60)]
    after_verb = re.split(r"[,;]", after_verb)[0]
    after_verb = _ANY_SCORE.split(re.sub(r"^\s*\([^)]*\)", "", after_verb))[0]
    win, lose = cues.WIN.search(after_verb), cues.LOSE.search(after_verb)
    if hit.first == hit.second:
        return "draw", (1 if win or lose else 0), None
    if bool(win) != bool(lose):
        return ("won" if win else "lost"), 1, None
    return None, 0, None


_SUBJECT_PREPS = frozenset(
    "and but as when while then after before since so where because that which "
    "night day afternoon evening also the der die das "
    "give gives gave giving hand hands handed handing earn earns earned earning".split()
)


_WHO = re.compile(r"\s*,?\s*(?:who|which|that)\b", re.I)


def _english_subject(text, people, hit, cue_at) -> str | None:
    """The team the English sentence tells the result from: the subject before the
    verb (`Liverpool beat ...`), or the team before `past` (`lift Inter past LAFC`)."""
    anchor = cue_at if cue_at is not None else hit.start
    before = [m for m in people if m.end <= anchor]
    if text[anchor : anchor + 4].lower() == "past":
        return before[-1].team if before else None
    if before and _WHO.match(text, before[-1].end):
        return before[-1].team
    candidates = [
        m
        for m in people
        if m.end <= anchor
        and (m.prep == "" or m.prep in _SUBJECT_PREPS)
        and not m.genitive
        and not _OBLIQUE_THE.search(text, max(0, m.start - 30), m.start)
    ]
    return candidates[-1].team if candidates else None


_OBLIQUE_THE = re.compile(
    r"\b(?:at|against|to|over|past|by|from|with|of|in|vs|versus|than|beat|beating|"
    r"beats|defeated|defeating|eliminated|eliminating)\s+the\s+$",
    re.I,
)


def _clause_bounds(sentence: Sentence, hit: ScoreHit) -> tuple[int, int]:
    rel = hit.start - sentence.start
    start, end = 0, len(sentence.text)
    for m in _CLAUSE_BREAK.finditer(sentence.text):
        if m.end() <= rel:
            start = m.end()
        elif m.start() >= hit.end - sentence.start:
            end = m.start()
            break
    return sentence.start + start, sentence.start + end


def _same_score_hits(sentence: Sentence, hits: list[ScoreHit]) -> list[ScoreHit]:
    low = sentence.text.lower()
    if "same" not in low and "selben" not in low and "gleichen" not in low:
        return []
    match = _SAME_SCORE.search(sentence.text)
    results = [h for h in hits if h.kind == "result"]
    if not match or not results:
        return []
    source = results[0]
    start = sentence.start + match.start()
    return [ScoreHit(start, sentence.start + match.end(), source.first, source.second, "result")]


def _explicit_order(doc: Document, sentence: Sentence) -> list[Reading]:
    """`Porto 3, Roma 1` (AP glance) and `Dortmund – Bayern 1:2` headers: home first."""
    from bot.reports.listings import header_reading

    return header_reading(doc, sentence)
