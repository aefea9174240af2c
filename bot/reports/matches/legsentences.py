"""Sentences about a leg of the main tie that give no score (`The first leg on Feb. 14
at the Parc des Princes ...`): they still date and place that leg."""

from __future__ import annotations

import re

from bot.reports.matches import cues
from bot.reports.matches.mainmatch import recent
from bot.reports.matches.pastday import plainly_past
from bot.reports.matches.reading import Reading
from bot.reports.names.venues import home_by_place
from bot.reports.patterns.keyed import lowered
from bot.reports.text import when
from bot.reports.text.clausecuts import clause_cuts
from bot.reports.text.document import Document

_LEG_THING_DE = (
    "ergebnis", "resultat", "sieg", "niederlage", "pleite", "erfolg", "vorsprung", "rückstand",
    "polster", "tor", "treffer", "führung",
)  # fmt: skip
_LEG_THING_EN = re.compile(
    r"\s+(?:deficit|lead|advantage|cushion|result|score|scoreline|win|victory|defeat|loss|"
    r"goals?)\b",
    re.I,
)


def _names_a_leg(found: re.Match) -> bool:
    """`Hinspiel`, `the first leg`, but not `das Hinspielergebnis`, `die
    Hinspiel-Niederlage` or `the first-leg deficit`: a sentence that cancels out a leg's
    result is about the match being told."""
    if found.group().lower().endswith(_LEG_THING_DE):
        return False
    after = found.string[found.end() : found.end() + 14].lower()
    if after.startswith("-") and after[1:].startswith(_LEG_THING_DE):
        return False  # `glich die Hinspiel-Niederlage aus`: the result, not the leg
    return not _LEG_THING_EN.match(found.string, found.end())


def leg_sentences(doc: Document, readings: list[Reading], main, resolver) -> None:
    """`The first leg on Feb. 14 at the Parc des Princes ...`: a sentence about a leg
    of the main tie that gives no score still gives its date and venue."""
    if main is None:
        return
    pair = main.teams()
    legs = {r.leg for r in readings if r.teams() and set(r.teams()) == set(pair)}
    if 1 not in legs and 2 not in legs:
        return  # no leg of the main pair to date or place: each sentence would find none
    for sentence in doc.sentences:
        low = lowered(sentence.text)
        if "leg" not in low and "spiel" not in low and "opener" not in low:
            continue
        leg = next((m for m in cues.scan(cues.LEG, sentence.text) if _names_a_leg(m)), None)
        if not leg or any(r.sentence is sentence for r in readings):
            continue
        named = {m.team for m in doc.mentions_in(sentence) if m.prep != "in"}
        if named - set(pair):
            continue
        number = 1 if leg.group("one") else 2
        target = next(
            (r for r in readings if r.teams() and set(r.teams()) == set(pair) and r.leg == number),
            None,
        )
        if target is None:
            continue
        days = [
            v
            for at, v, k in when.dates_in(sentence.text, doc.published, doc.lang)
            if (k == "explicit" and len(v) == 10)
            or (k == "weekday" and plainly_past(sentence.text, at, v, doc.published))
        ]
        if days and target.date is None and not cues.FUTURE.search(sentence.text):
            if recent(days[0], doc.published):
                target.date = days[0]
        if _TOPIC.search(sentence.text, max(0, leg.start() - 25), leg.start()):
            continue  # `In Florenz war die Wut über das Hinspiel ...`: talk of it, not its ground
        clause = _clause_of(sentence.text, leg.start())
        if cues.FUTURE.search(sentence.text, *clause):
            continue  # `Das Hinspiel steigt am 7. Mai in Gelsenkirchen`: a leg still to come
        for m in cues.AT_PLACE.finditer(sentence.text, *clause):
            if target.home is None:
                side = home_by_place(m.group("place"), pair, resolver)
                if side in pair:
                    target.home = side


_TOPIC = re.compile(
    r"\b(?:über|um|about|over|regarding)\s+(?:das|den|dem|die|the|that|this)\s+$", re.I
)
"""`die Wut über das Hinspiel`, `the anger over the first leg`: the leg is what is felt or
said about; a place in that sentence is where it is felt, not where the leg was played."""


def _clause_of(text: str, at: int) -> tuple[int, int]:
    """`Im Hinspiel in der eigenen Arena traf Gomez - ein Elfmeter, über den in
    Braunschweig noch lange geschimpft wurde`: only a place in the leg word's own
    clause is the leg's ground."""
    cuts = clause_cuts(text)
    start = max((c for c in cuts if c <= at), default=0)
    return start, next((c for c in cuts if c > at), len(text))
