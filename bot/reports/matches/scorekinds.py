"""What kind of score a number pair is, from the words around it: a result, an
aggregate, a shoot-out, a running score (`zum 2:0`), a half-time score or a side's
lead. Only results become matches, so a doubt here leans away from "result"."""

from __future__ import annotations

import re

from bot.reports.matches.bracketlegs import bracketed_leg, named_result
from bot.reports.matches.extratimestate import state_before_extra_time
from bot.reports.matches.goalstally import goals_tally
from bot.reports.matches.leadverbs import led_after
from bot.reports.matches.legleads import leg_lead
from bot.reports.matches.legsum import sum_after_first_leg
from bot.reports.matches.levelleg import level_after_first_leg
from bot.reports.matches.missedscore import missed
from bot.reports.matches.previewlegs import preview_lead
from bot.reports.matches.shootoutframe import shootout_framed
from bot.reports.matches.spotscore import spot_shootout
from bot.reports.matches.sumwords import told_as_sum
from bot.reports.patterns.alternations import regroup
from bot.reports.patterns.keyed import holds
from bot.reports.patterns.spots import Folded

_SHOOTOUT_AFTER = re.compile(
    r"^\s*(?:\)\s*)?(?:(?:win|victory|defeat|loss|triumph|success)\s+)?"
    r"(?:i\.\s?E\.|n\.\s?E\.|im elfmeterschießen|nach elfmeterschießen|"
    r"on penalties|on pens\b|on spot[- ]kicks|in (?:a|an|the) (?:[\w-]+ ){0,2}shoot-?out|"
    r"in penalties|im (?:[\w-]+ ){0,2}elfmeterschie|in einem (?:[\w-]+ ){0,2}elfmeterschie)",
    re.IGNORECASE,
)
"""`4:3 i.E.`, `won 4-2 on penalties`, also with the result's noun between (`a 4-3 win in
the penalty shootout`, `a 5-4 defeat on penalties`)."""
_SHOOTOUT_BEFORE = re.compile(
    r"(?:shoot-?out|elfmeterschießen|penalty kicks|spot kicks)\b[^.;:]{0,60}$", re.IGNORECASE
)
_GOALLESS_THEN = re.compile(
    r"(?:shoot-?out|elfmeterschießen|penalty kicks|spot kicks)\b[^.;]{0,100}\b"
    r"(?:torlose[nr]?|goalless|scoreless)\b[^.;]{0,40}$",
    re.IGNORECASE,
)
"""`im Elfmeterschießen durch: Nach 120 torlosen Minuten hieß es 4:2`: after a shoot-out
and goalless minutes, the score is the shoot-out's."""
_AGG_AFTER = re.compile(
    r"^\s*(?:(?:win|victory|defeat|loss|triumph)\s+(?:on aggregate|overall)\b|"
    r"on aggregate|aggregate|agg\b|in total|on total goals|insgesamt|overall|"
    r"in der addition|im gesamtergebnis|in the series|in the tie|over (?:the )?two legs|"
    r"after both legs|nach (?:beiden|zwei) (?:partien|spielen|duellen|begegnungen)|"
    r"after two (?:legs|games|matches)|nach hin- und rückspiel|"
    r"in der summe(?: beider (?:partien|spiele|duelle|begegnungen))?|"
    r"in der gesamtabrechnung|in der gesamtwertung)",
    re.IGNORECASE,
)
_AGG_BEFORE = re.compile(
    r"(?:aggregate|gesamtergebnis|gesamtscore|gesamtstand|in der addition|insgesamt|"
    r"hin- und rückspiel|in total|nach (?:beiden|zwei) (?:partien|spielen|duellen|begegnungen)|"
    r"after both legs|after two (?:legs|games|matches)|over (?:the )?two legs|in der summe|"
    r"in der gesamtabrechnung|in der gesamtwertung)"
    r"\b[^.;]{0,25}$",
    re.IGNORECASE,
)
_RUNNING_AGG = Folded(
    re.compile(
        r"\b(?:lead|led|leads|ahead|advantage|halftime|half-time|at the break|force|needing|"
        r"needed|down|trailing|trailed|knotted|deficit|führung|geführt|zur pause|rückstand|"
        r"level|levels|leveled|levelled|tied|ausgleich\w*)\b",
        re.IGNORECASE,
    ),
    led=True,
)
_FINAL_AGG = Folded(
    re.compile(
        r"\b(?:advanc\w*|through|won|win|wins|winning|reach\w*|going|went|beat|beating|"
        r"overpowered|edged|eliminat\w*|durch\w*|weiter|gewann|lautete|setzte|ausgeschieden|"
        r"draw|remis|victory|sieg)\b",
        re.IGNORECASE,
    )
)
_RUNNING_WORDS = regroup(
    r"made it|make it|making it|to make|put \w+(?: \w+)? up|went up|go up|"
    r"zum|zur|fürs|aufs|stand es|stand|steht es|auf|erhöhte auf|verkürzte auf|glich zum|"
    r"level(?:ed|led|ing)? at|tied? (?:it|the match|the game|the score) at|"
    r"deficit to|cut it to|lead to|trailed|trailing|led|leading|down|up|"
    r"führten|führte|lagen|lag"
)
_RUNNING_BEFORE = re.compile(
    r"(?:\b(?:" + _RUNNING_WORDS + r")\s*(?:\w+\s+)?(?:mit\s+)?)$", re.IGNORECASE
)
_RUNNING_AFTER = re.compile(
    r"^(?:\s*(?:lead|advantage|cushion|deficit|half-?time (?:lead|deficit|advantage)|"
    r"at halftime|at the break|"
    r"at half-?time|zur pause|zur halbzeit|ahead|-führung|führung|in führung|in front|"
    r"into the lead)\b|"
    r"\s*\(\d{1,3}\.|\s+[A-ZÄÖÜ][\w'’-]+(?: [A-ZÄÖÜ][\w'’-]+)?\s*\(\d{1,3}\.|"
    r"\s*(?:zurückgelegen|zurücklag|zurücklagen|zurückgelegen hatte|hinten|im rückstand|"
    r"in rückstand|behind|down)\b|"
    r"\s+(?:für\s+(?:die\s+|den\s+|das\s+)?[\w-]+(?:\s+[\w-]+)?\s+)?"
    r"(?:erzielte|erzielt|markierte|markiert|besorgte|besorgt|schoss|köpfte)\b)",
    re.IGNORECASE,
)
"""`das 3:2 für Real erzielte`: the goal that made the score, a running one."""
_LEADING = re.compile(
    r"\b(?:führten|führte|lagen|lag|were leading|was leading|led)\b"
    r"(?![^.]*\b(?:verlor|gewann|lost|won))",
    re.IGNORECASE,
)
_AT_THE_BREAK = re.compile(
    r"\b(?:[Aa]t (?:the )?(?:break|half-?time|interval)|[Zz]ur (?:Pause|Halbzeit)),?\s+"
    r"(?:it(?:'s|’s| is| was| stands| stood)|the score (?:is|was)|steht es|stand es|hieß es|"
    r"heißt es)\s+$"
)
"""`At the break it is 0-0`, `Zur Pause steht es 0:0`: the state at half-time."""
_BREAK_ENDS = frozenset(("es", "is", "as", "'s", "’s", "ds", "od"))
"""The last letters of the words `_AT_THE_BREAK` ends on: asked first, as a gate."""
_HALFTIME_SUFFIX = ("pausen", "halbzeit")  # `1:0-Pausenführung`, `0:1-Halbzeitrückstand`
_RUNNING_SUFFIX = (
    "führung",
    "ausgleich",
    "anschluss",
    "anschlusstreffer",
    "zwischenstand",
    "vorsprung",
    "polster",
    "rückstand",
)


_AUF_EIN = re.compile(r"\b[Aa]uf (?:ein|einem|das|dem)\s+(?:[\w-]+\s+)?$")
_THEN_FOLLOWED = re.compile(r"[^.;:]{0,60}?\bfolgte\b")
"""`Auf ein 2:1 im Hinspiel folgte ein 2:3`: a game another followed, not a score reached."""
_SCORE_IN = re.compile(r"\d\s?[:–-]\s?\d")
_SHOOTOUT_ENDED = re.compile(r"\b(?:after|ended|finished|nach dem|nach 120)\b")
_IN_THE_SERIES = re.compile(r"^\s*(?:in the series|in the tie)")
_BREAK = re.compile(r"[,;–—]")


_SHOOTOUT_KEYS = ("shoot", "elfmeterschießen", "penalty kicks", "spot kicks")
_AGG_KEYS = (
    "aggregate", "gesamt", "addition", "hin- und", "in total", "beiden", "both legs", "two legs",
    "summe", "nach zwei", "after two",
)  # fmt: skip
_RUNNING_KEYS = (
    "made it", "make it", "making it", "to make", "up", "zum", "zur", "fürs", "aufs", "stand",
    "steht es",
    "auf", "level", "tie", "deficit to", "cut it to", "lead", "trail", "led", "down", "führte",
    "lag",
)  # fmt: skip
_LEADING_KEYS = ("führte", "lag", "leading", "led")
"""Each phrase of the pattern before them holds one of these words."""


def _gated(pattern: re.Pattern, text: str, keys: tuple[str, ...]) -> re.Match | None:
    return pattern.search(text) if holds(text, keys) else None


def classify(before: str, after: str, suffix: str, in_parens: bool) -> str:
    """result | aggregate | shootout | running | halftime | lead (a side's lead, its
    clause's cues its own)."""
    near_after = after[:60]
    if ":" in before and _HALFTIME_LABEL.match(before):
        return "halftime"
    shoot_before = _gated(_SHOOTOUT_BEFORE, before[-70:], _SHOOTOUT_KEYS)
    if shoot_before and _SHOOTOUT_ENDED.search(shoot_before.group()):
        shoot_before = None
    if shoot_before and _SCORE_IN.search(shoot_before.group()):
        shoot_before = None  # `won the shootout 5-3, and a 4-0 home win`: 5-3 is the shoot-out
    if suffix != "" and not suffix.startswith(
        ("sieg", "erfolg", "niederlage", "pleite", "triumph")
    ):
        shoot_before = None
    if not shoot_before and (suffix == "" or suffix.startswith(("sieg", "erfolg"))):
        shoot_before = shootout_framed(before)
    if _SHOOTOUT_AFTER.match(near_after) or shoot_before:
        return "shootout"
    if spot_shootout(before, near_after):
        return "shootout"
    if _gated(_GOALLESS_THEN, before[-170:], _SHOOTOUT_KEYS):
        return "shootout"
    if (
        _AGG_AFTER.match(near_after)
        or _aggregate_before(before)
        or goals_tally(before, after)
        or sum_after_first_leg(before, after)
    ):
        clause = _clause(before, after)
        if _RUNNING_AGG.search(clause) and not _FINAL_AGG.search(clause):
            return "running"
        if _IN_THE_SERIES.match(near_after) and not _FINAL_AGG.search(clause):
            return "running"
        return "aggregate"
    if suffix.startswith(_HALFTIME_SUFFIX) or (
        before[-12:].rstrip()[-2:] in _BREAK_ENDS and _AT_THE_BREAK.search(before[-45:])
    ):
        return "halftime"
    if leg_lead(before, after, suffix) or preview_lead(before, after, suffix):
        return "result"
    if suffix.startswith(_RUNNING_SUFFIX):
        return "running"
    if in_parens:
        if bracketed_leg(before, after) or named_result(before, after):
            return "result"
        return "halftime"
    if led_after(before, after, suffix):
        return "lead"
    if suffix.startswith(_WIN_SUFFIX) and before[-5:].lower() in (" zum ", "\nzum "):
        return "result"  # `schoss den FC Valencia zum 2:0-Sieg`: the win, not a goal's score
    if level_after_first_leg(before, after):
        return "result"
    if "uf " in before[-20:] and _AUF_EIN.search(before[-20:]) and _THEN_FOLLOWED.match(after):
        return "result"  # `Auf ein 2:1 im Hinspiel folgte ein 2:3 in Monterrey`
    if _RUNNING_AFTER.match(after) or _gated(_RUNNING_BEFORE, before[-40:], _RUNNING_KEYS):
        return "running"
    if state_before_extra_time(before, after):
        return "running"
    if missed(before):
        return "running"
    if after[:1] == " " and _DASH_AND.match(after) and not before.strip():
        return "running"
    if _FOR_SIDE.match(after) and _GOAL_DASH.search(before[-40:]):  # the cheap test first
        return "running"
    # no key anywhere before the score means none in its clause either
    clause = (
        before[max(before.rfind(c) for c in ",;–—") + 1 :] if holds(before, _LEADING_KEYS) else ""
    )
    if clause and _gated(_LEADING, clause, _LEADING_KEYS):
        return "running"
    return "result"


HALF_TIME_WORDS = r"Half[- ]?time|HT|Halbzeit|Pause|Zur Pause|Pausenstand"
"""A label of the break heading a score: `Half-time:`, `HT:`, `Pausenstand:`."""
LABEL_PLACE = r"(?: (?:at|in|im) [A-ZÄÖÜ][\w'’.-]*(?: [A-ZÄÖÜ][\w'’.-]*){0,2})?"
"""The ground a live label may name: `Half-time at Old Trafford:`, `Abpfiff in Dortmund:`."""
_HALFTIME_LABEL = re.compile(rf"\s*(?:{HALF_TIME_WORDS}){LABEL_PLACE}:[^:]{{0,60}}$")
"""`Half-time at Anfield: Liverpool 1-0 Wolves`, `Halbzeit in Dortmund: BVB 1:1 Schalke`:
a score under a half-time label opening its sentence is the score at the break."""
_WIN_SUFFIX = ("sieg", "erfolg", "heimsieg", "auswärtssieg", "triumph")
_GOAL_DASH = re.compile(
    r"\b(?:Tor|Eigentor|Netz|Kasten|Treffer|goal|own goal|net)\s*[-–—,:!]\s*$", re.I
)
_DASH_AND = re.compile(r" [–—-] (?:und|and)\b")
"""`... jagte ihn unter die Latte. 1:1 – und die Kroaten standen wie versteinert`: a score
opening a sentence and carried on by `– und` is the score the goal just told made."""
_FOR_SIDE = re.compile(r"\s*(?:für|for|to)\s")
"""`lenkte Ramos den Ball ins eigene Tor - 2:1 für Bayern`, `Eigentor, 1:0 für die Furia
Roja`: the score a goal made."""


_SCORE_JUST_BEFORE = re.compile(r"\d ?[:–-] ?\d\s*-?(?:\s*(?:on|in|im|in der))?\s*$", re.I)


_TWO_LEGS_MINUTES = re.compile(
    r"\b(?:after|over|nach)\s+(?:180|210)\s+(?:minutes|minuten)\b[^.;:]{0,45}$", re.I
)
"""`Nach 210 Minuten stand es in diesem Achtelfinale 4:4`: two legs' time, so the
score after it is the aggregate."""


_LEG_AFTER_AGGREGATE = re.compile(
    r"aggregate,\s+(?:winning|losing|drawing|beating|having (?:won|lost|drawn))\s+$", re.I
)
"""`edged Real Sociedad by the same aggregate, winning 1-0 in San Sebastián`: a
participle after the comma tells a leg of the sum named without its figures."""
_SAME_BEFORE = re.compile(r"\b(?:same|demselben|dem gleichen|gleichen)\s+$", re.I)
"""`by the same aggregate`, `mit demselben Gesamtergebnis`: a sum told before; a score
after it is a leg's."""


def _aggregate_before(before: str) -> bool:
    """`a 4-1 aggregate win after a 1-0 victory`, `5-2 on aggregate, winning 2-1`:
    the word after the 4-1 (5-2) is that score's; the later one is a result of its own."""
    if ("180" in before or "210" in before) and _TWO_LEGS_MINUTES.search(before[-80:]):
        return True
    if told_as_sum(before):
        return True
    tail = before[-40:]
    found = _gated(_AGG_BEFORE, tail, _AGG_KEYS)
    if not found or _LEG_AFTER_AGGREGATE.match(tail, found.start()):
        return False
    if _SAME_BEFORE.search(tail, 0, found.start()):
        return False  # `edged Real Sociedad by the same aggregate 1-0 ...`: a leg
    return not _SCORE_JUST_BEFORE.search(before[: len(before) - len(tail) + found.start()])


def _clause(before: str, after: str) -> str:
    left = _BREAK.split(before)[-1]
    right = _BREAK.split(after)[0]
    return left + " " + right
