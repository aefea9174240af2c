"""Load the development sets: `NAME.txt` beside `NAME.gold.json` (see the
reports' FORMAT.md), so the scorer and `sportsbot eval` read them one way."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Gold:
    """One report and the facts it states, as written in the gold file."""

    name: str
    path: Path
    lang: str | None
    published: str | None
    matches: list[dict] = field(default_factory=list)
    ties: list[dict] = field(default_factory=list)

    def text(self) -> str:
        return self.path.read_text(encoding="utf-8")


def load_gold(path: Path) -> Gold:
    """The gold facts for one `NAME.gold.json` (its report is `NAME.txt` beside it)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    name = path.name[: -len(".gold.json")]
    return Gold(
        name=name,
        path=path.with_name(name + ".txt"),
        lang=data.get("lang"),
        published=data.get("published"),
        matches=list(data.get("matches") or []),
        ties=list(data.get("ties") or []),
    )


def load_dir(directory: Path | str) -> list[Gold]:
    """Every report in a folder that has both its text and its gold file, by name."""
    folder = Path(directory)
    out = []
    for gold_file in sorted(folder.glob("*.gold.json")):
        gold = load_gold(gold_file)
        if gold.path.exists():
            out.append(gold)
    return out
