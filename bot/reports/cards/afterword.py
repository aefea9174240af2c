"""A second yellow told in the sentence after a sending-off (`... and was then sent off
for taking his shirt off. It was his second yellow card.`, `Es war seine zweite Gelbe
Karte.`): a pronoun that points back to the player just sent off."""

from __future__ import annotations

import re

from bot.reports.text.holdsany import holds_any

_TOLD_AFTER = re.compile(
    r"\s*(?:(?:It|That|This) was (?:his|her) second (?:yellow|booking|caution)|"
    r"(?:He|She) had (?:already|previously) been (?:booked|cautioned)|"
    r"(?:Es|Das) war (?:seine|ihre) zweite (?:Gelbe|gelbe|Verwarnung)|"
    r"(?:Er|Sie) (?:hatte|war) (?:bereits|schon|zuvor) (?:Gelb gesehen|verwarnt))\b"
)
_KEYS = ("second", "already", "previously", "zweite", "bereits", "schon", "zuvor")


def second_told_after(doc, scene, clause, red) -> bool:
    """Whether the card of `clause`, the last of its sentence (`red` finds a card), is
    told a second yellow by the next sentence's opening."""
    if scene.index + 1 >= len(doc.sentences):
        return False
    text = doc.sentences[scene.index + 1].text
    if not holds_any(text, _KEYS) or _TOLD_AFTER.match(text) is None:
        return False
    later = scene.clauses[scene.clauses.index(clause) + 1 :]
    return not any(red.search(c.text) for c in later)
