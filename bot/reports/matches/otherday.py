"""`The replay was needed after Sunday's first meeting ... ended goalless`: a weekday
owning a match (`Sunday's first meeting`, `Saturday's draw`) in a sentence whose result
is another match of the report is that match's day, not the main match's."""

from __future__ import annotations

import re

from bot.reports.matches.reading import Reading

_OWNING_DAY = re.compile(
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:'s|’s)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:meeting|game|match|draw|tie|leg|encounter|clash|fixture)\b"
)


def another_results_day(sentence, at: int, main: Reading, readings) -> bool:
    """Whether the day at `at` owns a match (`Sunday's first meeting`) in a sentence that
    holds a result other than the main one, and not the main result itself."""
    if not _OWNING_DAY.match(sentence.text, at):
        return False
    here = [r for r in readings if r.sentence is sentence]
    if not here or any(r is main for r in here):
        return False
    same = {main.p: main.p_goals, main.o: main.o_goals}
    return any({r.p: r.p_goals, r.o: r.o_goals} != same for r in here)
