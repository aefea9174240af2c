"""Every development report and seed reads without error, and reading them
keeps the precision the project promises (a regression guard, not a tuning aim)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.evaluation.gold import load_dir
from bot.evaluation.score import score
from bot.reports.reader import read_report

SHARED = Path(__file__).resolve().parents[3] / "shared"
PROJECT = Path(__file__).resolve().parents[2]
SETS = [SHARED / "reports", SHARED / "seeds", PROJECT / "seeds"] + [
    PROJECT / "tests/data" / name
    for name in (
        "reports",
        "reports3",
        "reports4",
        "reports5",
        "reports6",
        "reports7",
        "reports8",
    )
]


@pytest.mark.parametrize("folder", [s for s in SETS if s.exists()], ids=lambda p: p.name)
def test_every_report_reads_and_precision_holds(folder):
    golds = load_dir(folder)
    assert golds
    pairs = [(gold, read_report(gold.text(), str(gold.path))) for gold in golds]
    for gold, facts in pairs:
        assert facts.report.lang == gold.lang
        assert facts.report.published == gold.published
    card = score(pairs)
    for kind in ("matches", "goals", "dismissals", "ties"):
        assert card.tallies[kind].precision >= 0.98, kind
