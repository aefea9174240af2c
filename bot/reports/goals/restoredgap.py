"""A goal told as the margin it restored: `stellte den alten Abstand wieder her (50.)`,
`restored the old gap`, `restored Ajax's two-goal cushion`. Only a restored margin: a
margin held, wanted or cut (`konnte den Abstand nicht wiederherstellen`) is none."""

from __future__ import annotations

RESTORED_EN = (
    r"\b(?:restored|re-established) (?:the|their|its|his team's|(?-i:[A-Z])[\w'’-]+['’]s) "
    r"(?:old |original |previous |(?:two|three)-goal )?(?:gap|margin|cushion)\b"
)
KEYS_EN = "restored|re-established"
RESTORED_DE = (
    r"\bstellte\b(?:[^.;:]|(?<=\d)\.){0,80}?\b(?:Abstand|Vorsprung)\s+wieder\s+her\b|"
    r"\b(?:Abstand|Vorsprung)\s+wiederhergestellt\b"
)
KEYS_DE = "abstand|vorsprung"
