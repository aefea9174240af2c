"""`Dino Baggio brachte Juventus früh in Führung und erhöhte kurz vor der Pause auf 2:0`,
`Baggio put Juventus ahead early and made it 2-0 before half-time`: one subject, two goal
verbs joined by `and`, the second with the running score, is two goals of that player; so
is `X levelled before the break and the same player settled it from the spot`."""

from __future__ import annotations

import re

from bot.reports.goals.cues import GOAL

_SECOND = {
    "en": re.compile(
        r"\s(?:and|before)\s+(?:then\s+)?(?:made it|doubled|extended|added)\b[^,;]{0,60}?"
        r"\b(?P<a>\d)-(?P<b>\d)\b"
    ),
    "de": re.compile(
        r"\s(?:und|ehe\s+er)\s+(?:dann\s+)?(?:erhöhte|legte|traf|stellte)\b[^,;]{0,60}?"
        r"\b(?:auf|zum)\s+(?P<a>\d):(?P<b>\d)\b"
    ),
}
_SAME_DOER = re.compile(
    r"\s(?:and|before|und|ehe)\s+(?:then\s+|later\s+|dann\s+|später\s+)?"
    r"(?:the same (?:player|man)|derselbe (?:Spieler|Mann)|der gleiche (?:Spieler|Mann))\s"
)
"""A second goal verb whose subject is `the same player`: no new name, so no other scorer."""
_AGAIN_EN = re.compile(
    r"\s(?:and|before)\s+(?:then\s+|later\s+)?"
    r"(?!(?:[\w-]+\s+){0,3}?(?:missed|failed|could|would|almost|nearly|chance|hit)\b)"
    r"(?:[\w-]+\s+){0,3}?(?:to\s+)?(?:score[ds]?|scoring|add(?:ed|ing)?|grab(?:bed|bing)?)\s+"
    r"(?:the|a|his|her)\s+(?:late\s+|own\s+)?(?:winner|second|third|fourth|winning goal)\b"
)
"""`Edouard equalised from the spot and then ran through to score the winner`: the same
subject's second goal, told with the goal it is and no new name."""


def joined_count(text: str, clause, cue_at: int, found, lang: str) -> int:
    """2 where the claim's clause goes on, after its goal verb and no other name, with
    `and made it 2-0`/`und erhöhte auf 2:0`; else 1."""
    if "same" in clause.text or "selbe" in clause.text or "gleiche" in clause.text:
        same = _SAME_DOER.search(text, cue_at, clause.end)
        if same and GOAL[lang].search(text[same.end() : clause.end]):
            return 1 if any(c.name and c.start > cue_at for c in found) else 2
    again = _AGAIN_EN.search(text, cue_at, clause.end) if lang == "en" else None
    if again is not None and not any(c.name and c.start > cue_at for c in found):
        return 2
    second = _SECOND.get(lang, _SECOND["en"]).search(text, cue_at, clause.end)
    if second is None or max(int(second.group("a")), int(second.group("b"))) < 2:
        return 1
    if any(c.name and c.start > cue_at for c in found):
        return 1
    return 2
