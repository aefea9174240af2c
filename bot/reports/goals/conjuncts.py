"""Whose verb the goal is when one clause joins two actions with "and": the finisher's."""

from __future__ import annotations

import re

from bot.reports.clauses.scenes import Clause
from bot.reports.goals import cues as goalcues
from bot.reports.goals.describeddoer import NATIONAL_PERSON
from bot.reports.goals.scorers import SUBJECT_WORDS, Candidate

_AND = re.compile(r"\s(?:and|und)\s+", re.I)
_PROVIDING = re.compile(
    r"\b(?:headed|nodded|flicked|knocked|touched|chested|laid|cut|pulled|squared|played|"
    r"köpfte|legte|spielte|passte)\s+(?:the ball\s+|den Ball\s+)?"
    r"(?:on|down|across|back|off|zurück|quer|ab|auf|weiter)\b|"
    r"\b(?:set up|teed up|crossed|assisted|exchanged passes|bereitete|flankte|verlängerte)\b|"
    r"\b(?:köpfte|legte|spielte|passte)\b[^,;]{0,40}\b(?:weiter|quer|zurück)\b",
    re.I,
)
_BALL = r"(?:the ball|the shot|the effort|a shot|it|den Ball|den Schuss|das Leder|ihn)"
_KEEPER_ERROR = re.compile(
    r"^\s*(?:(?:let|allowed)\s+" + _BALL + r"\s+(?:to\s+)?(?:slip|squirm|creep|roll|go)\b|"
    r"(?:fumbled|spilled|dropped|palmed|parried)\s+" + _BALL + r"\s+(?:[\w-]+\s+){0,3}?"
    r"(?:into|in|over the line|across the line)\b|"
    r"ließ\s+" + _BALL + r"\s+(?:[\w-]+\s+){0,6}?(?:rutschen|flutschen|durchrutschen|"
    r"passieren|durchgehen)\b)",
    re.I,
)
_SHOT = re.compile(
    r"\b(?:shot|shoot|shooting|tried his luck|tried her luck|effort|strike|drive|fired|struck|"
    r"hit|let fly|unleashed|Schuss|schoss|zog (?:[\w-]+ ){0,6}?ab|versuchte es|Distanzschuss|"
    r"Fernschuss|Abschluss)\b",
    re.I,
)
_APPOSITION = re.compile(
    r"^\s*(?:the|a|an|der|die|ein|eine)\s+(?:[\w'’.-]+\s+){0,4}?"
    r"(?i:\w*(?:stürmer|spieler|verteidiger|kapitän|läufer|joker|angreifer)|striker|forward|"
    r"midfielder|defender|winger|captain|full-?back|cent(?:re|er)-?back|playmaker|"
    r"substitute|\d{2}-year-old|\d{2}-[Jj]ährige)\s*$|"
    r"^\s*(?:(?:completely|totally|left|all|again|völlig|ganz|wieder)\s+)?(?:unmarked|"
    r"unchallenged|alone|ungedeckt|frei|unbedrängt|freistehend|on as a substitute|"
    r"eingewechselt)\s*$|"
    r"^\s*(?:with (?:his|her) back to (?:the )?goal|mit dem Rücken zum Tor|"
    r"from (?:close|short) range|aus kurzer Distanz|aus spitzem Winkel|from a tight angle)\s*$|"
    r"^\s*(?:back|restored|recalled) (?:in|into|to) the (?:starting )?(?:line-?up|side|team|XI)"
    r"(?:\s+[\w'’.-]+){0,8}\s*$|"
    r"^\s*(?!during\b|including\b|according\b)[a-z]{3,}ing(?:\s+[\w'’.-]+){0,7}\s*$|"
    r"^\s*(?!(?:scored|netted|headed|volleyed|fired|curled|slotted|tapped|added|doubled|"
    r"equali[sz]ed|levelled|leveled|struck|finished|converted|nodded|poked|smashed|"
    r"drilled|rifled|lashed|swept|stabbed|glanced|bundled|forced|chipped|lobbed)\b)"
    r"[a-z]{3,}(?:ed|en)\s+(?:up|forward|upfield|on|in|into|to|by|as|from|off|out|back)\b"
    r"(?:\s+[\w'’.-]+){0,7}\s*$"
)
"""`the former Real Madrid striker`, `unmarked`, `with his back to goal`, `back in the
starting lineup after two months out`, `sliding in ahead
of Welbeck`, `pushed up as an emergency striker`, `preferred to Fàbregas up front`: an
aside between a name and its verb (a past participle and its particle, never a goal verb's
past; `collected a clearance` is an action of a list, not an aside)."""

UNCLEAR = Candidate(-1, -1, None, False)
"""The finisher cannot be told: give the goal no scorer rather than a guessed one."""


def finisher(
    clause: Clause,
    found: list[Candidate],
    cue_at: int,
    doer: Candidate | None,
    text: str,
    lang: str,
    minute_at: int,
) -> Candidate | None:
    """The doer of the finishing verb where "and" joins two actions in one clause:
    "X's shot was saved and Y tapped in" (Y), "X headed on a corner and Y poked in" (Y),
    "X exchanged passes with Y and finished" (X), "X shot and the keeper let it slip
    through his hands" (X). None means the usual choice stands; UNCLEAR, no scorer."""
    if doer is None:
        return None
    cuts = [clause.start + m.start() for m in _AND.finditer(clause.text)]
    if not doer.name:
        subject = next((c for c in found if c.name and c.eligible), None)
        if cuts and subject is not None and subject.start < doer.start:
            if _described_finish(clause, found, subject, cuts, cue_at, text):
                return UNCLEAR
        return None
    if not cuts:
        return None
    later = _later_finish(clause, found, cue_at, cuts, text, lang, (doer.start, minute_at))
    if later is not None:
        return later
    slipped = _keeper_error(clause, found, doer, cuts, text)
    if slipped is not None:
        return slipped
    if _described_finish(clause, found, doer, cuts, cue_at, text):
        return UNCLEAR
    cut = max((c for c in cuts if c < cue_at), default=None)
    if cut is None or doer.start > cut:
        return None
    own = [c for c in found if c.eligible and cut < c.start < cue_at]
    if own:
        return None
    opening = text[cut : clause.end].split()
    if len(opening) < 2 or not opening[1][:1].islower():
        return None
    if _DESCRIBED.match(text, cut):
        return (
            doer
            if _FOULED.search(text, max(clause.start, doer.start - 20), doer.start)
            else UNCLEAR
        )
    start = max((c for c in cuts if c < cut), default=clause.start)
    return _subject_between(found, start, cut, text)


def _later_finish(clause, found, cue_at, cuts, text, lang, at) -> Candidate | None:
    """A later "and Name verb" with a goal verb of its own: that one is the finish when
    the earlier verb only prepared it; two goal verbs of two people, no one is sure
    (unless the minute follows the first doer: "X scored in the 35th and Y ..."; with no
    minute at all, both are claims: "X scored twice and Y added the third")."""
    doer_at, minute_at = at
    for cut in (c for c in cuts if c > cue_at):
        if doer_at < minute_at < cut:
            return None
        after = [c for c in found if c.eligible and c.name and c.start > cut]
        if not after or len(text[cut : after[0].start].split()) != 1:
            continue
        rest = text[after[0].end : clause.end]
        if goalcues.GOAL[lang].search(rest) is None:
            continue
        if _PROVIDING.search(text[clause.start : cut]):
            return after[0]
        return UNCLEAR if minute_at >= 0 else None
    return None


def _keeper_error(clause, found, doer, cuts, text) -> Candidate | None:
    """ "X tried his luck and K let the ball slip through his hands": the goal is X's
    shot; K, its subject, only let it in."""
    after = text[doer.end : clause.end]
    if not _KEEPER_ERROR.match(after):
        return None
    earlier = [c for c in cuts if c < doer.start]
    if not earlier or len(text[earlier[-1] : doer.start].split()) != 1:
        return UNCLEAR
    start = max((c for c in cuts if c < earlier[-1]), default=clause.start)
    if not _SHOT.search(text[start : earlier[-1]]):
        return UNCLEAR
    return _subject_between(found, start, earlier[-1], text) or UNCLEAR


_FOULED = re.compile(
    r"\b(?:clipped|fouled|tripped|felled|upended|brought down|hauled down|pulled down|"
    r"bundled over|foulte|legte|stoppte|brachte|holte)\s+$"
)
"""`Casemiro brought down Suarez in the box and the Uruguayan chipped the penalty in`: a
description that goes on after a foul tells of the fouled one, who took the kick; after
anything else it may be anyone, and no scorer is told."""
_DESCRIBED = re.compile(
    r"\s(?:and|und)\s+(?:the|der|die)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:(?i:\w*(?:stürmer|verteidiger|kapitän|angreifer|spieler|joker)|striker|forward|"
    r"midfielder|defender|winger|captain|full-?back|cent(?:re|er)-?(?:back|half)|playmaker|"
    r"substitute|\d{2}-year-old|\d{2}-[Jj]ährige)|[A-Z][a-z]+(?:man|ian|ine|ard|ese)|"
    + NATIONAL_PERSON
    + r"|"
    r"[A-ZÄÖÜ][a-zäöü]+(?:ier|ner|der|ler|ter|ese))\s+[a-zäöü]"
)
"""`Milner crosses and the centre-half rises to head in`: a role or a nationality opening
the finishing conjunct is its own subject, someone other than the named one before (where
the name is no subject, `clipped Costa and the striker scored`, the role may be his)."""


_OPENERS = frozenset("and then but so und dann aber doch".split())


SET_FREE = re.compile(
    r"\s+(?:was|were)\s+(?:(?:played|sent|put|slipped)\s+(?:through|in|clear)|released|found)\b"
)
"""`Salah was played through on the right and the Egyptian finished`: the one sent clear
in the first conjunct is the one the description means."""


def described_finish(clause, found, doer, cue_at: int, text: str) -> bool:
    """Whether the goal verb at `cue_at` is a described player's, not the named `doer`'s."""
    cuts = [clause.start + m.start() for m in _AND.finditer(clause.text)]
    return bool(cuts) and _described_finish(clause, found, doer, cuts, cue_at, text)


def _described_finish(clause, found, doer, cuts, cue_at: int, text: str) -> bool:
    if SET_FREE.match(text, doer.end, cue_at):
        return False
    if not _OPENERS.issuperset(text[clause.start : doer.start].lower().split()):
        return False
    for cut in cuts:
        if not doer.end <= cut < cue_at:
            continue
        described = _DESCRIBED.match(text, cut)
        if described is None or described.end() > cue_at + 1:
            continue
        others = [c for c in found if c.start < cut and c.name and c.name != doer.name]
        if not others and not any(c.name and cut < c.start < cue_at for c in found):
            return True
    return False


def _subject_between(found: list[Candidate], start: int, end: int, text: str):
    """The name opening a span (its subject), if one does within a few words."""
    for c in found:
        if start <= c.start < end and c.eligible and c.name:
            if len(text[start : c.start].split()) <= SUBJECT_WORDS:
                return c
            return None
    return None


def after_apposition(clauses: list[Clause], index: int, found_before: list[Candidate], text):
    """ "Alvaro Morata, the former Real Madrid striker, tapped in": a verb-first clause
    after an apposition belongs to the name just before the apposition (not one opening
    with "and", which goes on from the sentence's subject). Returns
    (applies, candidate): the candidate is None when that name cannot be the doer."""
    if index < 2 or not _APPOSITION.match(clauses[index - 1].text):
        return False, None
    if _AND.match(" " + clauses[index].text.lstrip()):
        return False, None
    before = clauses[index - 2]
    if before.text.rstrip(" ,").endswith((" and", " und")):
        return False, None  # `X controlled it and, with his back to goal, sent ...`
    last = found_before[-1] if found_before else None
    if last is None or not last.name or text[last.end : before.end].strip(" ,"):
        return True, None
    return True, last if last.eligible else None
