"""A national team's report tells its earlier results without naming it again (`Am
Sonntag folgte in Bukarest ein 1:0-Sieg bei Rumänien`, `the team held Spain to a 0-0
draw`): where the story is that team's and the sentence names only the opponent, another
national team, the result is the story team's."""

from __future__ import annotations

import re

from bot.reports.text.holdsany import holds_any

_NOUN = re.compile(r"(?:^|(?<=\s))(?P<prep>\w+\s+)?(?:der|die|das|the)\s+(?P<noun>[\w-]+)", re.I)
_PREPOSITIONS = frozenset(
    "in im an am auf nach vor bei mit von zu zum zur über gegen um of at on for to with by "
    "from after before during against over".split()
)
_TEAM_WORDS = frozenset("team side mannschaft elf auswahl nationalmannschaft nationalelf".split())

TEAM_WORD_SUBJECT = re.compile(
    r"\s*(?:[A-ZÄÖÜ]?[a-zäöüß]+\s+){0,4}?(?:hatte|hat|hatten|haben)\s+"
    r"(?:die|das|sein|seine|ihr|ihre|unser|unsere|dessen|deren)\s+"
    r"(?:Nationalmannschaft|Nationalelf|DFB-Elf|DFB-Auswahl|Mannschaft|Elf|Auswahl|Team)\s"
)
"""`Vor einer Woche hatte die Nationalmannschaft ... Island mit 3:0 besiegt`: the clause's
subject is a team word, so the team it names is the object, not the subject; so it is
after a possessive (`Im Halbfinale hatte sein Team die Türkei mit 3:2 besiegt`)."""


_HIS_TEAM = re.compile(
    r"\b(?:sein|seine|seinem|seiner|his)\s+(?:Mannschaft|Elf|Auswahl|Team|side|team)\b"
)
"""A team word owned by a person (`seine Mannschaft`, `his side`): after a sentence that
names no team (`Für Zlatko Dalić war es ein großes Turnier`), the person may be the
other side's coach, so the story's team is no guide."""


def may_tell_team_word(text: str) -> bool:
    """Whether TEAM_WORD_SUBJECT (a cased pattern) can match anywhere in the text: each
    match holds `hat`/`hab`, `die`/`das` and a team word, which holds one of `annschaft`
    (National-, Mannschaft), `alelf` (Nationalelf), `Elf`, `Auswahl` or `Team`."""
    return (
        ("hat" in text or "hab" in text)
        and ("die" in text or "das" in text or "sein" in text or "ihr" in text or "unser" in text)
        and holds_any(text, _TEAM_WORD_KEYS)
    )


_TEAM_WORD_KEYS = ("annschaft", "alelf", "Elf", "Auswahl", "Team")


def _own_subject(told: str) -> bool:
    """Whether the clause before the score has a noun subject of its own (`Der
    Gruppensieger besiegte`, `the hosts beat`), not a team word or a prepositional phrase."""
    clause = re.split(r"[,;:]", told)[-1]
    for m in _NOUN.finditer(clause):
        prep = (m.group("prep") or "").strip()
        if prep[:1].isupper() and m.group(0).split()[1].lower() == "der":
            continue
        prep = prep.lower()
        if prep in _PREPOSITIONS or m.group("noun").lower() in _TEAM_WORDS:
            continue
        return True
    return False


def national_story_side(state, named: str, told: str, resolver) -> bool:
    """Whether the story's subject may be taken as the side opposite `named`: both are
    national teams, the subject is the one the report's first result is told from, and
    the sentence names no team but `named`."""
    subject = state.subject
    if subject is None or subject == named or subject != (state.main_pair or ("",))[0]:
        return False
    if set(state._teams_by_sentence[state.index]) - {named} or _own_subject(told):
        return False
    if _HIS_TEAM.search(told) and state.index and not state._teams_by_sentence[state.index - 1]:
        return False  # `Für Zlatko Dalić war es ein großes Turnier. ... hatte seine Mannschaft`
    teams = resolver.teams
    return all(getattr(teams.get(t), "kind", None) == "national" for t in (subject, named))
