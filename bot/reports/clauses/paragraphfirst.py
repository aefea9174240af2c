"""The first match a paragraph names carries to the paragraph's next sentences, however late
in its sentence it stands (`Ohne den gesperrten X, der ..., verlor Argentinien ein
mitreißendes Spiel gegen Rumänien.`): a clause that names a match only carries it when it
opens its sentence, save for this one. A match named first in a relative or subordinate
clause is background (`ein Turnier, in dem es sich gegen Italien durchgesetzt hatte`)."""

from __future__ import annotations

import re

from bot.reports.clauses.pairing import OTHER
from bot.reports.clauses.targets import mentions_in_span
from bot.reports.text.document import Document

_SUBORDINATE_OPENING = re.compile(
    r"(?:(?:in|an|auf|mit|bei|von|nach|zu|für|gegen|über|unter|aus|at|on|against)\s+)?"
    r"(?:der|die|das|dem|den|denen|deren|dessen|welche\w*|wo|wobei|which|who|whom|whose|"
    r"where|that|when|while|after|before|als|nachdem|wenn|weil|da|bevor|ehe|während|obwohl|"
    r"as|since|because|although|though|once|until|bis)\b",
    re.I,
)


def first_of_paragraph(doc: Document, paragraph_start: int, start: int, text: str, own) -> bool:
    """Whether the clause at `start` (its text `text`, its match `own`) names another match
    of the report before any team is named in the paragraph, outside a relative clause."""
    return (
        own is not None
        and own.startswith(OTHER)
        and not _SUBORDINATE_OPENING.match(text)
        and not mentions_in_span(doc, paragraph_start, start)
    )
