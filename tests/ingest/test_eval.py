"""`sportsbot eval`: a reader that states exactly the gold facts scores 1.00 through the store.

The stand-in reader turns each gold file back into facts, so what this tests
is the rest of the path: ingest, merge, tie pairing and `facts_of_report`
must hand back every fact as the report stated it, and nothing more.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from bot.evaluation.run import evaluate
from bot.facts import Dismissal, Goal, Match, Report, ReportFacts, Tie
from bot.teams.resolver import TeamResolver

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def gold_reader(path: Path, resolver) -> ReportFacts:
    resolver = resolver or TeamResolver.default()
    gold = json.loads(path.with_name(path.stem + ".gold.json").read_text())
    team = resolver.resolve
    text = path.read_text()
    report = Report(text, str(hash(text)), str(path), gold["lang"], gold["published"])
    matches = []
    for g in gold["matches"]:
        matches.append(
            Match(
                team(g["home"]),
                team(g["away"]),
                tuple(g["score"]) if g["score"] else None,
                g.get("competition"),
                g.get("season"),
                g.get("stage"),
                g.get("leg"),
                g.get("date"),
                g.get("extra_time"),
                tuple(g["penalties"]) if g.get("penalties") else None,
                neutral=bool(g.get("neutral")),
                goals=None
                if g.get("goals") is None
                else [
                    Goal(
                        team(x["team"]),
                        x["player"],
                        x["minute"],
                        x.get("added"),
                        x.get("penalty", False),
                        x.get("own_goal", False),
                    )
                    for x in g["goals"]
                ],
                dismissals=None
                if g.get("dismissals") is None
                else [
                    Dismissal(
                        team(x["team"]),
                        x["player"],
                        x["minute"],
                        x.get("added"),
                        x.get("second_yellow", False),
                    )
                    for x in g["dismissals"]
                ],
            )
        )
    ties = [
        Tie(
            tuple(team(name) for name in t["teams"]),
            t.get("competition"),
            t.get("season"),
            t.get("stage"),
            {team(k): v for k, v in t["aggregate"].items()} if t.get("aggregate") else None,
            team(t["winner"]) if t.get("winner") else None,
            t.get("decided_by"),
            {team(k): v for k, v in t["penalties"].items()} if t.get("penalties") else None,
        )
        for t in gold["ties"]
    ]
    return ReportFacts(report, matches, ties)


async def test_gold_facts_go_through_the_store_unchanged():
    evaluation = await evaluate(SEEDS, read=gold_reader)
    lines = evaluation.lines()
    assert lines[-1] == "extraction: P=1.00 R=1.00 over 2 reports"
    assert not any(line.startswith("  miss") or line.startswith("  extra") for line in lines)


async def test_a_wrong_reader_shows_every_miss_and_extra(tmp_path):
    for path in SEEDS.iterdir():
        shutil.copy(path, tmp_path / path.name)

    def off_by_one(path, resolver):
        facts = gold_reader(path, resolver)
        for match in facts.matches:
            for goal in match.goals or ():
                goal.minute = (goal.minute or 0) + 1
        return facts

    evaluation = await evaluate(tmp_path, read=off_by_one)
    lines = evaluation.lines()
    goals = next(line for line in lines if line.startswith("goals"))
    assert goals.startswith("goals       P=0.00 R=0.00 (found 0, extra 8, missed 8)")
    assert sum(line.startswith("  miss  goals") for line in lines) == 8
    assert lines[-1].startswith("extraction: P=0.") and lines[-1].endswith("over 2 reports")


def test_eval_says_so_when_a_folder_has_no_pairs(tmp_path, capsys):
    from bot.cli import main

    assert main(["eval", str(tmp_path)]) == 2
    assert (
        capsys.readouterr().out.strip()
        == f"sportsbot eval: no NAME.txt + NAME.gold.json pairs in {tmp_path}"
    )
    assert main(["eval", str(tmp_path / "missing")]) == 2
    assert "is not a folder" in capsys.readouterr().out
