"""What each side needs in the second leg, in words, from bot.ties' Requirement data."""

from __future__ import annotations

from bot.i18n import Translator
from bot.render.common import TeamName
from bot.ties import Requirement, Result


def advance_phrase(tr: Translator, result: Result) -> str:
    if result.kind == "win":
        if result.margin <= 1:
            return tr._("any win")
        return tr.ngettext(
            "a win by %(n)s goal or more", "a win by %(n)s goals or more", result.margin
        ) % {"n": result.margin}
    if result.kind == "draw":
        return tr._("a draw or better")
    return tr.ngettext(
        "a defeat by at most %(n)s goal", "a defeat by at most %(n)s goals", result.margin
    ) % {"n": result.margin}


def level_phrase(tr: Translator, result: Result) -> str:
    if result.kind == "win":
        return tr.ngettext("a win by %(n)s goal", "a win by %(n)s goals", result.margin) % {
            "n": result.margin
        }
    if result.kind == "draw":
        return tr._("a draw")
    return tr.ngettext("a defeat by %(n)s goal", "a defeat by %(n)s goals", result.margin) % {
        "n": result.margin
    }


def rule_sentence(tr: Translator, need: Requirement, name: TeamName) -> str:
    team, opponent = name(need.team), name(need.opponent)
    rule = need.level_rule
    if rule == "away_goals":
        if need.away_goals_needed is not None:
            return tr.ngettext(
                "Then away goals decide: %(team)s go through scoring at least %(n)s goal.",
                "Then away goals decide: %(team)s go through scoring at least %(n)s goals.",
                need.away_goals_needed,
            ) % {"team": team, "n": need.away_goals_needed}
        if need.away_goals_allowed == 0:
            return tr._(
                "Then away goals decide: %(team)s go through if %(opponent)s do not score."
            ) % {"team": team, "opponent": opponent}
        if need.away_goals_allowed is not None:
            return tr.ngettext(
                "Then away goals decide: %(team)s go through if %(opponent)s score at most "
                "%(n)s goal.",
                "Then away goals decide: %(team)s go through if %(opponent)s score at most "
                "%(n)s goals.",
                need.away_goals_allowed,
            ) % {"team": team, "opponent": opponent, "n": need.away_goals_allowed}
        return tr._("Then away goals count, and they cannot favour %(team)s.") % {"team": team}
    if rule == "extra_time":
        return tr._("Then extra time follows.")
    if rule == "penalties":
        return tr._("Then it goes to penalties.")
    return tr._("What follows a level aggregate in this competition is not known to me.")


def then_sentence(tr: Translator, need: Requirement) -> str | None:
    if need.level_rule != "away_goals" or need.then is None:
        return None
    if need.then == "extra_time":
        return tr._("With away goals level too: extra time.")
    if need.then == "penalties":
        return tr._("With away goals level too: penalties.")
    return tr._("With away goals level too: not known to me for this competition.")


def needs_lines(tr: Translator, requirements: list[Requirement], name: TeamName) -> list[str]:
    """Two short paragraphs, one per side, the side at home in the second leg first."""
    lines = []
    for need in requirements:
        where = tr._("at home") if need.home else tr._("away")
        head = tr._("%(team)s (%(where)s) go through with %(result)s.") % {
            "team": name(need.team),
            "where": where,
            "result": advance_phrase(tr, need.advance_with),
        }
        level = tr._("%(result)s levels the aggregate.") % {
            "result": level_phrase(tr, need.level_with)
        }
        parts = [head, level[:1].upper() + level[1:], rule_sentence(tr, need, name)]
        then = then_sentence(tr, need)
        if then:
            parts.append(then)
        lines.append(" ".join(parts))
    known = requirements and requirements[0].level_rule != "unknown"
    if known and not requirements[0].confirmed:
        lines.append(tr._("The tiebreak rules for this competition and season are not confirmed."))
    return lines
