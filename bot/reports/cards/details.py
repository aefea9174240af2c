"""Who got a card and when, where the card clause alone does not say: the player after
"Karte gegen", the time in the clause before, a booking's minute that is not the card's,
and a description ("der Stürmer") that a name after a preposition must not take."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.reports.clauses.minutes import Minute
from bot.reports.goals import cues as goalcues
from bot.reports.goals.doerwords import KEEPER_ENDINGS, NOT_DOER
from bot.reports.goals.lastnamed import last_named
from bot.reports.goals.subjects import subject, verb_first
from bot.reports.names.players import last_name

_BOOKED = re.compile(r"\b(?:booked|yellow|cautioned|Gelbe|Gelb\b(?!-)|verwarnt)", re.I)
_CARD_FOR = re.compile(
    r"\b(?:Rote[n]? Karte|Gelb-Rote[n]? Karte|Ampelkarte|Platzverweis|red card|sending[- ]off|"
    r"dismissal)\s+(?:gegen|für|for|of)\s+",
    re.I,
)
_VICTIM_LEAD = re.compile(r"\w+ing$|(?:foul|fouls|on|an|gegen)$", re.I)
"""`a red card for catching X`, `for a foul on X`: X is the one fouled, not carded."""
_AND = re.compile(r"\s(?:and|und)\s", re.I)
_WHEN = re.compile(r"\s*(?:when|as|als|wenn|nachdem)\s", re.I)


def card_for(cast, clause) -> str | None:
    """ "nach der Ampelkarte gegen X", "a red card for X": the card's player follows it."""
    shown = _CARD_FOR.search(clause.text)
    if shown is None:
        return None
    at = clause.start + shown.end()
    named = [p for p in cast.within(at, min(clause.end, at + 40)) if not p.possessive]
    between = cast.doc.text[at : named[0].start].split() if named else []
    if not named or len(between) > 2 or any(_VICTIM_LEAD.match(word) for word in between):
        return None
    return cast.full_name(named[0].name)


def card_minute(text: str, minutes, cue_at: int, clause_start: int):
    """The time of the card, not of a booking before it: "booked in the 60th minute and sent
    off 11 minutes later" is 71; a minute told only before "booked ... and sent off" is
    the booking's, so no time at all."""
    after = [m for m in minutes if m.start >= cue_at]
    if after and after[0].relative is not None:
        bases = [m for m in minutes if m.start < after[0].start and m.relative is None]
        if not bases or bases[-1].minute is None or bases[-1].added is not None:
            return None
        value = bases[-1].minute + after[0].relative
        if bases[-1].minute <= 90 < value:
            return None
        return Minute(after[0].start, after[0].end, value)
    if after:
        return after[0]
    before = [m for m in minutes if m.relative is None]
    if not before or _BOOKED.search(text, clause_start, cue_at):
        return None
    return before[-1]


def lead_minute(reading, scene, clause):
    """ "Their task got harder in the 66th minute, when X was sent off": the time stands in
    the clause just before, which tells of nothing else (no goal, no substitution)."""
    index = scene.clauses.index(clause)
    if index == 0 or not _WHEN.match(clause.text):
        return None
    lead = scene.clauses[index - 1]
    minutes = [m for m in reading.minutes if lead.start <= m.start < lead.end]
    if len(minutes) != 1 or minutes[0].relative is not None:
        return None
    lang = reading.cast.doc.lang if reading.cast.doc.lang in ("de", "en") else "en"
    if goalcues.GOAL[lang].search(lead.text) or goalcues.OTHER_EVENT.search(lead.text):
        return None
    return minutes[0]


def lead_sentence_minute(reading, scene):
    """ "Things got worse for PSG in the 66th. Marco Verratti ... was shown a second yellow
    card": a card sentence with no time takes the one minute of the sentence just before,
    when that sentence tells of nothing else (no goal, no other event)."""
    doc = reading.cast.doc
    if scene.index == 0:
        return None
    before = doc.sentences[scene.index - 1]
    minutes = [m for m in reading.minutes if before.start <= m.start < before.end]
    if len(minutes) == 1 and minutes[0].relative is not None:
        minutes = [_from_base(reading.minutes, minutes[0], doc.text)]
    if len(minutes) != 1 or minutes[0] is None or minutes[0].minute is None:
        return None
    lang = doc.lang if doc.lang in ("de", "en") else "en"
    if goalcues.GOAL[lang].search(before.text) or goalcues.OTHER_EVENT.search(before.text):
        return None
    return minutes[0]


def _from_base(minutes, later, text: str):
    """ "... in der 53. Minute ins eigene Netz. Drei Minuten später ...": an offset counts
    from the last time told before it in the same paragraph, when that one is exact."""
    bases = [m for m in minutes if m.start < later.start]
    if not bases or "\n" in text[bases[-1].start : later.start]:
        return None
    base = bases[-1]
    if base.relative is not None or base.minute is None or base.added is not None:
        return None
    value = base.minute + later.relative
    if base.minute <= 90 < value:
        return None
    return Minute(later.start, later.end, value)


def antecedent(cast, start: int, end: int) -> str | None:
    """ "Nach einem Zweikampf mit X sah der Stürmer Rot": "der Stürmer" is not X, whom a
    preposition puts out of the running; only a name that could be the subject counts."""
    people = [p for p in cast.within(start, end) if p.before not in NOT_DOER]
    if not people:
        return None
    return last_named(cast, people[-1].start, people[-1].end + 1)


_THEN = re.compile(
    r"\b(?:then|moments later|straight after|dann|danach|anschließend|gleich darauf)\b", re.I
)


_GOAL_WORD = re.compile(
    r"\b(?:winner|winning goal|equali[sz]er|opener|Siegtor|Siegtreffer|Ausgleich\w*)\b", re.I
)


def follows_own_goal(doc, clause, cue_start: int) -> bool:
    """ "slid the winner past the keeper and was then sent off for taking his shirt off":
    an untimed card told as coming right after a goal earlier in the same sentence."""
    if not _THEN.search(clause.text, 0, cue_start):
        return False
    sentence = doc.sentence_at(clause.start)
    if sentence is None:
        return False
    lang = doc.lang if doc.lang in ("de", "en") else "en"
    before = doc.text[sentence.start : clause.start + cue_start]
    return bool(goalcues.GOAL[lang].search(before) or _GOAL_WORD.search(before))


def goal_minute(card, match) -> None:
    """The card takes the time of the one timed goal its player scored in that match."""
    own = [
        g
        for g in match.goals or []
        if g.player and last_name(g.player) == last_name(card.player) and g.minute is not None
    ]
    if len(own) == 1:
        card.minute, card.added = own[0].minute, own[0].added


def shared_subject(text: str, clause, found, doer, cue_at: int):
    """ "Drogba slapped Vidic and was shown a red card", "Angeliño hielt Sallai fest und
    sah Rot": a name between the subject and an "and" that opens the card's verb is the
    first verb's object; the card is the subject's. None when that subject is not clear."""
    if doer is None or not doer.name or doer.marked:
        return doer
    joins = list(_AND.finditer(text, doer.end, cue_at))
    if not joins or not verb_first(text[joins[-1].end() : clause.end]):
        return doer
    if not any(c.eligible and c.start < doer.start for c in found):
        return doer
    first = subject(found, clause, text)
    return first if first is not None and first.start < doer.start else None


_KEEPER_LEAD = re.compile(
    r"(?:(?:after|when|as|before|nachdem|als|bevor)\s+)?"
    r"(?:(?:the|der|die|\w*[A-ZÄÖÜ][\w.'’-]*)\s+){0,3}\Z"
)
"""`Arsenal goalkeeper`, `after goalkeeper`: the keeper opens the clause, or its conjunction."""


def keeper_subjects(text: str, clause, found: list, cue_at: int) -> list:
    """ "Arsenal goalkeeper Jens Lehmann was sent off": a goalkeeper is no scorer when the
    clause names him after his role (he is the one beaten), but a keeper who opens the
    clause before the card is the one sent off."""
    out = []
    for candidate in found:
        if not candidate.eligible and candidate.name and candidate.start < cue_at:
            lead = text[clause.start : candidate.start].rstrip()
            role = lead.rsplit(None, 1)[-1] if lead else ""
            if role.lower().endswith(KEEPER_ENDINGS) and _KEEPER_LEAD.match(
                lead[: len(lead) - len(role)]
            ):
                candidate = replace(candidate, eligible=True)
        out.append(candidate)
    return out
