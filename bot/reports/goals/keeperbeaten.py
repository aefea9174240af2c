"""`Dusan Vlahovic ... beat Yassine Bounou in the 65th minute`: a player who beat a person
(the goalkeeper, not a team) scored; the verb alone would also tell of a match won."""

from __future__ import annotations

import re

from bot.reports.clauses.targets import mentions_in_span

_BEAT = re.compile(
    r"\b(?:beat|beats|beating)\s+(?:(?:the\s+)?(?:[A-Z][\w'’-]+\s+)?(?:goalkeeper|keeper)\s+)?"
    r"(?P<who>[A-Z][\w'’-]++(?:\s+(?:de\s+|van\s+)?[A-Z][\w'’-]++){0,2}+)"
    r"(?!\s+(?:to|for|in the air|on the (?:run|outside|inside|right|left|wing|flank))\b)"
)


def beaten_keeper(reader, clause) -> re.Match | None:
    """The "beat" of a clause whose object is a person of the cast and no team, with the
    scorer named before it in the clause; None otherwise."""
    if "beat" not in clause.text:
        return None
    text = reader.doc.text
    for found in _BEAT.finditer(clause.text):
        lo, hi = clause.start + found.start("who"), clause.start + found.end("who")
        if mentions_in_span(reader.doc, lo, hi):
            continue
        if not any(p.start == lo for p in reader.cast.within(lo, hi)):
            continue
        verb = clause.start + found.start()
        before = [p for p in reader.cast.within(clause.start, verb) if not p.possessive]
        if before and not mentions_in_span(reader.doc, before[-1].end, verb):
            return found if text[before[-1].end : verb].count(",") == 0 else None
        if not before and after_relative(reader, clause, verb):
            return found
    return _beat_the_keeper_named_before(reader, clause)


_BEAT_HIM = re.compile(r"\b(?:beat|beats)\s+him\b(?!\s+(?:to|for|in the air|on the)\b)")
_KEEPER = re.compile(r"\b(?:goal)?keeper\b", re.IGNORECASE)


def _beat_the_keeper_named_before(reader, clause) -> re.Match | None:
    """`goalkeeper Thibaut Courtois kept the hosts out ... Silva finally beat him in the
    23rd`: `him` is the keeper the text just named, and the one who beat him scored."""
    found = _BEAT_HIM.search(clause.text)
    if found is None:
        return None
    verb = clause.start + found.start()
    if not _KEEPER.search(reader.doc.text, max(0, verb - 400), verb):
        return None
    before = [p for p in reader.cast.within(clause.start, verb) if not p.possessive]
    if before and not mentions_in_span(reader.doc, before[-1].end, verb):
        return found if reader.doc.text[before[-1].end : verb].count(",") == 0 else None
    return None


_ROLE = re.compile(
    r"\s*(?:the|a|an)\s+(?:[\w'’.-]+\s+){0,4}?(?:striker|forward|midfielder|defender|winger|"
    r"captain|full-?back|cent(?:re|er)-?back|playmaker|substitute|\d{2}-year-old)\s*",
    re.I,
)
"""`the Costa Rican striker`: a role in apposition between the scorer and `beat`."""
_WHO = re.compile(r"\s*(?:who|der)\s+(?=[a-zäöü])")


def after_relative(reader, clause, verb: int) -> bool:
    """`Granit Xhaka, who had been one of Arsenal's better players, beat Courtois`, `Alvaro
    Saborio, the Costa Rican striker, beat Nielsen`: the verb opens the clause right after
    a relative clause or an apposition whose antecedent is a name."""
    if reader.doc.text[clause.start : verb].strip():
        return False
    clauses = reader._sentence.clauses
    index = clauses.index(clause) if clause in clauses else -1
    if index < 2:
        return False
    aside = clauses[index - 1].text
    if not _WHO.match(aside) and not _ROLE.fullmatch(aside):
        return False
    named = clauses[index - 2]
    people = reader.cast.within(named.start, named.end)
    return bool(people) and not named.text[people[-1].end - named.start :].strip(" ,")
