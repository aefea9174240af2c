"""Card readings the plain clause rules get wrong: a live line headed by a card shout
(`47 min: RED CARD! Evans hauls down ...`), whose player opens the next sentence; the
card's own words read as a name (`Straight red.`, `Glatt Rot.`); a player who goes off
injured (`musste verletzt vom Platz`); a card timed from the last minute told before
(`Six minutes later X was shown a second yellow`)."""

from __future__ import annotations

import re

from bot.facts import Dismissal
from bot.reports.cards.details import _from_base
from bot.reports.cards.referents import last_offender
from bot.reports.clauses.minutes import line_head_minute
from bot.reports.clauses.pairing import OTHER
from bot.reports.clauses.scenes import FOREIGN
from bot.reports.goals.scorers import candidates
from bot.reports.patterns.keyed import Keyed

_SHOUT_LINE = re.compile(
    r"^\s*\d{1,3}\.?(?:\s*\+\s*\d{1,2})?\s*(?:min|mins|Min|Minute)\.?\s*:\s*"
    r"(?P<shout>(?i:red card|straight red|second yellow|sent off|rote karte|"
    r"gelb-rote karte|gelb-rot|platzverweis))\s*!*\s*$"
)
_VENUE_AFTER = re.compile(r"\s+(?:stadium|Stadion|arena|ground|Park)\b", re.I)
_OBJECT = re.compile(r"\w+ing$|on$|an$")
"""`for kneeing X`, `a foul on X`, `Foul an X`: X is the one fouled."""
_THAT_GAME = Keyed(
    re.compile(
        r"\b(?:that|the same) (?:game|match|final|tie|night|afternoon|evening|day)\b|"
        r"\b(?:jene[mns]?|dem damaligen) (?:Spiel|Finale|Partie|Abend)\b|\bdamals\b",
        re.I,
    ),
    "that |the same |jene|damal",
)
"""Each match holds one of the keys (lower-cased): most card sentences hold none."""
_INJURED = re.compile(
    r"\b(?:verletz\w*|angeschlagen|humpel\w*|getragen|Trage|injur\w*|stretcher\w*)\b", re.I
)


def shout_card(reading, scene, second: re.Pattern) -> Dismissal | None:
    """`47 min: RED CARD!` alone as a sentence: the card of the player who opens the next
    sentence of the same line, at the line's minute."""
    doc = reading.cast.doc
    found = _SHOUT_LINE.match(scene.sentence.text)
    if found is None or scene.index + 1 >= len(doc.sentences):
        return None
    after = doc.sentences[scene.index + 1]
    if "\n" in doc.text[scene.sentence.end : after.start]:
        return None
    people = reading.cast.within(after.start, after.end)
    opening = after.start + len(after.text) - len(after.text.lstrip())
    if not people or people[0].start != opening or people[0].possessive:
        return None
    minute = line_head_minute(doc.text, scene.sentence.end)
    line_end = doc.text.find("\n", after.start)
    line = doc.text[scene.sentence.start : line_end if line_end != -1 else len(doc.text)]
    return Dismissal(
        None,
        reading.cast.full_name(people[0].name),
        minute.minute if minute else None,
        minute.added if minute else None,
        bool(second.search(line)),
        scene.sentence.text + " " + after.text,
    )


def off_cue(cast, clause, cue: re.Match) -> list:
    """The clause's candidates but the card's own words (`Straight` of `Straight red`)."""
    start, end = clause.start + cue.start(), clause.start + cue.end()
    if cue.group()[:6].lower() == "musste" and cue.group().endswith("vom Platz"):
        start = end - len("vom Platz")  # `musste auch X nach ... vom Platz`: X is named inside
    return [c for c in candidates(cast, clause) if c.end <= start or c.start >= end]


_CARD_NOUN_BEFORE = re.compile(r"\b(?:die|diese|the|that|this)\s+(?:[a-zäöü][\w-]*\s+)?$", re.I)
_CARD_NOUN_VERB = re.compile(
    r"\s+(?:habe|hat|hatte|sei|war|ha(?:s|d)|was|changed|decided|killed|ruined|turned|"
    r"made|cost|veränderte|entschied)\b(?!\s+(?:\w+\s+)?(?:shown|given|gezeigt|erhalten|bekommen))"
)


def card_as_subject(cue: re.Match, clause_text: str) -> bool:
    """`Guardiola ..., die frühe Rote Karte habe alles verändert`, `the early red card
    changed everything`: a card told back as the subject of its clause is no sending-off
    of a name the clause holds."""
    if not cue.group()[:1].isalpha():
        return False
    before = clause_text[max(0, cue.start() - 30) : cue.start()]
    return bool(_CARD_NOUN_BEFORE.search(before)) and bool(
        _CARD_NOUN_VERB.match(clause_text, cue.end())
    )


def injured_exit(cue: re.Match, clause_text: str) -> bool:
    """`musste verletzt vom Platz`: leaving the pitch injured is no sending-off."""
    word = cue.group().lower()
    if not (word.startswith("musste") or word.endswith("musste")):
        return False
    return bool(_INJURED.search(clause_text))


def relative_lead(reading, minutes: list, cue_at: int):
    """`Six minutes later X was shown a second yellow`: an offset told before the card,
    counted from the last time told before it in the same paragraph."""
    if len(minutes) != 1 or minutes[0].relative is None or minutes[0].start >= cue_at:
        return None
    return _from_base(reading.minutes, minutes[0], reading.cast.doc.text)


def pronoun_antecedent(reading, scene) -> str | None:
    """Whom `showed him a red card` means: the last player named in the two sentences
    before who is not the one fouled, nor a venue (`River Plate's Monumental stadium`)."""
    cast = reading.cast
    for sentence in reversed(cast.doc.sentences[max(0, scene.index - 2) : scene.index]):
        end = sentence.end
        for person in reversed(cast.within(sentence.start, sentence.end)):
            if not _VENUE_AFTER.match(cast.doc.text, person.end) and not _OBJECT.match(
                person.before
            ):
                break
            end = person.start
        name = last_offender(cast, sentence.start, end)
        if name:
            return name
    return None


def told_of_past_game(reading, scene) -> bool:
    """`In May 2017 Arsenal beat Chelsea 2-1 in the final as well. ... and Chelsea also
    finished that game with ten men after Moses was sent off`: a card sentence pointing
    back (`that game`, `damals`) right after a sentence told wholly of another match."""
    if scene.index == 0 or not _THAT_GAME.search(scene.sentence.text):
        return False
    before = [s for s in reading.scenes if s.index == scene.index - 1]
    if not before or not before[0].clauses:
        return False
    targets = {c.target for c in before[0].clauses}
    if len(targets) == 1 and next(iter(targets)).startswith(OTHER):
        if {c.target for c in scene.clauses} == targets:
            return False  # that game is a match read: the card goes to it, as its clauses do
    return all(c.target == FOREIGN or c.target.startswith(OTHER) for c in before[0].clauses)


_RELATIVE = re.compile(r"\s*(?:der|die|who)\s+(?=[a-zäöüß])")


def relative_antecedent(cast, scene, clause) -> str | None:
    """`X musste ohne Ribéry auskommen, der nach seiner Roten Karte gesperrt war`, `... for
    Ribéry, who was sent off in the first leg`: a card told in a relative clause is the
    name right before it, not the sentence's subject."""
    if not _RELATIVE.match(clause.text):
        return None
    before = cast.within(scene.sentence.start, clause.start)
    if not before or not _TO_RELATIVE.fullmatch(cast.doc.text, before[-1].end, clause.start):
        return None
    return cast.full_name(before[-1].name)


_TO_RELATIVE = re.compile(r"(?:\s+[a-zäöüß]+){0,2}\s*,\s*")
"""What may stand between the name and its relative clause: a German verb at the end of
the main clause (`ohne Ribéry auskommen, der ...`) and the comma."""
