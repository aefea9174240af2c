"""Rounds a sentence names (`im Halbfinale`, `the quarter-finals`), and which of them
were played rather than reached, missed or only headed for (`advance to the
semifinals`, `das Halbfinale verpasst`, `on the road to the final`)."""

from __future__ import annotations

import re
from functools import lru_cache

from bot.reports.matches.finalwords import CONFERENCE, NOT_A_FINAL
from bot.reports.matches.groupround import after_last_32, group_before
from bot.reports.matches.hopedrounds import held_round, only_hoped_round
from bot.reports.matches.lostround import lost_there
from bot.reports.matches.namedgroup import NAMED_GROUP, played_in_named_group
from bot.reports.matches.opponentof import opponents_round
from bot.reports.matches.reachedround import (
    qualified_for,
    reached_far_before,
    stands_far_before,
    told_reached,
)
from bot.reports.matches.relegation import is_play_off
from bot.reports.matches.roundthere import played_there
from bot.reports.matches.settledround import settled_round
from bot.reports.matches.tournamentfinals import tournament_finals
from bot.reports.matches.whoaside import apart_from_score, score_in_opponents_clause
from bot.reports.matches.wildending import wild_ending
from bot.reports.patterns.alternations import regroup
from bot.reports.patterns.keyed import Keyed, holds, lower_exact
from bot.reports.patterns.spots import Folded

_OF_EUROPA = r"(?=\s+(?:der|in der)\s+europa)"
"""`Zwischenrunde der Europa League` is its round of 32; the word alone is also a World
Cup's second group round (1974-1982), so it names a round only before the Europa League."""
STAGE_ORDER = ("round-of-32", "round-of-16", "quarter-final", "semi-final", "final")
_STAGE_WORDS = (
    (r"achtelfinal\w*|round of 16|round-of-16|last 16|last-16", "round-of-16"),
    (
        r"sechzehntelfinal\w*|round of 32|round-of-32|last 32|last-32|"
        r"zwischenrunde" + _OF_EUROPA,
        "round-of-32",
    ),
    (
        r"viertelfinal\w*|quarter-?finals?|quarterfinals?|quarters|runde der letzten acht|"
        r"last[- ]eight(?!\s+(?:of (?:them|those|these|his|her|their|its)\b|"
        r"minutes?|games?|matches|meetings|years?|seasons?|days?|weeks?|"
        r"months?|rounds|goals?|points?|times|players|teams))",
        "quarter-final",
    ),
    (
        r"halbfinal\w*|semi-?finals?|semifinals?|semis|runde der letzten vier|last four",
        "semi-final",
    ),
    (
        r"finale|finales|finals?|endspiel\w*|pokalfinale|pokalfinales|endspiels|"
        r"final(?:hin|rück)spiel\w*",
        "final",
    ),
    (
        r"gruppenphase|group stage|group phase|gruppenspiel\w*|gruppensieg(?:es|s)?|"
        r"(?:won|win|winning|topped|top|topping) (?:the )?group|top of (?:the )?group|"
        r"group (?:opener|game|match)|group['’]s (?:other |first |second )?(?:opening )?"
        r"(?:match|game)|opening group (?:match|game)|gruppenauftakt|" + NAMED_GROUP,
        "group",
    ),
    (r"relegation\w*", "relegation-play-off"),
    (
        r"k\.-?o\.-play-?offs?|knockout(?: phase)? play-?offs?|knockout round play-?offs?",
        "play-off",
    ),
)


STAGE = Keyed(
    re.compile(
        r"\b(?P<word>"
        + regroup("|".join(p for p, _ in _STAGE_WORDS))
        + r")(?P<tail>einzug|teilnahme)?\b",
        re.IGNORECASE,
    ),
    "final|16|32|quarter|semi|last four|letzten vier|endspiel|gruppe|group|relegation|play|"
    "letzten acht|last eight|last-eight|zwischenrunde",
)
_STAGE_FULL = tuple((re.compile(p.replace(_OF_EUROPA, "")), s) for p, s in _STAGE_WORDS)
_AHEAD_WORDS = regroup(
    r"advanc\w*|headed|heads|into|reach\w*|through(?=\s+(?:to|into)\s)|berth|spot|"
    r"(?:through|advanc\w*)\s+\d{1,2}-\d{1,2}\s+on\s+aggregate(?=\s+(?:to|into)\s)|"
    r"place|ins|in die|in das|steht im|stehen im|steht in|einzug ins|einzug in die|verpasst\w*|"
    r"missed|miss|(?:will|now|next|then) (?:meet|face|play) [\w.'’-]+(?: [\w.'’-]+){0,2} in|"
    r"(?:meets|faces) [\w.'’-]+(?: [\w.'’-]+){0,2} in|trifft|treffen|"
    r"will be(?= in\s)|(?:going|goes)(?= to (?:the|their|its|a) )|"
    r"(?:are|is)(?: (?:now|also|safely))?(?= in the\s)|"
    r"closer?(?=\s+to\s)|(?:one|a) step (?:away )?from|within reach of|"
    r"einen Schritt (?:vom|vor dem|vor der)|there is|there's|now comes"
)
"""... and `looked close to the final`, `one step from the final`, `einen Schritt vor dem
Finale`, `there is a semi-final against Morocco`: the round ahead of the result, not the
one it was played in."""
_AHEAD_BEFORE = Folded(
    re.compile(
        r"(?:" + _AHEAD_WORDS + r")\s+(?:to\s+|in\s+)?"
        r"(?:the\s+|an?\s+|das\s+|den\s+|their\s+|its\s+|his\s+|her\s+)?"
        r"(?:(?!(?:with|by|after|mit|nach|durch)\s)[\w'’-]+\s+){0,3}$",
        re.IGNORECASE,
    )
)
"""`reached the (Champions' Cup) final`, `into their first Champions League final`, not
`earned their place in Lisbon with emphatic semifinals`: a round after `with` or `after`
is the means, one that was played."""
_STANDS_IN = re.compile(r"\b(?:steht|stehen|stand|standen)\s+(?:[\w.:-]+\s+){1,6}im\s+$", re.I)
"""`steht der FC Bayern im Viertelfinale`, `steht nach dem 1:1 im Hinspiel im Halbfinale`:
the round reached, not the one played."""
_MISSED_AFTER = re.compile(
    r"^[^.,;]{0,70}?\b(?:verpasst\w*|missed|erreicht\w*|eingezogen)\b", re.IGNORECASE
)
_MISSED_KEYS = ("verpasst", "missed", "erreicht", "eingezogen")


_OTHER_SEASON = re.compile(
    r"\b(?:(?:a|one|two|three|four|five|\d+) (?:years?|seasons?) (?:after|before|ago|earlier)|"
    r"ein(?:e)? (?:Jahr|Saison) (?:nach|zuvor|vorher|davor)|vor (?:einem|zwei|drei|\d+) "
    r"Jahr(?:en)?)\b[^.;]*$",
    re.IGNORECASE,
)
"""`a year after the club had reached the final in Baku`: a round reached in another
season tells nothing of the round played now."""


_PLAYED_IN = Folded(
    re.compile(
        r"\b(?:im|in der|in einem|in the|in an?|(?:Hin|Rück)spiels? des|(?:first|second|return) "
        r"leg of the)\s+$",
        re.IGNORECASE,
    )
)
"""`nach dem 4:0 im Halbfinale`, `im Hinspiel des Finales ... ein Unentschieden erreicht`:
the round a result was played in, not one a later verb reaches."""
_OBJECT = re.compile(r"\b(?:das|den)\s+$")
_REACHED_LATER = re.compile(
    r"^(?:(?![.,;]\s)[^\n]){0,100}?\b(?:verpasst|erreicht)(?=\s*(?:[.,;]|$|hat|hatte|habe|haben))",
    re.IGNORECASE,
)


_CLAUSE_BREAK = re.compile(r"[,;:]")
"""`das Halbfinale des UEFA-Pokals erreicht, nach einem Viertelfinal-Rückspiel`: a round
after a comma is the next clause's, not the object of the verb."""


def _reached_after(text: str, start: int, end: int) -> bool:
    """`das Halbfinale verpasst`, `hatte das Endspiel mit einem 3:2 ... erreicht`: the
    round a verb after it reaches or misses; not one a result was played in (`nach dem
    4:0 im Halbfinale bei Düsseldorf ... erreicht`, `lost in the semi-final and missed`),
    nor one before another round the verb is about (`verlor das Halbfinale ... und
    verpasste damit das Endspiel`, `lost the semi-final and missed the final`)."""
    if _PLAYED_IN.search(text, max(0, start - 24), start):
        return False
    window = text[end : end + 100]
    missed = _MISSED_AFTER.match(window) if holds(window, _MISSED_KEYS) else None
    if missed:
        after = end + missed.end()
        other = STAGE.search(text, after, after + 30)
        return other is None or _CLAUSE_BREAK.search(text, after, other.start()) is not None
    if not _OBJECT.search(text, max(0, start - 5), start):
        return False
    later = _REACHED_LATER.match(text[end : end + 120])
    return later is not None and all(stage is None for _, stage, _ in told_rounds(later.group()))


def scan(cue: Keyed, text: str):
    """`cue.finditer(text)` at the same offsets, run lower-cased on lower-cased text
    where that matches exactly (several times faster than re.I): group values come
    lower-cased, so callers use offsets or compare case-insensitively."""
    if not cue.may(text):
        return iter(())
    low = None if cue.folded is None else lower_exact(text)
    return cue.pattern.finditer(text) if low is None else cue.folded.finditer(low)


def stage_at(text: str, score_at: int | None = None) -> list[tuple[int, str]]:
    """Rounds the text names, leaving out, when the score's offset is given, those in
    a relative clause apart from it."""
    return [
        (at, stage)
        for at, stage, _ in told_rounds(text)
        if stage is not None and (score_at is None or not in_aside(text, at, score_at))
    ]


_RELATIVE_ASIDE = re.compile(
    r",\s+(?:(?:who|which|der|die|das)\s[^,;]*|"
    r"[A-Z][\w.-]*(?:\s[A-Z][\w.-]*){0,2}['’]s\s[^,;]*,)"
)
"""`, who beat Real Madrid in the semifinals,`, `, Bayern's opponents in the semifinals,`:
an aside about one side, whose round is not that of the result told around it."""


def in_aside(text: str, at: int, score_at: int) -> bool:
    """`Basel, who eliminated Manchester United in the group stage, lost 7-0`: a round
    told in a relative clause without the score is the round of what that clause tells."""
    if ("egner" in text or "opponent" in text) and opponents_round(text, at):
        return True
    if ", " in text and score_in_opponents_clause(text, at, score_at):
        return True
    return ", " in text and apart_from_score(_RELATIVE_ASIDE, text, at, score_at)


@lru_cache(maxsize=4096)
def told_rounds(text: str) -> tuple[tuple[int, str | None, bool], ...]:
    """(offset, stage, derived) for each stage word; `advance to the semifinals` or
    `das Halbfinale verpasst` names the round before it, the one just played (derived);
    a conference final is a round whose stage is not known (None)."""
    out = []
    for match in scan(STAGE, text):
        stage = _stage_of(match.group("word").lower())
        if match.group("word").lower().endswith("finales") and text[match.start("word")].islower():
            continue  # `ein finales Aufbäumen`: the adjective, not `des Finales`
        if stage == "final" and NOT_A_FINAL.match(text, match.end()):
            continue
        if match.group("word").lower().endswith(("finalist", "finalisten", "finalistin")):
            continue  # `die beiden letzten Halbfinalisten`: sides, not the round played
        if stage == "final" and wild_ending(text, match.start("word"), match.end("word")):
            continue
        if stage == "final" and tournament_finals(text, match.start("word"), match.end("word")):
            continue
        if stage == "final" and CONFERENCE.search(text, max(0, match.start() - 30), match.start()):
            out.append((match.start("word"), None, False))
            continue
        if stage == "relegation-play-off" and not is_play_off(text, match):
            continue
        if match.group("word")[-2:-1] == " " and not played_in_named_group(text, match.start()):
            continue
        if only_hoped_round(text, match.start("word"), match.end()):
            continue
        ahead = match.group("tail") or _ahead(text, max(0, match.start() - 60), match.start())
        ahead = ahead or told_reached(text, match)
        ahead = ahead or held_round(text, match.start("word"), match.end())
        ahead = ahead or _MAYBE_AFTER.match(text, match.end())
        ahead = ahead or reached_far_before(text, match.start())
        ahead = ahead or stands_far_before(text, match.start())
        ahead = ahead or qualified_for(text, match.start())
        ahead = ahead or settled_round(text, match.start("word"))
        if ahead and not match.group("tail") and lost_there(text, match.end()):
            ahead = False  # `reached the final in 2008 but were beaten`: the final was played
        derived = bool(ahead or _reached_after(text, match.start("word"), match.end()))
        derived = derived and not played_there(text, match.end())
        if derived and _OTHER_SEASON.search(text, max(0, match.start() - 80), match.start()):
            continue
        if derived:
            stage = group_before(text, stage) or previous_stage(stage)
            if stage is None or (stage == "round-of-32" and not after_last_32(text)):
                continue
        out.append((match.start("word"), stage, derived))
    return tuple(out)


_MAYBE_AFTER = re.compile(
    r"\s+(?:könnte|könnten|würde|würden|droht|drohen|wartet|warten|could|would|might|awaits?)\b",
    re.I,
)
"""`Im Halbfinale könnte es zum Stadtderby kommen`: a round that may come, not the one
the result was played in."""


@lru_cache(maxsize=256)
def _stage_of(word: str) -> str:
    return next(s for p, s in _STAGE_FULL if p.fullmatch(word))


_AHEAD_KEYS = (
    "advanc", "head", "into", "reach", "through", "berth", "spot", "place", "ins", "in die",
    "in das", "steht", "stehen", "stand", "einzug", "verpasst", "miss", "meet", "face",
    "will play", "now play", "next play", "then play", "trifft", "treffen", "close", "step",
    "within reach", "schritt", "will be in", "are in", "is in", "are now in", "is now in",
    "also in", "safely in", "going to", "goes to", "there is", "there's", "now comes",
)  # fmt: skip


def _ahead(text: str, start: int, end: int) -> bool:
    """`advance to the`, `steht der FC Bayern im`: words before a round that reach it."""
    if not holds(text[start:end], _AHEAD_KEYS):
        return False
    return bool(_AHEAD_BEFORE.search(text, start, end) or _STANDS_IN.search(text, start, end))


_ON_THE_WAY = re.compile(
    r"\b(?:(?:way|road|route|path|run|march|journey)\s+(?:in)?to\s+(?:the\s+)?|"
    r"weg\s+(?:ins|in das|in die|zum|zur)\s+)$",
    re.IGNORECASE,
)
"""`on the road to the final`, `Auf dem Weg ins Finale`: the whole run of earlier
rounds, which a round named beside it for the same result outranks."""


def on_the_way(text: str, offset: int) -> bool:
    return bool(_ON_THE_WAY.search(text, max(0, offset - 30), offset))


def previous_stage(stage: str) -> str | None:
    if stage not in STAGE_ORDER:
        return None
    index = STAGE_ORDER.index(stage)
    return STAGE_ORDER[index - 1] if index > 0 else None
