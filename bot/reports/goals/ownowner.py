"""Whose own goal it was: `X crossed and the ball deflected off Y and into his own net`,
`X brachte den Ball vor das Tor, Y ... lenkte den Ball ins eigene Netz`. The player
whose net it was is named in the clause of `his own net`, right after `off` or as the
clause's opener (a German `von X` is the provider: `Hereingabe von X`); a goal
credited to someone outside that clause (the crosser), or to a name used as a
modifier (`turned a X cross into his own net`, `deflected X's header into his own
net`), is given to that player, or dropped where the clause leaves him open."""

from __future__ import annotations

import re

from bot.facts import Goal
from bot.reports.names.players import last_name
from bot.reports.text.clausecuts import clause_breaks

_INTO_OWN = re.compile(
    r"\b(?:into|in|past) (?:his|her|their) own (?:net|goal(?:keeper)?|keeper)\b|"
    r"\bins eigene (?:Tor|Netz|Gehäuse)\b|\bin(?:s| das) eigene(?:n)? (?:Tor|Netz|Kasten)\b"
)
_DIGIT = re.compile(r"\d")
_MODIFIER = frozenset(("a", "an"))
_OFF = re.compile(r"\boff\s+(?:the\s+)?(?:[a-z]+\s+){0,2}$")


def own_goal_owners(doc, sentence, goals: list[Goal], cast) -> list[Goal]:
    """The goals of one evidence sentence, its one own goal given to the player of the
    `own net` clause where the clause tells plainly whose net it was."""
    text = sentence.text
    # every match of `_INTO_OWN` holds " own " or "eigene" (the pattern heeds case)
    may = cast is not None and (" own " in text or "eigene" in text)
    cue = _INTO_OWN.search(text) if may else None
    if cue is None:
        return goals
    breaks = clause_breaks(sentence.text)
    lo = max([end for _, end in breaks if end <= cue.start()], default=0)
    if len(goals) == 1 and not goals[0].own_goal:
        _aside_subject(doc.text, sentence, breaks, lo, cue, goals[0], cast)
    if len(goals) == 1 and not goals[0].own_goal and not _DIGIT.search(sentence.text, lo):
        goals[0].own_goal = _unflagged(doc.text, sentence, lo, cue, goals[0], cast)
    if sum(g.own_goal for g in goals) != 1 or len(_INTO_OWN.findall(sentence.text)) != 1:
        return goals
    people = [
        p
        for p in cast.within(sentence.start + lo, sentence.start + cue.start())
        if not cast.team_word(p)
    ]
    if not people:
        return goals
    off = [p for p in people if _OFF.search(doc.text, max(0, p.start - 25), p.start)]
    opener = people[0] if not doc.text[sentence.start + lo : people[0].start].strip() else None
    out = []
    for goal in goals:
        named = any(
            _same(goal.player, p.name) and p.before not in _MODIFIER and not p.possessive
            for p in people
        )
        owner = off[0].name if len(off) == 1 else None if named or opener is None else opener.name
        if goal.own_goal and owner is not None and not _same(goal.player, owner):
            goal.player = cast.full_name(owner)
        out.append(goal)
    return out


def _aside_subject(text: str, sentence, breaks, lo: int, cue, goal: Goal, cast) -> None:
    """`Bale whipped a free kick in and Yarmolenko, trying to clear, could only head it
    past his own goalkeeper`: the own-net clause goes on a subject left behind an aside
    (`, trying to clear,`), the name that ends the clause before the aside; the goal
    credited to another player of the sentence is that subject's own goal."""
    body = sentence.text
    if not body[lo : cue.start()][:1].islower() or cast.within(
        sentence.start + lo, sentence.start + cue.start()
    ):
        return
    cuts = [(a, b) for a, b in breaks if b <= lo]
    if len(cuts) < 2 or not body[cuts[-2][1] : cuts[-1][0]][:1].islower():
        return  # no aside of a lowercase verb between the subject and the own-net clause
    head = cuts[-2][0]
    before = [
        p for p in cast.within(sentence.start, sentence.start + head) if not cast.team_word(p)
    ]
    if not before or text[before[-1].end : sentence.start + head].strip():
        return
    if _same(goal.player, before[-1].name) or _DIGIT.search(body, cuts[-2][1]):
        return
    goal.player = cast.full_name(before[-1].name)
    goal.own_goal = True


def _unflagged(text: str, sentence, lo: int, cue, goal: Goal, cast) -> bool:
    """`In der 6. Minute brachte X den Ball vor das Tor, Y ... lenkte den Ball ins eigene
    Netz`: the one goal of the sentence, credited to X outside the clause telling the
    own net, which opens with another player and gives no minute of its own."""
    people = cast.within(sentence.start + lo, sentence.start + cue.start())
    if not people or text[sentence.start + lo : people[0].start].strip():
        return False
    return not any(_same(goal.player, p.name) for p in people)


def _same(player: str | None, name: str) -> bool:
    return player is not None and last_name(player) == last_name(name)
