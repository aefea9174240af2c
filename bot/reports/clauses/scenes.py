"""Clauses that know their match, so first-leg or shoot-out goals stay out of others."""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.reports.clauses.asides import (
    ASIDE,
    ELABORATION,
    aside_end,
    person_aside,
    tells_that_leg,
)
from bot.reports.clauses.backhome import back_home, teams_there
from bot.reports.clauses.cuekeys import clause_cues
from bot.reports.clauses.cues import (
    _AFTER_LEG1,
    _BACK_THEN,
    _HISTORY,
    _LEG1,
    _LEG2,
    _NEGATIVE,
    _OFFSIDE_ONLY,
    _RESULT,
    _SHOOTOUT,
    _STOOD,
    told_result,
)
from bot.reports.clauses.dateline import day_place_line
from bot.reports.clauses.headingline import heading_target
from bot.reports.clauses.leadlost import goes_on_in_leg
from bot.reports.clauses.legremarks import leg_as_reason, leg_remark
from bot.reports.clauses.negtail import negative_head, negative_tail
from bot.reports.clauses.pairing import LEG1, LEG2, MAIN, OTHER, Pairing, find_pairing  # noqa: F401
from bot.reports.clauses.paragraphfirst import first_of_paragraph
from bot.reports.clauses.placed import placed_at
from bot.reports.clauses.rematch import told_rematch
from bot.reports.clauses.scoredother import told_leg_of_other
from bot.reports.clauses.seemedwon import only_seemed_won
from bot.reports.clauses.splitting import split_clauses
from bot.reports.clauses.targets import (
    FOREIGN,
    PAST,
    _old_year,
    elsewhere,
    mentions_in_span,
    target_of,
)
from bot.reports.patterns.keyed import Keyed
from bot.reports.text.digits import holds_digit
from bot.reports.text.document import Document, Sentence

SHOOTOUT = "shootout"

CARRY_REACH = 40


def _stood(negative: Keyed, text: str) -> bool:
    """ "sein zweiter Treffer fiel aus Abseitsposition": offside named, yet the goal stood."""
    cues = [m.group() for m in negative.pattern.finditer(text)]
    return all(_OFFSIDE_ONLY.fullmatch(c) for c in cues) and bool(_STOOD.search(text))


@dataclass
class Clause:
    start: int
    end: int
    text: str
    target: str = MAIN


@dataclass
class Scene:
    """One sentence with its clauses, paragraph and flags."""

    index: int
    sentence: Sentence
    paragraph: int
    clauses: list[Clause] = field(default_factory=list)
    negative: bool = False
    shootout: bool = False


def build_scenes(doc: Document, pairing: Pairing) -> list[Scene]:
    """Scenes in text order; context (first leg, other match) carries within a paragraph."""
    scenes: list[Scene] = []
    paragraph = 0
    default = MAIN if pairing.lead_named else FOREIGN
    carried = default
    previous_end = 0
    negative = _NEGATIVE.get(doc.lang, _NEGATIVE["en"])
    # A sentence's cue words are in the whole text too: most texts hold no denial word.
    may_deny = negative.may(doc.text)
    may_kick = _SHOOTOUT.may(doc.text)
    earlier: list[Clause] = []
    told: list[str] = []
    away: set[str] = set()
    heading: str | None = None
    main_score = pairing.main_score_pattern()
    sentence_cues = clause_cues(doc)
    for index, sentence in enumerate(doc.sentences):
        under = None
        if "\n" in doc.text[previous_end : sentence.start] or index == 0:
            paragraph += 1 if index else 0
            under = _under_heading(doc, scenes)
            carried = under or default
            heading = None
            paragraph_start = sentence.start
        previous_end = sentence.end
        scene = Scene(index, sentence, paragraph)
        denial = negative.search(sentence.text) if may_deny else None
        scene.negative = bool(denial) and not _stood(negative, sentence.text)
        scene.negative = scene.negative and not only_seemed_won(sentence.text, doc.lang, negative)
        tail = negative_tail(sentence.text, denial) if scene.negative else None
        scene.negative = scene.negative and tail is None
        head = negative_head(sentence.text, denial, negative) if scene.negative else None
        scene.negative = scene.negative and head is None
        shootout = _SHOOTOUT.search(sentence.text) if may_kick else None
        if carried == "shootout" and not shootout and _other_result(doc, sentence, pairing):
            carried = default
        scene.shootout = bool(shootout) or carried == "shootout"
        if shootout and shootout.start() < CARRY_REACH:
            carried = "shootout"
        target = carried if carried != "shootout" else default
        result_leg = None
        cues = sentence_cues[index]
        # A clause's history words are its sentence's (Keyed also searches any text with
        # a dotless i or long s, which re.I folds onto i and s).
        history = _HISTORY in cues or "ı" in sentence.text or "ſ" in sentence.text
        kicks = carried == "shootout"
        # No cue and no team in the sentence: a clause keeps the match it is in (target_of
        # finds nothing but an old year), unless that is elsewhere or a leg result before it.
        placed = None if under else placed_at(doc, sentence.text, pairing)
        quiet = (
            not cues
            and not placed
            and pairing.lead_named
            and not mentions_in_span(doc, sentence.start, sentence.end)
            and not (
                pairing.others
                and holds_digit(sentence.text)
                and told_rematch(pairing, sentence.text)
            )
        )
        aside: tuple[int, str] | None = None
        remark = leg_remark(sentence.text)
        for start, end in split_clauses(sentence.text):
            text = sentence.text[start:end]
            clause = Clause(sentence.start + start, sentence.start + end, text)
            if aside is not None and start >= aside[0]:
                target, aside = aside[1], None
            if remark and remark[0] <= start < remark[1]:
                clause.target = target
                scene.clauses.append(clause)
                continue
            if kicks:
                clause.target = SHOOTOUT
                scene.clauses.append(clause)
                continue
            kicks = bool(shootout and start + len(text) > shootout.start())
            if kicks and shootout.start() - start < CARRY_REACH:
                clause.target = SHOOTOUT
                scene.clauses.append(clause)
                continue
            if quiet and not result_leg and target != FOREIGN and not target.startswith(OTHER):
                if _old_year(text, doc.published):
                    clause.target = FOREIGN
                    target = FOREIGN if start == 0 else target
                else:
                    clause.target = target
                scene.clauses.append(clause)
                continue
            context = heading if target == FOREIGN and heading else target
            # _AFTER_LEG1 opens `Nach dem` or `After the`: two `in` tests before a call
            opens = _LEG1 in cues and ("Nach dem" in text or "After the" in text)
            lead = _AFTER_LEG1.match(text) if opens else None
            if lead:
                rest = Clause(clause.start + lead.end(), clause.end, text[lead.end() :])
                own, text = target_of(doc, rest, pairing, cues, context), rest.text
            else:
                own = target_of(doc, clause, pairing, cues, context)
            if own is None and placed and start == 0:
                own = placed
            if own is None and _BACK_THEN in cues and _BACK_THEN.search(text):
                own = _last_other(scene.clauses) or _last_other(earlier) or FOREIGN
            if (
                own is None
                and elsewhere(target)
                and back_home(doc, clause, pairing, away, history, main_score)
            ):
                own = MAIN
            aside_leg = own is not None and own == told_leg_of_other(pairing, context, text, cues)
            late_first = carried == default and first_of_paragraph(
                doc, paragraph_start, clause.start, text, own
            )
            if own is not None and elsewhere(own):
                away = teams_there(doc, clause, pairing, own)
                heading = own if own.startswith(OTHER) else heading
            if own is None and result_leg:
                elaborates = ELABORATION.match(text)
                if elaborates:
                    match = pairing.match_for(result_leg)
                    fits = tells_that_leg(elaborates, scene.clauses[-1].text, match, told)
                    own = result_leg if fits else None
                elif goes_on_in_leg(
                    text, scene.clauses[-1].text, pairing.match_for(result_leg), told
                ):
                    own = result_leg
            result_leg = None
            # the leg cue last: most clauses tell no result, and their leg search was wasted
            if (
                own is not None
                and own != FOREIGN
                and told_result(text)
                and (
                    (_LEG1 in cues and _LEG1.search(text)) or (_LEG2 in cues and _LEG2.search(text))
                )
            ):
                if aside is None and person_aside(text, sentence.text[:start]):
                    aside = (aside_end(sentence.text, start), target)  # `X, whose ... 3-0 ...,`
                clause.target = result_leg = own
                target = own if own.startswith(OTHER) else target
                told = _RESULT.findall(text)
                scene.clauses.append(clause)
                continue
            if own == PAST:
                clause.target = FOREIGN
                target = FOREIGN if start == 0 else target
                scene.clauses.append(clause)
                continue
            if own is not None and elsewhere(own) and ASIDE.match(text):
                clause.target = own
                scene.clauses.append(clause)
                continue
            if own is not None and aside is None and person_aside(text, sentence.text[:start]):
                aside = (aside_end(sentence.text, start), target)
                clause.target = target = own
                scene.clauses.append(clause)
                continue
            if own is not None:
                target = own
                carries = (start < CARRY_REACH or late_first) and not aside_leg
                carries = carries and not (own in (LEG1, LEG2) and leg_as_reason(text))
                if carries and carried != "shootout":
                    carried = own
            clause.target = target
            scene.clauses.append(clause)
        for clause in scene.clauses if tail is not None else ():
            if clause.start - sentence.start > tail:
                clause.target = FOREIGN
        for clause in scene.clauses if head is not None else ():
            if clause.start - sentence.start < head:
                clause.target = FOREIGN
        earlier = scene.clauses
        scenes.append(scene)
    return scenes


def _under_heading(doc: Document, scenes: list[Scene]) -> str | None:
    """The match of the result line just before, when it stood alone as a paragraph."""
    if not scenes or (len(scenes) > 1 and scenes[-2].paragraph == scenes[-1].paragraph):
        return None
    if len(scenes) > 2 and scenes[-3].paragraph != scenes[-2].paragraph:
        if day_place_line(doc, scenes[-1]):  # `Spain 1, Portugal 0` / `Tuesday, Cape Town`
            return heading_target(doc, scenes[-2])
    return heading_target(doc, scenes[-1])


def _other_result(doc: Document, sentence: Sentence, pairing: Pairing) -> bool:
    """ "Argentina led the Netherlands 2-0 ..." after a shoot-out sentence: a result of
    teams outside the main match tells another game, not the kicks of the one before."""
    if not told_result(sentence.text):
        return False
    mentions = mentions_in_span(doc, sentence.start, sentence.end)
    return any(m.team not in pairing.teams for m in mentions)


def _last_other(clauses: list[Clause]) -> str | None:
    """ "hatte Deutschland Frankreich 1:0 geschlagen, Hummels köpfte damals": the match
    named earlier in the same sentence."""
    for clause in reversed(clauses):
        if clause.target in (LEG1, LEG2) or elsewhere(clause.target):
            return clause.target
    return None
