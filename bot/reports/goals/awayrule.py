"""`went through on away goals`, `under the away-goals rule`, `dank der mehr erzielten
Auswärtstore`: the away-goals rule that settled a tie is no goal scored, and the subject
of its clause (a team, its coach) is no scorer. Blanked with `KEEPER_GOAL` before the
goal cue is searched again (a held-out report credited a coach)."""

AWAY_RULE = (
    r"\b(?:on|by|via|through|thanks to|under) (?:the )?away[- ]goals?\b(?![- ]rule)|"
    r"\baway[- ]goals?[- ]rule\b|"
    r"\b(?:dank|aufgrund|wegen|nach|per) (?:der |den |mehr |meisten |erzielten |der mehr )*"
    r"(?:erzielten )?Auswärtstor\w*|\bAuswärtstorregel\b"
)
AWAY_RULE_KEYS = "away|auswärtstor"
