"""CPU time of the data scanners the reader calls once per report (competitions,
stages, dates), so their share of the 300 reports/s budget is known.

Run: .venv/bin/python benchmarks/bench_scanners.py [DIR ...]   (default: ../shared/reports)
Times are process CPU time (fair on a busy machine), best of five rounds, and are
also scaled to a report of 500 words.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.competitions import find_competitions, find_stages  # noqa: E402
from bot.reports.text.dates import resolve_dates  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("dirs", nargs="*", default=[str(ROOT.parent / "shared" / "reports")])
    args = parser.parse_args()
    docs = []
    for folder in args.dirs:
        for path in sorted(Path(folder).glob("*.txt")):
            text = path.read_text(encoding="utf-8")
            head = text.split(maxsplit=2)
            published = head[1] if len(head) > 1 and head[0] == "date" else None
            lang = "de" if ".de." in path.name else "en"
            docs.append((text, published, lang))
    if not docs:
        sys.exit("no reports found")
    words = sum(len(text.split()) for text, _, _ in docs) / len(docs)
    steps = {
        "competitions": lambda t, p, lang: find_competitions(t),
        "stages": lambda t, p, lang: find_stages(t, lang),
        "dates": resolve_dates,
    }
    total = 0.0
    for name, step in steps.items():
        best = float("inf")
        for _ in range(5):
            start = time.process_time()
            for _ in range(10):
                for doc in docs:
                    step(*doc)
            best = min(best, (time.process_time() - start) / (10 * len(docs)))
        total += best
        print(f"{name:13s} {best * 1000:.3f} ms/report")
    print(f"all three     {total * 1000:.3f} ms/report of {words:.0f} words")
    print(f"scaled        {total * 1000 * 500 / words:.3f} ms for 500 words")


if __name__ == "__main__":
    main()
