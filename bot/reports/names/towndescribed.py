"""A side told by what it is and where it is from (`Der Finalgegner aus Bergamo`, `der
Titelverteidiger aus Manchester`, `the holders from Madrid`): the one team the text
names elsewhere whose town that is. With two such teams (Manchester City and United),
or none, it stays open."""

from __future__ import annotations

import re

from bot.reports.names.venues import city_of, home_by_place
from bot.reports.patterns.spots import merged, within_runs
from bot.teams.names import normalize
from bot.teams.resolver import TeamResolver

_SIDE_NOUNS_DE = (
    "Finalgegner|Endspielgegner|Halbfinalgegner|Viertelfinalgegner|Achtelfinalgegner|Gegner|"
    "Titelverteidiger|Meister|Rekordmeister|Vizemeister|Pokalsieger|Titelträger|Klub|Club|"
    "Verein|Gastgeber|Gäste|Mannschaft|Team|Elf|Rivale|Rivalen|Tabellenführer|Spitzenreiter|"
    "Aufsteiger|Favorit|Favoriten|Außenseiter"
)
_SIDE_NOUNS_EN = (
    "side|team|club|champions|holders|visitors|hosts|opponents|finalists|outfit|giants|"
    "leaders|rivals|favourites|underdogs"
)
_FROM_TOWN = re.compile(
    r"(?P<art>[DdTt](?<!\w[DdTt])(?:(?<=[Dd])(?:er|ie|as|en|em)|(?<=[Tt])he))\s+"
    r"(?P<noun>(?:" + _SIDE_NOUNS_DE + r")|(?:" + _SIDE_NOUNS_EN + r"))\s+"
    r"(?:aus|from)\s+(?P<town>[A-ZÄÖÜ][\w'’-]+(?:\s+[A-ZÄÖÜ][\w'’-]+)?)\b"
)
_GATES = (re.compile(r"aus(?<=\saus)\s+[A-ZÄÖÜ]"), re.compile(r"from(?<=\sfrom)\s+[A-ZÄÖÜ]"))
r"""Whether `\s(?:aus|from)\s+[A-ZÄÖÜ]` occurs, as two searches that each open on a word
(`re` skips to it in C) and look back for the space once it stands."""
_TOWN_WORDS = ("aus", "from")
"""In every match of _FROM_TOWN, which holds only words, spaces, `-` and quotes (see
spots.within_runs)."""
_TOWN_PLURAL = re.compile(
    r"(?P<art>[Dd](?:ie|en)(?<!\w[Dd](?:ie|en)))\s+(?P<town>[A-ZÄÖÜ][a-zäöüß]{2,})(?P<end>er|ern)\b"
    r"(?!\s+[A-ZÄÖÜ])"
)
"""`die Berner`, `den Turinern`: a German plural of a town's people, for its club; not an
adjective before a noun (`die Stuttgarter Arena`), nor a plural the team list already
knows (which the name finder reads, or leaves out, itself).

Both patterns open on the article's first letter, so `re` skips ahead to it in C; the
negative look-behind for a word character before that letter is exactly the word
boundary before it (the letter is a word character itself): the same matches as
opening on a word boundary, several times cheaper. _TOWN_PLURAL asks it once the whole
article stands (`die`, `den`: of fixed width), not at every d of a word."""
_PLURALS = tuple(
    re.compile(
        f"(?P<art>{art}(?<!\\w{art}))"
        + _TOWN_PLURAL.pattern[_TOWN_PLURAL.pattern.index(")\\s+") + 1 :]
    )
    for art in ("die", "den", "Die", "Den")
)
"""_TOWN_PLURAL as one pattern per article, each opening on its plain letters (`re` skips
to them in C, faster than to a class). Their matches never overlap (a match holds no
article but its own: the town word has no space in it), so merged by start they are
_TOWN_PLURAL's."""


def town_described(text: str, found: list[dict], resolver: TeamResolver) -> list[dict]:
    """Mention dicts (as names.mentions makes them) for `der Finalgegner aus Bergamo` and
    `die Berner`."""
    named = {f["team"] for f in found}
    gated = _GATES[0].search(text) or _GATES[1].search(text)
    matches = list(within_runs(_FROM_TOWN, text, text, _TOWN_WORDS, quotes=True)) if gated else []
    keys = resolver.keys()
    matches += [
        m
        for m in merged(_PLURALS, text)
        if city_of(m.group("town")) and normalize(m.group("town") + "er") not in keys
    ]
    out = []
    for m in matches:
        town = m.group("town")
        told, over = named, False
        if "noun" in m.groupdict() and (as_club := _town_club(found, m)) is not None:
            told, over = named - {as_club}, True  # `Der Klub aus São Paulo`: a town here
        owners = {t for t in told if home_by_place(town, (t, ""), resolver) == t}
        if len(owners) != 1:
            continue
        start = m.start("noun") if "noun" in m.groupdict() else m.start("town")
        mention = {
            "start": start,
            "end": m.end(),
            "team": owners.pop(),
            "alias": text[start : m.end()],
            "genitive": False,
            "prep": m.group("art").lower(),
        }
        if over:
            mention["over"] = True
        out.append(mention)
    return out


def _town_club(found: list[dict], m: re.Match) -> str | None:
    """The club named like the town of `der Klub aus São Paulo`, where the text names it
    nowhere else: there the name is the town the described side is from, not a side."""
    at = [f for f in found if f["start"] == m.start("town") and f["end"] == m.end("town")]
    if len(at) != 1:
        return None
    team = at[0]["team"]
    return None if any(f["team"] == team and f is not at[0] for f in found) else team
