"""`Östersund beat IFK Norrköping 4-1 in the cup final. ... In the qualifiers they beat
Galatasaray 2-0`: a `they` whose sentence names one side stands for the subject the
paragraph last named (`Jordan, playing in their first final, had been the surprise.
They had stunned South Korea 2-0`), and where that subject is a name the team list does
not know, the result's other side is unknown: the last team named (its opponent) is no
guess for it. Nor is a team its paragraph does not name for a `They` opening one."""

from __future__ import annotations

import re

from bot.reports.matches.resultchecks import NOT_A_NAME
from bot.reports.matches.state import LOOK_BACK

_WORDS = frozenset("Few Many Most Some All Both Each None Nobody Everyone Everybody What".split())
_OPENING = re.compile(
    r"(?:[^:.;]{1,40}:)?\s*(?P<name>[A-ZÄÖÜ][a-zäöüéáíóúñ]+)(?:,[^,.;]{3,80},)?\s+(?:hatte|hat|"
    r"hatten|haben|war|ist|gewann|verlor|setzte|siegte|spielte|schlug|had|has|was|won|beat|"
    r"lost|drew|edged|defeated)\b"
)
"""`Jordan, playing in their first final, had been the surprise`: a name opening the
sentence as its subject, an apposition between commas allowed."""
_THEY = re.compile(r"(?:^|\W)(?:they|They|Sie)\s")


def they_unknown(doc, state, sentence, told: str) -> bool:
    """Whether `told` (the words before the score) has a `they` whose referent, the
    nearest named opening of a sentence before in the paragraph, is no known team."""
    if "hey" not in told and "Sie" not in told or not _THEY.search(told):
        return False
    for i in range(state.index - 1, max(0, state.index - LOOK_BACK) - 1, -1):
        before = doc.sentences[i]
        if "\n" in doc.text[before.end : sentence.start]:
            return False
        found = _OPENING.match(before.text)
        name = found and found.group("name")
        if not name or name in NOT_A_NAME or name in _WORDS or f" {name.lower()} " in doc.text:
            continue  # `Few had expected ...`: a word, not a name
        end = before.start + found.end("name")
        return not any(m.start < end for m in doc.mentions_in(before))
    return False


def they_elsewhere(doc, sentence, guessed: str) -> bool:
    """`Egypt won it 4-0, and Algeria finished with eight men. || The rest of the
    tournament was in Egypt's image. They came from behind to beat Nigeria 3-1`: a
    `They` opening a sentence after one naming a team stands for a team of its own
    paragraph, so a guess its paragraph does not name is none."""
    if not sentence.text.startswith(("They ", "Sie ")):
        return False
    text = doc.text
    start = text.rfind("\n", 0, sentence.start) + 1
    named = {m.team for m in doc.mentions if start <= m.start < sentence.start}
    return bool(named) and guessed not in named  # (`They` opening a paragraph: the last's)


_OTHER_OPENING = re.compile(
    r"(?:Die|The)\s+[A-ZÄÖÜ][a-zäöüé]+(?:en|er|ns|s)\s+(?:hatten|waren|mussten|haben|sind|"
    r"konnten|had|were|have|are)\b|(?:Der|Den)\s+Weg\s+(?:der|des)\s+[A-ZÄÖÜ]|"
    r"The\s+(?:road|path|route)\s+of\s+[A-Z]"
)
"""`Die Dänen hatten noch weniger Grund`, `Der Weg der Urus war schwerer`: a paragraph
opened by a side told by its people or its road."""


def paragraph_of_other(doc, sentence, team: str) -> bool:
    """Whether the sentence's paragraph is about another side than `team`: it names no
    `team` up to the sentence and opens with another team (`Colombia reached the final
    the hard way.`) or a side told by its people (`Die Dänen hatten ...`); then the last
    result's side is no guess for a score the sentence tells against one team. So too
    where a sentence before it in the paragraph names another side anywhere (`Der Weg ins
    Endspiel war für die Deutschen holprig.`)."""
    start = doc.text.rfind("\n", 0, sentence.start) + 1
    if any(m.team == team for m in doc.mentions if start <= m.start < sentence.end):
        return False
    opening = doc.text[start : start + 120]
    first = next((m for m in doc.mentions if start <= m.start < start + 120), None)
    if first is not None and not doc.text[start : first.start].strip(" ").removeprefix("The"):
        return first.team != team
    if first is not None and first.team and first.start < sentence.start:
        return True  # `Der Weg ins Endspiel war für die Deutschen holprig. ... 1:2 gegen Kroatien`
    return _OTHER_OPENING.match(opening) is not None


def paragraph_side(doc, sentence, state, named: str) -> str | None:
    """The one side of the last result's pair or the main one that the sentences before
    it in its paragraph name, where they name no other team (`Der Weg ins Endspiel war
    für die Deutschen holprig. ... eine 1:2-Niederlage gegen Kroatien`): its side."""
    start = doc.text.rfind("\n", 0, sentence.start) + 1
    teams = {m.team for m in doc.mentions if start <= m.start < sentence.start} - {named}
    pairs = {*(state.pair or ()), *(state.main_pair or ())}
    return teams.pop() if len(teams) == 1 and teams <= pairs else None
