"""A German shoot-out score is told from its winner's side (`setzte sich ... mit 5:4
durch`), read as the result's subject's; where another noun phrase is the subject
between the two scores (`Nach einem 1:1 setzte sich der VfL ... mit 5:4 durch` after
`gegen die Bayern`), that subject may be either side, so no shoot-out is read."""

from __future__ import annotations

import re

_NOUN_PHRASE = re.compile(r"\b(?:der|die)\s+(?P<noun>[A-ZÄÖÜ][\w-]+)")
_NOT_A_SIDE = frozenset(("Oberhand", "Nerven", "Entscheidung", "Partie", "Verlängerung"))


def german_shootout(r, hit, doc) -> tuple[int, int] | None:
    """(subject's kicks, opponent's kicks), or None when another subject is told."""
    winner = _loss_verbs_winner(doc, r, hit)
    if winner is not None:
        high, low = max(hit.first, hit.second), min(hit.first, hit.second)
        return (high, low) if winner == r.p else (low, high)
    if hit.end <= r.hit.start:
        if not _subject_before(doc, hit.end, r.hit.start):
            return (hit.first, hit.second)
        side = _coachs_side(doc, hit)
        if side is None or side not in (r.p, r.o):
            return None
        return (hit.first, hit.second) if side == r.p else (hit.second, hit.first)
    between = doc.text[r.hit.end : hit.start]
    for m in _NOUN_PHRASE.finditer(between):
        if m.group("noun") in _NOT_A_SIDE:
            continue
        at = r.hit.end + m.start("noun")
        if not any(x.start == at and x.team == r.p for x in doc.mentions_between(at, at + 1)):
            return None
    return (hit.first, hit.second)


_LOSS_VERB = re.compile(
    r"\b(?:unterlag(?:en)?|verlor(?:en)?|scheiterte(?:n)?)\b(?P<tail>[^.;:,]{0,100})$"
)
_DESCRIBED_SUBJECT = re.compile(
    r"\s*(?:die|das)\s+(?:Mannschaft|Elf|Team|Auswahl)\s+(?:von|des|der)\b"
)


def _loss_verbs_winner(doc, r, hit) -> str | None:
    """`unterlag die Mannschaft von Helmut Schön ... der Tschechoslowakei im
    Elfmeterschießen mit 3:5`, `verlor ... gegen Portugal`, `scheiterte ... an Portugal`:
    after a loss verb the kicks are the loser's view, and the side named as its object
    (dative `dem`/`der`, `gegen`, `an`, or the one after a described subject) won."""
    sentence = doc.sentence_at(hit.start)
    if sentence is None:
        return None
    m = _LOSS_VERB.search(doc.text, sentence.start, hit.start)
    if m is None:
        return None
    start = m.start("tail")
    named = doc.mentions_between(start, hit.start)
    unterlag = m.group(0).startswith("unterlag")
    described = unterlag and bool(_DESCRIBED_SUBJECT.match(m.group("tail")))
    objects = {
        x.team
        for x in named
        if x.prep in ("gegen", "an", "am") or (unterlag and (x.prep in ("dem", "der") or described))
    }
    if len(objects) != 1 or len({x.team for x in named}) != 1:
        return None
    winner = objects.pop()
    return winner if winner in (r.p, r.o) else None


def _subject_before(doc, start: int, end: int) -> bool:
    """`Die Mannschaft von Unai Emery setzte sich im Elfmeterschießen mit 4:3 durch,
    nachdem die Franzosen das Rückspiel mit 2:1 gewonnen hatten`: a side named between
    an earlier shoot-out and the result is the result's subject, so the shoot-out's is
    another one, maybe the other side."""
    if any(m.group("noun") not in _NOT_A_SIDE for m in _NOUN_PHRASE.finditer(doc.text, start, end)):
        return True
    return bool(doc.mentions_between(start, end))


_COACHS_OPENING = re.compile(
    r"\s*(?:Die|Das)\s+(?:Mannschaft|Elf|Team)\s+von\s+(?:Trainer\s+)?[A-ZÄÖÜ][\w'-]+"
    r"(?:\s+[A-ZÄÖÜ][\w'-]+)?\s+(?:setzte|setzten)\s+sich\b"
)


def _coachs_side(doc, hit) -> str | None:
    """`Aston Villa steht im Halbfinale. Die Mannschaft von Unai Emery setzte sich ...
    im Elfmeterschießen mit 4:3 durch`: a coach's team opening the sentence, with no
    side named before the shoot-out, is the one team the sentence before names."""
    sentence = doc.sentence_at(hit.start)
    if sentence is None or not _COACHS_OPENING.match(sentence.text):
        return None
    if any(
        m.prep not in ("bei", "beim", "gegen")
        for m in doc.mentions_between(sentence.start, hit.start)
    ):
        return None
    index = doc.index_of(sentence)
    if index == 0:
        return None
    before = {m.team for m in doc.mentions_in(doc.sentences[index - 1]) if m.prep != "in"}
    return before.pop() if len(before) == 1 else None
