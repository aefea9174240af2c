"""Goal words that tell no goal: a goal needed, wanted, supposed or not had (`you need to
score`, `One Forest goal at Anfield would leave Liverpool needing four`, `was held
scoreless`, `brauchte die Türkei vier Treffer`), a head buried in one's hands
(`Keegan buried his head in his arms`: `head in` is no header) and a scorer's title (`the
tournament's leading scorer`, `Torschützenkönig`). A clause holding one is no goal of
its own (set 43 read `in a final you need to score, the Argentine said` as a goal for
the coach; set 42 a goal for `the tournament's leading scorer with seven goals`)."""

from __future__ import annotations

import re

from bot.reports.goals import cues as goalcues
from bot.reports.goals.tailmiss import head_before_other_subject
from bot.reports.patterns.keyed import Keyed

_COUNT_EN = r"(?:a|one|two|three|four|five|another|(?:one|two|three|a) more|more)"
_COUNT_DE = r"(?:ein|einen|zwei|drei|vier|fünf|sechs|\d)"

NOT_SCORED = {
    "en": Keyed(
        re.compile(
            r"\b(?:need|needs|needed|needing|have|has|had|having|must|want|wants|wanted|"
            r"wanting|hope|hopes|hoped|hoping|try|tries|expected) to score\b|"
            r"\b(?:must|will|can|cannot|can't) score\b|"
            r"\b(?:held|kept) (?:\w+ )?scoreless\b|\bdrew a blank\b|"
            r"\b(?:everything|all|anything) (?:but|except|bar|save) (?:to )?score\b|"
            r"^\s*(?:but|except|bar) score\b|"  # the clause split off `did everything`
            r"\b(?:his|her|their) heads? in (?:his|her|their) (?:hands|arms)\b|"
            r"^\s*heads? in hands\b|"  # `Heads in hands all over Dublin.`
            r"\b(?:need|needs|needed|needing|required|requiring) (?:only |just |still )?"
            + _COUNT_EN
            + r" (?:more |further |away )?goals?\b|"
            r"^\s*(?:(?:but|and|yet)\s+)?(?:one|a|an|another|a single)\s+"
            r"(?:(?!that\b|which\b)[\w'’-]+\s+){0,3}?goals?\s+"
            r"(?:(?!that\b|which\b)[\w'’-]+\s+){0,3}?(?:would|could|might)\b",
            re.I,
        ),
        # each branch's own words: `head in`/`heads in` for the buried head and the verb's
        # `need`/`requir` for a goal needed (`goal` and `head` let most clauses through)
        "to score|must score|will score|can score|cannot score|can't score|scoreless|a blank|"
        "head in|heads in|need|requir|would|could|might|but score|except score|bar score|"
        "save score|to score",
    ),
    "de": Keyed(
        re.compile(
            r"\b(?:muss|müssen|musst|musste|mussten|müsste|müssten|will|wollen|wollte|wollten)"
            r"\b[^.;:,]{0,40}?\b(?:treffen|Tore? (?:schießen|erzielen|machen))\b|"
            r"\b(?:treffen|Tore? (?:schießen|erzielen|machen)) (?:muss|müssen|musste|mussten)\b|"
            r"\bblieb\w* (?:\w+ )?torlos\b|\bging\w* leer aus\b|"
            r"\balles,? (?:außer|bis auf|nur nicht) (?:das |ein )?(?:Treffen|treffen|Tor|Tore|"
            r"Toreschießen)\b|"
            r"\b(?:brauchte|brauchten|benötigte|benötigten)\b(?: [\w-]+){0,4}? "
            + _COUNT_DE
            + r" (?:weitere |weiteren )?(?:Tore|Treffer|Tor)\b|"
            r"^\s*(?:(?:aber|und|doch)\s+)?(?:ein|einziges|ein einziges)\s+(?:[\w-]+\s+){0,3}?"
            r"(?:Tor|Treffer)\s+(?:[\w-]+\s+){0,3}?(?:würde|könnte|hätte|wäre)\b|"
            r"\b(?:wollte|wollten|sollte|sollten)\s+(?:[\w-]+\s+){0,3}?nicht\s+(?:mehr\s+)?fallen\b",
            re.I,
        ),
        # every branch's own word: the modal (`muss`, `müss`, `will`, `woll`, `soll`), `torlos`,
        # `leer aus`, `alles`, the verb of a goal needed, the subjunctive of one that would
        # have done (`tor`/`treff` let every German goal clause through to the search), and
        # `wollte nicht mehr fallen` (a goal that did not come) by its modal
        "muss|müss|will|woll|soll|torlos|leer aus|alles|brauchte|benötigte|würde|könnte|hätte|wäre",
    ),
}

SCORER_TITLE = Keyed(
    re.compile(
        r"\b(?:leading|top|record|all-time|highest|joint[- ]top) (?:goal ?)?scorer\b|"
        r"\bGolden Boot\b|\bTorschützenkönig\w*|\bTorjägerliste\b|\bTorjägerkanone\b|"
        r"\bbeste[rn]? Torschütze\b|\bRekordtorschütze\w*|\bTop-?[Tt]orjäger\w*",
        re.I,
    ),
    "scorer|golden boot|torschütz|torjäger",
)
"""`Hernández, the tournament's leading scorer with seven goals, ...`: a clause telling
a scorer's title tells his tally, not a goal of this match."""


def tells_no_goal(text: str, lang: str) -> bool:
    """Whether a clause's goal words tell a goal needed or not had, not one scored."""
    return NOT_SCORED[lang].search(text) is not None


def tells_a_title(text: str) -> bool:
    """Whether a clause names a scorer's title: no minute-less goal of its own (a goal
    with its minute in the same clause still stands)."""
    return SCORER_TITLE.search(text) is not None


_RESTORED = re.compile(
    r"\b(?:restor|re-establish|rebuil|doubl)\w*\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:one|two|three)-goal\s+(?:lead|cushion|advantage|margin)\b",
    re.I,
)
"""`McAllister converted the penalty to restore Liverpool's two-goal cushion`: a margin the
goal restored is the goal's work, not a state that tells no goal (set 42)."""


def misses(text: str, lang: str) -> bool:
    """MISS, save for a goal margin told as restored by the clause's goal."""
    hit = goalcues.MISS[lang].search(text)
    if hit is not None:
        head = head_before_other_subject(text, hit.start(), lang)
        if head is not None:
            return misses(head, lang)
    if hit is None or lang != "en" or "-goal" not in hit.group():
        return hit is not None
    restored = _RESTORED.search(text)
    if restored is None:
        return True
    blank = text[: restored.start()] + " " * len(restored.group()) + text[restored.end() :]
    return goalcues.MISS[lang].search(blank) is not None


_ONE_OF_THEM = re.compile(
    r"\s*(?:(?:and|und)\s+)?(?:the|die|der|das)\s+(?:most important|best|finest|biggest|"
    r"pick|last|first|wichtigste|beste|schönste|letzte|erste)\w*\s+(?:of them|davon|darunter)\b",
    re.I,
)


def one_of_the_saves(clauses, index: int, lang: str) -> bool:
    """`Forster made a string of saves, the most important of them from the penalty spot`:
    a clause naming one of the saves the clause before told is no goal either."""
    if index == 0 or not _ONE_OF_THEM.match(clauses[index].text):
        return False
    return misses(clauses[index - 1].text, lang)
