"""`Dailly köpfte aufs Tor, doch Seaman kratzte den Ball aus dem Winkel`: a try whose
next clause, opened by `but`/`doch`, tells the keeper kept it out is no goal."""

from __future__ import annotations

import re

from bot.reports.text.holdsany import holds_any

_BUT = re.compile(r"\s*(?:but|yet|doch|aber|jedoch)\s", re.I)
_KEPT_OUT = re.compile(
    r"\b(?:saved|parried|clawed|palmed|tipped|turned (?:it |the ball )?away|kept (?:it )?out|"
    r"pariert\w*|kratzte|fischte|faustete|lenkte (?:den Ball|ihn)|hielt (?:den Ball|ihn)|"
    r"wehrte)\b",
    re.I,
)
_KEYS = (
    "saved", "parried", "clawed", "palmed", "tipped", "turned", "kept", "pariert",
    "kratzte", "fischte", "faustete", "lenkte", "hielt", "wehrte",
)  # fmt: skip


def saved_next(clauses, index: int) -> bool:
    """Whether the clause after `index` opens with `but`/`doch` and tells a keeper's
    save (asked only for a clause without a minute: a timed goal stands on its own)."""
    if index + 1 >= len(clauses):
        return False
    after = clauses[index + 1].text
    if not _BUT.match(after):
        return False
    low = after.lower()
    return holds_any(low, _KEYS) and bool(_KEPT_OUT.search(after))


_WOOD = re.compile(
    r"\s*(?:but|yet|only for|doch|aber|jedoch)\s+(?:it|the ball|the shot|the effort|"
    r"the header|(?:his|her) (?:shot|effort|header|strike|volley)|der Ball|sein (?:Schuss|"
    r"Kopfball|Versuch))\s+(?:\w+\s+){0,2}?(?:(?:hit|struck|rattled|clipped|came back off|"
    r"bounced off|cannoned off) the (?:post|bar|crossbar|woodwork|upright)|was (?:saved|"
    r"cleared|kept out|blocked)|(?:went|flew|drifted|curled) (?:just )?(?:wide|over)|"
    r"prallte (?:\w+ ){0,2}?(?:vom|an den|an die) (?:Pfosten|Latte|Querlatte)|"
    r"(?:traf|touchierte) nur (?:den Pfosten|die Latte|die Querlatte)|"
    r"(?:landete|klatschte) (?:am Pfosten|an der Latte|an die Latte|an den Pfosten)|"
    r"(?:ging|strich|rauschte) (?:knapp |haarscharf )?(?:vorbei|am Tor vorbei|über das Tor))|"
    r"\s*(?:but|yet|doch|aber|jedoch)\s+(?:he|she|er|sie)\s+(?:missed(?=\s*(?:[.,;]|$)|"
    r"\s+(?:from|the target|the chance|it|again|badly))|(?:shot|fired|headed|blazed|"
    r"sent (?:it|the ball)|put (?:it|the ball)) (?:just )?(?:wide|over)|(?:hit|struck) "
    r"(?:only )?the (?:post|bar|crossbar|woodwork)|scheiterte|vergab|verfehlte|(?:traf|"
    r"touchierte) nur (?:den Pfosten|die Latte|die Querlatte)|(?:schoss|köpfte|zielte) "
    r"(?:knapp |haarscharf )?(?:vorbei|daneben|drüber|über das Tor))",
    re.I,
)


def struck_wood_next(clauses, index: int) -> bool:
    """`X curled a shot past the keeper in the 32nd minute, but it hit the post`, `squared
    for X to score, but he shot wide`: the clause after, opened by `but`/`doch`, tells the
    ball stayed out: no goal, even one with a time."""
    return index + 1 < len(clauses) and bool(_WOOD.match(clauses[index + 1].text))


def kept_out_next(clauses, index: int, timed: bool) -> bool:
    """A save told next (for a clause without a time) or the ball kept out (for any)."""
    return (not timed and saved_next(clauses, index)) or struck_wood_next(clauses, index)
