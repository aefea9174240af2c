"""`McGrath drove the ball across, Mabbutt stretched out a leg and it looped off his knee
over Clemence and into the net`, `..., und der Ball prallte von seinem Knie ins Tor`: a
ball that goes in off a player's body after another named player delivered it may be his
goal or his own goal. The text settles it where it calls the goal cruel on, or unlucky
for, the man (`the winner ... was cruel on the man who had already scored`): then an own
goal; else the goal is told without a scorer."""

from __future__ import annotations

import re

from bot.facts import Match

_PARTS_EN = r"(?:knee|shin|thigh|back|heel|chest|backside|head|leg|foot|boot|body|hip|shoulder)"
_PARTS_DE = r"(?:Knie|Schienbein|Oberschenkel|Rücken|Kopf|Bein|Fuß|Körper|Hüfte|Schulter|Hacke)"
_OFF = re.compile(
    r"\b(?:it|the ball|the cross)\s+(?:\w+\s+){0,2}?(?:looped|deflected|went|spun|cannoned|"
    r"ricocheted|flew|bounced|glanced|skewed|trickled|span|rebounded)\s+(?:in\s+)?off\s+his\s+"
    + _PARTS_EN
    + r"\b|\b(?:der\s+Ball|er)\s+(?:\w+\s+){0,2}?(?:prallte|sprang|trudelte|flog|ging|rutschte)"
    r"\s+(?:\w+\s+){0,2}?(?:von|vom)\s+(?:seinem|seiner)\s+" + _PARTS_DE + r"\b"
)
_AGAINST_HIM = re.compile(
    r"\b(?:cruel on|cruel for|unlucky for|unkind to|heartbreak for|misfortune of|"
    r"bitter for|tragisch für|bitter für|Pechvogel)\b",
    re.I,
)


def settle_off_body(doc, matches: list[Match]) -> None:
    """Mark, or strip of its scorer, each goal told as going in off its scorer's body."""
    if " off his " not in doc.text and " von seine" not in doc.text:
        return
    sentences = doc.sentences
    index = {s.text: i for i, s in enumerate(sentences)}
    for match in matches:
        for goal in match.goals or []:
            if goal.own_goal or not goal.player or goal.evidence not in index:
                continue
            i = index[goal.evidence]
            told = [s.text for s in sentences[i : i + 2]]
            if not any(_touched(text, goal.player) for text in told):
                continue
            around = " ".join(s.text for s in sentences[max(0, i - 1) : i + 2])
            if _AGAINST_HIM.search(around):
                goal.own_goal = True
                goal.team = None
            else:
                goal.player = None


def _touched(text: str, player: str) -> bool:
    """Whether `text` tells the ball going in off `player` after another sent it in."""
    off = _OFF.search(text) if (" off his " in text or " von sein" in text) else None
    return off is not None and _delivered(text[: off.start()], player)


def _delivered(before: str, player: str) -> bool:
    """Whether `player` and someone else (the one who sent the ball in) are named before
    the touch, so the touch may be of either side."""
    last = player.split()[-1]
    names = [n for n in _NAME.findall(before) if n not in _NOT_NAMES]
    return last in before and any(last not in n for n in names)


_NAME = re.compile(r"\b[A-ZÄÖÜ][\w'’-]+(?:\s+[A-ZÄÖÜ][\w'’-]+)*")
_NOT_NAMES = frozenset(
    "The A An It He His Then After From Der Die Das Ein Eine Er Nach Dann".split()
)
