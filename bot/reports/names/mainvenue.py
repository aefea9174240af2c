"""Where the main match was played, told by stadium names: only a stadium near the
top of the story, or in the clause of the main score itself, can name its host."""

from __future__ import annotations

import re

from bot.reports.clauses.cues import _WEEKS_BACK
from bot.reports.matches import cues
from bot.reports.matches.reading import Reading
from bot.reports.names.stadiums import have_grounds, stadiums_of
from bot.reports.text.document import Document

OPENING_SENTENCES = 8
_DIGIT_PAIR = re.compile(r"\d[-:]\d")
_CLAUSE_BREAK = re.compile(r"[,;]|\s[–—]\s")
_AFTER = re.compile(r"\b(?:after|nachdem)\s")
"""`Dundee United will carry a one-goal deficit back to Tannadice after IFK Gothenburg won
the first leg 1-0`: a score told in an `after` clause is that clause's, the ground before
it the main clause's (a later leg's)."""
_PAST_WEEKDAY = re.compile(
    r"\b(?:(?:am )?(?:vergangenen|letzten|vorigen)|last|previous) (?:Montag|Dienstag|Mittwoch|"
    r"Donnerstag|Freitag|Samstag|Sonntag|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday)\b",
    re.I,
)
"""`hatte am vergangenen Mittwoch an der Stamford Bridge eine Lektion erhalten`: a ground
of a game a day named as past, the other leg's, not the main match's."""


def stadium_home(doc: Document, main: Reading) -> str | None:
    """`at Old Trafford` near the top of the story names the main match's host (only
    stadiums: a city there may be where the writer sat); a sentence with a leg or a
    score, or counted back from the dateline, is passed over, save for the clause of
    the main score itself (`unterlag Inter in der ausverkauften Allianz Arena mit 2:3`).
    None when both sides' grounds are named: one of them is where the other leg was
    played."""
    pair = tuple(main.teams() or ())
    if not have_grounds(pair):
        return None
    found = set(stadiums_of(_score_clause(main), pair))
    for sentence in doc.sentences[:OPENING_SENTENCES]:
        named = stadiums_of(sentence.text, pair)
        if named and not (
            cues.LEG.search(sentence.text)
            or _DIGIT_PAIR.search(sentence.text)
            or _WEEKS_BACK.search(sentence.text) is not None
            or _PAST_WEEKDAY.search(sentence.text) is not None
            or _told_before(sentence.text)
        ):
            found.update(named)
    return found.pop() if len(found) == 1 else None


_PLUPERFECT = re.compile(
    r"\bhad (?:(?:never|not|already|once|ever|last|previously|also) )?"
    r"(?:won|lost|drawn|been beaten|scored|netted|struck)\b|"
    r"\b(?:gewonnen|verloren|gesiegt|getroffen|erzielt|geschossen|eingenetzt) hatten?\b|"
    r"\bhatten? (?:[\w'’-]+ ){0,8}?(?:gewonnen|verloren|gesiegt)\b",
)
"""`That was the first time an English club had won at the Bernabeu`, `wo noch keine
deutsche Mannschaft gewonnen hatte`, `Elber, der schon im Bernabéu getroffen hatte`, `who
had already scored at the Bernabeu`: a ground in a sentence of what had happened before
(a game won, lost or scored in) is another game's, not the main match's."""


def _told_before(text: str) -> bool:
    if "had " not in text and "hatte" not in text:
        return False
    return _PLUPERFECT.search(text) is not None


def _score_clause(main: Reading) -> str:
    """The clause of the main score, when its sentence tells that score alone and no leg
    but its own (`Im Viertelfinal-Hinspiel verlor Benfica im Estádio da Luz mit 0:2`)."""
    text = main.sentence.text
    leg = cues.LEG.search(text)
    if (leg and (1 if leg.group("one") else 2) != main.leg) or len(_DIGIT_PAIR.findall(text)) > 2:
        return ""
    at = main.hit.start - main.sentence.start
    starts = [m.end() for m in _CLAUSE_BREAK.finditer(text, 0, at)]
    if "after" in text or "nachdem" in text:
        starts = sorted(starts + [m.start() for m in _AFTER.finditer(text, 0, at)])
    end = _CLAUSE_BREAK.search(text, main.hit.end - main.sentence.start)
    clause = text[starts[-1] if starts else 0 : end.start() if end else len(text)]
    if leg and ("piel" in clause or "leg" in clause or "return" in clause):
        legs = {1 if m.group("one") else 2 for m in cues.LEG.finditer(clause)}
        if legs - {main.leg}:
            return ""  # `gewann das Hinspiel 2:1 und geht ins Rückspiel in Old Trafford`
    return clause if len(_DIGIT_PAIR.findall(clause)) <= 2 else ""
