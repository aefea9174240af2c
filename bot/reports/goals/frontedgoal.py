"""A goal told in a fronted phrase, with its own minute: `Nach Kanes Treffer (12.) erhöhte
Müller (50.)`, `After the opener (12), Muller made it 2-0 (50)`. The phrase's minute is
that earlier goal's, scored by the name the phrase gives (`Kanes`, `von Kane`, `Kane's`,
`from Kane`) or by someone the text leaves unknown: never the main clause's scorer."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.reports.clauses.minutes import Minute
from bot.reports.clauses.scenes import Clause
from bot.reports.goals import cues as goalcues
from bot.reports.goals.teams import clause_hint

_UP = r"[^\W\d_a-zß-ÿ]"
"""A capital letter, `Á` and `Ö` too."""
_NAME = _UP + r"[\w'’-]*"
_PREP_DE = r"\s*(?:(?:und|doch|aber)\s+)?(?:(?:kurz|gleich|direkt|nur|wenig)\s+)?[Nn]ach\s+"
_DET_DE = rf"(?:(?:dem|einem|der|einer|des)\s+|(?:{_NAME}\s+){{0,2}}{_NAME}[s'’]\s+)"
_ADJ_DE = r"(?:[a-zäöüß]+(?:en|em|er)\s+){0,2}"
_PREP_EN = (
    r"\s*(?:(?:and|but)\s+)?(?:(?:just|shortly|soon|only|moments|minutes|seconds)\s+)?"
    r"(?:[Aa]fter|[Ff]ollowing)\s+"
)
_DET_EN = rf"(?:(?:the|an?)\s+|(?:{_NAME}\s+){{0,2}}{_NAME}(?:'s|’s|'|’)\s+)"
_ADJ_EN = r"(?:[a-z0-9][\w-]*\s+){0,2}?"
_NOUN_DE = rf"(?:{_UP}[\w-]*|\d{{1,2}}:\d{{1,2}})"
_LEAD_DE = _PREP_DE + _DET_DE + "?" + _ADJ_DE
_LEAD_EN = _PREP_EN + _DET_EN + "?" + _ADJ_EN
_TAIL_DE = (
    r"(?:\s+(?:zum|zur)\s+\d{1,2}:\d{1,2})?"
    rf"(?:\s+(?:von|durch)\s+(?:{_NAME}\s*){{1,3}}"
    rf"|\s+(?:der|des|für(?:\s+(?:den|die|das))?)\s+(?:[\w-]+\s+)??{_NAME})?"
)
_TAIL_EN = (
    rf"(?:\s+(?:from|by|of)\s+(?:{_NAME}\s*){{1,3}}"
    rf"|\s+for\s+(?:the\s+)?[\w'’-]+(?:\s+{_NAME}){{0,2}})?"
)
_GOAL_DE = (
    r"(?:\w*(?:[Tt]reffer|[Tt]or)s?|Eigentor|Ausgleich|Anschluss|Führung|\d{1,2}:\d{1,2})"
    + _TAIL_DE
)
_GOAL_EN = (
    r"(?:opener|opening goal|(?:first|second|third|early|late|fine) goal|goal|"
    r"equali[sz]er|leveller|own goal)" + _TAIL_EN
)
_BEFORE = {
    "de": re.compile("^" + _LEAD_DE + _GOAL_DE + r"(?:\s+(?:in der|in|nach))?\s*$"),
    "en": re.compile("^" + _LEAD_EN + _GOAL_EN + r"(?:\s+(?:in|after|on|at))?\s*$"),
}
"""The clause up to the minute: a fronted phrase that ends on its goal (and its scorer)."""
_INSIDE_EN = re.compile("^" + _LEAD_EN + r"$")
_AFTER_EN = re.compile(r"\s*(?:[\w-]+\s+)?" + _GOAL_EN + r"\s*(?:,|$)")
"""`After Kane's 12th-minute opener, ...`: the minute inside the phrase, its noun after."""
_PHRASE = {
    "de": re.compile(_PREP_DE + _DET_DE + _ADJ_DE + _NOUN_DE + _TAIL_DE + r"\b"),
    "en": re.compile(_PREP_EN + _DET_EN + _ADJ_EN + r"[a-z][\w-]*" + _TAIL_EN + r"\b"),
}
"""Any fronted phrase (`Nach Kimmichs Freistoß`, `After Kane's cross`): what it names came
before the main clause, whose doer it does not name."""
_BY = frozenset("von durch from by of".split())
_OWN_DOER = re.compile(r"\b(?:his|her|their|its|seine[mnrs]?|ihre[mnrs]?)\b", re.I)


@dataclass
class FrontedGoal:
    """The span of the fronted phrase and its scorer's name as told (None: unknown)."""

    start: int
    end: int
    name: str | None


def fronted_goal(reader, clause: Clause, minute: Minute) -> FrontedGoal | None:
    """The fronted goal phrase whose minute `minute` is, if the clause opens with one."""
    text = reader.doc.text
    head = text[clause.start : minute.start]
    lang = "de" if reader.lang == "de" else "en"
    before = _BEFORE[lang].match(head) is not None
    if not before and not (lang == "en" and _INSIDE_EN.match(head)):
        return None  # asked first: the anchored tests are cheaper than the search below
    if _OWN_DOER.search(head):
        return None  # `After his opener (12), ...` may be the main clause's scorer's
    if before:
        end = minute.start
    else:
        after = _AFTER_EN.match(text, minute.end, clause.end)
        if after is None:
            return None
        end = after.end()
    people = reader.cast.within(clause.start, end)
    named = [p for p in people if not reader.cast.team_word(p)]
    name = None
    if len(people) == 1 and len(named) == 1:
        person = named[0]
        if person.possessive or person.before in _BY:
            name = reader.cast.full_name(person.name)
    return FrontedGoal(clause.start, end, name)


def read_fronted(reader, clause: Clause, minute: Minute) -> bool:
    """Add the goal of a fronted phrase that `minute` is in (or, its scorer unknown, leave
    the match's goals incomplete); False where the minute is not in such a phrase."""
    front = fronted_goal(reader, clause, minute)
    if front is None:
        return False
    if front.name is None:
        reader.unplaced.add(clause.target)
        return True
    phrase = reader.doc.text[front.start : front.end]
    penalty = bool(goalcues.PENALTY[reader.lang].search(phrase))
    own = bool(goalcues.OWN_GOAL[reader.lang].search(phrase))
    hint = clause_hint(reader.doc, Clause(front.start, front.end, phrase), reader.pairing)
    reader._add(clause, minute, front.name, penalty, own, hint, None)
    return True


def fronted_phrase_end(text: str, start: int, end: int, lang: str) -> int | None:
    """Where a fronted goal phrase opening text[start:end] ends (`Nach Kanes Treffer`,
    `After the opener from Kane`): the names in it are not the main clause's doer."""
    found = _PHRASE["de" if lang == "de" else "en"].match(text, start, end)
    return found.end() if found else None
