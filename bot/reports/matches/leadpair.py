"""The main result is the one of the pair the lead is about: `they won it for a 14th
time ... it was Chelsea who stood in the way. ... they beat Manchester City 2-0 in the
semi-final ... and then came from behind to beat Frank Lampard's Chelsea 2-1`; the
first result of that sentence is the road there."""

from __future__ import annotations

from bot.reports.matches.opponentof import opponents_round
from bot.reports.matches.rounds import stage_at


def lead_pair_result(doc, first, early: list):
    """A later result of the first result's sentence whose pair is the two teams the
    text named before that sentence, where the first result's pair is another one."""
    lead = {m.team for m in doc.mentions if m.start < first.sentence.start and m.prep != "in"}
    if len(lead) != 2 or set(first.teams()) == lead:
        return None
    for r in early:
        if r.sentence is first.sentence and r is not first and set(r.teams()) == lead:
            r.notes.add("lead-pair")
            told = r.sentence.text[: r.hit.start - r.sentence.start]
            r.clause_from = max(first.hit.end - first.sentence.start, told.rfind(",") + 1)
            own = [s for at, s in stage_at(r.sentence.text) if at >= r.clause_from]
            r.stage = own[0] if own else None
            return r
    return None


def own_clause_stages(main, stages: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The rounds of the main result's sentence, past the other result a lead-pair main
    result follows (`beat Manchester City 2-0 in the semi-final ..., and then ... beat
    Chelsea 2-1`: the semi-final is City's), and not of a game to come told of the
    subject's next opponent (`Der nächste Gegner des FC Bayern im Champions-League-Finale
    gewann ... beim AC Siena mit 1:0`)."""
    start = getattr(main, "clause_from", None) if "lead-pair" in main.notes else None
    text = main.sentence.text
    stages = [(at, stage) for at, stage in stages if not opponents_round(text, at)]
    return stages if start is None else [(at, stage) for at, stage in stages if at >= start]
