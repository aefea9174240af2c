"""The report's own header: the ` date 2025-04-10 ` dateline and an AP-style
place line (`MADRID —`), both of which are not part of what the story says."""

from __future__ import annotations

import re

_DATELINE = re.compile(r"\A\s*date\s+(\d{4}-\d{2}(?:-\d{2})?)(?=\s|\Z)")
_PLACE = re.compile(
    r"\A\s*([A-ZÄÖÜ][A-ZÄÖÜÉÈ .'’-]{2,}(?:,\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)?"
    r"(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?)\s*"
    r"(?:\(\w+\)\s*)?(?:[—–]|--| - )\s*(?:\(\w+\)\s*(?:[—–]|--| - )\s*)?"
)


def parse_dateline(text: str) -> tuple[str | None, str]:
    """(`2025-04-10` or `2024-04` or None, body). The body keeps no leading dateline."""
    match = _DATELINE.match(text)
    if not match:
        return None, text
    return match.group(1), text[match.end() :]


def split_dateline_place(body: str) -> tuple[str | None, int]:
    """`BARCELONA, Spain — ...` -> ("Barcelona", end offset). The place is where the
    reporter filed from, usually the venue, never a team mention."""
    match = _PLACE.match(body)
    if not match:
        return None, 0
    city = match.group(1).split(",")[0].strip()
    if not city.replace(" ", "").replace(".", "").isupper():
        return None, 0
    return city.title(), match.end()


_TOWN_LINE = re.compile(r"\A\s*([A-ZÄÖÜ][a-zäöüß]{2,})\. (?=[A-ZÄÖÜ„\"])")


def town_line_place(body: str) -> tuple[str | None, int]:
    """`Hamburg. Fünf Wochen nach ...` (a German paper's town line): a known city alone
    before the first sentence is where the story was filed, as an agency's `MADRID —` is;
    a word that is no city (`Endlich. Der ...`) is the story's own first sentence."""
    match = _TOWN_LINE.match(body)
    if not match:
        return None, 0
    from bot.reports.names.venues import city_of  # names import text, not the other way

    if city_of(match.group(1)) is None:
        return None, 0
    return match.group(1), match.end()


def headed_town_line(body: str) -> tuple[str | None, tuple[int, int]]:
    """`Vier Minuten Meister\n\nGelsenkirchen. Der FC Schalke 04 ...`: the place line
    or town line opening the first paragraph after a headline (a line with no full stop
    of its own) is where the story was filed; (town, its span) or (None, (0, 0))."""
    cut = body.find("\n\n", 0, 200)
    head = body[:cut].strip()
    if cut < 0 or not head or head[-1] in ".!?" or "\n" in head:
        return None, (0, 0)
    town, end = split_dateline_place(body[cut:])  # `MANCHESTER, England (AP) —`
    if town is None:
        town, end = town_line_place(body[cut:])
    return (town, (cut, cut + end)) if town else (None, (0, 0))
