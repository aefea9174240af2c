"""`Wesley Sneijder made sure six minutes from time`, `made sure of the win in the 84th`:
a goal that settles a match, told by `made sure`/`made certain` and its time or what it
secured (the German `machte alles klar` was read already). Without one (`made sure the lead
held`) it is no goal."""

from __future__ import annotations

MADE_SURE = (
    r"\bmade (?:sure|certain)\b(?= of (?:it|victory|the (?:win|victory|points|result))\b|"
    r" (?:in|on|with|after) (?:the |a |an |his )?(?:\d|[a-z]+(?:st|nd|rd|th)\b|header|shot|"
    r"strike|volley|penalty|low|close|left|right)|"
    r" \w+ minutes? (?:from|before|after)\b|"
    r" (?:late|early) on\b|\s*[,.;])|"
    r"\bmade (?:it|victory|the (?:tie|game|win|victory|points|result)) safe\b(?= (?:in|on|with|"
    r"after) (?:the |a |an |his )?(?:\d|[a-z]+(?:st|nd|rd|th)\b|header|shot|strike|volley|"
    r"penalty|low|close|left|right))"
)
KEYS = "made sure|made certain|safe"
