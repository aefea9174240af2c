"""Who made a goal rather than scored it: the passer named with `from`/`von`, the partner
of a one-two, the one `getting the assist` (a part of GoalReader, kept apart from clues.py)."""

from __future__ import annotations

import re

from bot.reports.goals.partner import combined_with
from bot.reports.goals.scorers import Candidate

_ASSIST = re.compile(
    r"(?:pass|cross|cutback|through ball|feed|corner|free[- ]kick|delivery|lay-off|Zuspiel|"
    r"Vorarbeit|Vorlage|Flanke|Hereingabe|Pass|Querpass|Ecke|Freistoß)\s+(?:\w+\s+)?"
    r"(?:from|by|von|des)\s+$"
)
_ASSIST_ENDS = ("from", "by", "von", "des")
"""`_ASSIST` ends on one of these and white space: a cheap test before it."""
_ASSIST_AFTER = re.compile(r"^\s+(?:getting|got|with|providing) the assist|^\s+assisted", re.I)


class AssistReading:
    """Assists for GoalReader (see GoalReader for the state used: doc, cast, _sentence,
    _assist_named)."""

    def _assisting(self, candidate: Candidate) -> bool:
        """ "nach einem Zuspiel von Y (29.)", "nach Doppelpass mit Y", "from Y's cross": Y
        made the goal, not scored it."""
        lead = self.doc.text[max(0, candidate.start - 40) : candidate.start]
        if not lead[-1:].isspace():
            return False
        if lead.rstrip().endswith(_ASSIST_ENDS):
            return bool(_ASSIST.search(lead))
        return combined_with(self.doc.text, candidate.start)

    def _assist(self, found) -> str | None:
        for candidate in found:
            if candidate.name and self._assisting(candidate):
                return self.cast.full_name(candidate.name)
        sentence = self._sentence.sentence
        if self._assist_named is None or self._assist_named[0] != sentence.start:
            self._assist_named = (sentence.start, self._assist_after(sentence))
        return self._assist_named[1]

    def _assist_after(self, sentence) -> str | None:
        """ "..., Y getting the assist": the sentence's one provider, looked for once per
        sentence, not once for each goal clause of it (a goals line has many)."""
        text = self.doc.text
        for person in self.cast.within(sentence.start, sentence.end):
            if _ASSIST_AFTER.match(text[person.end : person.end + 30]):
                return self.cast.full_name(person.name)
        return None
