"""Who scored a live report's goal line: the player who finishes (`Reina spills X's shot
and Ashton is there to tap in`, `Crouch knocks it down, Gerrard smashes it in`), not
the first name of the line; and a word exclaimed alone (`Unbelievable.`) is no name."""

from __future__ import annotations

import re

from bot.reports.goals.scorers import pick

NO_DELIVERY = (
    r"(?!\s+(?:a|an|the|his|her)\s+(?:[\w-]+\s+)?(?:cross|corner|centre|delivery|free[- ]kick)\b)"
)
GOAL_LINE_NOW = (
    r"(?:smash|fire|drill|rifle|lash|slam|blast|thump|prod|poke|sweep|bundle|stab|tuck|"
    r"side-foot|volley|curl|head|nod|turn|roll|stroke|sidefoot)(?:s|es)\s+"
    r"(?:it\s+|the ball\s+|one\s+)?(?:in|home)\b" + NO_DELIVERY + "|"
    r"(?:volley|head|nod|turn|tap|sweep|prod|poke|stab|bundle|steer|glance|flick|side-foot)"
    r"s\s+(?:his|her|the)\s+(?:[\w-]+\s+)?(?:cross|centre|pass|cut-back|knock-down)\s+"
    r"(?:in|home)\b"
)
"""`Gerrard smashes it in`, `Cisse volleys in`, `Delvecchio volleys his cross in`: a finish
told in the present; `curls in a cross` delivers the ball, no finish."""
_ALONE = re.compile(r"[.!]")
_SHOT_PAST = re.compile(
    r"\b(?:sweep|drill|fire|curl|rifle|lash|slam|blast|stroke|steer|side-foot|sidefoot|"
    r"place|roll|slide|poke|bend|hammer|thump)(?:s|es) (?:a|an|the|his|her) "
    r"(?:[\w-]+ ){0,3}?(?:shot|effort|strike|finish|drive|volley) "
    r"(?:past|beyond|under|into the (?:bottom |top |far |near )?(?:corner|net)|"
    r"into the roof of the net)\b"
    r"(?! the (?:near |far )?(?:post|upright|bar|crossbar))",
    re.I,
)
"""`He lays the ball back for Scholes, who sweeps a low shot past Harper`, `drills a low
shot under Toldo`, `lashes a volley into the roof of the net`: the finish of
a goal line told in the present, found only to pick its scorer (no line is a goal line
for it)."""
_LIFTED = re.compile(
    r"\b(?:lift|chip|lob|loop|dink|scoop|clip)s (?:the ball |it |a shot |his shot )?over "
    r"(?!the (?:bar|crossbar|top|wall|defen[cs]e|line)\b)(?:[A-Z]|the (?:keeper|goalkeeper)\b)"
)
"""`lifts the ball over Peter Schmeichel`: a finish past the keeper, found only to pick a
goal line's scorer; a ball lifted over the bar, the wall or the defence is none."""
_PROVIDER = re.compile(
    r"\b(?:turns? provider|provider\b|lays? (?:the ball |it )?(?:back |off |on )?for|"
    r"sets? up|tees? up|squares? (?:it |the ball )?for|cuts? (?:it |the ball )?back for|"
    r"(?:legt|spielt|passt)\b.{0,30}\b(?:auf|für)|bereitet\b.{0,30}\bvor|Vorlage)",
    re.I,
)
"""`Sheringham turns provider`: the first name of such a line set the goal up."""
_FED = re.compile(
    r"\b(?:lays? (?:the ball |it )?(?:back |off |on )?|sets? up|tees? up|"
    r"squares? (?:it |the ball )?|cuts? (?:it |the ball )?back |)for "
    r"([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?),? who\b|"
    r"\b(?:legt|spielt|passt)\b[^.;]{0,30}?\b(?:für|auf) "
    r"([A-ZÄÖÜ][\w'’-]+(?: [A-ZÄÖÜ][\w'’-]+)?),? (?:der|die)\b"
)


_SERVED_BY = re.compile(
    r"\b(?:played|put|sent|slipped|released|found|picked out|set up|teed up|fed)"
    r"(?: (?:through|clear|in))? by\s+$"
)
"""`Torres, on as a substitute, is played through by Xavi and finishes low`: the one a
passive names as the server set the goal up."""


def finisher(cast, body: str, body_start: int, named: list, goal_line: re.Pattern):
    """The scorer's name among the line's candidates, or None."""
    text = cast.doc.text
    named = [c for c in named if not _alone(cast, text, c)]
    named = [c for c in named if not _SERVED_BY.search(text, max(0, c.start - 40), c.start)]
    if not named:
        return None
    named = _not_in_foul(text, named)
    cue = goal_line.search(body)
    if _PROVIDER.search(body):
        fed = _fed(cast, body, body_start, goal_line)
        if fed is not None or cue is None:
            return fed
    cue = cue or _SHOT_PAST.search(body) or _LIFTED.search(body)
    if cue is None or len(named) == 1:
        return named[0].name
    chosen = pick(named, body_start + cue.start())
    return chosen.name if chosen is not None else named[0].name


def _fed(cast, body: str, body_start: int, goal_line: re.Pattern) -> str | None:
    """`X turns provider. He lays the ball back for Y, who sweeps a low shot past Z`,
    `X legt quer für Y, der ins Eck trifft`: Y, a person the line then tells finishing;
    else nobody (who set it up is no scorer)."""
    fed = _FED.search(body)
    if fed is None:
        return None
    if not (_SHOT_PAST.search(body, fed.end()) or goal_line.search(body, fed.end())):
        return None
    group = 1 if fed.group(1) else 2
    start, end = body_start + fed.start(group), body_start + fed.end(group)
    people = [p for p in cast.within(start, end) if not cast.team_word(p)]
    return people[0].name if len(people) == 1 else None


def _alone(cast, text: str, candidate) -> bool:
    """`Unbelievable.` as a sentence of its own, a word no fuller name of the text holds."""
    if " " in candidate.name or " " in cast.full_name(candidate.name):
        return False
    if not _ALONE.match(text, candidate.end):
        return False
    before = text[: candidate.start].rstrip()
    return before.endswith((".", "!", ":", "?")) or not before


_CALLED = re.compile(r"[ \t]*!")


def called_scorer(cast, start: int, end: int) -> str | None:
    """`21' GOAL! Barcelona 0-1 Valencia. Kevin Gameiro! Valencia break ...`: a person's
    name called out as a sentence of its own on a goal line is its scorer (a single word
    only where the text gives that person a full name: `Level!` is no one)."""
    text = cast.doc.text
    for person in cast.within(start, end):
        if not _CALLED.match(text, person.end) or cast.team_word(person):
            continue
        if not text[start : person.start].rstrip().endswith((".", "!")):
            continue
        if " " in person.name or " " in cast.full_name(person.name):
            return person.name
    return None


_FOUL = re.compile(
    r"\s+(?:hauls|brings|pulls|drags|bundles|knocks|takes) (?:down|over)\s+|"
    r"\s+(?:fouls|trips|clips|upends|fells|topples|bodychecks)\s+"
)


def _not_in_foul(text: str, named: list) -> list:
    """`ANOTHER PENALTY! Hierro hauls down Quinn by the shirt. Robbie Keane takes it`: the
    one who fouls gave the kick away, and the fouled one is told only to say how it came;
    the line's scorer is another it names (where it names none, the fouled one)."""
    fouls = [(c, m) for c in named if (m := _FOUL.match(text, c.end))]
    if not fouls:
        return named
    foulers = {id(c) for c, _ in fouls}
    fouled = {id(c) for c in named for _, m in fouls if c.start == m.end()}
    rest = [c for c in named if id(c) not in foulers | fouled]
    return rest or [c for c in named if id(c) not in foulers] or named
