"""Whether a result's subject won, lost or drew, as the words around the score say:
a noun after it (`a 2-1 defeat`), a German participle after it (`2:3 verloren`), a verb
of winning or losing before it, or one after it in the same clause."""

from __future__ import annotations

import re

from bot.reports.matches import cues
from bot.reports.matches.passivewins import passive_win
from bot.reports.matches.scores import ScoreHit
from bot.reports.matches.turneddeficit import turned_deficit
from bot.reports.text.document import Sentence

# `\d\d?` (not `\d{1,2}`): a pattern opening with one class lets `re` skip to digits.
ANY_SCORE = re.compile(r"\d\d? ?[:–-] ?\d{1,2}")

_OUTCOME_NOUN_AFTER = re.compile(
    r"^[-\s]{0,2}(?:[\w-]+\s)?(?P<w>win|victory|triumph|loss|defeat|draw|tie|rout|"
    r"thrashing|drubbing|hammering|romp|(?:lead|advantage|cushion)(?= (?:from|out of|into) the))\b",
    re.I,
)


_SUFFERED = re.compile(r"\b(?:suffer\w*|endur\w*|wrong end of|victims? of)\b[^.,;]*$", re.I)
"""`suffered a 6-2 rout`: a rout the subject took, not gave."""


def outcome_of(text: str, sentence: Sentence, hit: ScoreHit, clause_start: int):
    """(won|lost|draw|None for the subject, strength, offset of the cue word)."""
    if hit.first != hit.second and turned_deficit(text, hit.start, hit.end):
        return "lost", 2, hit.start
    if hit.suffix:
        if hit.suffix.endswith(("niederlage", "pleite", "klatsche", "schlappe", "debakel")):
            return "lost", 2, hit.start
        if hit.suffix.endswith(("sieg", "erfolg", "triumph", "vorsprung", "führung", "polster")):
            return "won", 2, hit.start
    after = text[hit.end : min(sentence.end, hit.end + 25)]
    noun = _OUTCOME_NOUN_AFTER.match(after)
    if noun:
        word = noun.group("w").lower()
        lost = word in ("loss", "defeat") or (
            word not in ("win", "victory", "triumph", "draw", "tie")
            and _SUFFERED.search(text, max(0, hit.start - 30), hit.start)
        )
        label = "draw" if hit.first == hit.second else ("lost" if lost else "won")
        return label, 2, hit.start
    if (done := _PARTICIPLE_AFTER.match(after)) and hit.first != hit.second:
        return ("won" if done.group(1) == "gewonnen" else "lost"), 2, hit.start
    window_start = max(clause_start, hit.start - 120)
    after_a = _AFTER_A.search(text, max(0, hit.start - 16), hit.start)
    background = after_a is not None
    if background and after_a.group().lower().startswith(("nach", "dank")):
        # `Die Rangers gewannen nach einem 0:1 in Braga das Rückspiel mit 3:1`: the
        # verb before is the main clause's; the German score is the subject's anyway
        window_start = hit.start
    elif background:
        told = [m.end() for m in ANY_SCORE.finditer(text, window_start, hit.start)]
        window_start = told[-1] if told else window_start
    before = text[window_start : hit.start]
    # the cheap `by` after the score first: both must hold, and neither has side effects
    if _BY.match(text, hit.end) and (by := _BEATEN_BY.search(before)):
        return "lost", 2, window_start + by.start()  # `Beaten 2-0 by Forest`
    best = None
    for pattern, label in ((cues.WIN, "won"), (cues.LOSE, "lost")):
        for m in cues.scan(pattern, before):
            if best is None or m.start() > best[0]:
                best = (m.start(), label)
    if best is not None and best[1] == "won" and passive_win(before, best[0]):
        best = (best[0], "lost")
    if best is not None:
        label = "draw" if hit.first == hit.second else best[1]
        return label, 2, window_start + best[0]
    after_verb = text[hit.end : min(sentence.end, hit.end + 60)]
    after_verb = _COMMA.split(after_verb)[0]
    after_verb = ANY_SCORE.split(_LEADING_PARENS.sub("", after_verb))[0]
    win, lose = cues.WIN.search(after_verb), cues.LOSE.search(after_verb)
    if background and ANY_SCORE.search(text, hit.end, sentence.end):
        win = lose = None  # `Nach dem 1:2 in Lissabon gewannen die Franzosen ... mit 1:0`
    if hit.first == hit.second:
        return "draw", (1 if win or lose else 0), None
    if bool(win) != bool(lose):
        return ("won" if win else "lost"), 1, None
    return None, 0, None


_COMMA = re.compile(r"[,;]")
_BEATEN_BY = re.compile(r"\b(?:[Bb]eaten|[Dd]efeated|[Hh]umbled|[Tt]hrashed)\s+$")
_BY = re.compile(r"\s+by\s")
_AFTER_A = re.compile(
    r"\b(?:nach (?:dem|einem)|dank (?:des|dem|eines|einem)|after (?:a|an|the|their|its)|"
    r"following (?:a|an|the|their|its)|thanks to (?:a|an|the|their|its))"
    r"\s+$",
    re.I,
)
"""`besiegte Real Madrid mit 2:1 und zog nach dem 2:3 im Hinspiel ... ein`: the verb
before another score is that score's, and so is one after it before a later score; a
result told as what came before has none."""
_PARTICIPLE_AFTER = re.compile(r"\s*(?:\([^)]*\)\s*)?(gewonnen|verloren)\b")
"""`das Rückspiel in Old Trafford 2:3 verloren hatten`: the German verb after the score
is its own, not one of an earlier clause (`2:1 gewonnen und ...`)."""
_LEADING_PARENS = re.compile(r"^\s*\([^)]*\)")
