"""A club the sentence names in a spelling the team list only finds loosely
(`empfängt der FC Bayern Schachtjor Donezk`): the result's other side is that club,
so the story's pair must not stand in for it."""

from __future__ import annotations

import re

_WORD = re.compile(r"[A-ZÄÖÜ][\w'’-]+")


def loosely_named_club(doc, sentence, resolver) -> bool:
    """Whether a run of two or three capitalised words outside the sentence's team
    mentions is a club to the resolver's loose lookup."""
    spans = [(m.start, m.end) for m in doc.mentions_in(sentence)]
    run: list[str] = []
    last_end = None
    for w in _WORD.finditer(sentence.text):
        at = sentence.start + w.start()
        inside = any(s <= at < e for s, e in spans)
        joined = last_end is not None and sentence.text[last_end : w.start()] == " "
        if inside or not joined:
            if _club(run, resolver):
                return True
            run = []
        if not inside:
            run.append(w.group())
        last_end = w.end()
    return _club(run, resolver)


_ARTICLES = frozenset("The Der Die Das Den Dem Des".split())


def _club(run: list[str], resolver) -> bool:
    """`The Reds` is an article and a nickname, not a club's name in another spelling."""
    if run and run[0] in _ARTICLES:
        run = run[1:]
    if len(run) == 1:
        return len(resolver.exact(run[0])) > 1  # `beat CSKA 4-0`: a name two clubs share
    if not 2 <= len(run) <= 3:
        return False
    team = resolver.close_team(" ".join(run))
    return team is not None and team.kind == "club"
