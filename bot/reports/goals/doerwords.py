"""The words before a name that make it no doer of a goal (`lobbed Neuer`, `past Kahn`, `by
chipping Schmeichel`), shared by the scorer, subject and card steps (split from `scorers.py`)."""

from __future__ import annotations

import re

_NOT_DOER = frozenset(
    """from past to for against with of over beat beating under behind around on off at in into
    than like toward towards between replacing replaced found denied goalkeeper keeper
    von an gegen mit für bei beim vom zu zum über unter hinter neben nach vor statt ohne auf im um
    torhüter torwart keeper ersetzte zwischen between schiedsrichter referee trainer coach
    estadio stadion stadium
    manager cheftrainer ließ umkurvte überwand tunnelte düpierte überlupfte rounded nutmegged
    outpaced dribbled above beyond across not nicht chipped lobbed umspielte überlistete""".split()
)
"""The word before a name that makes it no doer: `lobbed Neuer`, `umspielte Kahn`: the
keeper the ball goes over or around is who was beaten."""
_BY_DOING = frozenset("chipping lobbing rounding beating nutmegging".split())
_BY_DOING_BEFORE = re.compile(r"\bby \w+ $")
"""`finished the afternoon by chipping Schmeichel`: the keeper after `by chipping` is
who was beaten, the clause's subject the scorer. Alone after a comma (`, rounding
Courtois in the 14th minute`) the participle's clause still takes the name (the keeper
is then passed over for the subject elsewhere)."""
NOT_DOER = _NOT_DOER
_ABSOLUTE = frozenset("with mit".split())
NOT_ANTECEDENT = frozenset("past goalkeeper keeper an torhüter torwart from von über via".split())
KEEPER_ENDINGS = ("torhüter", "torwart", "keeper", "goalkeeper")

