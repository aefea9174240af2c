"""Word cues around a score: which leg, which stage, home or away, extra time,
who won. Each cue found in a sentence is given to the score nearest to it.
(The goal reader's vocabulary lives in goalcues.py.)"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.reports.keyed import Keyed, holds

STAGE_ORDER = ("round-of-32", "round-of-16", "quarter-final", "semi-final", "final")
_STAGE_WORDS = (
    (r"achtelfinal\w*|round of 16|round-of-16|last 16|last-16", "round-of-16"),
    (r"sechzehntelfinal\w*|round of 32|last 32", "round-of-32"),
    (r"viertelfinal\w*|quarter-?finals?|quarterfinals?|quarters", "quarter-final"),
    (
        r"halbfinal\w*|semi-?finals?|semifinals?|semis|runde der letzten vier|last four",
        "semi-final",
    ),
    (r"finale|finals?|endspiel\w*|pokalfinale|endspiels", "final"),
    (r"gruppenphase|group stage|gruppenspiel\w*", "group"),
    (r"relegation\w*", "relegation-play-off"),
)
STAGE = Keyed(
    re.compile(
        r"\b(?P<word>" + "|".join(p for p, _ in _STAGE_WORDS) + r")(?P<tail>einzug|teilnahme)?\b",
        re.IGNORECASE,
    ),
    "final|16|32|quarter|semi|last four|letzten vier|endspiel|gruppen|group stage|relegation",
)
_STAGE_FULL = tuple((re.compile(p), s) for p, s in _STAGE_WORDS)
_AHEAD_BEFORE = re.compile(
    r"(?:advance\w*|headed|heads|into|reach\w*|through|berth|spot|place|ins|in die|steht im|"
    r"stehen im|steht in|einzug ins|einzug in die|verpasst\w*|missed|miss)\s+(?:to\s+|in\s+)?"
    r"(?:the\s+|das\s+|den\s+)?(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)
_STANDS_IN = re.compile(r"\b(?:steht|stehen|stand|standen)\s+(?:[\w.-]+\s+){1,4}im\s+$", re.I)
"""`steht der FC Bayern im Viertelfinale`: the round reached, not the one played."""
_MISSED_AFTER = re.compile(
    r"^[^.,;]{0,40}?\b(?:verpasst\w*|missed|erreicht\w*|eingezogen)\b", re.IGNORECASE
)
LEG = Keyed(
    re.compile(
        r"\b(?:(?P<one>first[- ]leg|opening leg|series opener|[\w-]*hinspiel\w*)|"
        r"(?P<two>second[- ]leg|return leg|return match|[\w-]*rückspiel\w*))\b",
        re.IGNORECASE,
    ),
    "leg|opener|hinspiel|rückspiel|return match",
)
AWAY = Keyed(
    re.compile(r"\b(?:auswärts|away from home|on the road|als gast|als gäste)\b", re.IGNORECASE),
    "auswärts|away from home|on the road|als gast|als gäste",
)
HOME = Keyed(
    re.compile(
        r"\b(?:at home|zu hause|daheim|im eigenen stadion|vor eigenem publikum|"
        r"at its own|at their own|in front of (?:its|their) own|home win|home victory|"
        r"home defeat|home loss|in front of (?:its|their|his) home (?:fans|crowd|supporters)|"
        r"vor heimischem publikum|vor heimischer kulisse)\b",
        re.IGNORECASE,
    ),
    "home|hause|daheim|eigene|own|heimisch",
)
AT_PLACE = re.compile(
    r"\b(?P<prep>at|in|bei|beim|im|in der|in the|at the|(?<![\w,;] )(?:In|At|Bei|Beim|Im))"
    r"\s+(?P<place>(?:[A-ZÄÖÜ][\w'’.-]*)"
    r"(?:\s+(?:de |da |des |del )?[A-ZÄÖÜ][\w'’.-]*){0,3})"
)
EXTRA_TIME = Keyed(
    re.compile(
        r"\b(?:after extra time|in extra time|aet|a\.e\.t\.|n\.\s?V\.|nach verlängerung|"
        r"in der verlängerung|nach 120 minuten|after 120 minutes|extra 30 minutes|"
        r"through extra time|after extra-time|in extra-time|following extra[- ]time)",
        re.IGNORECASE,
    ),
    "extra|aet|a.e.t.|v.|verlängerung|120 minut",
)
NEUTRAL = Keyed(
    re.compile(
        r"\b(?:neutral(?:em|en)? (?:boden|ground|venue|site|platz)|finalturnier|neutral venue)\b",
        re.IGNORECASE,
    ),
    "neutral|finalturnier",
)
WIN = Keyed(
    re.compile(
        r"\b(?:beat|beats|beating|(?:had|have|has) beaten|defeated|defeats|defeating|edged|edges|"
        r"edging|downed|thrashed|"
        r"routed|crushed|hammered|stunned|stuns|stunning|held off|holds off|holding off|"
        r"saw off|sees off|seeing off|upset|upsets|upsetting|humbled|dumped|bested|"
        r"overcame|overpowered|outlasted|eliminated|eliminating|"
        r"knocked out|dispatched|swept|topped|past|won|win|wins|winning|victory|triumph\w*|"
        r"gewann|gewinnt|gewonnen|siegte|sieg|siegt|erfolg|überrollt\w*|besiegt\w*|"
        r"schlug|ausgeschaltet|ausschaltete|durchgesetzt|durchsetzte|setzte sich|"
        r"setzt sich|bezwang|bezwungen|entschieden|triumphierte)\b",
        re.IGNORECASE,
    ),
    "beat|defeat|edg|downed|thrash|routed|crushed|hammered|stun|held off|holds off|holding off|"
    "saw off|sees off|seeing off|upset|humbled|dumped|bested|overcame|overpowered|outlasted|"
    "eliminat|knocked out|dispatched|swept|topped|past|won|win|victory|triumph|gewann|gewinnt|"
    "gewonnen|sieg|erfolg|überrollt|schlug|ausgeschaltet|ausschaltete|durchgesetzt|durchsetzte|"
    "setzt|bezwang|bezwungen|entschieden",
)
LOSE = Keyed(
    re.compile(
        r"\b(?:lost|lose|loses|losing|loss|defeat|fell|falls|"
        r"(?:was|were|been|be|is|are|got) beaten|went down|"
        r"verlor\w*|niederlage|pleite|unterlag\w*|kassierte|geschlagen geben)\b",
        re.IGNORECASE,
    ),
    "lost|lose|losing|loss|defeat|fell|falls|beaten|went down|verlor|niederlage|pleite|unterlag|"
    "kassierte|geschlagen geben",
)
ADVANCE = Keyed(
    re.compile(
        r"\b(?:advanc\w+|went through|going through|go through|through to|knocked out|"
        r"eliminat\w+|ousted|durchgesetzt|durchsetzte|ausgeschaltet|ausschaltete|"
        r"weitergekommen|zog \w+ ins|eliminiert|rausgeworfen|warf \w+ raus|"
        r"reach\w* the (?:[\w-]+ ){1,5}?by (?:beating|defeating|overcoming))\b",
        re.IGNORECASE,
    ),
    "advanc|went through|going through|go through|through to|knocked out|eliminat|ousted|"
    "durchgesetzt|durchsetzte|ausgeschaltet|ausschaltete|weitergekommen|zog|eliminiert|"
    "rausgeworfen|warf|reach",
)
AWAY_GOALS = Keyed(
    re.compile(r"\b(?:away[- ]goals?(?: rule| tiebreaker)?|auswärtstor\w*)", re.IGNORECASE),
    "away|auswärtstor",
)
PENALTIES = Keyed(
    re.compile(
        r"\b(?:on penalties|penalty shootout|shootout|on spot kicks|im elfmeterschießen|"
        r"nach elfmeterschießen|i\.\s?E\.)",
        re.IGNORECASE,
    ),
    "penalt|shootout|spot kicks|elfmeterschießen|i.",
)
SHOOTOUT_LOSS = re.compile(
    r"\b(?:lost|lose|loses|losing|(?:were|was|been|be|are|is|got) beaten|went out|go out|"
    r"goes out|going out|bowed out|fell|went down|verlor\w*|unterlag\w*)"
    r"(?:\s+(?:the\s+)?(?:shoot-?out|penalty shoot-?out|elfmeterschießen))?"
    r"(?:\s+(?:to|against|gegen)\s+[^,.;]{1,40}?)?\s+(?:mit\s+)?$",
    re.IGNORECASE,
)
"""`were beaten 4-2 on penalties`, `lost the shoot-out 4-3`: the side the sentence is
about took the lower number of the shoot-out."""
OTHER_TIE = re.compile(
    r"\b(?:(?:the|the weekend's|the round's|the night's|the day's) other (?:tie|quarter-?final|"
    r"semi-?final|last-16 tie)|im (?:anderen|zweiten) (?:Halbfinale|Viertelfinale|Achtelfinale|"
    r"Duell)|das andere (?:Halbfinale|Viertelfinale|Achtelfinale))\b",
    re.IGNORECASE,
)
"""`in the weekend's other tie`, `im anderen Halbfinale`: a result of the main match's round."""
FIXTURE_AHEAD = re.compile(
    r"\b(?:gegner (?:im|in der|ist)|next opponents?|will (?:face|meet|play|host)|"
    r"(?:trifft|treffen) (?:\w+ ){0,4}auf|wartet|warten|awaits?|faces? \w+ next|"
    r"next up|as? (?:next|kommenden?) gegner|empfängt|empfangen die|gastiert|gastieren|"
    r"findet \w+ statt|will (?:host|visit|travel))\b",
    re.IGNORECASE,
)
"""`Gegner im Viertelfinale ist am Freitag Spanien, das ...`: a clause telling a
fixture still to come, whose round and day are not those of a result after it."""
EARLIER = Keyed(
    re.compile(
        r"\b(?:a year ago|last season|last year|im vergangenen jahr|vergangene saison|"
        r"in der vorsaison|im vorjahr)\b",
        re.IGNORECASE,
    ),
    "year ago|last season|last year|vergangenen jahr|vergangene saison|vorsaison|vorjahr",
)
YEAR = Keyed(
    re.compile(
        r"\b(?:in|im jahr|of|the|das|die|der)\s+(19[5-9]\d|20[0-4]\d)\b(?!\s*[-/]\d)", re.IGNORECASE
    ),
    "19|20",
)


def stage_at(text: str) -> list[tuple[int, str]]:
    return list(_stage_at(text))


@lru_cache(maxsize=4096)
def _stage_at(text: str) -> tuple[tuple[int, str], ...]:
    """(offset, stage) for each stage word; `advance to the semifinals` or
    `das Halbfinale verpasst` names the round before it: the one just played."""
    out = []
    for match in STAGE.finditer(text):
        stage = _stage_of(match.group("word").lower())
        if stage == "final" and _NOT_A_FINAL.match(text, match.end()):
            continue
        if stage == "final" and _CONFERENCE.search(text, max(0, match.start() - 30), match.start()):
            continue
        if stage == "relegation-play-off" and not _is_play_off(text, match):
            continue
        ahead = match.group("tail") or _ahead(text, max(0, match.start() - 60), match.start())
        if ahead or _MISSED_AFTER.match(text[match.end() : match.end() + 80]):
            stage = previous_stage(stage)
            if stage is None:
                continue
        out.append((match.start("word"), stage))
    return tuple(out)


@lru_cache(maxsize=256)
def _stage_of(word: str) -> str:
    return next(s for p, s in _STAGE_FULL if p.fullmatch(word))


_AHEAD_KEYS = (
    "advance", "head", "into", "reach", "through", "berth", "spot", "place", "ins", "in die",
    "steht", "stehen", "stand", "einzug", "verpasst", "miss",
)  # fmt: skip


def _ahead(text: str, start: int, end: int) -> bool:
    """`advance to the`, `steht der FC Bayern im`: words before a round that reach it."""
    if not holds(text[start:end], _AHEAD_KEYS):
        return False
    return bool(_AHEAD_BEFORE.search(text, start, end) or _STANDS_IN.search(text, start, end))


_NOT_A_FINAL = re.compile(
    r"\s+(?:day|days|matchday|weekend|whistle|minutes?|seconds|stages?|third|score|table|"
    r"standings|round of (?:the|league)|home game|league game|game of the|match of the|"
    r"weeks?|stretch|spieltag|spieltages|rounds?(?! of)|tournament|phase|group)\b",
    re.IGNORECASE,
)
"""`the final day of the Premier League season`, `the final whistle`, a qualifying
`Final Round`, the `final tournament`: an adjective."""
_CONFERENCE = re.compile(r"\b(?:conference|division|zonal|regional|konferenz)[- ]?$", re.I)
"""`the Western Conference final`, `Konferenz-Finale`: a round before the final, whose
place among the stages the text does not give."""
_PLAY_OFF = re.compile(
    r"relegation[- ]?(?:play-?offs?|playoffs?|final|decider)|relegations-?(?:spiel|hinspiel|"
    r"rückspiel|duell|finale|partie)\w*",
    re.IGNORECASE,
)
_GERMAN_RELEGATION = re.compile(r"(?:\b(?:der|die|zur|Die|Der|Zur)|Spiel|spiel) $")


def _is_play_off(text: str, match: re.Match) -> bool:
    """Only the play-off itself (`Relegations-Rückspiel`, `relegation play-off`,
    `in der Relegation`), never `fighting relegation` or `Relegationsplatz`."""
    if _PLAY_OFF.match(text, match.start("word")):
        return True
    word = match.group("word")
    before = text[max(0, match.start("word") - 12) : match.start("word")]
    return word == "Relegation" and bool(_GERMAN_RELEGATION.search(before))


def previous_stage(stage: str) -> str | None:
    if stage not in STAGE_ORDER:
        return None
    index = STAGE_ORDER.index(stage)
    return STAGE_ORDER[index - 1] if index > 0 else None


def nearest(offset: int, candidates: list[int]) -> int | None:
    """Index of the candidate offset closest to `offset`."""
    if not candidates:
        return None
    return min(range(len(candidates)), key=lambda i: abs(candidates[i] - offset))
