"""`Die Portugiesen erreichten am selben Abend durch ein 2:2 bei Lyon die Runde der
letzten vier`: a round that a reaching verb far before it takes as its object is the
round reached by the result, not the one the result was played in."""

from __future__ import annotations

import re

from bot.reports.text.holdsany import holds_any

_REACHED_FAR = re.compile(
    r"\b(?:erreicht\w*|reached|reaches|reaching)\b(?:[^.,;:!?\n]|[:.,-](?=\d)){0,90}?"
    r"(?<!\bin)(?<!\bof)(?<!\bat)(?<!\bby)(?<!\bfor)(?<!\bto)(?<!\binto)(?<!\bafter)"
    r"(?<!\bbei)(?<!\bmit)(?<!\bnach)(?<!\bvor)(?<!\bdurch)(?<!\bfür)(?<!\bgegen)"
    r"\s(?:die|das|the)\s+$",
    re.I,
)
_KEYS = ("erreicht", "reach")


def reached_far_before(text: str, start: int) -> bool:
    """`erreichten ... durch ein 2:2 bei Olympique Lyon die Runde der letzten vier`: the
    stage word at `start` is the object (`die`, `das`, `the` right before it, not after a
    preposition: `reached Moscow by edging Barcelona in the semifinals`) of a reaching
    verb earlier in the same clause."""
    window = text[max(0, start - 110) : start]
    low = window.lower()
    if not holds_any(low, _KEYS):
        return False
    return bool(_REACHED_FAR.search(window))


_STANDS_FAR = re.compile(
    r"\b(?:steht|stehen|stand|standen)\s+(?!sich\b)(?:[\w.:-]+\s+){7,18}im\s+$", re.I
)


def stands_far_before(text: str, start: int) -> bool:
    """`stehen nach dem 1:0 im Hinspiel mit einem Gesamtergebnis von 4:0 zum ersten Mal seit
    2001 wieder im Endspiel`: the round a side stands in, told far after the verb in the
    same clause, is the round reached (not `standen sich ... im Finale gegenüber`)."""
    window = text[max(0, start - 140) : start]
    low = window.lower()
    if not holds_any(low, ("stand", "steht", "stehen")):
        return False
    return bool(_STANDS_FAR.search(window))


_FOR_THE = re.compile(r"\b(?:für|for)\s+(?:das|den|die|the)\s+$", re.I)
_QUALIFIED = re.compile(r"\bqualifi(?:ziert\w*|ed|es|ying)\b", re.I)


def qualified_for(text: str, start: int) -> bool:
    """`hatte sich mit einem 3:2 gegen Portugal für das Halbfinale qualifiziert`, `qualified
    for the semi-finals with a 3-2 win`: the round a side qualified for is the one reached,
    not the one the result was played in."""
    if not _FOR_THE.search(text, max(0, start - 12), start):
        return False
    return _QUALIFIED.search(text, max(0, start - 120), min(len(text), start + 40)) is not None


_SIDE_IN = re.compile(
    r"(?:^|[,;:–—]\s*)(?:[A-ZÄÖÜ][\w.'-]*\s+){1,3}"
    r"(?:(?:mit|with)\s+\d{1,2}[:-]\d{1,2}\s+(?:on aggregate\s+)?)?(?:im|in the)\s+$"
)
_CLAUSE_END = re.compile(r"\s*(?:$|[,;.\n])")


def told_reached(text: str, match: re.Match) -> bool:
    """`Gesamtergebnis 1:2, Feyenoord im Achtelfinale`, `Hinspiel 0:1, Lyon mit 2:1 im
    Viertelfinale`: a clause of a side (with its aggregate) and a round and no verb
    tells the round the side reached."""
    return bool(
        _SIDE_IN.search(text, max(0, match.start() - 50), match.start())
        and _CLAUSE_END.match(text, match.end())
    )
