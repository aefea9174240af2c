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
_DESCRIBED = re.compile(
    r"\s*(?:[A-Z][\w-]+(?:'s|’s|s') (?:team|side|men|squad|club|players)\b|(?:The|Die|Der) "
    r"(?:hosts|visitors|holders|champions|Gastgeber|Gäste|Mannschaft|Elf)\b)"
)
"""`Gallardo's team had made life hard`: a side told by its words, not its name, between
the `they` and a sentence opening on a team."""
_THEY = re.compile(r"(?:^|\W)(?:they|They|Sie)\s")


def they_opens(doc, sentence, told: str) -> bool:
    """Whether the `they` of `told` is the sentence's subject after at most a short
    opener naming no team (`On Wednesday in Istanbul they lost`), not a clause's after
    another subject (`Gasperini's team lost 1-0 to Liverpool, but they had ...`)."""
    found = _THEY.search(told)
    head = told[: found.start()]
    return head.count(" ") < 6 and not any(
        m.start < sentence.start + found.start() for m in doc.mentions_in(sentence)
    )


def they_side(doc, state, sentence, told: str, other: str | None) -> str | bool | None:
    """The side a `they` of `told` stands for where it opens the sentence (see
    they_opens); False where its referent is no known team or the opponent `other`
    (the result then is none), None where the words give no side."""
    they = they_referent(doc, state, sentence, told)
    if they is None:
        return None
    if not they or they == other:
        return False
    return they if they_opens(doc, sentence, told) else None


def they_referent(doc, state, sentence, told: str) -> str | None:
    """The referent of a `they` in `told` (the words before the score): the nearest
    named opening of a sentence before in the paragraph; "" where that name is no known
    team, None where `told` has no `they` or no sentence before opens on a name, or a
    sentence between names a team and is not told of `they` (`Für die Kroaten war es ...`)."""
    if "hey" not in told and "Sie" not in told or not _THEY.search(told):
        return None
    crossed = False  # a team named between: a known opening further back is no referent
    for i in range(state.index - 1, max(0, state.index - LOOK_BACK) - 1, -1):
        before = doc.sentences[i]
        if "\n" in doc.text[before.end : sentence.start]:
            return None
        mentions = doc.mentions_in(before)
        if mentions and not doc.text[before.start : mentions[0].start].strip():
            # `Brazil's road had been kinder. They had beaten England`
            return None if crossed else mentions[0].team or ""
        found = _OPENING.match(before.text)
        name = found and found.group("name")
        if not name or name in NOT_A_NAME or name in _WORDS or f" {name.lower()} " in doc.text:
            told_of_they = _THEY.search(before.text) and they_opens(doc, before, before.text)
            crossed = crossed or bool(mentions) and not told_of_they
            crossed = crossed or _DESCRIBED.match(before.text) is not None
            continue  # `Few had expected ...`: a word, not a name
        end = before.start + found.end("name")
        first = next((m for m in mentions if m.start < end), None)
        if first is None:
            return ""
        return None if crossed else first.team or ""
    return None


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
