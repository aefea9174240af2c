"""A result given to a pronoun (`Edoardo Bove's goal gave them a 1-0 win over
Leverkusen`, `Ein Tor von Kane bescherte ihnen ein 2:0 gegen Wolfsburg`): the pronoun
stands for the one team the sentence before names (`Roma reached the final ...`)."""

from __future__ import annotations

import re

_GIVEN_TO_PRONOUN = re.compile(
    r"\b(?:gave|give|gives|giving|handed|hands|earned|earns|secured|secures|sealed|seals|"
    r"clinched|brought|brings)\s+(?:them|it)\s+(?:a|an|the|their|its)\s+(?:[\w-]+\s+)?$|"
    r"\b(?:bescherte|bescherten|sicherte|sicherten|brachte|brachten)\s+(?:ihnen|ihr)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:den|das|einen|ein|dem)\s+(?:[\w-]+\s+)?$",
    re.I,
)


def given_to_pronoun(told: str) -> bool:
    """Whether the words right before a score give it to a pronoun (`gave them a`)."""
    return _GIVEN_TO_PRONOUN.search(told[-60:]) is not None
