"""Which team a sentence tells its result from (the subject): before the verb in
English, the first name not governed by a preposition in German, with relative
clauses, datives (`gelang dem FC Bayern`) and pronoun subjects handled."""

from __future__ import annotations

import re

from bot.reports.matches.colonverb import colon_inverted_subject
from bot.reports.matches.coordsubject import coordinated_subject
from bot.reports.matches.frontedround import fronted_round_subject
from bot.reports.matches.inversion import inverted_subject
from bot.reports.matches.joinedobjects import joined_objects
from bot.reports.matches.nachdemclause import main_clause_subject
from bot.reports.matches.nounsubject import described_subject, noun_before_verb
from bot.reports.matches.objectnames import joined_to_object, owner_of_score, told_as_object
from bot.reports.matches.rolesubject import role_opening_subject
from bot.reports.matches.teamnoun import team_noun_subject
from bot.reports.matches.thenobject import then_object
from bot.reports.matches.whoclause import event_which, who_clause_subject
from bot.reports.patterns.alternations import lead

_OBLIQUE = frozenset(
    "at against to over past by from with of in vs versus than "
    "gegen bei beim über von vom im in auf an den dem des gegenüber zu zum zur mit aus "
    "nach ohne um".split()
)


_RELATIVE = re.compile(
    r"^\s*(?:(?:[Dd]er|[Dd]ie|[Dd]as|[Dd]em|[Dd]en)\b(?!\s+[A-ZÄÖÜ\d])|"
    r"(?i:which|who|that|welche[rs]?)\b)"
)
"""`, das nicht reichte`: a relative pronoun; `; das Hinspiel in Madrid hatte ...`: an
article before a noun (capitalised in German), which opens a main clause; so does
`, das 1:0 aus dem Hinspiel reichte`, an article before the score (matched with the
score itself in the window)."""
_SCORE_BETWEEN = re.compile(r"\d\s?[:–-]\s?\d")
"""A score between the last name and a relative pronoun is the pronoun's antecedent."""
_SCORE_OPENS = re.compile(
    r"\s*(?:(?:und|aber|doch|denn|sondern)\s+)?(?:[Dd]as|[Dd]er|[Dd]ie|[Ee]in|[Ee]ine)\s+"
)
"""`..., und das 0:5 im Camp Nou ist in Madrid nicht vergessen`: a clause whose subject
is the score itself takes no team from another clause (`liegt Barça vorn`) as the side
it is told from; only a team of its own clause can be."""
_DASH_BEFORE = re.compile(r"[–—]\s*$")
"""`... erzielte – die Münchner siegten damals 1:0`: after a dash a new main clause
opens, whose `die` is an article, not a relative pronoun."""


def german_subject(text, clause_start, hit, clause_people, people, lang) -> str | None:
    """The subject of a German (or other non-English) clause: the first plain name;
    `beim 5:1 (0:1) des FC Bayern gegen den VfL` gives the score to the genitive."""
    if ":" in text[clause_start : hit.start] and (
        inverted := colon_inverted_subject(text, clause_start, hit, clause_people)
    ):
        return inverted
    if ":" in text[clause_start : hit.start] and (colon := _colon_clause(text, clause_start, hit)):
        clause_start = colon
        clause_people = [m for m in clause_people if m.start >= colon]
    owner = _SCORE_OF.match(text, hit.end)
    if lang == "de" and owner:
        after = [m for m in people if m.start == owner.end()]
        if after and _AGAINST.match(text, after[0].end):
            return after[0].team
    if _RELATIVE.match(text[clause_start : hit.end]) and not _DASH_BEFORE.search(
        text, max(0, clause_start - 3), clause_start
    ):
        before = [m for m in people if m.end <= clause_start]
        if before and _SCORE_BETWEEN.search(text, before[-1].end, clause_start):
            # `kam gegen Benfica zu einem 0:0, das nach dem 3:0 in Lissabon reichte`: the
            # relative is the score's, told from the main clause's subject
            plain = [m for m in before if m.prep not in _OBLIQUE and not m.genitive]
            return plain[0].team if plain else None
        if before:
            return before[-1].team
    for m in clause_people:
        if (m.prep == "dem" or (m.prep == "den" and m.alias.endswith("ern"))) and (
            _DATIVE_SUBJECT.match(text, m.end)
            or _DATIVE_AFTER_VERB.search(text[max(0, m.start - 40) : m.start])
        ):
            return m.team
    if lang == "de" and _PRONOUN_SUBJECT.match(text, clause_start):
        return None
    if lang == "de" and described_subject(text, clause_start, clause_people):
        return None
    verb = _TRANSITIVE_DE.search(text, clause_start, hit.start)
    if lang == "de" and verb is not None and noun_before_verb(text, clause_start, verb.start()):
        if not any(m.start < verb.start() for m in clause_people):
            return None
    if lang == "de" and verb is not None:
        inverted = inverted_subject(text, clause_start, verb, clause_people, hit.start)
        if inverted is not None:
            return inverted
    if lang == "de" and not clause_people and "achdem" in text[clause_start : hit.start]:
        if main := main_clause_subject(text, clause_start, people, _OBLIQUE):
            return main
    groups = (clause_people,) if _SCORE_OPENS.fullmatch(text, clause_start, hit.start) else None
    for group in groups or (clause_people, people):
        if (
            group is people
            and lang == "de"
            and _INNER_PRONOUN.search(text, clause_start, hit.start)
        ):
            group = [m for m in people if _opens_sentence(text, m.start)]
        for m in group:
            if m.start > hit.start and lang == "en":
                break
            if (
                group is people
                and m.start > hit.end
                and _LATER_CLAUSE.search(text, hit.end, m.start)
            ):
                break
            if verb and m.start > verb.start() and m.prep in ("", *_VERBISH(text, m)):
                continue
            if _object_after_subject(text, m.start):
                continue
            if _BETWEEN.search(text, max(0, m.start - 60), m.start):
                continue
            if lang == "de" and told_as_object(text, m):
                continue
            if m.prep not in _OBLIQUE and not m.genitive:
                return m.team
    return None


_COLON_CLAUSE = re.compile(r":\s+(?=(?:Der|Die|Das)\s+[A-ZÄÖÜ])")
"""`Danach erwischte es Juventus: Die Niederländer gewannen mit 2:1`: a noun phrase
after a colon opens a main clause with its own subject, which the score is told from;
the team before the colon is the object of another verb. (`...: Nach dem 0:2 zieht
der Meister ...` opens with an adverbial, whose subject comes later.)"""


def _colon_clause(text: str, clause_start: int, hit) -> int | None:
    """Where the main clause after the last colon before the score begins, if it opens
    with its subject and names a team before the score."""
    found = [m.end() for m in _COLON_CLAUSE.finditer(text, clause_start, hit.start)]
    return found[-1] if found else None


_LATER_CLAUSE = re.compile(r"[,;]\s|\s[–—]\s")
"""`verlor mit 0:1 bei Werder, doch weil der VfB zeitgleich verlor, ...`: a name told
in a clause after the score's own is not that score's subject."""
_INNER_PRONOUN = re.compile(r"\b(?:er|sie)\b")
"""`..., im Viertelfinale drehte er nach einem 2:4 gegen Lazio`: a clause whose
subject is a pronoun takes as its subject only the name that opens the sentence
(`Der BVB hatte ..., nachdem er ...`), not one from inside another clause."""
_OPENS_SENTENCE = re.compile(r"(?:\A\s*|[.!?:]\s+|\n\s*)(?:(?:Der|Die|Das)\s+)?\Z")


def _opens_sentence(text: str, start: int) -> bool:
    return _OPENS_SENTENCE.search(text[max(0, start - 8) : start]) is not None or start == 0


_PRONOUN_SUBJECT = re.compile(
    r"\s*(?:(?:Doch|Und|Aber|doch|und|aber)\s+)?Sie\s+(?:hatten|haben|hatte|hat|waren|"
    r"sind|war|ist|gewannen|gewann|schlugen|schlug|besiegten|besiegte|bezwangen|bezwang)\b"
)
"""`Sie hatten Gastgeber Niederlande ... ausgeschaltet`: the subject is a pronoun, so
the first name of the clause is the opponent."""


_DATIVE_SUBJECT = re.compile(r"\s+(?:\w+\s+)?(?:gelang|glückte|gelingt|reichte|genügte)\b")
_DATIVE_AFTER_VERB = re.compile(
    r"\b(?:gelang|gelangen|glückte|glückten|reichte|reichten|genügte|genügten)\s+"
    r"(?:dem|den)\s+(?:\w+\s+)?$"
)
"""`Dank des 3:1 im Hinspiel reichten dem FC Bayern ...` (`den Münchnern`): the result is
the dative's."""
_BETWEEN = re.compile(r"\b(?:zwischen|between)\s+(?:[^,.;]{1,50}\s+(?:und|and)\s+)?$", re.I)


_TRANSITIVE_DE = lead(
    re.compile(
        r"\b(?:besiegte|besiegten|schlug|schlugen|bezwang|bezwangen|überrollte|deklassierte|"
        r"demütigte|entzauberte|stürzte)\b"
    ),
    always=True,
)


_NOUN_PHRASE = re.compile(r"\b(?:der|die|das)\s+[A-ZÄÖÜ][\w-]+")
"""`besiegten die Hessen am Abend die Glasgow Rangers`: after the verb of an inverted
clause the first noun phrase is the subject, so a team named after it is the object."""


def _object_after_subject(text: str, start: int) -> bool:
    """Whether the name at `start` follows a transitive verb and another noun phrase."""
    window = text[max(0, start - 80) : start]
    verbs = list(_TRANSITIVE_DE.finditer(window))
    if not verbs or "." in window[verbs[-1].end() :]:
        return False
    return _NOUN_PHRASE.search(window, verbs[-1].end()) is not None


def _VERBISH(text, m) -> tuple[str, ...]:
    """The word before a name when it is the transitive verb itself (`besiegte Frankreich`)."""
    return (m.prep,) if _TRANSITIVE_DE.fullmatch(m.prep or "-") else ()


_SUBJECT_PREPS = frozenset(
    "and but as when while then after before since so where because that which "
    "night day afternoon evening also the this these der die das "
    "later earlier meanwhile elsewhere ago yesterday today tonight week weekend month "
    "season year finally however "
    "give gives gave given giving hand hands handed handing earn earns earned earning".split()
)


_SCORE_OF = re.compile(r"(?:\s*\(\d{1,2}:\d{1,2}\))?\s+(?:des|der)\s+")
_AGAINST = re.compile(r"\s+(?:gegen|über)\s")
"""`das 5:1 des FC Bayern gegen den VfL`: the genitive after the score is its owner."""


_WHO = re.compile(r"\s*,?\s*(?:who|which|that)\b", re.I)


def english_subject(text, people, hit, cue_at) -> str | None:
    """The team the English sentence tells the result from: the subject before the
    verb (`Liverpool beat ...`), or the team before `past` (`lift Inter past LAFC`)."""
    if (owner := owner_of_score(text, hit, people)) is not None:
        return owner
    anchor = cue_at if cue_at is not None else hit.start
    if (own := coordinated_subject(text, people, hit.start)) is not None:
        return own
    before = [m for m in people if m.end <= anchor]
    if text[anchor : anchor + 4].lower() == "past":
        return before[-1].team if before else None
    if (who := who_clause_subject(text, before, anchor)) is not None:
        return who
    if (
        before
        and (found := _WHO.match(text, before[-1].end))
        and not event_which(found, before[-1])
    ):
        return before[-1].team
    if before and before[-1].prep == "for" and _FOR_TO.fullmatch(text, before[-1].end, anchor):
        return before[-1].team
    joined = joined_objects(text, people) if len(people) > 1 else ()
    candidates = [
        m
        for m in people
        if m.end <= anchor
        and (
            m.prep == ""
            or m.prep in _SUBJECT_PREPS
            or team_noun_subject(text, m)
            or fronted_round_subject(text, m)
            or role_opening_subject(text, m)
        )
        and not m.genitive
        and not _oblique_the(text, m.start)
        and not joined_to_object(text, m)
        and not then_object(text, m)
        and m.start not in joined
    ]
    if len(candidates) > 1 and candidates[-1].prep == "and" and _AND_VERB.search(text, 0, anchor):
        candidates = [m for m in candidates if m.prep != "and"]
    return candidates[-1].team if candidates else None


_FOR_TO = re.compile(r"\s+to\s+(?:\w+\s+)?")
"""`was enough for Roma to see off Leicester 1-0`: the team before `to` and the verb
is the one the result is told from."""
_AND_VERB = re.compile(r",\s+and\s+(?:also\s+|then\s+)?$", re.I)
"""`X eliminated Y, and Z, and beat W`: a verb joined by `, and` shares the first
subject, so a team itself joined by `and` is one more object, not the subject."""


_OBLIQUE_THE = re.compile(
    r"\b(?:at|against|to|over|past|by|from|with|of|in|vs|versus|than|beat|beating|"
    r"beats|defeated|defeating|eliminated|eliminating|besides|beside|apart from|aside from|"
    r"unlike)\s+the\s+$",
    re.I,
)
"""`Besides the Corinthians tie, they came back from a 1-0 defeat`: a team after `besides
the` (or `against the`) is told of in passing, no subject."""


def _oblique_the(text: str, at: int) -> bool:
    """`_OBLIQUE_THE` right before offset `at`. Every match holds `the` (whose letters
    re.IGNORECASE folds as lower() does), which most windows do not."""
    start = max(0, at - 30)
    return "the" in text[start:at].lower() and _OBLIQUE_THE.search(text, start, at) is not None
