"""One result as a sentence states it, before the match is settled: the unit the
reader passes from sentence reading (results) to match building (assemble)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bot.reports.matches.appositions import in_apposition
from bot.reports.matches.clubcountry import club_country
from bot.reports.matches.objectnames import possessive
from bot.reports.matches.opponentof import may_name_opponent_of, named_as_whose_opponent
from bot.reports.matches.scores import ScoreHit
from bot.reports.patterns.alternations import lead
from bot.reports.text.document import Document, Sentence, TeamMention


@dataclass
class Reading:
    """One stated result, told from `p` (the score's first number is p's)."""

    sentence: Sentence
    hit: ScoreHit
    p: str | None
    o: str | None
    p_goals: int
    o_goals: int
    home: str | None = None
    leg: int | None = None
    extra_time: bool | None = None
    penalties: tuple[int, int] | None = None
    date: str | None = None
    stage: str | None = None
    competition_at: int | None = None
    earlier: bool = False
    year: str | None = None
    strength: int = 0
    context_filled: bool = False
    notes: set[str] = field(default_factory=set)

    def teams(self) -> tuple[str, str] | None:
        if self.p and self.o and self.p != self.o:
            return (self.p, self.o)
        return None

    def may_end_in_shootout(self) -> bool:
        """Whether a shoot-out told without its match can be this one's: not a first leg,
        not known to have ended after 90 minutes, and level, a second leg or after extra
        time (a decided match goes to a shoot-out only as the second leg of a level tie)."""
        if self.leg == 1 or self.extra_time is False or self.penalties:
            return False
        return self.p_goals == self.o_goals or self.leg == 2 or bool(self.extra_time)


_SINCE = frozenset(("seit", "since"))
"""`der erste niederländische Klub seit PSV Eindhoven 2005 im Halbfinale`, `the first
English side since Liverpool to ...`: a team after `since` is a point of comparison in
time, never a side of the result the sentence tells."""


_SINCE_EVENT = re.compile(
    r"\b(?:since|seit) (?:the|their|der|dem|den)\s+"
    r"(?:(?!\d+\s?[-–:]\s?\d)[^,;.:]){0,50}$",
    re.I,
)
"""`for the first time since the 1990 European Cup final defeat by Milan`, `seit der
Finalniederlage 1990 gegen den AC Mailand`: a team inside an event told after `since` is
a point in time, no side of the result the sentence tells (a score in the phrase, `since
the 2-1 defeat by Arsenal`, still is one)."""


def _since_event(text: str, m: TeamMention) -> bool:
    return _SINCE_EVENT.search(text, max(0, m.start - 60), m.start) is not None


_FORMER = frozenset(
    ("former", "ex", "ehemalige", "ehemaligen", "ehemaliger", "frühere", "früheren", "früherer")
)
FORMER_WORDS = _FORMER
"""`Nayim, a former Tottenham midfielder, ended Arsenal's defense`, `der frühere
Tottenham-Profi`: a club named as a player's former club is no side of the result."""


_LIKE = frozenset(("wie", "like"))
"""`Uruguay hatte am selben Abend wie Mexiko gegen Jordanien 5:0 gewonnen`: a team named
in a comparison is no side of the result."""


_CUP_NAMED = lead(
    re.compile(r"\b(?:Coupe de|Copa(?: de| do| del)?|Coppa|Taça(?: de| da)?)\s+$"), always=True
)
"""`im Endspiel der Coupe de France`, `the Copa América`: a name inside a cup's name is no
side of the result."""


def participants(doc: Document, sentence: Sentence) -> list[TeamMention]:
    mentions = doc.mentions_in(sentence)
    if "'s " in sentence.text or "’s " in sentence.text:
        mentions = [m for m in mentions if not _country_of_a_club(doc, m, mentions)]
    if may_name_opponent_of(sentence.text):
        mentions = [m for m in mentions if not named_as_whose_opponent(doc.text, m)]
    if "ince t" in sentence.text or "eit d" in sentence.text:  # the pattern's key words
        mentions = [m for m in mentions if not _since_event(doc.text, m)]
    return [
        m
        for i, m in enumerate(mentions)
        if (m.prep != "in" or possessive(doc.text, m))
        and m.prep not in _SINCE
        and m.prep not in _FORMER
        and m.prep not in _LIKE
        and not doc.text.endswith(("Ex-", "ex-"), max(0, m.start - 3), m.start)
        and not _CUP_NAMED.search(doc.text, max(0, m.start - 12), m.start)
        and not (
            i
            and "," in doc.text[mentions[i - 1].end : m.start]
            and _described(doc, mentions[i - 1], m)
        )
        and not (i and club_country(doc, mentions[i - 1], m))
    ]


def _described(doc: Document, before: TeamMention, mention: TeamMention) -> bool:
    return in_apposition(doc.text, doc.lang, before, mention)


_OWNED_NAME = re.compile(r"['’]s\s+[A-Z]")


def _country_of_a_club(doc: Document, m: TeamMention, mentions: list[TeamMention]) -> bool:
    """`Urawa Red Diamonds ... beating Iran's Sepahan 2-0`: a country in the possessive
    before a name, in a sentence naming a club, is that club's country, no side."""
    if doc.resolver is None or not _OWNED_NAME.match(doc.text, m.end):
        return False
    teams = doc.resolver.teams
    kind = getattr(teams.get(m.team), "kind", None)
    return kind == "national" and any(
        getattr(teams.get(x.team), "kind", None) == "club" for x in mentions
    )
