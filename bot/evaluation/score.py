"""Score what was read against gold exactly as FORMAT.md "How facts are
counted" says, so every change to the reader shows up as numbers and a list
of each missed and each extra fact.

API: `score(pairs) -> Scorecard`, where pairs are (Gold, ReportFacts) and
`Scorecard.lines()` is the printable result, ending with
`extraction: P=0.xx R=0.xx over N reports`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.evaluation.compare import Comparer
from bot.evaluation.gold import Gold
from bot.facts import Match, ReportFacts

KINDS = ("matches", "details", "goals", "dismissals", "ties")
DETAILS = ("competition", "season", "stage", "leg", "date", "extra_time", "penalties")


@dataclass
class Tally:
    found: int = 0
    extra: int = 0
    missed: int = 0
    misses: list[str] = field(default_factory=list)
    extras: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        said = self.found + self.extra
        return self.found / said if said else 1.0

    @property
    def recall(self) -> float:
        wanted = self.found + self.missed
        return self.found / wanted if wanted else 1.0

    def miss(self, note: str) -> None:
        self.missed += 1
        self.misses.append(note)

    def add_extra(self, note: str) -> None:
        self.extra += 1
        self.extras.append(note)


@dataclass
class Scorecard:
    reports: int = 0
    tallies: dict[str, Tally] = field(default_factory=lambda: {k: Tally() for k in KINDS})

    def total(self) -> Tally:
        out = Tally()
        for tally in self.tallies.values():
            out.found += tally.found
            out.extra += tally.extra
            out.missed += tally.missed
        return out

    def lines(self, details: bool = True) -> list[str]:
        out = []
        for kind, tally in self.tallies.items():
            out.append(
                f"{kind:<11} P={tally.precision:.2f} R={tally.recall:.2f} "
                f"(found {tally.found}, extra {tally.extra}, missed {tally.missed})"
            )
        if details:
            for kind, tally in self.tallies.items():
                out.extend(f"  miss  {kind}: {note}" for note in tally.misses)
                out.extend(f"  extra {kind}: {note}" for note in tally.extras)
        total = self.total()
        out.append(
            f"extraction: P={total.precision:.2f} R={total.recall:.2f} over {self.reports} reports"
        )
        return out


def score(pairs: list[tuple[Gold, ReportFacts]], comparer: Comparer | None = None) -> Scorecard:
    """Precision and recall per kind of fact over all the given reports."""
    comparer = comparer or Comparer.default()
    card = Scorecard(reports=len(pairs))
    for gold, facts in pairs:
        _score_report(gold, facts, comparer, card)
    return card


def _score_report(gold: Gold, facts: ReportFacts, cmp: Comparer, card: Scorecard) -> None:
    t = card.tallies
    left = list(facts.matches)
    for g in gold.matches:
        label = f"{gold.name}: {cmp.match_label(g)}"
        found = next((m for m in left if cmp.same_match(g, m)), None)
        if found is None:
            t["matches"].miss(label)
            for kind, key in (("goals", "goals"), ("dismissals", "dismissals")):
                for item in g.get(key) or []:
                    t[kind].miss(f"{label}: {cmp.event_label(item)}")
            continue
        left.remove(found)
        t["matches"].found += 1
        swapped = cmp.swapped(g, found)
        _score_details(g, found, swapped, label, cmp, t["details"])
        _score_events(g.get("goals"), found.goals, label, cmp, t, "goals")
        _score_events(g.get("dismissals"), found.dismissals, label, cmp, t, "dismissals")
    for m in left:
        label = f"{gold.name}: {cmp.facts_match_label(m)}"
        t["matches"].add_extra(label)
        for kind, events in (("goals", m.goals), ("dismissals", m.dismissals)):
            for event in events or []:
                t[kind].add_extra(f"{label}: {cmp.facts_event_label(event)}")
    left_ties = list(facts.ties)
    for g in gold.ties:
        found = next((tie for tie in left_ties if cmp.same_tie(g, tie)), None)
        if found is None:
            t["ties"].miss(f"{gold.name}: {cmp.tie_label(g)}")
        else:
            left_ties.remove(found)
            t["ties"].found += 1
    for tie in left_ties:
        t["ties"].add_extra(f"{gold.name}: {cmp.facts_tie_label(tie)}")


def _score_details(g: dict, m: Match, swapped: bool, label: str, cmp: Comparer, tally) -> None:
    for name in DETAILS:
        want = g.get(name)
        have = getattr(m, name)
        if name == "penalties" and have is not None and swapped:
            have = (have[1], have[0])
        if want is None and have is None:
            continue
        if want is not None and cmp.same_detail(name, want, have):
            tally.found += 1
            continue
        if want is not None:
            tally.miss(f"{label}: {name} {want!r} (read {have!r})")
        if have is not None:
            tally.add_extra(f"{label}: {name} {have!r} (gold {want!r})")


def _score_events(gold_events, events, label, cmp: Comparer, t, kind: str) -> None:
    if gold_events is None:
        return
    left = list(events or [])
    flags = ("penalty", "own_goal") if kind == "goals" else ("second_yellow",)
    for g in gold_events:
        same = [e for e in left if cmp.same_event(g, e)]
        # Two untimed goals by one player are the same event to the comparer: pair the
        # one whose flags agree (Kostic twice, one a penalty) before any other.
        agree = [e for e in same if all(bool(g.get(f)) == bool(getattr(e, f)) for f in flags)]
        found = (agree or same or [None])[0]
        if found is None:
            t[kind].miss(f"{label}: {cmp.event_label(g)}")
            continue
        left.remove(found)
        t[kind].found += 1
        for flag in flags:
            if bool(g.get(flag)) == bool(getattr(found, flag)):
                t["details"].found += 1
            else:
                t["details"].miss(f"{label}: {cmp.event_label(g)} {flag}")
                t["details"].add_extra(f"{label}: {cmp.event_label(g)} {flag} read wrong")
    for e in left:
        t[kind].add_extra(f"{label}: {cmp.facts_event_label(e)}")
