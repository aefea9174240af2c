"""Turn readings into Match facts: merge repeats of one match, settle home and
away (a two-legged tie swaps venues), legs, neutral finals, dates, competition,
season and stage. A reading whose home side stays unknown is dropped."""

from __future__ import annotations

from bot.competitions.names import info
from bot.competitions.seasons import season_for
from bot.facts import Match
from bot.reports.matches.blogscores import without_blog_states
from bot.reports.matches.cominghost import first_leg_host
from bot.reports.matches.drawnshootout import level_after_shootout, level_before_shootout
from bot.reports.matches.groupday import group_day
from bot.reports.matches.groupopening import group_named_first
from bot.reports.matches.herehome import here_home
from bot.reports.matches.homefirst import home_first
from bot.reports.matches.intofinal import leg_before_final
from bot.reports.matches.joinshootouts import join_shootouts
from bot.reports.matches.kindfit import fitting_kind
from bot.reports.matches.leaguecup import league_cup
from bot.reports.matches.leaguestory import club_countries
from bot.reports.matches.legmonths import month_after_first_leg
from bot.reports.matches.legorder import set_legs, two_legged
from bot.reports.matches.legsentences import leg_sentences
from bot.reports.matches.legsums import first_leg_by_sum, level_aggregate_beside, other_leg_by_sum
from bot.reports.matches.levelafter import level_after_noun_shootout
from bot.reports.matches.linescore import line_score
from bot.reports.matches.listedleg import fixture_leg, listed_leg
from bot.reports.matches.listings import heading_date, read_heading
from bot.reports.matches.looseaggregate import aggregate_beside
from bot.reports.matches.mainmatch import index_of, main_reading, settle_main
from bot.reports.matches.matchcontext import context_stage
from bot.reports.matches.matchinfo import competition_of, main_league, primary_competition
from bot.reports.matches.matchseason import season_of
from bot.reports.matches.mergereadings import merge_readings
from bot.reports.matches.neutralrounds import NEUTRAL_SEMIS, ONE_MATCH_CUPS, one_match_final
from bot.reports.matches.normaltime import without_normal_time_states
from bot.reports.matches.paragraphround import paragraph_round
from bot.reports.matches.playoffleg import play_off_leg
from bot.reports.matches.playoffs import qualifying_round
from bot.reports.matches.qualifyinggroup import qualifying_group
from bot.reports.matches.relegationtold import told_relegation_league
from bot.reports.matches.results import Reading, venue_outcome
from bot.reports.matches.rolesubjects import settle_role_subjects
from bot.reports.matches.samenight import first_leg_not_same_day, same_day_of_a_later_date
from bot.reports.matches.sameplace import same_place_home
from bot.reports.matches.sameround import same_round_possible
from bot.reports.matches.scores import may_state_score
from bot.reports.matches.sentenceresults import read_sentence
from bot.reports.matches.state import StoryState
from bot.reports.matches.stenofirstleg import first_leg_line
from bot.reports.matches.sumlegs import leg_by_stated_sum, share_known_season
from bot.reports.matches.sumstate import main_day_shared, without_leg_sums
from bot.reports.matches.tournamenthosts import host_at_home
from bot.reports.matches.tournamentopener import opening_group
from bot.reports.matches.tournaments import third_place_match, tournament_ground
from bot.reports.matches.tournamenttowns import yield_town_to_line
from bot.reports.matches.weekearlier import week_before_main
from bot.reports.text.dayapart import date_apart, week_apart
from bot.reports.text.document import Document


def read_results(doc: Document, resolver) -> list[Reading]:
    state = StoryState(doc)
    heading: dict = {}
    readings: list[Reading] = []
    may_score: list[bool] = []  # kept for the tie reader (see score_sentences)
    for index, sentence in enumerate(doc.sentences):
        state.index = index
        read_heading(doc, sentence, heading)
        found = []
        may_score.append(may_state_score(sentence.text))  # right after: lowered text at hand
        if may_score[index] and (leg := listed_leg(doc, index, sentence, readings)):
            found = [leg]
        elif may_score[index] and (leg := fixture_leg(doc, sentence)):
            found = [leg]
        elif may_score[index]:
            found = read_sentence(doc, sentence, state, resolver)
            if not found and (box := line_score(doc, index)) is not None:
                found = [box]
            if all("unoriented" in r.notes for r in found):  # a box's first leg is oriented
                found = first_leg_line(doc, index, readings) or found
            if not found:
                found = level_before_shootout(doc, index, state, resolver)
            if not found:
                found = level_after_shootout(doc, index, readings)
                if not found:
                    found = level_after_noun_shootout(doc, index)
            same_place_home(sentence, found, state)
        for r in found:
            if "listing" in r.notes:
                r.stage = r.stage or heading.get("stage")
                if "stage" in heading:
                    r.notes.add("heading-stage")
                r.leg = r.leg or heading.get("leg")
                r.date = r.date or heading_date(doc, heading)
            if r.teams() and "listing" in r.notes:
                state.listed.append(r.teams())
            if r.teams() and "span-after" not in r.notes:  # an earlier game's is no guide
                state.pair = r.teams()
                state.pair_date = r.date or (state.pair_date if "same-day" in r.notes else None)
                state.pair_home, state.pair_stage = r.home, r.stage
                state.main_pair = state.main_pair or r.teams()
        if found:
            state.scored.add(index)
        readings.extend(found)
        state.advance(index)
    doc.cache["matches.may-score"] = may_score
    date_apart(doc, readings)
    return readings


def build_matches(doc: Document, readings: list[Reading], resolver) -> list[tuple[Match, Reading]]:
    """Matches with the reading that states each, in text order."""
    primary = primary_competition(doc)
    doc.cache["club-country"] = club_countries(doc, resolver)
    main = main_reading(doc, readings)
    if main is not None:
        settle_main(doc, main, resolver, readings)
        doc.cache["main"] = main
        doc.cache["main-league"] = main_league(doc, main, resolver)
    leg_sentences(doc, readings, main, resolver)
    here_home(doc, readings, main)
    readings = without_blog_states(doc, settle_role_subjects(readings))
    readings = without_normal_time_states(doc, readings)
    shootouts = [r for r in readings if "shootout-only" in r.notes]
    readings = [r for r in readings if "shootout-only" not in r.notes]
    join_shootouts(readings, shootouts, two_legged(doc))
    same_day_of_a_later_date(doc, readings, main)
    yield_town_to_line(doc, readings, primary)
    groups: dict[frozenset, list[Reading]] = {}
    for r in readings:
        if r.teams():
            groups.setdefault(frozenset(r.teams()), []).append(r)
    out: list[tuple[Match, Reading]] = []
    for group in groups.values():
        merged = merge_readings([r for r in group if "unoriented" not in r.notes])
        merged += _orient_by_aggregate(doc, [r for r in group if "unoriented" in r.notes], merged)
        merged += (
            other_leg_by_sum(doc, merged)
            or first_leg_by_sum(doc, merged)
            or leg_by_stated_sum(doc, merged)
        )
        merged = [r for r in merged if not leg_before_final(doc, r, main)]
        merged = without_leg_sums(merged)
        set_legs(doc, merged, main)
        first_leg_not_same_day(merged)
        week_apart(doc, merged, readings, lambda legs=merged: competition_of(doc, legs[0], primary))
        if main in merged and main.leg is None and two_legged(doc):
            league = getattr(info(competition_of(doc, main, primary)), "format", "") == "league"
            if not league and any(u.leg == 1 for u in group if "unoriented" in u.notes):
                main.leg = 2
        for r in merged:
            r.home = first_leg_host(doc, r) or r.home
            if r.home is None and r.leg is None:
                r.home = tournament_ground(doc, r, competition_of(doc, r, primary), resolver)
            if "place-home" in r.notes and host_at_home(
                doc, r, competition_of(doc, r, primary), resolver
            ):
                r.notes.discard("place-home")  # the host's final, in its own country
            home_first(r)
            match = _to_match(doc, r, primary, main)
            if match is not None:
                out.append((match, r))
        share_known_season(out, merged)
        month_after_first_leg(out, merged)
    out.sort(key=lambda item: item[1].hit.start)
    return out


def _orient_by_aggregate(doc, loose: list[Reading], merged: list[Reading]) -> list[Reading]:
    """`the 1-0 win in London last week` with no team named: the stated aggregate
    minus the other leg says which side scored what; without both, nothing."""
    out = []
    for r in loose:
        side = venue_outcome(doc.text, r.hit)
        if side and r.home in r.teams():
            away = r.o if r.home == r.p else r.p
            winner = (r.home if side[0] == "home" else away) if side[1] == "won" else None
            if side[1] == "lost":
                winner = away if side[0] == "home" else r.home
            high, low = r.p_goals, r.o_goals
            r.p, r.o = winner, (r.o if winner == r.p else r.p)
            r.p_goals, r.o_goals = high, low
            r.notes.discard("unoriented")
            out.append(r)
    loose = [r for r in loose if "unoriented" in r.notes]
    if not loose or len(merged) != 1:
        return out
    from bot.reports.ties.facts import stated_aggregate

    other = merged[0]
    agg = stated_aggregate(doc, other.teams()) or level_aggregate_beside(loose, other)
    agg = agg or aggregate_beside(loose, other)
    if agg is None:
        return out
    for r in loose:
        rest = {other.p: agg[other.p] - other.p_goals, other.o: agg[other.o] - other.o_goals}
        if sorted(rest.values()) != sorted((r.p_goals, r.o_goals)):
            continue
        r.p, r.o = other.p, other.o
        r.p_goals, r.o_goals = rest[other.p], rest[other.o]
        r.notes.discard("unoriented")
        out.append(r)
    return out[:1]


def _named(doc: Document, r: Reading) -> set[str]:
    """The teams named before the score (`Liverpool beat Chelsea 2-1`), not guessed."""
    return {m.team for m in doc.mentions_in(r.sentence) if m.start < r.hit.start}


def _final_elsewhere(r: Reading) -> bool:
    """A league match given `final` only from a trophy it won, or from a sentence before
    it (`Das Pokalfinale gegen PSG`, `two more finals to prepare for`) while it was played
    at one side's ground: a title decider, not a play-off final."""
    if "trophy-final" in r.notes:
        return True
    return "head-stage" in r.notes and r.home not in (None, "neutral")


def _to_match(doc: Document, r: Reading, primary, main) -> Match | None:
    comp = fitting_kind(doc, competition_of(doc, r, primary), r.teams())
    stage = r.stage or context_stage(doc, r) or opening_group(doc, r, comp)
    if stage is None and told_relegation_league(doc, r):
        stage = "relegation-play-off"  # a leg told beside `Relegation zur Bundesliga`
    if stage is None and main is not None and r is not main:
        stage = paragraph_round(doc, r, index_of(doc, r), main.stage)
    stage = stage or group_named_first(doc, r, comp)
    if stage is None and main is not None and r is not main and not r.earlier:
        same_round = bool(r.notes & {"same-day", "same-round"})
        same_round = same_round and not third_place_match(r.sentence.text)
        inherit = same_round or r.leg is not None or "listing" in r.notes
        if inherit and "heading-stage" not in r.notes and same_round_possible(main, r):
            stage = main.stage if competition_of(doc, main, primary) == comp else None
    if stage is None and main is not None and r is not main:
        stage = group_day(r, main, comp, competition_of(doc, main, primary))
    comp, stage = qualifying_round(
        doc, comp, stage, r.date or doc.published, r.sentence.text, r.leg
    )
    comp, stage = league_cup(comp, stage, r.leg, r.sentence.text)
    if stage is None and qualifying_group(doc, comp):
        stage = "group"
    data = info(comp)
    if (
        data
        and data.format == "league"
        and (stage == "group" or (stage == "final" and _final_elsewhere(r)))
    ):
        stage = None
    if stage is None and data is not None and data.format == "league":
        stage = None if play_off_leg(doc, r, main, comp, primary) else "league"
    if stage is None and comp in ONE_MATCH_CUPS and r.leg is None:
        stage = "final"
    third_place = "third-place" in r.notes and stage == "final" and r.leg is None
    one_match = one_match_final(comp, r.date or doc.published)
    neutral_round = one_match if stage == "final" else comp in NEUTRAL_SEMIS
    neutral_round = neutral_round and (
        stage == "final" or "third-place" in r.notes or set(r.teams()) <= _named(doc, r)
    )
    cup_ground = stage is None and "third-place" in r.notes and comp in NEUTRAL_SEMIS
    if (r.home is None or "place-home" in r.notes) and (
        third_place
        or (stage in ("final", "semi-final") and r.leg is None and neutral_round)
        or (cup_ground and r.leg is None)  # `beat Arsenal 2-1 at the Millennium Stadium`
    ):
        r.home = "neutral"
    if r.home is None:
        return None
    neutral = r.home == "neutral"
    if neutral or r.home == r.p:
        home, away, score = r.p, r.o, (r.p_goals, r.o_goals)
        pens = r.penalties
    else:
        home, away, score = r.o, r.p, (r.o_goals, r.p_goals)
        pens = (r.penalties[1], r.penalties[0]) if r.penalties else None
    date = r.date
    if date is None and main_day_shared(r, main):
        date = main.date
    if r.earlier or "span-after" in r.notes:
        date = None
    date = date or week_before_main(r, main, main and main.date, comp, stage)
    season = season_of(comp, date or doc.published, stage, r, doc)
    if date is None and main is not None and r is not main and r.leg is None:
        guessed = season == season_for(comp, doc.published, stage)
        if guessed and comp != competition_of(doc, main, primary):
            season = None
    return Match(
        home=home,
        away=away,
        score=score,
        competition=comp,
        season=season,
        stage=stage,
        leg=r.leg if r.leg in (1, 2) and stage not in ("group", "league") else None,
        date=date,
        extra_time=None if r.extra_time and r.leg == 1 else r.extra_time,
        penalties=None if r.leg == 1 else pens,
        neutral=neutral,
        evidence=r.sentence.text,
    )
