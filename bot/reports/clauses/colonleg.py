"""A leg's result with a colon after it goes on telling that leg: `Arsenal were outplayed
in the first leg and lost 3-1: X put Monaco ahead in the 38th minute, Y doubled the lead
...`. The clauses after the colon are that leg's, not the main match's."""

from __future__ import annotations

import re

from bot.reports.clauses.cues import _LEG1, _LEG2, _RESULT
from bot.reports.clauses.pairing import LEG1, LEG2, MAIN, Pairing
from bot.reports.clauses.scenes import Scene
from bot.reports.clauses.targets import mentions_in_span
from bot.reports.text.document import Document

_COLON = re.compile(r"\s*:\s")
_NOW = re.compile(
    r"\b(?:tonight|this evening|today|last night|yesterday|heute|gestern|diesmal|this time|"
    r"now|nun|jetzt|on (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|"
    r"am (?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)\w*)\b",
    re.I,
)


def carry_colon_leg(doc: Document, scenes: list[Scene], pairing: Pairing) -> None:
    """Give a leg the MAIN clauses after `<leg result>:` in the same sentence, when the
    result told is that leg's score and nothing after the colon points elsewhere."""
    for scene in scenes:
        if scene.negative or scene.shootout:
            continue
        for index, clause in enumerate(scene.clauses):
            if clause.target not in (LEG1, LEG2):
                continue
            rest = scene.clauses[index + 1 :]
            if rest and _tells_leg(doc, scene, clause, rest, pairing):
                for later in rest:
                    later.target = clause.target
            break


def _tells_leg(doc: Document, scene: Scene, clause, rest, pairing: Pairing) -> bool:
    match = pairing.match_for(clause.target)
    if match is None or match is pairing.main or match.score is None:
        return False
    sentence = scene.sentence
    if not _COLON.match(sentence.text[clause.end - sentence.start :]):
        return False
    told = _RESULT.findall(clause.text)
    if len(told) != 1:
        return False
    numbers = sorted(int(n) for n in re.findall(r"\d+", told[0]))
    if numbers != sorted(match.score):
        return False
    if any(c.target != MAIN for c in rest):
        return False
    after = doc.text[rest[0].start : sentence.end]
    if _NOW.search(after) or _LEG1.search(after) or _LEG2.search(after):
        return False
    span = mentions_in_span(doc, rest[0].start, sentence.end)
    return all(m.team in pairing.teams for m in span)
