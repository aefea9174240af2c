"""`Hugo Duro fired Valencia to a 2-0 win`: the team a player fires (heads, shoots, leads)
to a win is the side that won it, though it stands as the verb's object; `X schoss den FC
Valencia zum 2:0-Sieg` is the same in German, and so are `fired Valencia with two headers
to a 2-0 win` and the perfect `hatte Duro den FC Valencia mit zwei Toren zum 2:0-Sieg
geschossen` (the participle after the win)."""

from __future__ import annotations

import re

_VERB = re.compile(
    r"\b(?:fired|fires|firing|fire|shot|shoots|shooting|headed|heads|heading|steered|"
    r"steering|guided|guiding|powered|powering|propelled|propelling|led|leading|inspired|"
    r"inspiring|carried|carrying|drove|driving|lifted|lifting|sent|sending|"
    r"schoss|schießt|geschossen|köpfte|geköpft|führte|geführt)\s+(?:(?:the|den|die|das)\s+)?$",
    re.I,
)
_TO_WIN = {
    "en": re.compile(
        r"(?:,?\s+with\s+(?:[\w-]+\s+){0,8}?[\w-]+,?)?"
        r"\s+to\s+(?:a|an|the|their|its|his)\s+(?:[\w-]+\s+){0,2}$",
        re.I,
    ),
    "de": re.compile(r"\s+(?:[\w-]+\s+){0,4}?zum\s+$"),
}
_WIN_AFTER = {
    "en": re.compile(r"(?:\s+|-goal\s+)(?:[\w-]+\s+)?(?:win|victory|triumph)\b", re.I),
    "de": re.compile(r"-?(?:Sieg|Erfolg|Heimsieg|Auswärtssieg)\b"),
}


def fired_to(text: str, hit, people, lang: str) -> str | None:
    """The team the clause fires to the result's win, when the words say so; else None."""
    lang = lang if lang in _TO_WIN else "en"
    told_win = hit.suffix.startswith(("sieg", "erfolg", "heimsieg", "auswärtssieg"))
    if not (lang == "de" and told_win) and not _WIN_AFTER[lang].match(text, hit.end):
        return None
    before = [m for m in people if m.end <= hit.start and hit.start - m.end <= 90]
    if not before:
        return None
    team = before[-1]
    if lang == "de" and told_win and _PARTICIPLE_AFTER.match(text, hit.end):
        return _object_before_participle(text, hit, people)
    if not _TO_WIN[lang].fullmatch(text, team.end, hit.start):
        return None
    if not _VERB.search(text[max(0, team.start - 40) : team.start]):
        return None
    return team.team


_PARTICIPLE_AFTER = re.compile(
    r"\s+(?:geschossen|geköpft|geführt|getragen|schoss|köpfte|führte|trug)\b(?!\s+(?:den|die|das)\b)"
)
"""`hatte Haaland den BVB ... zum 2:1-Sieg geschossen`: the verb told after the win, as
a participle closing the (plu)perfect clause, or as the finite verb closing a subordinate
one (`ehe Owen den FC Liverpool zum 2:1-Sieg schoss`)."""
_OBJECT_GAP = re.compile(r"\s+(?:(?:[\w-]+|\d+\.)\s+){0,10}?zum\s+$")
_GOVERNED = re.compile(
    r"\b(?:gegen|bei|beim|über|mit|von|vom|aus|für|an|am|im|in|auf|nach|vor)\s+"
    r"(?:(?:den|dem|die|das|der)\s+)?$",
    re.I,
)


def _object_before_participle(text: str, hit, people) -> str | None:
    """`Im Hinspiel hatte Haaland den BVB mit seinen Treffern in der 69. und 77. Minute zum
    2:1-Sieg geschossen`: the one team named in the clause before `zum`, as the verb's
    object (after an article, not a preposition, and no other team named between)."""
    before = [m for m in people if m.end <= hit.start and hit.start - m.end <= 90]
    if not before:
        return None
    team = before[-1]
    if not _OBJECT_GAP.fullmatch(text, team.end, hit.start):
        return None
    if _GOVERNED.search(text, max(0, team.start - 20), team.start):
        return None
    return team.team


_OVER = re.compile(
    r"(?:-?[A-Za-zÄÖÜäöüß]+)?\s+(?:[\w-]+\s+)?(?:over|against|gegen|at|bei|beim)\s+"
    r"(?:(?:the|den|dem|die|das|der)\s+)?$",
    re.I,
)


def fired_opponent(text: str, hit, people, winner: str) -> str | None:
    """`fired AC Milan to a 2-0 win over Inter`, `zum 2:0-Sieg gegen Inter Mailand`: the
    team the win is told over, right after it."""
    after = [m for m in people if hit.end <= m.start <= hit.end + 40]
    if not after or after[0].team == winner:
        return None
    return after[0].team if _OVER.fullmatch(text, hit.end, after[0].start) else None
