"""Red cards and second yellows; yellow cards alone are no dismissal."""

from __future__ import annotations

import re

from bot.facts import Dismissal, Match
from bot.reports.cards import misreads
from bot.reports.cards.afterword import second_told_after
from bot.reports.cards.countedlist import counted_list
from bot.reports.cards.details import (
    antecedent,
    card_for,
    card_minute,
    follows_own_goal,
    goal_minute,
    keeper_subjects,
    lead_minute,
    lead_sentence_minute,
    shared_subject,
)
from bot.reports.cards.joined import joined_offenders, with_joined
from bot.reports.cards.merge import merge_cards
from bot.reports.cards.nightof import card_of_unread_result
from bot.reports.cards.offender import (
    clause_subject,
    described_opener,
    earlier_offender,
    subject_before,
)
from bot.reports.cards.otherresult import other_result
from bot.reports.cards.referents import offender_minute
from bot.reports.cards.sacked import sacked
from bot.reports.cards.sentobject import SENT_OBJECT, sent_object
from bot.reports.cards.shownto import shown_pronoun, shown_to
from bot.reports.cards.sides import card_sides
from bot.reports.cards.subordinate import card_of_the_subject
from bot.reports.clauses.minutes import line_head_minute
from bot.reports.clauses.pairing import told_before
from bot.reports.clauses.scenes import FOREIGN, MAIN
from bot.reports.goals.placing import reading_of
from bot.reports.goals.scorers import pick
from bot.reports.goals.subjects import inherited, inverted_subject, verb_first
from bot.reports.goals.teams import clause_hint
from bot.reports.matches.backgroundleg import told_as_before
from bot.reports.patterns.keyed import Keyed
from bot.reports.text.document import Document

_RED_PATTERN = re.compile(
    r"\b(?:red card|sent off|sending[- ]off|second yellow|straight red|dismissed|"
    r"(?:see|saw|sees|shown|given|received?) (?:a |his )?(?:second )?red|"
    r"Rote[n]? Karte|glatt Rot|Gelb-Rot\w*|Gelb-Rote[n]? Karte|Platzverweis\w*|"
    r"vom Platz (?:flog|geflogen|gestellt|geschickt|musste)|musste(?:n)?\b[^.;:]{0,70}?\bvom Platz|"
    r"(?:sah|sieht|sahen) (?:beide |jeweils )?(?:die )?(?:glatt )?Rot|"
    r"(?:glatt )?Rot gesehen|marching orders|red-carded|ordered off|"
    r"second (?:booking|caution)|"
    r"(?:flog|schickte|stellte)\b(?:[^;.]|(?<=\d)\.){0,50}?\bvom (?:Platz|Feld)|"
    r"vom Feld (?:gestellt|geschickt)|"
    r"des (?:Platzes|Feldes) verwiesen|Feldverweis\w*|Ampelkarte|" + SENT_OBJECT + r")",
    re.I,
)
_RED = Keyed(
    _RED_PATTERN,
    "red card| red|red-carded|sent off|sending|second yellow|dismissed|karte| rot|rot gesehen|"
    "gelb-rot|platzverweis|vom platz|vom feld|marching|ordered off|second booking|"
    "second caution|verwiesen|feldverweis|ampel|sent |send",
)
"""Each match of `_RED_PATTERN`, and each `_LINE` heading, holds one of these words (not
"red" alone, which "scored" holds, nor "rot" in "trotz"), so they gate whole sentences
and the whole text: most reports hold none and tell no card."""
_SECOND = re.compile(
    r"second (?:yellow|booking|caution|bookable)|two (?:yellow|bookings)|Gelb-Rot|zweite[n]? Gelbe|"
    r"(?:booked|cautioned) (?:for )?(?:a second time|twice)|zum zweiten Mal verwarnt|"
    r"Ampelkarte|"
    r"zweite[n]? Verwarnung",
    re.I,
)
_LINE = re.compile(
    r"^\s*(?:Platzverweise?|Rote Karten?|Gelb-Rote Karten?|Gelb-Rot|Red cards?|Sent off)\s*:",
    re.I,
)
_NOTE_FIRST = re.compile(
    r"\s*\((?:[^()\d]{2,30}?,\s*(?P<n>\d{1,3})\.?(?:\s*\+\s*(?P<a>\d{1,2})\.?)?['’]?|"
    r"(?P<m>\d{1,3})\.?['’]?\s*/[^()\d]{2,30})\)"
)  # `Otamendi (Manchester City, 68.)`, `Otamendi (68./Manchester City)`
_NOTE_AFTER = re.compile(
    r"(?:\s*\([^()\d]{2,30}\))?[ \t]+(?P<n>\d{1,3})\.?(?:\s*\+\s*(?P<a>\d{1,2})\.?)?['’]?"
    r"(?=[ \t]*(?:[,;]|$))",
    re.M,
)  # `Sent off: Pagliuca (Italy) 21`, `Rote Karte: Kohler 34.`: the minute after the name
_LOST = re.compile(r"\s*(?:lost|verlor(?:en)?)\s+(?:[\w-]+\s+){0,3}?[\w-]+\s+(?:to|durch)\b")
_NONE = re.compile(r":\s*(?:keine?|none|[-–—])\s*\.?\s*$", re.I)
_YELLOW_LINE = re.compile(r"^\s*(?:Gelbe Karten?|Yellow cards?|Bookings?)\s*:", re.I)
_NEGATIVE_PATTERN = re.compile(
    r"\b(?:escaped|avoided|(?:would|should|could)(?: already| really)? have|overturned|"
    r"rescinded|downgraded|zurückgenommen|hätte|wäre|blieb .{0,20}erspart|nearly|beinahe)\b",
    re.I,
)
_NEGATIVE = Keyed(
    _NEGATIVE_PATTERN,
    "escaped|avoided|would|should|could|overturned|rescinded|downgraded|"
    "zurückgenommen|hätte|wäre|erspart|nearly|beinahe",
)
_OTHER_SIDE = re.compile(
    r"auf der anderen Seite|auf der Gegenseite|on the other side|at the other end", re.I
)


def attach_dismissals(doc: Document, matches: list[Match]) -> None:
    """Set Match.dismissals where the report states red cards (or says there were none)."""
    if not matches or not _RED.may(doc.text):
        return
    reading = reading_of(doc, matches)
    pairing = reading.pairing
    if pairing.main is None:
        return
    found: dict[str, list[Dismissal]] = {target: [] for target in pairing.targets()}
    after_goal: set[int] = set()
    empty: set[str] = set()
    for scene in reading.scenes:
        text = scene.sentence.text
        if not _RED.may(text):
            continue
        if _YELLOW_LINE.search(text):
            continue
        if _LINE.search(text):
            if _NONE.search(text):
                empty.add(MAIN)
            else:
                _read_line(reading, scene, found)
            continue
        if _NEGATIVE.search(text) or misreads.told_of_past_game(reading, scene):
            continue
        if other_result(reading, scene):
            continue
        if (listed := counted_list(reading.cast, scene.sentence)) is not None:
            found[MAIN].extend(listed)
            continue
        if (shouted := misreads.shout_card(reading, scene, _SECOND)) is not None:
            found[MAIN].append(shouted)
            continue
        for clause in scene.clauses:
            cue = _RED.search(clause.text)
            if clause.target == FOREIGN or not cue or misreads.injured_exit(cue, clause.text):
                continue
            if misreads.card_as_subject(cue, clause.text):
                continue
            if sacked(cue, doc.text, clause.start):
                continue  # `George Graham ... was dismissed in February`: a manager sacked
            if card_of_unread_result(reading, scene, clause):
                continue  # `goalless in Turin, a night on which Rebic was sent off`
            _read_clause(reading, scene, clause, found, doc, after_goal)
    for target in pairing.targets():
        match = pairing.match_for(target)
        if match is None or (target != MAIN and match is pairing.main):
            continue
        if target == MAIN and told_as_before(match):
            continue
        cards = merge_cards(found[target])
        for card in cards:
            if id(card) in after_goal and card.minute is None:
                goal_minute(card, match)
        if cards:
            card_sides(doc, reading, match, cards)
            match.dismissals = cards
        elif target in empty:
            match.dismissals = []


def _read_line(reading, scene, found) -> None:
    minutes = reading.minutes
    inside = [(m.start, m.end) for m in minutes if m.paren]
    text, heading = scene.sentence.text, _LINE.search(scene.sentence.text)
    told_second = bool(_SECOND.search(heading.group())) and not _RED.search(text, heading.end())
    named_from = scene.sentence.start + heading.end()  # `Sent off:` names no one
    for clause in scene.clauses:
        for person in reading.cast.within(clause.start, clause.end):
            if person.start < named_from or any(a <= person.start < b for a, b in inside):
                continue
            after = [m for m in minutes if m.paren and m.start >= person.end]
            minute = (
                after[0]
                if after and not reading.cast.doc.text[person.end : after[0].start].strip()
                else None
            )
            second = told_second or bool(_SECOND.search(clause.text))
            value, added = (minute.minute, minute.added) if minute else (None, None)
            noted = _NOTE_FIRST.match(reading.cast.doc.text, person.end)
            noted = noted or (
                None if minute else _NOTE_AFTER.match(reading.cast.doc.text, person.end)
            )
            if minute is None and noted and 0 < int(noted.group("n") or noted.group("m")) <= 130:
                value = int(noted.group("n") or noted.group("m"))
                added = _number(noted.group("a"))
            found[clause.target if clause.target in found else MAIN].append(
                Dismissal(
                    None,
                    reading.cast.full_name(person.name),
                    value,
                    added,
                    second,
                    scene.sentence.text,
                )
            )


def _number(text: str | None) -> int | None:
    return int(text) if text else None


def _read_clause(reading, scene, clause, found, doc, after_goal: set[int]) -> None:
    cast = reading.cast
    cue = _RED.search(clause.text)
    cue_at = clause.start + cue.start()
    people = keeper_subjects(cast.doc.text, clause, misreads.off_cue(cast, clause, cue), cue_at)
    picked = pick(people, cue_at)
    doer = shared_subject(cast.doc.text, clause, people, picked, cue_at)
    doer, joined = joined_offenders(cast, clause, people, doer, cue_at)
    if picked is not None and doer is None:
        return
    index = scene.clauses.index(clause)
    told = None
    sent = sent_object(reading, scene, clause, cue_at)
    if sent == "":
        return
    shown = (
        sent
        or shown_to(cast, clause, cue_at)
        or (card_for(cast, clause) if doer is None or not doer.name else None)
    )
    if not shown and (shown := misreads.relative_antecedent(cast, scene, clause)):
        told = shown
    elif not shown and shown_pronoun(cast, clause, cue_at):
        shown = told = misreads.pronoun_antecedent(reading, scene)
    if shown:
        name = shown
    elif verb_first(clause.text) and not inverted_subject(clause, people, doc.text, doc.lang):
        subjects = [clause_subject(reading, c) for c in scene.clauses]
        name = inherited(scene.clauses, index, subjects)
        if not name and doer is not None and doer.name and _LOST.match(clause.text):
            name = cast.full_name(doer.name)
        if not name and index and described_opener(reading, scene):
            name = earlier_offender(reading, scene)
        doer = None
    elif doer is not None and doer.name:
        name = cast.full_name(doer.name)
    elif doer is not None and card_of_the_subject(doc.text, clause.start, doer.start, cue_at):
        name = subject_before(reading, scene, clause)
    elif doer is not None:
        name = antecedent(cast, scene.sentence.start, doer.start)
        told = None if name else earlier_offender(reading, scene)
        name = name or told
    else:
        name = subject_before(reading, scene, clause)
    if not name:
        return
    minutes = [m for m in reading.minutes if clause.start <= m.start < clause.end]
    minute = card_minute(doc.text, minutes, cue_at, clause.start)
    minute = minute or misreads.relative_lead(reading, minutes, cue_at)
    if minute is None and not minutes:
        minute = lead_minute(reading, scene, clause) or lead_sentence_minute(reading, scene)
    if minute is None and not minutes and told:
        minute = offender_minute(reading, scene, told)
    if minute is None and not minutes:
        minute = line_head_minute(doc.text, clause.start)
    if minute is not None and minute.from_end:
        minute = None
    team, credited = clause_hint(doc, clause, reading.pairing)
    card = Dismissal(
        None if credited else team,
        name,
        minute.minute if minute else None,
        minute.added if minute else None,
        bool(_SECOND.search(clause.text)) or second_told_after(doc, scene, clause, _RED),
        scene.sentence.text,
    )
    if _OTHER_SIDE.search(clause.text):
        card.team = _other_side(scene, reading.pairing.match_for(clause.target))
    target = clause.target if clause.target in found else MAIN
    if minute is None and follows_own_goal(doc, clause, cue.start()):
        after_goal.add(id(card))
    if told_before(doc, reading.pairing, target, clause.start):
        found[target].extend(with_joined(card, joined))


def _other_side(scene, match: Match | None) -> str | None:
    if match is None or not match.goals:
        return None
    sides = {g.team for g in match.goals if g.evidence == scene.sentence.text and g.team}
    if len(sides) != 1:
        return None
    side = sides.pop()
    return match.away if side == match.home else match.home
