"""Stage words in running text (`quarterfinal`, `Viertelfinal-Rückspiel`, `last 16`),
mapped to the stage values of the gold format, with a flag for the round a team
is heading into (`advance to the semifinals`, `ins Halbfinale`) rather than the
round being played."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.competitions.scan import find_all, lower_keeping_positions


@dataclass(frozen=True)
class StageMention:
    """`next_round` marks a round reached or aimed for, not the one played."""

    start: int
    end: int
    stage: str
    next_round: bool = False


_NOT_A_FINAL = (
    "whistle|minutes?|moments?|seconds?|stages?|stretch|days?|matchday|third|ball|pass|"
    "touch|score|scoreline|result|kick|shot|save|act|quarter|hour|half|period|phase|round|"
    "games?|match(?:es)?|fixtures?|weeks?|months?|years?|seasons?|group|league|table|"
    "standings|position|place|spot|say|decision|chance|attempt|opportunity|effort|"
    "appearance|home|away|training|push|flourish|straw|word|blow|test|tally|countdown|"
    "verdict|sprint|leg|day|throw|corner|whistles|run-in|weekend|series|two|three|four|"
    "five|ten|stop|game's|hurdle|frame|roll|tally|answer|offer|squad|list|call|kick-off"
)
_NOT_A_ROUND = r"(?!\s+(?:games|matches|minutes|years|seasons))"
_EN = re.compile(
    r"(?P<r32>\bround[- ]of[- ](?:32|thirty-two)\b|\blast[- ]32\b" + _NOT_A_ROUND + ")"
    r"|(?P<r16>\bround[- ]of[- ](?:16|sixteen)\b|\blast[- ](?:16|sixteen)\b"
    + _NOT_A_ROUND
    + r"|\beighth[- ]finals?\b)"
    r"|(?P<qf>\bquarter[- ]?finals?\b|\blast[- ]eight\b" + _NOT_A_ROUND + ")"
    r"|(?P<sf>\bsemi[- ]?finals?\b|\bsemis\b|\blast[- ]four\b" + _NOT_A_ROUND + ")"
    r"|(?P<rel>\brelegation[- ]?(?:play[- ]?offs?|ties?|matches|match|games?|decider)\b)"
    r"|(?P<po>\b(?:knockout[- ]round[- ])?play[- ]?offs?(?:[- ]round)?\b)"
    r"|(?P<grp>\bgroup[- ](?:stage|phase|games?|matches|match|opener)\b)"
    r"|(?P<lg>\bleague[- ](?:phase|stage)\b)"
    r"|(?P<fin>(?<![\w-])final\b(?!-)(?!\s+(?:" + _NOT_A_FINAL + r")\b))"
)
# `re` is slow when a pattern must be tried at every position; these words start
# (or end) every English stage phrase and are found with str.find instead.
_EN_KEYWORDS = (
    "round", "last", "eighth", "quarter", "semi", "relegation", "play", "knockout", "group",
    "league", "final",
)  # fmt: skip
_DE_HIT = re.compile(
    r"sechzehntelfinal|achtelfinal|viertelfinal|halbfinal|relegation|gruppenphase|gruppenspiel"
    r"|liga-?phase|zwischenrunde|play-?off|endspiel|final"
)
_DE_PARTS = (
    ("sechzehntelfinal", "round-of-32"),
    ("achtelfinal", "round-of-16"),
    ("viertelfinal", "quarter-final"),
    ("halbfinal", "semi-final"),
    ("relegation", "relegation-play-off"),
    ("gruppenphase", "group"),
    ("gruppenspiel", "group"),
    ("ligaphase", "league"),
    ("liga-phase", "league"),
    ("zwischenrunde", "play-off"),
    ("play-off", "play-off"),
    ("playoff", "play-off"),
    ("endspiel", "final"),
    ("final", "final"),
)
_DE_PHRASES = re.compile(
    r"(?P<r32>Runde der letzten 32\b)|(?P<r16>Runde der letzten 16\b)"
    r"|(?P<qf>Runde der letzten (?:acht|8)\b)|(?P<sf>Runde der letzten (?:vier|4)\b)"
)
_DE_NOT_FINAL = ("finalturnier", "finalrunde", "finalist", "finaltag", "finalwoche", "finalserie")
_DE_AHEAD_SUFFIX = ("einzug", "teilnahme", "ticket", "kurs", "qualifikation", "reife")
_DE_MOOD = re.compile(r"\b(?:ein|kein|einem|einen)\s+[a-zäöü]+e[sn]?\s+$")
_SENTENCE_END = re.compile(r"[.!?:;]\s")
_EN_AHEAD = re.compile(
    r"(?:\bto|\binto|\breach(?:ed|es|ing)?|\bmake|\bmade|\bmaking|\bfor|\bplace in|\bspot in"
    r"|\bberth in|\bticket to|\bheaded to|\bheading to)\s+"
    r"(?:(?:the|a|its|their|his|her|this|next|year's|season's)\s+)*"
    r"(?:[A-Z0-9][\w'’.-]*\s+){0,4}$"
)
_DE_AHEAD = re.compile(
    r"(?:\bins|\bfürs|\bfür das|\bEinzug ins|\bsteh(?:t|en)\s+(?:\S+\s+){0,3}im"
    r"|\bstand(?:en)?\s+(?:\S+\s+){0,3}im|\bum den Einzug ins|\bzieht\s+(?:\S+\s+){0,3}ins)\s+"
    r"(?:(?:das|den|dem)\s+)?$"
)
_DE_AHEAD_AFTER = re.compile(
    r"^[^.!?;]{0,80}?\b(?:verpasst|erreicht|gebucht|perfekt|klargemacht|eingezogen)\b"
)
_GROUPS = {
    "r32": "round-of-32",
    "r16": "round-of-16",
    "qf": "quarter-final",
    "sf": "semi-final",
    "rel": "relegation-play-off",
    "po": "play-off",
    "grp": "group",
    "lg": "league",
    "fin": "final",
}


def find_stages(text: str, lang: str) -> list[StageMention]:
    """Stage mentions in text order; `lang` is `de` or `en`."""
    found = _german(text) if lang == "de" else _english(text)
    found.sort(key=lambda m: m.start)
    return found


def _clause_before(text: str, start: int) -> str:
    before = text[max(0, start - 80) : start]
    cut = max((m.end() for m in _SENTENCE_END.finditer(before)), default=0)
    return before[cut:]


def _english(text: str) -> list[StageMention]:
    out = []
    low, pattern = lower_keeping_positions(text), _EN
    covered = 0
    for hit in sorted(at for word in _EN_KEYWORDS for at in find_all(low, word)):
        if hit < covered:
            continue
        start = hit
        while start > 0 and low[start - 1].isalpha():
            start -= 1
        match = pattern.match(low, start)
        if match is None or match.end() <= hit:
            continue
        covered = match.end()
        stage = _GROUPS[match.lastgroup or ""]
        ahead = bool(_EN_AHEAD.search(_clause_before(text, start)))
        out.append(StageMention(start, match.end(), stage, ahead))
    return out


def _german(text: str) -> list[StageMention]:
    out = []
    low = lower_keeping_positions(text)
    phrases = _DE_PHRASES.finditer(text) if "runde der letzten" in low else ()
    for match in phrases:
        stage = _GROUPS[match.lastgroup or ""]
        ahead = _german_ahead(text, match.start(), match.end(), "")
        out.append(StageMention(match.start(), match.end(), stage, ahead))
    done = 0
    for hit in _DE_HIT.finditer(low):
        if hit.start() < done:
            continue
        start, end = _word_around(low, hit.start(), hit.end())
        done = end
        word = low[start:end]
        stage = _german_stage(word)
        if stage is None:
            continue
        if stage == "final" and _DE_MOOD.search(text[max(0, start - 40) : start]):
            continue
        ahead = _german_ahead(text, start, end, word)
        out.append(StageMention(start, end, stage, ahead))
    return out


def _word_around(low: str, start: int, end: int) -> tuple[int, int]:
    while start > 0 and (low[start - 1].isalnum() or low[start - 1] == "-"):
        start -= 1
    while end < len(low) and (low[end].isalnum() or low[end] == "-"):
        end += 1
    while low[start] == "-":
        start += 1
    while low[end - 1] == "-":
        end -= 1
    return start, end


def _german_stage(low: str) -> str | None:
    if "finalist" in low:  # `Halbfinalist` names a team, not the round played
        return None
    for part, stage in _DE_PARTS:
        at = low.find(part)
        if at < 0:
            continue
        if stage == "final":
            rest = low[at:]
            if rest.startswith(_DE_NOT_FINAL) or (
                part == "final"
                and at > 0
                and low[at - 1].isalpha()
                and not _compound_head(low[:at])
            ):
                return None
        return stage
    return None


def _compound_head(head: str) -> bool:
    """`Pokalfinale`, `WM-Finale`: a head word before `final` that names a competition."""
    return head.endswith(("pokal", "cup", "league", "liga", "wm", "em", "meister", "supercup"))


def _german_ahead(text: str, start: int, end: int, low: str) -> bool:
    if any(suffix in low for suffix in _DE_AHEAD_SUFFIX):
        return True
    if _DE_AHEAD.search(_clause_before(text, start)):
        return True
    before = _clause_before(text, start)
    return before.rstrip().endswith(("das", "Das")) and bool(_DE_AHEAD_AFTER.search(text[end:]))
