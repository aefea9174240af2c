"""Whose clause it is: the subject a clause names, inverts or shares with the ones before."""

from __future__ import annotations

import re

from bot.reports.clauses.minutes import number
from bot.reports.clauses.scenes import Clause, mentions_in_span
from bot.reports.goals.doerwords import NOT_DOER
from bot.reports.goals.scorers import SUBJECT_WORDS, TIMED_INVERSION, Candidate
from bot.reports.names.namewords import DETERMINERS, STOP
from bot.reports.text.document import Document

_OPENING = re.compile(r"\s*([A-ZÄÖÜ][^\W\d_]+)\s+[a-zäöüß]")
_INVERTED = re.compile(r"(?:legte|traf|köpfte|schoss|schob|erzielte|verwandelte|erhöhte|glich)")

_LEADING = frozenset(
    "and then und dann but so also auch doch aber noch schließlich später later again".split()
)
NOT_VERB = frozenset(
    """the a an his her its their this that these those with in on at for from by to of into
    after before as who which while when der die das den dem des ein eine einen einem einer
    im am zum zur vom beim mit nach bei für von in an auf aus er sie es wir he she it they
    als wenn weil nachdem ehe bevor während dass ob wie kurz kurze wenig wenige bald gleich
    sofort erst schon nur zuvor danach darauf dabei zudem soon shortly moments minutes just
    only late early früh spät knapp gut fast although though whereas because unless until
    since if obwohl obgleich wobei zumal sobald sodass sein seine seinen seinem seiner
    ihre ihren ihrem ihrer""".split()
)
ROLE_NOUNS = frozenset(
    """captain skipper striker forward midfielder defender winger substitute goalkeeper
    keeper teenager youngster veteran debutant newcomer playmaker full-back centre-back
    replacement""".split()
)
"""`and captain Vincent Kompany bundled in the second`: a role before a name opens the
clause with its subject, not with a verb."""
_ACTING = frozenset(
    """zog schoss köpfte traf setzte drehte ließ umkurvte tunnelte nahm lief startete
    dribbelte stieg sprang schraubte zirkelte hämmerte jagte drosch schlenzte lupfte
    vollendete verwandelte schob""".split()
)
"""Verbs whose inverted name after a time is their doer (not `unterlief Neuer ein Fehler`)."""
_AGE = re.compile(r"\s*\d{1,2}\s*")
_RELATIVE = re.compile(r"\s*(?:who|whose|which)\s+(?!(?-i:[A-Z]))[^,;:]*$", re.I)
"""`and the 21-year-old, who will join Barcelona next season, lashed ...`: a relative
clause between the described subject and its verb tells no subject of its own."""
_DESCRIBED_LAST = re.compile(
    r"\b(?:and|und|but|aber)\s+(?:the|der|die|das)\s+(?:[\w'’-]+\s+){0,3}[\w'’-]+\s*$", re.I
)
"""A clause that ends on a new subject told by a description, before the verb-first clause
that goes on with it: that clause's subject is the described one, no one named before."""
_SUBORDINATE = re.compile(
    r"^\s*(?:(?:and|but|und|aber)\s+)?(?:als|wenn|weil|nachdem|ehe|bevor|während|obwohl|da|"
    r"when|after|as|while|because|although|though|before|once|if)\b",
    re.I,
)


def unread_subject(doc: Document, clause: Clause) -> bool:
    """ "..., Musiala legte nach": the clause opens with a capitalised word that is no stop
    word, so it has its own subject even if no name was recognised; inherit none."""
    first = _OPENING.match(clause.text)
    if first is None or mentions_in_span(doc, clause.start, clause.start + 3):
        return False
    low = first.group(1).lower()
    if low in STOP or low in DETERMINERS or low.startswith("minute"):
        return False
    return number(low, "en") is None and number(low, "de") is None


def verb_first(clause_text: str) -> bool:
    """Whether a clause opens with its verb, so its subject is an earlier clause's."""
    words = clause_text.split()
    while words and words[0].lower() in _LEADING:
        words = words[1:]
    if not words:
        return False
    first = words[0].strip(",.;:")
    if not first or not first.isalpha() or not first[0].islower() or first in NOT_VERB:
        return False
    if first in ROLE_NOUNS and len(words) > 1 and words[1][:1].isupper():
        return False
    return number(first, "en") is None and number(first, "de") is None


COORDINATING = frozenset("und oder aber sondern denn".split())


def inverted_subject(clause: Clause, found: list[Candidate], text: str, lang: str) -> bool:
    """ "dann zog De Bruyne ab und traf": in German an adverb puts the verb before its
    subject, so the name right after the verb is the doer, not an object of an earlier
    clause's subject (after "und" there is no such inversion: "und bediente Kane")."""
    if lang != "de":
        return False
    for candidate in found:
        if not candidate.eligible or not candidate.name:
            continue
        words = text[clause.start : candidate.start].split()
        if words and words[0].lower() in COORDINATING:
            return fronted_after_and(words[1:])
        if not 2 <= len(words) <= 3:
            return False
        if any(not w[0].islower() for w in words):
            return False
        return words[-1].lower() not in NOT_DOER and words[-1].lower() not in DETERMINERS
    return False


_GOAL_VERBS = frozenset(
    """traf köpfte schoss schob erzielte verwandelte erhöhte glich verkürzte vollendete
    staubte netzte markierte besorgte legte""".split()
)


def fronted_after_and(words: list[str]) -> bool:
    """`und noch vor der Pause erhöhte Gullit`, `und dann traf Kane`: after `und` a time
    put first (no comma, no name) and a goal verb right before the name: it is inverted."""
    if not 2 <= len(words) <= 6 or words[-1] not in _GOAL_VERBS:
        return False
    return not any(w[-1] in ",;:" for w in words) and words[0][:1].islower()


def inherited(clauses, index: int, subjects: list[str | None]) -> str | None:
    """The subject a verb-first clause shares with the clauses before it."""
    if index == 0 or _SUBORDINATE.match(clauses[index - 1].text):
        return None
    if described_last(clauses, index):
        return None
    earlier = [s for s in subjects[:index] if s]
    return earlier[-1] if earlier else None


def described_last(clauses, index: int) -> bool:
    """`X swung a cross in and the Welsh star, 33, guided a header in`: the clause before
    (an age aside or an English relative clause skipped) ends on a new subject told by a
    description."""
    back = index - 1
    while back > 0 and (_AGE.fullmatch(clauses[back].text) or _RELATIVE.match(clauses[back].text)):
        back -= 1
    return back >= 0 and bool(_DESCRIBED_LAST.search(clauses[back].text))


def subject(found: list[Candidate], clause: Clause, text: str) -> Candidate | None:
    """The clause's grammatical subject, if a name or reference opens it or follows a
    German goal verb after a long opening ("Nach einem Abschlag von X legte Milito ...")."""
    for candidate in found:
        if not candidate.eligible:
            continue
        before = text[clause.start : candidate.start].split()
        if len(before) <= SUBJECT_WORDS or _INVERTED.fullmatch(before[-1]):
            return candidate
        if before[-1] in _ACTING and TIMED_INVERSION.match(text, clause.start, candidate.start):
            return candidate  # `In der 36. Minute zog Rafael Borré aus 25 Metern ab`
        return None
    return None
