"""`Bursaspor went into the final round a point clear of Fenerbahce and knew that a win
against Besiktas would do. They did exactly that, beating Besiktas 2-1`: a pronoun
opening a result's sentence is the side that opens the sentence before it in the same
paragraph (in a round-up, its item's club), never the last team named."""

from __future__ import annotations

import re

_PRONOUN = re.compile(r"\s*(?:They|Sie)\s+(?!\w+\s+(?:Gegner|opponents?)\b)")


def pronoun_side(doc, state, sentence, named: str | None) -> str | bool:
    """The side that opens the sentence before, in the same paragraph (other than
    `named`); False where the sentence opens with no pronoun or its paragraph, or the
    sentence before opens with no side (`Für die Kroaten war es die nächste Enttäuschung.
    Sie hatten ...`, `In the other semi-final Roma ...`): the story's own reading then.
    "" where that side is `named` itself (`England needed a draw. They lost 3-2, and ...
    there will be no England at ...`): the named team is then no opponent, and the
    sentence gives none to read."""
    if not _PRONOUN.match(sentence.text) or state.index == 0:
        return False
    before = doc.sentences[state.index - 1]
    if "\n" in doc.text[before.end : sentence.start]:
        return False
    mentions = doc.mentions_in(before)
    if not mentions or doc.text[before.start : mentions[0].start].strip():
        return False
    side = mentions[0].team
    if side and side == named:
        return ""  # the pronoun is the team the sentence names: no side is left to guess
    return side if side else False
