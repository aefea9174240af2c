"""Cues around results in one sentence (leg, extra time, shoot-out, stage, dates,
venue) given to the result nearest to them within its clause."""

from __future__ import annotations

import re

from bot.reports.matches import cues
from bot.reports.matches.afterday import need_after_result, told_after_day
from bot.reports.matches.backgroundleg import overturned
from bot.reports.matches.carriedinto import carried_into_home, mark_carried_into
from bot.reports.matches.carriedlead import arrival_ground
from bot.reports.matches.dayleadin import lead_in_notes
from bot.reports.matches.describedshootout import described_shootout
from bot.reports.matches.drawday import draws_day, draws_round
from bot.reports.matches.extratime import EARLIER_GAME
from bot.reports.matches.legahead import day_of_leg_ahead
from bot.reports.matches.legcues import attach_legs
from bot.reports.matches.legplace import legs_date, weekdays_leg
from bot.reports.matches.legsum import first_duel_legs
from bot.reports.matches.opponentof import opponents_round
from bot.reports.matches.owndates import drop_months_of_another_year
from bot.reports.matches.owners import ahead_at, owner_finder
from bot.reports.matches.ownweekback import told_back_elsewhere
from bot.reports.matches.pastday import FIRST_LEGS_DAY, plainly_past
from bot.reports.matches.placecues import place_cues
from bot.reports.matches.previewlegs import preview_home
from bot.reports.matches.reading import Reading
from bot.reports.matches.scores import ScoreHit
from bot.reports.matches.shootoutsides import german_shootout
from bot.reports.matches.timeafter import mark_span_after
from bot.reports.matches.whoaside import in_who_aside
from bot.reports.text import when
from bot.reports.text.clausecuts import clause_cuts
from bot.reports.text.document import Sentence

_SUM_WORDS = re.compile(
    r"\s*(?:on aggregate|in total|overall|insgesamt|in der addition|im gesamtergebnis)?\s*",
    re.IGNORECASE,
)
"""`3-2 on aggregate after extra time`: the extra time is the tie's, not a leg's."""
_RETURN = cues.Keyed(
    re.compile(r"\bthe return(?: game| fixture)? (?=\d{1,2}-\d{1,2}\b)", re.IGNORECASE),
    "the return",
)
"""`won the return 2-0`: the second leg, named without the word leg."""


def _unread_nearer(sentence, hits, readings, r, offset: int) -> bool:
    """`despite losing 1-0 to the Red Bulls earlier on Sunday; ... after winning the first
    leg 2-0`: a day nearer a result no reading holds is that result's, not the first leg's."""
    far = abs(r.hit.start - sentence.start - offset)
    return any(
        h.kind == "result"
        and all(x.hit is not h for x in readings)
        and abs(h.start - sentence.start - offset) < far
        for h in hits
    )


def attach_cues(doc, sentence, hits, readings, resolver) -> None:
    if not readings:
        return
    text = sentence.text
    owner = owner_finder(sentence, readings, hits)

    first_duel_legs(sentence, hits, readings)
    attach_legs(text, sentence, owner, readings)
    mark_carried_into(text, sentence.start, readings)
    for m in cues.scan(_RETURN, text):
        r = owner(m.start())
        if r is not None and r.leg is None:
            r.leg = 2
    sums = [h.end - sentence.start for h in hits if h.kind == "aggregate"]
    for m in cues.scan(cues.EXTRA_TIME, text):
        if any(end <= m.start() and _SUM_WORDS.fullmatch(text[end : m.start()]) for end in sums):
            continue
        r = owner(m.start())
        if r is not None and not _told_of_another_game(text, m, r.hit.start - sentence.start):
            r.extra_time = True
    for hit in hits:
        if hit.kind == "shootout":
            if told := described_shootout(doc, sentence, hit, readings, resolver):
                told[0].penalties = told[1]
            elif r := owner(hit.start - sentence.start) or _only_shootable(doc, readings, hit):
                r.penalties = _shootout_for(r, hit, doc, sentence)
    _attach_stages(sentence, owner)
    later = [r for r in readings if r.leg == 2] or [r for r in readings if r.leg != 1] or readings
    later_owner = owner_finder(sentence, later)
    for offset, value, kind in when.dates_in(text, doc.published, doc.lang):
        if kind == "weekday" and (ahead_at(text, offset) or draws_day(text, offset)):
            continue
        if kind == "weekday":
            r = later_owner(offset)
            first = [x for x in readings if x.leg == 1]
            if len(first) == 1 and FIRST_LEGS_DAY.search(text, max(0, offset - 25), offset):
                r = first[0] if plainly_past(text, offset, value, doc.published) else None
            if r is not None and r.leg == 1 and _unread_nearer(sentence, hits, readings, r, offset):
                r = None  # `losing 1-0 ... earlier on Sunday; ... after winning the first leg`
            if r is not None and r.leg not in (None, weekdays_leg(text, offset) or r.leg):
                r = None  # `a 2-0 lead from the first leg into Wednesday's return`
            if r is not None and told_after_day(text, offset, r.hit.start - sentence.start):
                r = None  # `visit Porto tonight after a 2-2 draw at Old Trafford`
            if r is not None and day_of_leg_ahead(text, offset, r.hit.start - sentence.start):
                r = None  # `plays the second leg on Wednesday after a 0-0 draw`
            if r is not None and need_after_result(text, offset, r.hit.start - sentence.start):
                r = None  # `Nach dem 1:3 im Hinspiel brauchen die Störche am Montagabend`
            if r is not None and in_who_aside(text, offset, r.hit.start - sentence.start):
                r = None  # `Chelsea, who had built a 3-1 lead last Wednesday, drew 4-4`
            if r is not None and told_back_elsewhere(text, offset, r.hit.start - sentence.start):
                r = None  # `am Dienstag ein 1:1, nachdem sie das Hinspiel vor einer Woche ...`
            if r is not None:
                if not plainly_past(text, offset, value, doc.published):
                    r.notes.add("weekday")
                r.date = r.date or value
        else:
            r = owner(offset)
            leg = legs_date(text, offset)
            if leg is not None and r is not None and r.leg != leg:
                named = [x for x in readings if x.leg == leg]
                r = named[0] if len(named) == 1 else None
            if r is not None:
                r.date = value
    for m in cues.scan(cues.EARLIER, text):
        r = owner(m.start())
        if r is not None:
            r.earlier = True
    mark_span_after(sentence, readings)
    for m in cues.scan(cues.YEAR, text):
        r = owner(m.start())
        if r is not None:
            r.year = m.group(1)
    drop_months_of_another_year(readings)
    if same := when.SAME_DAY.search(text):
        for r in readings:
            earlier_leg = r.leg == 1 and any(x.leg != 1 for x in readings)
            if earlier_leg or overturned(text, r.hit.start - sentence.start):
                continue  # `overturned a 1-0 defeat ... on the same night`: a game before
            if not _told_before_anothers(sentence, r, readings, same.start()):
                r.notes.add("same-day")
    if cues.OTHER_TIE.search(text):
        for r in readings:
            r.notes.add("same-round")
    if len(readings) == 1 and readings[0].leg != 1:
        readings[0].notes.update(lead_in_notes(doc, sentence))
    ground_owner = owner_finder(sentence, readings, hits, grounds=True)
    for m in cues.scan(cues.HOME, text):
        r = ground_owner(m.start())
        if r is not None and not arrival_ground(text, m.end(), r, sentence.start):
            r.home = r.home or r.p
    for m in cues.scan(cues.AWAY, text):
        r = ground_owner(m.start())
        if r is not None and r.teams() and not arrival_ground(text, m.end(), r, sentence.start):
            r.home = r.home or r.o
    place_cues(doc, sentence, readings, ground_owner, resolver)
    carried_into_home(doc, sentence, readings, resolver)
    preview_home(doc, sentence, readings)
    for r in readings:
        if "unoriented" in r.notes:
            continue
        side = venue_outcome(doc.text, r.hit)
        if side and side[0] == "home":
            r.home = r.p
        elif side:
            r.home = r.o


def _attach_stages(sentence: Sentence, owner) -> None:
    """A result whose clause names two rounds (`on the way to the final ... in the
    quarter-finals ... 1-1`) takes the one told nearest its score, a round only headed
    for (`on the way to the final`) last; a round named outright outranks one worked
    out from reaching the next (`reached the final with a 1-0 win ... in the Western
    Conference final`, whose stage stays unknown)."""
    text = sentence.text
    named: dict[int, tuple[Reading, list[tuple[int, str | None, bool]]]] = {}
    for told in cues.told_rounds(text):
        if draws_round(text, told[0]) or opponents_round(text, told[0]):
            continue
        r = owner(told[0])
        if r is not None and not cues.in_aside(text, told[0], r.hit.start - sentence.start):
            named.setdefault(id(r), (r, []))[1].append(told)
    for r, rounds in named.values():
        rounds = [x for x in rounds if not x[2]] or rounds
        rounds = [x for x in rounds if not cues.on_the_way(text, x[0])] or rounds
        at = r.hit.start - sentence.start
        r.stage = r.stage or min(rounds, key=lambda x: abs(x[0] - at))[1]


_VENUE_OUTCOME = re.compile(
    r"^[-\s]{0,2}(?P<side>home|away)[- ](?P<what>win|victory|defeat|loss)\b", re.I
)


def venue_outcome(text: str, hit: ScoreHit) -> tuple[str, str] | None:
    """`1:2-Heimniederlage`, `3:2-Auswärtssieg`, `a 1-0 away win`: (home|away, won|lost)
    for the team the score is told from."""
    suffix = hit.suffix
    side = "home" if suffix.startswith("heim") else "away" if suffix.startswith("auswärts") else ""
    what = ""
    if side:
        what = "lost" if suffix.endswith(("niederlage", "pleite")) else "won"
        if not suffix.endswith(("niederlage", "pleite", "sieg", "erfolg")):
            return None
    else:
        m = _VENUE_OUTCOME.match(text[hit.end : hit.end + 20])
        if not m:
            return None
        side = m.group("side").lower()
        what = "lost" if m.group("what").lower() in ("defeat", "loss") else "won"
    return side, what


_GAME_VERB = re.compile(r"needed|required|forced|went", re.IGNORECASE)
_CONTRAST = re.compile(r"\b(?:but|yet|however|while|aber|doch|jedoch)\b", re.IGNORECASE)


def _told_of_another_game(text: str, cue: re.Match, at: int) -> bool:
    """`Their last final went to extra time, but on Wednesday Chelsea beat Arsenal 2-1`:
    a game that needed extra time, told apart from the score by a contrast or as an
    earlier game, is another one."""
    if not _GAME_VERB.match(cue.group(0)):
        return False
    if EARLIER_GAME.search(text, max(0, cue.start() - 40), cue.start()):
        return True
    lo, hi = sorted((cue.end(), at))
    return _CONTRAST.search(text, lo, hi) is not None


def _only_shootable(doc, readings: list[Reading], hit: ScoreHit) -> Reading | None:
    """`won 3-0 after extra time, then scored all six spot kicks to win the shootout
    6-5`: a trailing shoot-out belongs to the sentence's one result that could have
    gone to one (level, after extra time, or a second leg), told of the same subject:
    a side named in between (`and Chelsea won the shootout 4-3`) may be the winner."""
    able = [r for r in readings if r.may_end_in_shootout()]
    if len(able) != 1 or _names_team(doc, able[0].hit.end, hit.start):
        return None
    return able[0]


def _shootout_for(r: Reading, hit: ScoreHit, doc, sentence) -> tuple[int, int] | None:
    if hit.first == hit.second:
        return None
    if doc.lang == "de":
        return german_shootout(r, hit, doc)
    high, low = max(hit.first, hit.second), min(hit.first, hit.second)
    before = doc.text[max(sentence.start, hit.start - 80) : hit.start]
    if r.p_goals == r.o_goals:
        lost = bool(cues.SHOOTOUT_LOSS.search(before))
        if _last_named(doc, r.hit.end, hit.start) == r.o:
            lost = not lost  # `Palmeiras 1-1 Boca (Boca win 4-2 on penalties)`
        return (low, high) if lost else (high, low)
    if _names_team(doc, r.hit.end, hit.start):
        return None
    if cues.SHOOTOUT_LOSS.search(before):
        return (low, high)
    won = cues.SHOOTOUT_WIN.search(before)
    if won is None:
        return None
    if not won.group("beaten"):
        return (high, low)
    start = hit.start - len(before) + won.start("beaten")
    beaten = {m.team for m in doc.mentions_between(start, start + len(won.group("beaten")))}
    if beaten == {r.o}:
        return (high, low)
    return (low, high) if beaten == {r.p} else None


def _last_named(doc, start: int, end: int) -> str | None:
    """The side named last (not as a place) between a level score and its shoot-out, the
    one the shoot-out's verb is told of."""
    named = [m for m in doc.mentions_between(start, end) if not m.prep]
    return named[-1].team if named else None


def _names_team(doc, start: int, end: int) -> bool:
    """A side named between a leg's score and the shoot-out (not as a place, `in
    Porto`) may be the one the shoot-out verb is about."""
    return any(m.prep not in _PLACE_WORDS for m in doc.mentions_between(start, end))


_PLACE_WORDS = frozenset(("in", "at", "im", "bei", "beim", "against", "gegen", "over"))


def _told_before_anothers(sentence, r: Reading, readings, at: int) -> bool:
    """`Liverpool gewann bereits am Dienstag mit 3:1, Manchester City setzte sich am
    selben Abend ... durch`: `the same evening` in a later clause, with another result,
    is that result's day, not the earlier clause's."""
    rel = r.hit.end - sentence.start
    cut = next((end for end in clause_cuts(sentence.text) if end > rel), None)
    if cut is None or cut > at:
        return False
    # `..., while Australia overwhelmed Uzbekistan 6-0 on the same evening`: unread too
    return any(x is not r and x.hit.start - sentence.start >= cut for x in readings) or bool(
        _SCORE.search(sentence.text, cut, at)
    )


_SCORE = re.compile(r"\b\d{1,2} ?[-:–] ?\d{1,2}\b")
