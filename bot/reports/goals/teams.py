"""The side a goal counts for, from text cues and from what the final score forces."""

from __future__ import annotations

import re

from bot.reports.clauses.scenes import Clause, mentions_in_span
from bot.reports.goals import cues as goalcues
from bot.reports.names.players import last_name as surname
from bot.reports.patterns.keyed import lower_exact
from bot.reports.text.document import Document, Sentence

_FOR_BEFORE = re.compile(r"\b(?:for|für)(?:\s+(?:the|die|den|das))?\s*$", re.I)
_SHOUTED_FOR = re.compile(
    r"(?:(?<=\n)|(?<=[:!])|(?<=[:!] )|^)(?:Tor|TOR|Goal|GOAL|Eigentor|Own goal|OWN GOAL)!?"
    r"\s+(?:für|for)\s+(?:the\s+|die\s+|den\s+)?$",
)
"""`12. Minute: Tor für Spanien!`, `GOAL for Arsenal!`: a live line's shouted heading names
the side the goal counts for, an own goal's too (not `his first goal for Spain`, the
scorer's side)."""
_AGAINST_FOR = re.compile(r"\bGegentor\w*\s+(?:\w+\s+){0,3}?für\s+(?:die\s+|den\s+|das\s+)?$")
_LEAD = {
    "en": re.compile(
        r"\b(?:gave|give|gives|given|giving|put|puts|putting|sent|handed|lifted|fired)\s+"
        r"(?P<who>.{2,30}?)\s+(?:(?:a|an|the)\s+)?(?:\d-\d\s+)?(?:lead|start|advantage|ahead|"
        r"in front|up\s+\d|win|victory)",
        re.I,
    ),
    "de": re.compile(
        r"\b(?:brachte|bringt|schoss|köpfte|hatte|gebracht)\s+(?P<who>.{2,60}?)\s+"
        r"(?:früh\s+|spät\s+|erneut\s+|wieder\s+|damit\s+|so\s+|verdient\s+)?"
        r"(?:in Führung|auf Finalkurs|auf die Siegerstraße|in Front|zum Sieg)"
    ),
}
_LEAD_KEYS = {
    "en": ("gave", "giv", "put", "sent", "handed", "lifted", "fired"),
    "de": ("brachte", "bringt", "schoss", "köpfte", "hatte", "gebracht"),
}
_LEAD_ENDS = {
    "en": ("lead", "start", "advantage", "ahead", "in front", "up", "win", "victory"),
    "de": ("in Führung", "auf Finalkurs", "auf die Siegerstraße", "in Front", "zum Sieg"),
}
"""What every match of `_LEAD` ends on: a `hatte` or `put` alone is no lead told."""
_HOME = re.compile(
    r"\b(?:home side|hosts|home team|Gastgeber\w*|Hausherren|Heimmannschaft|Heimteam)\b", re.I
)
_AWAY = re.compile(r"\b(?:visitors|away side|away team|Gäste\w*|Gästen)\b", re.I)
MAX_UNKNOWN = 12
_IGNORECASE = int(re.I)  # an int: `&` with the flag enum runs enum code each time
_OWN_GOAL_NOUN = re.compile(
    r"^(?:'s|’s|s)?\s+(?:[\w-]+\s+){0,2}?(?:goal|equali[sz]er|winner|opener|consolation|"
    r"strike|header|penalty|\w*[Tt]reffer|\w*[Tt]or\b|Ausgleich|Führung)"
)
_FOR_ROLE = re.compile(
    r"\b(?:for|für) (?:the |die |den )?(?:(?P<home>hosts|home side|home team|Gastgeber\w*|"
    r"Hausherren)|(?P<away>visitors|away side|away team|Gäste\w*))\b",
    re.I,
)
_ROLE_WORDS = (
    r"defender|midfielder|forward|striker|winger|goalkeeper|keeper|captain|substitute|"
    r"teenager|veteran|star|youngster|international|center back|centre-back|fullback|"
    r"full-back|left back|right back|playmaker|"
    r"(?i:[a-zäöüß]*(?:spieler|verteidiger|stürmer|torhüter|keeper|kapitän|profi|star|"
    r"talent|joker|angreifer))"
)
_LABEL = re.compile(
    r"^(?:(?:'s|’s|s)\s+(?:(?:" + _ROLE_WORDS + r")\s+)?|(?:\s+|-)(?:" + _ROLE_WORDS + r")\s+)$"
)


def clause_hint(doc: Document, clause: Clause, pairing) -> tuple[str | None, bool]:
    """(team, credited): `credited` when the cue names the side the goal counts for."""
    lang = doc.lang if doc.lang in goalcues.GOAL else "en"
    main = pairing.match_for(clause.target) or pairing.main
    low = lower_exact(clause.text)
    lead = _LEAD.get(doc.lang, _LEAD["en"])
    keys = _LEAD_KEYS.get(doc.lang, _LEAD_KEYS["en"])
    ends = _LEAD_ENDS.get(doc.lang, _LEAD_ENDS["en"])
    may_lead = _holds(keys, clause.text, low, lead) and _holds(ends, clause.text, low, lead)
    lead = lead.search(clause.text) if may_lead else None
    if lead:
        who_start = clause.start + lead.start("who")
        who_end = clause.start + lead.end("who")
        teams = {m.team for m in mentions_in_span(doc, who_start, who_end)}
        if len(teams) == 1:
            return teams.pop(), True
        who = lead.group("who")
        if main is not None and _HOME.search(who) and not _AWAY.search(who):
            return main.home, True
        if main is not None and _AWAY.search(who) and not _HOME.search(who):
            return main.away, True
    role = _FOR_ROLE.search(clause.text) if _holds(("for ", "für "), "", low) else None
    if role and main is not None:
        return (main.home if role.group("home") else main.away), False
    for mention in mentions_in_span(doc, clause.start, clause.end):
        before = doc.text[max(clause.start, mention.start - 12) : mention.start]
        if doc.text[mention.end : mention.end + 1] == "-":
            continue
        if _FOR_BEFORE.search(before) and goalcues.GOAL[lang].search(clause.text):
            if _AGAINST_FOR.search(doc.text, max(clause.start, mention.start - 30), mention.start):
                continue  # `das erste Gegentor für Italien`: a goal against Italy
            return mention.team, bool(_SHOUTED_FOR.search(doc.text, clause.start, mention.start))
        after = doc.text[mention.end : mention.end + 40]
        if (mention.genitive or after[:2] in ("'s", "’s")) and _OWN_GOAL_NOUN.match(after):
            return mention.team, False
    return None, False


def sentence_hint(doc: Document, sentence: Sentence, pairing) -> tuple[str | None, bool]:
    """`clause_hint` read over the whole sentence, for a goal its own clause gave no side."""
    return clause_hint(doc, Clause(sentence.start, sentence.end, sentence.text), pairing)


def _holds(keys: tuple[str, ...], text: str, low: str | None, pattern=None) -> bool:
    """Whether a clause can match a cue at all: it must hold one of the cue's words, in
    the text itself for a case-sensitive pattern, else lower-cased (None: unsure, look)."""
    if pattern is not None and not pattern.flags & _IGNORECASE:
        low = text
    elif low is None:
        return True
    for key in keys:
        if key in low:
            return True
    return False


def labelled_sides(cast, teams: frozenset[str]) -> dict[str, str]:
    """Surname -> side from "Inter defender Stefan de Vrij", "Real Madrid's Militao",
    "Lazio-Keeper Provedel", "Arsenals Flügelspieler Saka"."""
    doc = cast.doc
    sides: dict[str, set[str]] = {}
    for person in cast.people:
        for mention in mentions_in_span(doc, max(0, person.start - 30), person.start):
            if mention.team in teams and _LABEL.match(doc.text[mention.end : person.start]):
                sides.setdefault(surname(person.name), set()).add(mention.team)
    return {name: next(iter(s)) for name, s in sides.items() if len(s) == 1}


def player_sides(events, teams: frozenset[str], known: dict[str, str] | None = None) -> dict:
    """Surname -> side, from goals whose clause named the player's own side."""
    sides: dict[str, set[str]] = {name: {team} for name, team in (known or {}).items()}
    for event in events:
        team, credited = event.hint
        if team is None or team not in teams or not event.player:
            continue
        own_side = team
        if credited and event.own_goal:
            others = teams - {team}
            own_side = next(iter(others)) if len(others) == 1 else None
        if own_side:
            sides.setdefault(surname(event.player), set()).add(own_side)
    return {name: next(iter(s)) for name, s in sides.items() if len(s) == 1}


def credited_side(event, match, sides: dict[str, str]) -> str | None:
    """The side this goal counts for, from its own cue or its scorer's known side."""
    team, credited = event.hint
    sides_of_match = (match.home, match.away)
    if team in sides_of_match and (credited or not event.own_goal):
        return team
    known = sides.get(surname(event.player)) if event.player else None
    if known not in sides_of_match:
        return None
    if event.own_goal:
        return match.away if known == match.home else match.home
    return known


def solve(goals, hints: list[str | None], scores, match, complete: bool) -> list[str | None]:
    """Sides for the goals: hints, then whatever the score forces."""
    if match.score is None:
        return hints
    home_total, away_total = match.score
    sides = list(hints)
    if home_total == 0 or away_total == 0:
        only = match.away if home_total == 0 else match.home
        if all(s in (None, only) for s in sides):
            return [only] * len(sides)
        return [s if s == only else None for s in sides]
    if not complete:
        return sides
    unknown = [i for i, s in enumerate(sides) if s is None]
    if not unknown or len(unknown) > MAX_UNKNOWN:
        return sides
    solutions = _solutions(sides, unknown, scores, match)
    if not solutions and any(scores):
        solutions = _solutions(sides, unknown, [None] * len(scores), match)
    if not solutions:
        return sides
    for index in unknown:
        values = {solution[index] for solution in solutions}
        if len(values) == 1:
            sides[index] = values.pop()
    return sides


def _solutions(sides, unknown, scores, match) -> list[list[str]]:
    """Every filling of the unknown sides that ends on the final score and passes each
    stated scoreline, found depth first: a branch stops as soon as a count overshoots
    the final score or misses a stated line, instead of trying all 2^n fillings."""
    home_total, away_total = match.score
    stated = [None if s is None else tuple(sorted(s)) for s in scores]
    options = (match.home, match.away)
    out: list[list[str]] = []
    trial = list(sides)
    last = len(trial)

    def walk(index: int, home: int, away: int) -> None:
        if index == last:
            if home == home_total and away == away_total:
                out.append(list(trial))
            return
        known = sides[index]
        for side in options if known is None else (known,):
            if side == match.home:
                now_home, now_away = home + 1, away
            else:
                now_home, now_away = home, away + 1
            if now_home > home_total or now_away > away_total:
                continue
            line = stated[index]
            if line is not None and line != (min(now_home, now_away), max(now_home, now_away)):
                continue
            trial[index] = side
            walk(index + 1, now_home, now_away)
        trial[index] = known

    walk(0, 0, 0)
    return out
