"""Details a result takes from the text around it rather than its own score: the
cup final it won, the round named in the sentence that gave it its teams, the league
a relegation play-off is for (the one a side goes up to or down from)."""

from __future__ import annotations

import re

from bot.competitions.names import find_competitions, info
from bot.reports.matches import cues
from bot.reports.matches.competitionmentions import named_in
from bot.reports.matches.drawday import draws_round
from bot.reports.matches.mainmatch import index_of
from bot.reports.matches.reading import Reading
from bot.reports.matches.titles import won_cup_final
from bot.reports.text.document import Document

_MOVE = re.compile(
    r"\b(?P<up>aufstieg\w* in die|aufsteigen in die|zurück in die|rückkehr in die|weg in die|"
    r"verbleib in der|klassenerhalt "
    r"in der|durchmarsch\w* (?:aus der [\w.-]+ )?in die|(?:spielt|spielen) in der (?:kommenden|"
    r"nächsten) (?:saison|spielzeit) in der|klassenerhalt "
    r"in der|promotion to the|promoted to the|up to the|survival in the|relegation(?:s?spiele?)? "
    r"(?:zwischen|between)(?: der| the)?)\s+$|\b(?P<down>abstieg\w* in die|absteigen in die|"
    r"müssen in die|muss in die|relegated to the|relegation to the|down to the|"
    r"drop(?:ped|s)? (?:in)?to the|dritter der|dritte der|dritten der|"
    r"third(?:-placed side| place| placed team)? in the)\s+$",
    re.IGNORECASE,
)
"""`Aufstieg in die Bundesliga`, `Klassenerhalt in der Bundesliga`, `die Relegation zwischen
Bundesliga und 2. Liga` (the higher league is named first): the league played for. Not `back in
the` or `zurück in der`, which a relegated side says of the league below too. `Dritter der 2.
Bundesliga`: the lower league's third goes into the play-off for the league above."""
_LEAGUE_ABOVE = {"2. Bundesliga": "Bundesliga", "3. Liga": "2. Bundesliga"}
_INTO = re.compile(r"\bin die\s+$")
_SPLIT_PARTICLE = re.compile(r"\s+(?:(?P<up>zurück|auf)|(?P<down>ab))\b(?!\s*[-–]?\s*\w+en\b)")
"""`kehrt Fortuna Düsseldorf in die Bundesliga zurück`, `steigt ... in die 2. Liga ab`: a
separable verb whose particle follows the league."""


_MOVED = re.compile(
    r"\s+(?:(?P<up>aufgestiegen|aufsteigen)|(?P<down>abgestiegen|absteigen))\b(?!\s+war(?:en)?\b)"
)
"""`ist in die 3. Liga abgestiegen`: the participle after the league; not `der 2018 in die
Bundesliga aufgestiegen war`, a move of years before."""


def _split_move(text: str, m) -> re.Match | None:
    if not _INTO.search(text, max(0, m.start - 10), m.start):
        return None
    return _SPLIT_PARTICLE.match(text, m.end) or _MOVED.match(text, m.end)


def relegation_league(doc: Document) -> str | None:
    """`den Aufstieg in die Bundesliga verpasst`, `Abstieg in die 3. Liga`: the league a
    relegation play-off is for, the one a side goes up to (or down from), when the
    report names no competition beside the play-off itself."""
    found = doc.cache.get("relegation-league", False)
    if found is not False:
        return found
    leagues = set()
    for m in find_competitions(doc.text, doc.published):
        move = _MOVE.search(doc.text, max(0, m.start - 50), m.start) or _split_move(doc.text, m)
        if move and getattr(info(m.name), "format", None) == "league":
            leagues.add(m.name if move.group("up") else _LEAGUE_ABOVE.get(m.name))
    found = leagues.pop() if len(leagues) == 1 else None
    doc.cache["relegation-league"] = found
    return found


_WILL = re.compile(r"\b(?:will|wird|werden|is set to|are set to)\b")
"""`River's opponents in the final will be Boca Juniors or Palmeiras`: a round to come."""
_ROUND_EARNED = re.compile(
    r"\b(?:(?:reward|prize|Lohn|Belohnung)\s+(?:is|ist)|(?:set|sets|setting) up|earned|earns|"
    r"booked|books|bescherte|beschert)\s+(?:a|an|the|their|its|ein|eine|einen|das|den|die|"
    r"ihnen|sich)\s+(?:[\w-]+\s+)?(?:semi-?finals?|quarter-?finals?|finals?|Halbfinale|"
    r"Viertelfinale|Finale|Endspiel)\s+(?:against|with|gegen|mit)\b",
    re.IGNORECASE,
)
"""`Their reward is a semi-final against Chelsea, who squeezed past Bayern`, `Der Lohn ist
ein Halbfinale gegen Chelsea`: the round earned, to come, not that of the results told of
the next opponent."""


def context_stage(doc: Document, r: Reading) -> str | None:
    """A result that won a cup was its final. `im Halbfinale Grêmio deklassiert. Nach
    einem 1:1 im Hinspiel ... 5:0`: a result whose teams come from the sentence before
    takes the one round that sentence names for them; so does a leg after a lead-in
    naming no team (`Auch im Oberhaus hatte die Auswärtstorregel die Relegation
    entschieden. Werder ... im Hinspiel ...`)."""
    if r.teams() is None:
        return None
    if r.leg is None and won_cup_final(r.sentence.text, r.hit.start - r.sentence.start):
        return "final"
    index = index_of(doc, r)
    if not 0 < index < len(doc.sentences):
        return None
    before = doc.sentences[index - 1]
    named = {m.team for m in doc.mentions_in(before) if m.prep != "in"}
    lead_in = not named and cues.LEG.search(r.sentence.text)
    if not lead_in and not (r.context_filled and set(r.teams()) <= named):
        return _finalists_round(doc, r, index)
    if (
        cues.FIXTURE_AHEAD.search(before.text)
        or _WILL.search(before.text)
        or _ROUND_EARNED.search(before.text)
    ):
        return None  # `Im Endspiel am 25. Mai trifft Dortmund auf Bayern`: a round to come
    stages = _rounds_named(before.text)
    if lead_in and "final" in stages:
        return None  # `Im Endspiel am 25. Mai ...`: the round ahead, not the legs told next
    return stages.pop() if len(stages) == 1 else None


def _rounds_named(text: str) -> set[str | None]:
    """The rounds a sentence names, a round named outright before one worked out from
    reaching the next: `reached the final with a wild Eastern Conference final` names a
    round whose stage is not known (None), not the semi-final."""
    told = cues.told_rounds(text)
    drawn = {at for at, _, _ in told if draws_round(text, at)}
    outright = [stage for at, stage, derived in told if not derived and at not in drawn]
    if outright:
        return set(outright)
    if drawn:
        return set()  # `in Friday's quarter-final draw`: the round to come, not one played
    return {stage for _, stage in cues.stage_at(text)}


def _finalists_round(doc: Document, r: Reading, index: int) -> str | None:
    """`Both sides had earned their place in Lisbon with emphatic semifinals. Real
    demolished Bayern, winning 1-0 ... Atletico were held 0-0 by Chelsea ...`: a result
    of one finalist, told after a sentence naming no side but one earlier round (with at
    most another finalist's result between), was played in that round."""
    main = doc.cache.get("main")
    if main is None or r is main or main.stage != "final" or r.sentence is main.sentence:
        return None
    finalists = set(main.teams() or ())
    if len(set(r.teams()) & finalists) != 1:
        return None
    for j in (index - 1, index - 2):
        if j < 0:
            return None
        sentence = doc.sentences[j]
        stages = {stage for _, stage in cues.stage_at(sentence.text)}
        named = {m.team for m in doc.mentions_in(sentence) if m.prep != "in"}
        if named:
            if stages or not named & finalists or sentence is main.sentence:
                return None
            continue
        if len(stages) != 1 or "final" in stages or cues.FIXTURE_AHEAD.search(sentence.text):
            return None
        return stages.pop()
    return None


_MATCHDAY = re.compile(
    r"-?(?:spieltag\w*|saisonfinale)\b|\s+(?:matchday|season finale)\b",
    re.IGNORECASE,
)
_DAY_OF = re.compile(r"\b(?:(?:final|last|opening) day of the|matchday in the)\s+$", re.I)


def matchday_before(doc: Document, r: Reading) -> str | None:
    """`Das lag am letzten Bundesliga-Spieltag. Hertha verlor mit 1:2 in Dortmund, ...`:
    results told right after a sentence naming one league's matchday are that league's."""
    index = index_of(doc, r)
    if not 0 < index < len(doc.sentences):
        return None
    text = doc.sentences[index - 1].text
    found = {
        m.name
        for m in named_in(text, doc.published)
        if _MATCHDAY.match(text, m.end) or _DAY_OF.search(text, max(0, m.start - 30), m.start)
    }
    return found.pop() if len(found) == 1 else None
