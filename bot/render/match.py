"""One match in words: score line, when and where, scorers and sendings-off.

Only what the stored match holds is said; a missing date, venue or scorer list
is left out rather than guessed.
"""

from __future__ import annotations

from bot.facts import Dismissal, Goal, Match
from bot.i18n import Translator
from bot.render.common import TeamName


def score_line(tr: Translator, match: Match, name: TeamName) -> str:
    """`Inter Miami 3–1 LAFC`, with `a.e.t.` / `n.V.` and the shoot-out where known."""
    home, away = name(match.home), name(match.away)
    if match.score is None:
        return tr._("%(home)s v %(away)s, score not known") % {"home": home, "away": away}
    line = f"{home} {tr.score(*match.score)} {away}"
    extras = []
    if match.extra_time:
        extras.append(tr._("a.e.t."))
    if match.penalties:
        extras.append(tr._("%(score)s on penalties") % {"score": tr.score(*match.penalties)})
    if extras:
        line += f" ({'; '.join(extras)})"
    return line


def when_where(tr: Translator, match: Match) -> str | None:
    parts = []
    if match.date:
        parts.append(tr.date(match.date))
    if match.venue:
        parts.append(match.venue)
    if match.neutral and not match.venue:
        parts.append(tr._("neutral ground"))
    return ", ".join(parts) or None


_FAMILY_SUFFIXES = frozenset({"júnior", "junior", "jr.", "jr", "filho", "neto", "sobrinho"})


def short_names(players: list[str | None]) -> dict[str, str]:
    """Surnames as scorer lines use them (`Lionel Messi` -> `Messi`); full names where two clash,
    or where the rest is only a family suffix (`Vinícius Júnior` is not called `Júnior`)."""
    short: dict[str, str] = {}
    for player in players:
        if player and player not in short:
            words = player.split()
            rest = words[1:]
            if not rest or (len(rest) == 1 and rest[0].casefold() in _FAMILY_SUFFIXES):
                short[player] = player
            else:
                short[player] = " ".join(rest)
    seen: dict[str, set[str]] = {}
    for full, brief in short.items():
        seen.setdefault(brief.casefold(), set()).add(full)
    return {f: (f if len(seen[b.casefold()]) > 1 else b) for f, b in short.items()}


def goal_text(tr: Translator, goal: Goal, short: dict[str, str]) -> str:
    who = short.get(goal.player or "", goal.player) if goal.player else tr._("unknown scorer")
    text = f"{who} {tr.minute(goal.minute, goal.added)}".rstrip()
    if goal.penalty:
        text += " " + tr._("(pen.)")
    if goal.own_goal:
        text += " " + tr._("(o.g.)")
    return text


def goals_line(tr: Translator, match: Match, name: TeamName) -> str | None:
    if match.goals is None:
        return None
    if not match.goals:
        return tr._("No goals.") if match.score == (0, 0) else None
    goals = sorted(match.goals, key=_order)
    short = short_names([g.player for g in goals])
    listed = ", ".join(goal_text(tr, goal, short) for goal in goals)
    total = sum(match.score) if match.score else 0
    if len(goals) < total:
        return tr._("Goals (%(known)d of %(total)d known): %(goals)s") % {
            "known": len(goals),
            "total": total,
            "goals": listed,
        }
    return tr._("Goals: %(goals)s") % {"goals": listed}


def dismissal_text(tr: Translator, card: Dismissal, name: TeamName, short: dict[str, str]) -> str:
    who = short.get(card.player or "", card.player) if card.player else tr._("a player")
    if card.team:
        who = f"{who} ({name(card.team)})"
    kind = tr._("second yellow") if card.second_yellow else tr._("red card")
    minute = tr.minute(card.minute, card.added)
    return f"{who}, {kind} ({minute})" if minute else f"{who}, {kind}"


def dismissals_line(tr: Translator, match: Match, name: TeamName) -> str | None:
    if not match.dismissals:
        return None
    cards = sorted(match.dismissals, key=_order)
    short = short_names([c.player for c in cards])
    listed = "; ".join(dismissal_text(tr, card, name, short) for card in cards)
    return tr.ngettext("Sent off: %(list)s", "Sent off: %(list)s", len(cards)) % {"list": listed}


def match_lines(tr: Translator, match: Match, name: TeamName) -> list[str]:
    """Everything about one match below its heading."""
    lines = [score_line(tr, match, name)]
    for extra in (when_where(tr, match), goals_line(tr, match, name)):
        if extra:
            lines.append(extra)
    cards = dismissals_line(tr, match, name)
    if cards:
        lines.append(cards)
    return lines


def _order(event: Goal | Dismissal) -> tuple[int, int]:
    return (event.minute if event.minute is not None else 999, event.added or 0)
