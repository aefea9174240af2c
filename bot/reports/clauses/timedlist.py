"""A comma inside a list of scorers each timed in brackets, `X (3.), Y (27.) und Z (57.)
trafen`: the list is one subject, so the comma does not end a clause."""

from __future__ import annotations

import re

_NAME = r"[A-ZÄÖÜ][\w'’-]+(?:\s(?:de|da|van|von|der|di|dos|el|le)?\s?[A-ZÄÖÜ][\w'’-]+){0,2}"
_TIME = r"\(\d{1,3}(?:\.|['’])?(?:\s?\+\s?\d{1,2}\.?)?\)"
_BEFORE = re.compile(rf"(?:^|[\s,]){_NAME}\s{_TIME}$")
_AFTER = re.compile(rf"{_NAME}\s{_TIME}(?:,|\s(?:und|and)\s{_NAME}\s{_TIME})")


def inside_timed_list(text: str, cut: int, end: int) -> bool:
    """The comma at `cut` stands between two `Name (minute)` items of one list."""
    if cut < 1 or text[cut] != "," or text[cut - 1] != ")":
        return False
    return bool(_BEFORE.search(text, 0, cut)) and bool(_AFTER.match(text, end))


_NOT_A_NAME = re.compile(
    r"\w*(?:[Tt]or|[Tt]reffer|[Ss]chuss|[Ee]lfmeter|[Ss]toß|[Bb]all|[Pp]ack)|Hattrick|Abstauber|"
    r"Volley|Ausgleich|Heber|Lupfer|Konter|Nachschuss|\w+(?:ung|heit|keit|schaft|tion|er)"
)
"""A goal noun or a word of a German noun's ending (`Abstauber (85.)`): no one-word name."""
_ITEM_BEFORE = re.compile(rf"{_TIME}(?:,|\s(?:und|and))\s$")
_ITEM_AFTER = re.compile(rf"\s?{_TIME}(?:,|\s(?:und|and))\s{_NAME}\s{_TIME}")


def listed_item(text: str, start: int, end: int) -> bool:
    """The name at start..end is an item of a `Name (minute)` list: a timed item stands
    right before it or right after its own minute."""
    if _NOT_A_NAME.fullmatch(text, start, end):
        return False
    return bool(_ITEM_BEFORE.search(text, max(0, start - 12), start)) or bool(
        _ITEM_AFTER.match(text, end)
    )
