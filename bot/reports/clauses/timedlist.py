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
