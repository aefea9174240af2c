"""Which leg each result of a sentence is: the leg word nearest its score, so that
`geht mit Vorteil in das Rückspiel: Er gewann das Hinspiel 3:1` makes the 3:1 the
first leg, not the second the sentence names first."""

from __future__ import annotations

import re

from bot.reports.matches import cues
from bot.reports.matches.legahead import leg_ahead
from bot.reports.matches.scores import find_scores
from bot.reports.matches.sinceleg import since_leg
from bot.reports.patterns.spots import Folded

_BOTH_LEGS = Folded(
    re.compile(
        r"\b(?:hin-\s*(?:und|oder)|first (?:and|or)|(?:deficit|lead|advantage|cushion|"
        r"rückstand|vorsprung|polster|führung)\s+(?:\w+\s+)?(?:from the|aus dem)|"
        r"(?:trailing|down|behind|ahead|leading|up|zurückliegend)\s+\d{1,2}\s?[-:–]\s?\d{1,2}\s+"
        r"(?:from the|aus dem))\s+$",
        re.IGNORECASE,
    )
)
"""`nicht in Hin- und Rückspiel`, `first and second leg`: the format, not one leg;
`a deficit from the first leg`, `Vorsprung aus dem Hinspiel`, `trailing 3-1 from the first
leg`: carried from the other."""


_SCORED_LEAD = re.compile(
    r"(?P<score>\d{1,2}\s?[-:–]\s?\d{1,2})[-\s]?(?:lead|advantage|vorsprung|führung|deficit|"
    r"rückstand)\s+"
    r"(?:from the|aus dem)\s+$",
    re.IGNORECASE,
)
"""`take a 2-0 lead from the first leg`, `mit einem 2:0-Vorsprung aus dem Hinspiel`,
`einen 0:1-Rückstand aus dem Hinspiel`, `a 1-0 deficit from the first leg`: the lead's
(or deficit's) own score is that leg's result, so the leg word names that score's leg."""


def attach_legs(text, sentence, owner, readings=()) -> None:
    """Give each result without a leg the leg word nearest its score among those
    that `owner` assigns to it (a leg word after `Hin- und` or `deficit from the`
    names no leg of its own, except to the score of the lead itself)."""
    legs = {}
    for m in cues.scan(cues.LEG, text):
        if _BOTH_LEGS.search(text[max(0, m.start() - 40) : m.start()]):
            _lead_leg(text, sentence, owner, m)
            continue
        if since_leg(text, m.start(), m.end()):
            continue
        ahead = leg_ahead(text, m.start(), m.end())
        if ahead and not m.group("two"):
            continue
        r = owner(m.start())
        told = _SCORE_FROM.search(text, max(0, m.start() - 25), m.start())
        if told is not None and r is not None and m.group("one"):
            if r.hit.start - sentence.start != told.start("score") and not _read_at(
                readings, sentence, told.start("score")
            ):
                if r.leg is None:  # `machte ein 0:4 aus dem Hinspiel wett und gewann mit 6:1`
                    legs[id(r)] = (0, r, 2)
                continue
        if r is not None and len(readings) > 1 and _told_after(text, sentence, r, m):
            others = [x for x in readings if x is not r]
            at = [x.hit.start - sentence.start for x in others]
            r = others[cues.nearest(m.start(), at)]
        if r is not None and r.leg is None and _unread_nearer(text, sentence, readings, r, m):
            continue
        if r is not None and r.leg is None:
            far = abs(m.start() - (r.hit.start - sentence.start))
            if id(r) not in legs or far < legs[id(r)][0]:
                legs[id(r)] = (far, r, 1 if m.group("one") or ahead else 2)
    for _, r, leg in legs.values():
        r.leg = leg


def _unread_nearer(text, sentence, readings, r, m) -> bool:
    """`Nach einer 1:2-Niederlage in London schoss Carew die Spanier im Rückspiel mit dem
    1:0 weiter`: a leg word nearer a result no reading holds is that result's."""
    at = sentence.start + m.start()
    far = abs(at - r.hit.start)
    held = {x.hit.start for x in readings}
    return any(
        h.kind == "result" and h.start not in held and abs(h.start - at) < far
        for h in find_scores(text, sentence.start)  # the sentence's hits, as read (cached)
    )


_SCORE_FROM = re.compile(r"(?P<score>\d{1,2}[:-]\d{1,2})\s+(?:aus dem|from the)\s+$")
"""`ein 0:4 aus dem Hinspiel`, `the 0-4 from the first leg`: the leg word is that score's,
so another result of the sentence is the other leg."""


def _read_at(readings, sentence, at: int) -> bool:
    return any(x.hit.start - sentence.start == at for x in readings)


def _lead_leg(text, sentence, owner, leg) -> None:
    """The leg of a lead told with its score (`a 2-0 lead from the first leg`)."""
    lead = _SCORED_LEAD.search(text, max(0, leg.start() - 40), leg.start())
    if lead is None:
        return
    r = owner(lead.start("score"))
    if r is not None and r.leg is None and r.hit.start - sentence.start == lead.start("score"):
        r.leg = 1 if leg.group("one") else 2


RESULT_IN_LEG = re.compile(
    r"\b(?:Niederlage|Pleite|Schlappe|Sieg|Erfolg|defeat|loss|win|victory)\s+"
    r"(?:im|beim|in the|in their|in its)\s+(?:[\w-]+\s+)?$",
    re.I,
)
"""`hat sich für die Niederlage im Hinspiel revanchiert`, `avenged their defeat in the
first leg`: a result the leg is named for is that leg's, told of in passing, so the leg
is not the one of the match the sentence opens the story with."""


_AFTER = re.compile(
    r"\b(?:after|following|nach|trotz)\s+(?:a|an|the|dem|einem|eines|des)\s+$", re.I
)
_OWN_LEG = re.compile(
    r"[^,;.:\d–]{0,40}?\b(?:in the|in their|in its|im|vom|from the|aus dem|of the)\s+"
    r"(?:[\w-]+\s+)?$",
    re.I,
)


def _told_after(text: str, sentence, r, leg: re.Match) -> bool:
    """`Nach dem 1:1 in Frankreich gewann Atalanta das Rückspiel mit 3:0`, `beat Braga 3-1
    in the second leg after a 1-0 defeat in Portugal`: a score told as what came before
    (`after a`, `nach dem`) is an earlier game; a leg word is its own only right behind it
    (`nach dem 1:1 im Hinspiel`), never across the main clause or the `after` itself."""
    at = r.hit.start - sentence.start
    end = r.hit.end - sentence.start
    if not _AFTER.search(text, max(0, at - 20), at):
        return False
    if leg.end() <= at:
        return True
    if leg.start() < end or not text[end : leg.start()].strip(" -"):
        return False
    return not _OWN_LEG.fullmatch(text, end, leg.start())
