"""Results written as lists rather than prose: AP "Glance" lines
(`Porto 3, Roma 1, aet`) and kicker-style headers (`Dortmund – Bayern 1:2 (0:0)`),
where the home team is named first."""

from __future__ import annotations

import re

from bot.reports.matches import cues
from bot.reports.matches.listedtime import listed_extra_time
from bot.reports.matches.reading import Reading
from bot.reports.matches.scorekinds import HALF_TIME_WORDS, LABEL_PLACE
from bot.reports.matches.scorerbox import scorer_box_line
from bot.reports.matches.scores import ScoreHit
from bot.reports.patterns.keyed import Keyed
from bot.reports.text import when

_GLANCE_TAIL = re.compile(r"^ (\d{1,2}),\s+")
_GLANCE_END = re.compile(r"^ (\d{1,2})(?=$|[,;.]|\s*\(|\s+[–—-]\s)")
_BARE_GAP = re.compile(r" (\d{1,2}) ")
_BARE_END = re.compile(
    r" (\d{1,2})(?:,? (after extra[- ]time|aet|a\.e\.t\.))?"
    r"\s*(\((?:after extra[- ]time|aet|a\.e\.t\.|n\.\s?V\.|"
    r"[^()]{0,60}\b(?:on aggregate|agg)\b[^()]{0,50}|"
    r"(?:aet|a\.e\.t\.|after extra[- ]time),? [A-Z][\w'’. -]{1,40}? wins? \d{1,2}-\d{1,2} on "
    r"penalties)\)|\([^()\d]{2,60}\))?\s*",
    re.IGNORECASE,
)
"""`Italy 1 Norway 0`, `France 1 Paraguay 0, after extra time (Lens)`: a bare headline's
second score, then how it ended and a bracket that is a note (extra time, aggregate, `aet,
Spain win 3-2 on penalties`) or the ground (no figure in it)."""
"""`Manchester United 4 Liverpool 3 (after extra time)`, `Chelsea 0 Inter Milan 1 (Inter
win 3-1 on aggregate)`: a headline line holding nothing but the result, home side first,
and brackets saying only that it went to extra time or how the tie it ended stood."""
_HEADER_GAP = re.compile(r"^\s*[–—-]\s*$")
_SCORE_GAP = re.compile(r" (\d{1,2})[-–](\d{1,2}) ")
_HEADLINE_END = re.compile(r"\s*(?:$|:\s|\(|[–—|]\s)")
"""`Chelsea 1-3 Atlético Madrid: Diego Costa sends Simeone's side to Lisbon`: a headline
with the score between the names, home side first."""
_HEADLINE_NOTES = re.compile(r"\s*\(([^()]{1,80})\)")
"""`Sevilla 2-2 Espanyol (aet; Sevilla win 3-1 on penalties)`: what the brackets after a
headline score say of extra time and a shoot-out."""
_HEADER_SCORE = re.compile(r"^\s+(\d{1,2}):(\d{1,2})\b")
_AET = re.compile(r"^,?\s*\(?\s*(?:aet|a\.e\.t\.|n\.\s?V\.|after extra[- ]time)", re.I)
_PLACE_PREFIX = re.compile(
    r"^[A-ZÄÖÜ][\w'’.-]*(?: [A-ZÄÖÜ][\w'’.-]*){0,3}: (?=[A-ZÄÖÜ0-9])|"
    r"^[A-ZÄÖÜ][\w'’.-]*(?: [\w'’.-]+){0,3}(?:, [\w'’.-]+(?: [\w'’.-]+){0,3}){1,2}: (?=[A-ZÄÖÜ])"
)
"""`Berlin: Switzerland 2, Italy 0`, `At St James' Park: France 3 Bulgaria 1` or
`DFB-Pokal, Finale: Dortmund – Bayern 5:2`: a round-up line or a result header may start
with the venue or the competition."""
_TIME_LABEL = re.compile(
    rf"^(?:(?P<half>{HALF_TIME_WORDS})|Full[- ]?time|FT|"
    r"Final score|Final result|Endstand|Endergebnis|Abpfiff|Schlusspfiff)"
    rf"{LABEL_PLACE}: (?=[A-ZÄÖÜ])"
)
"""`Full-time at Old Trafford: Manchester United 2, Tottenham Hotspur 1`, `Abpfiff in
Dortmund: ...`: a live report's label of the moment before its result line; a half-time
label (`Half-time: ...`, `Halbzeit: ...`) heads a score that is not the result."""
_AGENCY_PREFIX = re.compile(
    r"^[A-ZÄÖÜ][\w'’.-]*(?: [A-ZÄÖÜ][\w'’.-]*){0,2} \([A-Za-z]{2,8}(?:/[A-Za-z]{2,8})*\) ?[–—-] "
    r"(?=[A-ZÄÖÜ])"
)
"""`München (dpa) - FC Bayern München - Lazio Rom 3:0 (1:0)`: a wire dateline before the
result line (its town is where the reporter filed from, not a side's ground)."""
_NOT_A_RESULT = re.compile(
    r"(?:(elfmeterschießen|elfmeterschiessen|penalties|penalty shoot-?out|shoot-?out|"
    r"penalty kicks|spot kicks|pens)|aggregate|gesamtergebnis|gesamt|insgesamt|on aggregate|"
    r"agg)\s*:",
    re.IGNORECASE,
)
"""`Elfmeterschießen: Senegal 4, Ägypten 2`, `Aggregate: Porto 3, Roma 2`: a labelled
line that is a shoot-out (kept to join its drawn match) or a sum of legs, not a match."""
_SHOOTOUT_WINNER = re.compile(
    r"([A-ZÄÖÜ][\w'’. -]{1,40}?) (?:won|wins?|advanced|advance|went through)\s*$"
)
_SHOOTOUT = re.compile(
    r"(\d{1,2}):(\d{1,2})\s*i\.\s?E\.|(\d{1,2})-(\d{1,2}) (?:on )?pen|"
    r"(?:Elfmeterschießen|Elfmeterschiessen|i\.\s?E\.)\s*:?\s*(\d{1,2}):(\d{1,2})\b|"
    r"(\d{1,2}):(\d{1,2}) im Elfmeterschie(?:ß|ss)en\b",
    re.I,
)
"""`4:2 i.E.`, `5-3 on penalties`, `| Elfmeterschießen 6:5` (home side's kicks first)."""


_GOAL_CALL = re.compile(r"\b(?:GOAL|GOLDEN GOAL|Goal|TOR|Tor|GO+A?L|TO+R)!+\s*$")
"""`55 MIN: GOAL! France 0-1 Italy.`: the line after a live ticker's goal call gives the
score that goal made, not a result."""


def after_goal_call(doc, sentence) -> bool:
    """Whether the sentence follows a ticker's `GOAL!`: its score is that goal's."""
    start = sentence.start
    return "!" in doc.text[max(0, start - 3) : start] and bool(
        _GOAL_CALL.search(doc.text, max(0, start - 30), start)
    )


def _bare_end(doc, sentence, after: str, place):
    """The bare headline's end; with a full stop only as the story's first sentence
    (`Newcastle United 5 Manchester United 0. Ten weeks after ...`), where it is the
    headline run into the lead, not a round-up's line; not after a place (`Cologne:`),
    which may be neutral ground."""
    if after.endswith(".") and place is None and not doc.text[: sentence.start].strip():
        after = after[:-1]
    return _BARE_END.fullmatch(after)


_STORY_LABEL = re.compile(
    r"(?:AS IT HAPPENED|As it happened|LIVE|Live|MATCH REPORT|Match report|REPORT|"
    r"MINUTE[- ]BY[- ]MINUTE|Minute[- ]by[- ]minute|LIVETICKER|Liveticker|SPIELBERICHT|"
    r"Spielbericht|NACHLESE|Nachlese):\s*"
)
"""`AS IT HAPPENED: Spain 1 Republic of Ireland 1 (aet ...). Our coverage ...`: the kind
of story before its headline result, not a ground."""


def _is_label(place) -> bool:
    return place is not None and _STORY_LABEL.fullmatch(place.group()) is not None


def header_reading(doc, sentence) -> list:
    mentions = doc.mentions_in(sentence)
    if len(mentions) < 2:
        return []
    line = sentence.text
    place = None
    if ":" in line:  # these prefixes end in a colon
        label = _TIME_LABEL.match(line)
        if label and label.group("half"):
            return []
        place = (
            _NOT_A_RESULT.match(line)
            or label
            or _STORY_LABEL.match(line)
            or _PLACE_PREFIX.match(line)
        )
    if place is None and "(" in line:
        place = _AGENCY_PREFIX.match(line)
    begin = sentence.start + (len(place.group().rstrip()) + 1 if place else 0)
    if place:
        mentions = [m for m in mentions if m.start >= begin]
    if len(mentions) < 2:
        return []
    label = _NOT_A_RESULT.match(place.group()) if place else None
    if label and not label.group(1):
        return []
    first, second = mentions[0], mentions[1]
    text = doc.text
    if first.start != begin:
        return []
    gap = text[first.end : second.start]
    after = text[second.end : sentence.end]
    if _HEADER_GAP.match(gap):
        score = _HEADER_SCORE.match(after)
        if not score:
            return []
        home_goals, away_goals = int(score.group(1)), int(score.group(2))
        rest = after[score.end() :]
    elif (bare := _BARE_GAP.fullmatch(gap)) and (
        end := _bare_end(doc, sentence, after, None if _is_label(place) else place)
    ):
        home_goals, away_goals = int(bare.group(1)), int(end.group(1))
        rest = " ".join(x for x in end.group(2, 3) if x).strip("() ")
    elif "(" in gap + after and (scorers := scorer_box_line(gap, after)) is not None:
        home_goals, away_goals = scorers  # `Germany 2 (Klinsmann 20 pen, Sammer 59) Croatia 1`
        rest = ""
    elif (scored := _SCORE_GAP.fullmatch(gap)) and _HEADLINE_END.match(after):
        home_goals, away_goals = int(scored.group(1)), int(scored.group(2))
        notes = _HEADLINE_NOTES.match(after)
        rest = notes.group(1) if notes else ""
    else:
        tail = _GLANCE_TAIL.match(text[first.end : second.start + 1] + " ")
        end = _GLANCE_END.match(after)
        if not tail or not end or text[first.end : second.start].count(",") != 1:
            return []
        home_goals, away_goals = int(tail.group(1)), int(end.group(1))
        rest = after[end.end() :]
    start = sentence.start
    hit = ScoreHit(start, start + 1, home_goals, away_goals, "result")
    reading = Reading(sentence, hit, first.team, second.team, home_goals, away_goals)
    reading.home = first.team
    reading.strength = 3
    reading.notes.add("listing")
    reading.extra_time = bool(_AET.match(rest.strip(" ,")) or _AET.match(rest))
    shoot = _SHOOTOUT.search(rest)
    reading.extra_time = reading.extra_time or listed_extra_time(rest, shoot)
    if shoot:
        nums = [int(x) for x in shoot.groups() if x is not None]
        reading.penalties = (nums[0], nums[1])
        said = _SHOOTOUT_WINNER.search(rest[: shoot.start()])
        if shoot.group(3) is not None and said:
            won_by_second = _names(said.group(1), second.alias) and not _names(
                said.group(1), first.alias
            )
            high, low = max(nums), min(nums)
            reading.penalties = (low, high) if won_by_second else (high, low)
    if label:
        reading.notes.add("shootout-only")
        return [reading]
    out = [reading]
    other = _OTHER_LEG.search(rest)
    if other and other.group(2) == other.group(3):
        goals = int(other.group(2))
        leg_hit = ScoreHit(start + 2, start + 3, goals, goals, "result")
        leg = Reading(sentence, leg_hit, second.team, first.team, goals, goals)
        leg.home, leg.strength = second.team, 3
        leg.leg = 1 if other.group(1).lower().startswith(("hin", "first")) else 2
        reading.leg = 3 - leg.leg
        out.append(leg)
    elif (own := _OWN_LEG.search(after)) is not None:
        reading.leg = 1 if own.group(1).lower().startswith(("hin", "first")) else 2
    return out


def _names(said: str, alias: str) -> bool:
    """Whether a shoot-out's winner as the note names it (`Ireland`) is this side as the
    line names it (`Republic of Ireland`): the same words, or the line's last or first."""
    said, alias = said.strip().lower(), alias.lower()
    return said == alias or alias.endswith(" " + said) or alias.startswith(said + " ")


_OWN_LEG = re.compile(
    r"^[^.]*?[,:–—]\s*(?:[\w -]{0,30}?,\s*)?(first leg|second leg|Hinspiel|Rückspiel)\b"
    r"(?!\s*:?\s*\d)",
    re.I,
)
"""`Liverpool 0-1 Inter Milan (agg 2-1): Champions League last 16, second leg – as it
happened`: a leg the headline's own label names is the headline match's."""


_OTHER_LEG = re.compile(
    r"\b(Hinspiel|Rückspiel|First leg|Second leg)\s*:?\s*(\d{1,2})[:-](\d{1,2})", re.I
)


HEADING_LEG = re.compile(
    r"^(?:[\w -]{3,30},\s*){0,2}(first legs?|second legs?|hinspiele?|rückspiele?)\b"
    r"(?=\s*(?:$|[,–—-]))",
    re.I,
)
"""`First legs`, `Round of 16, second legs`, `Champions League, Achtelfinale, Rückspiel –
Dienstag, ...`: a heading naming the leg of the lines under it."""
_LEG_WORDS = Keyed(HEADING_LEG, "leg|spiel")
"""Asked of every sentence: one without a leg word (most) is no leg heading."""
STAGE_HEADING = re.compile(
    r"(?:The )?(?:Final|Finals|Semifinals?|Semi-?[Ff]inals?|Quarterfinals?|Quarter-?[Ff]inals?|"
    r"Round of (?:16|32)|Finale|Endspiel|Halbfinale|Viertelfinale|Achtelfinale)(?: \w+ legs?)?"
)
"""A round-up's own heading line (`Semifinals`, `Final`), title case, nothing else."""
THIRD_PLACE_HEADING = re.compile(
    r"(?:Third[- ]Place(?: Match| Game| Playoff)?|Third Place|Spiel um Platz (?:drei|3)|"
    r"Spiel um Platz 3)",
    re.IGNORECASE,
)


# `\d\d?` (not `\d{1,2}`): a pattern opening with one class lets `re` skip to digits.
_HEADING_SCORE = re.compile(r"\d\d?[-:]\d{1,2}\b(?![-:])")


def read_heading(doc, sentence, heading: dict) -> None:
    """A round-up's heading line (`SEMIFINALS`, `Final`, `First legs`, a date) sets the
    stage, leg or date of the list lines under it."""
    text = sentence.text
    if ":" in text and _HEADING_SCORE.search(text):
        return
    leg = HEADING_LEG.match(text) if _LEG_WORDS.may(text) else None
    if len(text) > 40:
        if leg:
            heading["leg"] = 1 if leg.group(1).lower().startswith(("first", "hin")) else 2
        return
    # the cheap test of a heading's form first: most short lines are no heading
    stages = (
        cues.stage_at(text)
        if text.upper() == text or STAGE_HEADING.fullmatch(text.strip())
        else None
    )
    if stages:
        heading["stage"] = stages[0][1]
        heading.pop("leg", None)
    elif THIRD_PLACE_HEADING.fullmatch(text.strip()):
        heading["stage"] = None
        heading.pop("leg", None)
    if leg:
        heading["leg"] = 1 if leg.group(1).lower().startswith(("first", "hin")) else 2
    if len(text) == 40:
        return
    heading.setdefault("date-lines", []).append(text)


def heading_date(doc, heading: dict) -> str | None:
    """The first explicit date of the latest heading line that tells one. Worked out
    only when a list line asks for it: most reports list nothing, and resolving the
    dates of every short line would be wasted on them."""
    for text in reversed(heading.get("date-lines", ())):
        for _, value, kind in when.dates_in(text, doc.published, doc.lang):
            if kind == "explicit":
                return value
    return None
