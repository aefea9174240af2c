"""What a clause says in passing, so it does not move goals to the wrong match: a player's
club ("der Stürmer von Manchester City"), a first-leg deficit, a relative aside about other
clubs, and the clause that tells the goal of the leg result just before it."""

from __future__ import annotations

import re

from bot.facts import Match
from bot.reports.clauses.pairing import OTHER, Pairing
from bot.reports.patterns.keyed import Keyed, holds, lower_exact

_PLAYER_ROLE = (
    r"(?:\w*(?:stürmer|spieler|verteidiger|torhüter|torwart|keeper|kapitän|läufer)|"
    r"striker|forward|midfielder|defender|winger|goalkeeper|keeper|captain|full-?back|"
    r"cent(?:re|er)-?back|playmaker|\d{2}-year-old|\d{2}-[Jj]ährige)"
)
PLAYS_FOR = re.compile(
    r"\b(?i:" + _PLAYER_ROLE + r")\s+(?:von|vom|des|bei|beim|of|at)\s+(?:the\s+|de[mnrs]\s+)?$"
)
"""`der Flügelstürmer von Grêmio`: the club a player comes from, no match of the report."""
_ROLE_KEYS = (
    "stürmer", "spieler", "verteidiger", "torhüter", "torwart", "keeper", "kapitän", "läufer",
    "striker", "forward", "midfielder", "defender", "winger", "captain", "back", "playmaker",
    "-year-old", "-jährige",
)  # fmt: skip
"""Every role of _PLAYER_ROLE holds one of these, lower-cased (`full-back`, `centre-back`)."""


def plays_for(text: str, lo: int, hi: int) -> bool:
    """`PLAYS_FOR.search(text, lo, hi) is not None`, asked only where the window holds a
    role's word: its `\\w*(?:stürmer|...)` is tried at every character of the window
    (about 70,000 instructions for forty), and most windows name no role."""
    if not holds(text[lo:hi], _ROLE_KEYS):
        return False
    return PLAYS_FOR.search(text, lo, hi) is not None


PERSON_APPOSITION = re.compile(
    r",\s+(?:der|die|the)\s+(?:[\w-]+\s+){0,2}?(?i:" + _PLAYER_ROLE + r")\b"
)
"""`Everton, der Flügelstürmer ...`: a one-word name that a club shares, used for a player."""
LEG_ASIDE = re.compile(
    r"\b(?:Rückstand|Vorsprung|Polster|Hypothek|deficit|lead|advantage|cushion)\s+"
    r"(?:aus dem|vom|from the|of the)\s+(?:Hinspiel|first[- ]leg|opening leg)\b|"
    r"\b(?:Hinspiel-?(?:Rückstand|Vorsprung|Polster|Hypothek)|first[- ]leg (?:deficit|lead|"
    r"advantage|cushion))\b|"
    r"\b(?:make|made|makes|making|render|rendered|renders)\s+(?:the|that)\s+"
    r"(?:first[- ]leg|opening leg)(?:\s+(?:result|score|defeat|loss|deficit))?\s+"
    r"(?:look|seem|feel|irrelevant|meaningless|redundant|count for nothing)\b|"
    r"\b(?:im Hinspiel|in the first leg)\s+(?:gesperrt\w*|(?:\w+\s+){0,2}?suspended)\b|"
    r"\b(?:das|die|den)\s+(?:Hinspiel(?:ergebnis|-Ergebnis|niederlage|-Niederlage)?)\s+"
    r"(?:zu\s+)?(?:vergessen|vergessen machen|wettmachen|wettgemacht|egalisier\w*|ausgleichen|"
    r"ausgeglichen|bedeutungslos|wertlos)\b|"
    r"\b(?:glich|machte)\s+(?:die|den)\s+Hinspiel-?(?:Niederlage|niederlage|Pleite|pleite|"
    r"Rückstand|rückstand)\b|"
    r"\b(?:angesichts|wegen|dank|trotz|aufgrund|given|thanks to|despite|because of)\s+"
    r"(?:de[sr]|the|their|its|his)\s+(?:[\w-]+\s+){0,2}?(?:Hinspiel\w*|first[- ]leg\s+"
    r"(?:result|score|win|victory|lead|defeat|loss|thrashing))\b|"
    r"\b(?:nach|after|following)\s+(?:de[mr]|the|their|its|his)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:Hinspiel-?(?:sieg|erfolg|niederlage|triumph|kantersieg)|first[- ]leg\s+(?:win|"
    r"victory|defeat|loss|thrashing|triumph|rout))\b(?!\s*,\s*(?:in which|when|where|in dem|"
    r"bei dem|als|wo)\b)",
    re.I,
)
"""`der Rückstand aus dem Hinspiel war egalisiert`: a clause about this leg's aggregate;
`made the first leg look like a formality no longer` tells this leg's doing, not that
leg's; so does a first leg given as a reason (`angesichts des klaren Hinspielresultats`,
`given the first-leg result`), or as the time after which the clause's doing came
(`hatte nach dem klaren Hinspielsieg rotiert`, `rested players after the first-leg
win`)."""
_LEG_ASIDE_KEYED = Keyed(LEG_ASIDE, "hinspiel|first leg|first-leg|opening leg")
"""Each match names the first leg: `Hinspiel`, `first leg`, `first-leg` or `opening leg`."""


def without_leg_asides(text: str) -> str:
    """`LEG_ASIDE.sub(" ", text)`, done cheaply: a text without a key has no match, and
    the lower-cased form (without re.I) finds where each match may start first, from
    where LEG_ASIDE confirms it (as Keyed.search does: the form matches wherever
    LEG_ASIDE does; `lower_exact` is None where it might not, and `sub` runs then)."""
    if not _LEG_ASIDE_KEYED.may(text):
        return text
    low = lower_exact(text)
    folded = _LEG_ASIDE_KEYED.folded
    if low is None or folded is None:
        return LEG_ASIDE.sub(" ", text)
    parts: list[str] = []
    done = 0
    first = folded.search(low)
    while first is not None:
        found = LEG_ASIDE.search(text, first.start())
        if found is None:
            break
        parts += (text[done : found.start()], " ")
        done = found.end()
        first = folded.search(low, done)
    if not parts:
        return text
    parts.append(text[done:])
    return "".join(parts)


ASIDE = re.compile(r"\s*(?:who|whose|which|dessen|deren)\b")


ELABORATION = re.compile(
    r"\s*(?:with|mit|thanks to|dank|courtesy of|through|durch|(?P<when>when|als|where|wo|"
    r"(?-i:[A-Z][\w'’-]+\s+){1,3}(?:scoring|netting|heading))|"
    r"(?-i:[A-ZÄÖÜ][\w'’-]+\s+){1,3}(?:traf(?!\s+(?:auf|sich)\b)|erzielte|köpfte|"
    r"verwandelte))\b",
    re.I,
)
"""A clause right after a leg's result that tells how it came (`with`, `when`, `X scoring`,
and the German asyndetic `mit 1:0, Valentin Stocker traf kurz vor dem Ende`)."""
_GOES_ON = re.compile(r"\d\s?[:-]\s?\d.*\s(?:and|und)\s", re.I)
_SCORE = re.compile(r"\d+")


def tells_that_leg(elaborates: re.Match, result_clause: str, match: Match | None, told) -> bool:
    """ "won the opening game 1-0, when X struck": the clause after a leg's result tells of
    that leg only if the reader's match for it has that score, and a "when" clause only if
    the result clause ends with its result ("won 4-3 and looked safe, when ..." does not)."""
    if match is None or match.score is None:
        return False
    if elaborates.group("when") and _GOES_ON.search(result_clause):
        return False
    scores = {tuple(sorted(int(n) for n in _SCORE.findall(t))) for t in told}
    return tuple(sorted(match.score)) in scores


def rematch(pairing: Pairing) -> str | None:
    """ "Das Hinspiel hatte 1:1 geendet" in a group: the earlier meeting of the same two
    teams was read as a match of its own, not as a leg; its goals belong to it."""
    fits = [
        i
        for i, m in enumerate(pairing.others)
        if frozenset((m.home, m.away)) == pairing.teams and m.score is not None
    ]
    return f"{OTHER}{fits[0]}" if len(fits) == 1 else None


_PERSON_ASIDE = re.compile(r"\s*(?:who|whose)\b")


def person_aside(text: str, before: str = "") -> bool:
    """`Son, who had settled the first leg, levelled in the seventh`: a relative clause
    set off by commas tells of the subject's other match; what follows the closing comma
    tells of the match before it. So does an apposition right after a name that opens
    the sentence (`Mbappé, schon im Hinspiel der Matchwinner, traf in der 39. Minute`)."""
    if "who" in text and _PERSON_ASIDE.match(text) is not None:  # most clauses hold none
        return True
    if before.rstrip().endswith(",") and _RELATIVE_DE.match(text) is not None:
        return True
    return bool(before) and _NAME_OPENING.match(before) is not None and text[:1].islower()


_RELATIVE_DE = re.compile(
    r"\s*(?:der|die|dem|dessen|deren)\s+[\w][^,;:]*\s(?:hatte|hat|war|ist|wurde|hätte)"
    r"\s*,?\s*$"
)
"""`Nilsson, der schnelle Mittelstürmer, der den Hamburgern schon im Hinspiel Probleme
bereitet hatte, erhöhte auf 0:2`: a German relative clause (its verb closing it), unlike
an apposition (`der schnelle Mittelstürmer`), is an aside about the other leg too."""
_NAME_OPENING = re.compile(r"\s*(?:[A-ZÄÖÜ][\w'’.-]+\s+){0,3}[A-ZÄÖÜ][\w'’.-]+\s*,\s*$")


def aside_end(sentence: str, start: int) -> int:
    """Where the aside opened at `start` closes: its next comma (or never)."""
    comma = sentence.find(", ", start)
    return len(sentence) + 1 if comma < 0 else comma + 1
