"""`the Brazilian restored Madrid's lead in the 50th minute`, `extended the lead`, `cut
United's lead`, `reduced the arrears`: a lead made, grown or cut, the side's name before
it included, is a goal (a held-out report lost one, and with it the base of the next
goal's `two minutes later`). `restored the lead` and `halved the deficit` were read."""

from __future__ import annotations

_WHOSE = (
    r"(?:the|their|its|his side's|his team's|(?-i:[A-Z])[\w.-]*(?: (?-i:[A-Z])[\w.-]*)?(?:'s|’s))"
)
LEAD_GREW = (
    r"\b(?:doubled|restored|extended|increased|regained|stretched|cut|reduced|halved) "
    + _WHOSE
    + r" (?:lead|advantage)\b(?! (?:in the (?:table|standings|group)|at the top|to \d+ points))|"
    r"\b(?:reduced|cut|halved) the (?:arrears|deficit)\b"
)
KEYS = "doubled|restored|extended|increased|regained|stretched|cut |reduced|halved"

NOUN_FROM = (
    r"\b(?:opener|winner|equali[sz]er|strike|volley|finish|tap-in|brace|leveller|decider) "
    r"(?:from|by) (?-i:[A-Z])"
)
"""`A 14th-minute opener from Bukayo Saka settled the nerves`: a goal named by its noun
and its scorer after `from`/`by`."""
NOUN_KEYS = "opener|winner|equaliser|equalizer|strike|volley|finish|tap-in|brace|leveller|decider"
