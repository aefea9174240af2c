"""Minutes told as a list ("in der 12. und 40. Minute", "the 5th, 30th and 44th
minutes"), where only the last number says it is a minute."""

from __future__ import annotations

import re

AND_ORDINAL = re.compile(
    r"\b(?:and|or)\s+(?:the\s+)?(?P<n>\d{1,3})(?:st|nd|rd|th)\s+minutes?\b", re.I
)
FIRST_OF_PAIR_DE = re.compile(
    r"\bin der\s+(?P<n>\d{1,3})\.\s*"
    r"(?=(?:,\s*\d{1,3}\.\s*)*(?:und|sowie)\s+(?:(?:in\s+)?der\s+)?\d{1,3}\.\s+Minute)"
)
ELLIPTIC_DE = re.compile(
    r"\bin der\s+(?P<n>\d{1,3})\.(?=\s+(?:und|,)\s+[^.;]{0,60}?\bin der\s+\d{1,3}\.\s+Minute\b)"
)
MIDDLE_OF_LIST_DE = re.compile(
    r"(?<=\d\.,\s)(?P<n>\d{1,3})\.(?=(?:,\s*\d{1,3}\.)*\s+(?:und|sowie)\s+\d{1,3}\.\s+Minute)"
)
MIDDLE_OF_LIST_EN = re.compile(
    r"(?<=\d[snrt][tdh],\s)(?:the\s+)?(?P<n>\d{1,3})(?:st|nd|rd|th)\b"
    r"(?=(?:,\s*(?:the\s+)?\d{1,3}(?:st|nd|rd|th))*,?\s+and\s+(?:the\s+)?\d{1,3}(?:st|nd|rd|th)"
    r"\s+minutes?\b)"
)
SECOND_OF_PAIR_DE = re.compile(
    r"(?<=\d\.\s)(?:und|sowie)\s+(?P<n>\d{1,3})\.\s+Minute\b(?!\s+der\s+Nachspielzeit)"
)
ORDINAL_NAME_EN = re.compile(
    r"(?<=\b[Ii]n )the\s+(?P<n>\d{1,3})(?:st|nd|rd|th)\s+"
    r"(?=[A-Z][\w'’-]+\s+(?:[A-Z][\w'’-]+\s+)?[a-z]+(?:ed|s)\b)"
)
_ORDINAL_NAME_AT = re.compile(r"n the\s+\d")


def ordinal_names_en(text: str):
    """The matches of ORDINAL_NAME_EN, tried only where "in the" and a number stand (a
    plain literal the regex engine finds fast; the pattern opens with a lookbehind)."""
    end = 0
    for hint in _ORDINAL_NAME_AT.finditer(text):
        if hint.start() + 2 >= end:
            match = ORDINAL_NAME_EN.match(text, hint.start() + 2)
            if match is not None:
                end = match.end()
                yield match
