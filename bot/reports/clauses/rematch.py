"""Another meeting of the main match's two teams, told by its result in a clause."""

from __future__ import annotations

import re

from bot.reports.clauses.pairing import OTHER, Pairing

_WON = re.compile(
    r"\b(?:won|beat|drew|lost|ended|finished|gewann|gewannen|gewonnen|siegte|siegten|schlug|"
    r"schlugen|besiegte|besiegten|verlor|verloren|endete)\s+(?:\w+\s+){0,3}?"
    r"(\d{1,2})\s?[-:–]\s?(\d{1,2})(?![\d:]|\.\d)"
    r"|(?<![\d.:])(\d{1,2}):(\d{1,2})\s+(?:gewonnen|verloren|gesiegt|geschlagen|besiegt|"
    r"geendet)\b"
)


def told_rematch(pairing: Pairing, text: str) -> str | None:
    """`They also won 2-0 at Ibrox in September, when Edouard and Hayes scored` beside a
    1-0 final of the same two sides: a clause telling a result verb and a score that is
    not the main match's but that of the one other read meeting of the same two teams is
    about that meeting (so its scorers are not put on the main match)."""
    main = pairing.main
    if main is None or main.score is None or not pairing.others:
        return None
    teams = {main.home, main.away}
    same = [
        i
        for i, m in enumerate(pairing.others)
        if {m.home, m.away} == teams and m.score is not None and m.leg is None
    ]
    if len(same) != 1:
        return None
    told = {tuple(sorted((int(a or c), int(b or d)))) for a, b, c, d in _WON.findall(text)}
    if len(told) != 1:
        return None
    score = told.pop()
    if score == tuple(sorted(main.score)):
        return None
    other = pairing.others[same[0]]
    if tuple(sorted(other.score)) != score:
        return None
    return f"{OTHER}{same[0]}"
