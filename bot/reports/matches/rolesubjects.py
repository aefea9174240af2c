"""A result whose subject is a role, not a name (`The hosts won 3-1`, `Die Gäste
gewannen mit 2:1`), after a sentence that named the two teams: the role, not the order
the teams were named in, says whose the score is, once the match's home side is known.
Where the home side stays unknown, or the sentence names both roles, it is left out."""

from __future__ import annotations

import re

from bot.reports.text.holdsany import holds_any

_HOST = r"hosts|home side|home team|gastgeber|hausherren"
_GUEST = r"visitors|visiting side|away side|gäste|gaeste"
_ROLE = re.compile(rf"\b(?:the|die|der)\s+(?:(?P<home>{_HOST})|(?P<away>{_GUEST}))\b", re.I)
_OBJECT = re.compile(
    r"\b(?:against|over|to|by|for|beat|beating|past|gegen|über|für|von|bei|beim|"
    r"besiegten|besiegte|schlugen|schlug)\s+$",
    re.I,
)
_ROLE_KEYS = ("host", "home", "visit", "away", "gastgeber", "hausherren", "gäste", "gaeste")


def mark_role_subjects(doc, sentence, readings) -> None:
    """Note `role:home`, `role:away` or `role:unclear` on a reading whose teams came
    from the story and whose sentence names a role before the score and no team."""
    low = sentence.text.lower()
    if not holds_any(low, _ROLE_KEYS):
        return
    for r in readings:
        if not r.context_filled or "unoriented" in r.notes:
            continue
        if any(m.start < r.hit.start for m in doc.mentions_in(sentence)):
            continue
        roles = set()
        for m in _ROLE.finditer(doc.text, sentence.start, r.hit.start):
            role = "home" if m.group("home") else "away"
            if _OBJECT.search(doc.text, max(0, m.start() - 12), m.start()):
                role = "away" if role == "home" else "home"
            roles.add(role)
        if (
            roles == {"home"}
            and r.home is not None
            and r.home == r.o
            and named_at(doc, sentence, r)
        ):
            continue  # `The home side had arrived after a 2-1 defeat at Borussia Dortmund`: the
            # story's home side, playing away at the named ground
        if roles:
            r.notes.add(f"role:{roles.pop()}" if len(roles) == 1 else "role:unclear")


def named_at(doc, sentence, r) -> bool:
    """Whether the sentence names the reading's home side after its score, as the place
    (`at Borussia Dortmund`, `bei Borussia Dortmund`)."""
    return any(
        m.team == r.home and m.start > r.hit.start and m.prep in ("at", "bei", "beim")
        for m in doc.mentions_in(sentence)
    )


def settle_role_subjects(readings: list) -> list:
    """Readings with a role subject told from the side holding that role; those whose
    home side is unknown (or whose roles disagree) are dropped."""
    out = []
    for r in readings:
        role = next((n[5:] for n in r.notes if n.startswith("role:")), None)
        if role is None:
            out.append(r)
            continue
        pair = r.teams()
        if role == "unclear" or pair is None or r.home not in pair:
            continue
        subject = r.home if role == "home" else (r.o if r.home == r.p else r.p)
        if subject != r.p:
            r.p, r.o = r.o, r.p
        out.append(r)
    return out
