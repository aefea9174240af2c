"""Names a German or English clause marks as the other side of a result, whatever
else stands before them: `gegen die Ukraine` (a preposition before the article),
`unterlag man Frankreich` (a pronoun subject before the name), `mit 2:1 gegen
Griechenland` (the opponent told right after the score)."""

from __future__ import annotations

import re

_PREP_ARTICLE = re.compile(
    r"\b(?:gegen|bei|beim|über|von|vom|auf|an|gegenüber|zu|mit|aus|nach|ohne|für)\s+"
    r"(?:den|dem|der|die|das)\s+$",
    re.I,
)
"""`gegen die Ukraine`: the article's preposition governs the name."""
_PREP_APPOSITION = re.compile(
    r"\b(?:gegen|bei|beim|über|von|vom|gegenüber|mit|aus)\s+(?:(?:den|dem|der|die|das|einen|"
    r"einem|einer|eine)\s+)?(?:[a-zäöüß]+e[nmrs]?\s+){0,2}[A-ZÄÖÜ][a-zäöüß-]+\s+$"
)
"""`gegen den mexikanischen Vertreter Tigres UANL`: a noun in apposition stands between
the preposition and the name it governs."""
_PRONOUN_BEFORE = re.compile(r"\b(?:man|wir|sie|er)\s+(?:(?:den|dem|der|die|das)\s+)?$")
"""`unterlag man Frankreich`: after a lower-case pronoun subject a name is its object."""
_ARTICLES = frozenset(("den", "dem", "der", "die", "das"))
_JOINED_OBJECT = re.compile(
    r"\b(?:gegen|bei|beim|über|von|vom|gegenüber|mit|aus|against|over|with|from|to)\s+"
    r"(?:(?:den|dem|der|die|das|the)\s+)?[A-ZÄÖÜ][\w.-]*(?:\s+[A-ZÄÖÜ][\w.-]*){0,2}\s+"
    r"(?:und|oder|sowie|and|or)\s+(?:(?:den|dem|der|die|das|the)\s+)?$"
)
"""`nach zwei Remis gegen Schweden und Polen gewann das Team`, `after draws against
Sweden and Poland the side beat`: a name joined by `und` / `and` to one a preposition
governs is governed by it too, so it is no subject."""
_JOINED = frozenset(("und", "oder", "sowie", "and", "or", "the", *_ARTICLES))


def joined_to_object(text: str, mention) -> bool:
    """Whether `mention` is the second of two names one preposition governs, in an
    adverbial phrase that opens the sentence."""
    if mention.prep not in _JOINED:
        return False
    joined = _JOINED_OBJECT.search(text, max(0, mention.start - 60), mention.start)
    if joined is None:
        return False
    return _OPENING_ADVERBIAL.search(text, max(0, joined.start() - 80), joined.start()) is not None


_OPENING_ADVERBIAL = re.compile(
    r"(?:^|[.!?]\s+|\n)(?:Nach|Trotz|Seit|After|Following|Despite|Since)\s[^.!?,;:\n]*$"
)
"""Only where the phrase opens the sentence (`Nach zwei Remis gegen ...`): in `Bayern
verlor gegen Dortmund und Leipzig gewann 2:0` the `und` joins two clauses."""


def told_as_object(text: str, mention) -> bool:
    """Whether a German name is governed by a preposition before its article, or
    follows a pronoun subject, so that it cannot be the clause's subject."""
    before = text[max(0, mention.start - 30) : mention.start]
    if mention.prep in _ARTICLES and _PREP_ARTICLE.search(before):
        return True
    if _PREP_APPOSITION.search(text, max(0, mention.start - 60), mention.start):
        return True
    if joined_to_object(text, mention):
        return True
    if "unterlag" in text[
        max(0, mention.start - 120) : mention.start
    ] and _SUBJECT_AFTER_UNTERLAG.search(text, max(0, mention.start - 120), mention.start):
        return True
    return _PRONOUN_BEFORE.search(before) is not None


_SUBJECT_AFTER_UNTERLAG = re.compile(
    r"\bunterlag(?:en)?\s+(?:der|die|das)\s+[A-ZÄÖÜ][\w'-]*\s+[^.;:!?,()]*\s(?:dem\s+|der\s+)?$"
)
"""`Im Finale unterlag die Elf von Trainer Hans Meyer am Mittwochabend Dinamo Tiflis mit
1:2`: the noun phrase right after `unterlag` is the subject, so a name after it is the
(dative) winner, not the side the score is told from."""


_AFTER_SCORE = re.compile(
    r"\s*(?:\(\d{1,2}\s?[:–-]\s?\d{1,2}(?:,\s*\d{1,2}\s?[:–-]\s?\d{1,2})*\)\s*)?"
    r"(?:gegen|against|over|vs\.?|versus)\s+(?:(?:den|dem|die|das|der|the)\s+)?",
    re.I,
)


def named_after_score(sentence, hit, people, subject: str | None) -> str | None:
    """`hatte die DFB-Elf mit 2:1 gegen Griechenland gewonnen`: the team `gegen` /
    `against` puts right after the score is its opponent, whoever else the clause
    names before it; so is the one in `lost 1-0 to Costa Rica`, `drew 1-1 with Germany`
    and `a 7-0 thrashing of Costa Rica`."""
    after = [m for m in people if hit.end <= m.start <= hit.end + 40]
    if not after or after[0].team == subject:
        return None
    gap = sentence.text[hit.end - sentence.start : after[0].start - sentence.start]
    if _AFTER_SCORE.fullmatch(gap) or _RESULT_NOUN_OF.fullmatch(gap):
        return after[0].team
    if _TO_OR_WITH.fullmatch(gap) and _VERB_BEFORE[gap.split()[0].lower()].search(
        sentence.text, max(0, hit.start - sentence.start - 30), hit.start - sentence.start
    ):
        return after[0].team
    return None


_RESULT_NOUN_OF = re.compile(
    r"(?:-|\s+)(?:win|victory|defeat|loss|draw|thrashing|drubbing|rout|hammering|"
    r"demolition|triumph)\s+(?:of|over|against|to|by|with)\s+(?:the\s+)?"
)
"""`a 7-0 thrashing of Costa Rica`, `a 1-0 defeat to Japan`: the team after the result's
noun is its opponent."""
_TO_OR_WITH = re.compile(r"\s+(?:to|with)\s+(?:the\s+)?", re.I)
_VERB_BEFORE = {
    "to": re.compile(r"\b(?:lost|lose|loses|losing|fell|falling|went down|going down)\s+$"),
    "with": re.compile(r"\b(?:drew|draw|draws|drawing|tied|tie|ties|tying)\s+$"),
}
"""`lost 1-0 to Costa Rica`, `drew 1-1 with Germany`: after a verb of losing or drawing
right before the score, the team after `to` / `with` is the opponent."""


_POSSESSIVE = re.compile(r"['’]s\s+(?:[a-z]+\s+)?")


def owner_of_score(text: str, hit, people) -> str | None:
    """`in Poland's 2-0 win over Sweden`: the team whose possessive stands right
    before the score tells the result, even after `in`."""
    before = [m for m in people if m.end <= hit.start]
    if before and _POSSESSIVE.fullmatch(text, before[-1].end, hit.start):
        return before[-1].team
    return None


def possessive(text: str, mention) -> bool:
    """Whether a name is followed by `'s` (`Poland's`): an owner, never a place."""
    return text.startswith(("'s ", "’s "), mention.end)


_SENT_THROUGH = re.compile(
    r"\s*(?:,\s*)?(?:and\s+)?(?:sending|sends|sent|to send|putting|puts|to put|taking|takes|"
    r"to take)\s+$"
)
_THROUGH_AFTER = re.compile(r"\s+(?:through|into|to)\b")


def sent_through(text: str, hit, people, opponent: str | None) -> str | None:
    """`X's header was enough to beat Leicester 1-0 ..., sending Roma through to the
    final`: the team the result sends through is the one that won it."""
    for m in people:
        if m.start <= hit.end or m.start - hit.end > 120 or m.team == opponent:
            continue
        lead = text[max(hit.end, m.start - 30) : m.start]
        if _SENT_THROUGH.search(lead) and _THROUGH_AFTER.match(text, m.end):
            return m.team
    return None


_CARRIED = re.compile(
    r"\s+(?:win|victory|triumph)(?:\s+(?:at|in)\s+[^,.;]{1,40}?)?\s+(?:that|which)\s+"
    r"(?:took|sent|carried|lifted|put)\s+$"
)
_PAST = re.compile(r"\s+(?:past|beyond|over)\s+$")


def carried_past(text: str, hit, people) -> tuple[str, str] | None:
    """`a 2-0 win that took Paris Saint-Germain past Borussia Dortmund`: the side the win
    carried past the other won it."""
    after = [m for m in people if m.start >= hit.end]
    if len(after) < 2 or not _CARRIED.fullmatch(text, hit.end, after[0].start):
        return None
    winner, loser = after[0], after[1]
    if winner.team == loser.team or not _PAST.fullmatch(text, winner.end, loser.start):
        return None
    return winner.team, loser.team
