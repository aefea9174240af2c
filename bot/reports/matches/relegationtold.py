"""`Die Relegation zur Bundesliga war bereits entschieden: Der HSV ... bleibt erstklassig`:
the league a relegation play-off is for, told beside its own result, outranks the one
the story's main play-off is for (a report of the 2. Liga play-off telling the
Bundesliga's in passing)."""

from __future__ import annotations

import re

from bot.competitions.names import find_competitions, info
from bot.reports.matches.reading import Reading
from bot.reports.text.document import Document

_FOR = re.compile(
    r"\b(?:Relegation|Relegationsspiele?|relegation play-?offs?|relegation playoffs?)\s+"
    r"(?:zur|um die|für die|for the|into the|to the)\s+$",
    re.IGNORECASE,
)
"""`Relegation zur Bundesliga`, `the relegation play-off for the Bundesliga`."""
_TIER = re.compile(r"\b(?:(?P<top>erstklassig)|(?P<third>drittklassig))\w*", re.IGNORECASE)
"""`bleibt erstklassig` is a top-flight side's play-off (the Bundesliga's); `muss wieder
drittklassig spielen` a play-off for the 2. Bundesliga. Not `zweitklassig`, which both a
2. Liga side failing to go up and one staying up say."""
_TIER_LEAGUE = {"top": "Bundesliga", "third": "2. Bundesliga"}


def told_relegation_league(doc: Document, r: Reading) -> str | None:
    """The league the play-off result's own sentence names it for (`Relegation zur
    Bundesliga`, `bleiben erstklassig`), or the sentence before it when that one names
    no team (`Die Relegation zur Bundesliga wird am Dienstag entschieden. Fortuna hatte
    das Hinspiel ... gewonnen`)."""
    if "elegation" not in doc.text and "klassig" not in doc.text:
        return None  # most reports: no play-off named, no tier word (the cheap gate)
    index = next(i for i, s in enumerate(doc.sentences) if s is r.sentence)
    if r.stage != "relegation-play-off" and not _leg_near_play_off(doc, r, index):
        return None
    found = _told_in(doc, r.sentence.text, tiers=True)
    if found is None and index > 0 and not doc.mentions_in(doc.sentences[index - 1]):
        found = _told_in(doc, doc.sentences[index - 1].text, tiers=False)
    return found


_LEG = re.compile(r"\b(?:Hin|Rück)spiel|\b(?:first|second) leg\b", re.IGNORECASE)
_PLAY_OFF = re.compile(r"\bRelegation|\brelegation play-?off", re.IGNORECASE)


def _leg_near_play_off(doc: Document, r: Reading, index: int) -> bool:
    """A leg whose round is not yet read (`Eine Vorlage, wie man eine Relegation dreht,
    lieferte Hertha. Nach der 0:1-Heimniederlage im Hinspiel ...`): a leg told in the
    sentence that names the play-off or right after it; a league result beside the
    words (`Den Platz in der Relegation sicherte Fürth mit einem 2:0`) names no leg."""
    if "piel" not in r.sentence.text and " leg" not in r.sentence.text:
        return False
    if not _LEG.search(r.sentence.text):
        return False
    texts = [s.text for s in doc.sentences[max(0, index - 1) : index + 1]]
    return any("elegation" in t and _PLAY_OFF.search(t) for t in texts)


def _told_in(doc: Document, text: str, tiers: bool) -> str | None:
    leagues = set()
    if "elegation" in text:
        for m in find_competitions(text, doc.published):
            if _FOR.search(text, max(0, m.start - 40), m.start) and _is_league(m.name):
                leagues.add(m.name)
    if tiers and not leagues and doc.lang == "de" and "klassig" in text:
        leagues = {_TIER_LEAGUE[t.lastgroup] for t in _TIER.finditer(text)}
    return leagues.pop() if len(leagues) == 1 else None


def _is_league(name: str) -> bool:
    return getattr(info(name), "format", None) == "league"
