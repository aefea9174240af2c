"""What the story is about so far: the subject of the last sentence that named
a team and the pair of the last result, so that `die Münchner`, `they` and
`the final` can be tied to teams named nearby. Used only when a sentence gives
a score with a clear result word and too few names."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bot.reports.matches import cues
from bot.reports.matches.givenpronoun import given_to_pronoun
from bot.reports.matches.labelpair import label_pair
from bot.reports.matches.nationalstory import (
    TEAM_WORD_SUBJECT,
    may_tell_team_word,
    national_story_side,
)
from bot.reports.matches.ownedteams import COACH_OWNED, COACHS_TEAM, OWNED_OPENING, surname_owned
from bot.reports.matches.possiblesides import sides_named
from bot.reports.matches.reading import FORMER_WORDS
from bot.reports.text import when
from bot.reports.text.document import Document

_OBLIQUE = frozenset("gegen bei beim über von vom im in auf an den dem des at against to".split())
LOOK_BACK = 4
_HOSTS = re.compile(
    r"\b(?:the hosts|the home side|the home team|die gastgeber|die hausherren|der gastgeber)\b",
    re.I,
)
TEAM_IT = r"it(?!\s+(?:was|is|has been|had been)\b|['’]s\b)"
"""`it` as a pronoun for a side: not the `it` of `It was Bayern's first defeat`."""
_GENERIC = re.compile(
    r"(?:\W*(?:and|but|und|aber|doch|after|nach)\s+)?"
    r"(?:(?:in the (?:[\w-]+ ){0,2}?(?:round of \d+|last \d+|round)|in the [\w-]+|im [\w-]+),?\s+"
    r"(?:[a-zäöüß]+\s+)?)?(?:they|he|she|sie|er|"
    + TEAM_IT
    + r"|es(?!\s+(?:war|ist|wird|wurde|gab|gibt)\b)|"
    r"the (?:team|club|side|champions?|holders?)|die (?:mannschaft|elf)|das team|"
    r"der (?:klub|club|verein))\b",
    re.I,
)
"""A pronoun or a word for the team as the subject; not the `it` of `It was another
miserable night for Thomas Tuchel's team, which lost 3-0`, which stands for no side."""
_VISITORS = re.compile(
    r"\b(?:the visitors|the visiting side|the away side|die gäste|die gaeste)\b", re.I
)
LOOK_AHEAD = 3
_BEFORE_FINAL = ("semi-final", "quarter-final", "round-of-16", "group")
_TITLE = re.compile(r"\b(?:Titel|title|trophy|Trophäe)\b")
_WENT_ON = re.compile(r"\b(?:reached|advanced|went through|progressed|reach|advance)\b", re.I)
_WENT_OUT = re.compile(
    r"\b(?:went out|were eliminated|was eliminated|bowed out|exited|ausgeschieden|"
    r"schied \w+ aus)\b",
    re.I,
)
_IN_THE_FINAL = re.compile(r"\b(?:in|im) (?:the )?(?:final|finale|endspiel)\b", re.I)
"""`Chelsea will face Ajax in the final`: the final is no leg of the tie told next."""
_OR = re.compile(r"\s+(?:or|oder)\s+(?:the\s+|den\s+|dem\s+)?", re.I)
_FIXTURE = re.compile(
    r"\b(?:gegen|empfängt|empfangen|trifft|treffen|against|hosts?|welcomes?|faces?|"
    r"visits?)\b",
    re.I,
)


@dataclass
class StoryState:
    doc: Document
    index: int = 0
    subject: str | None = None
    pair: tuple[str, str] | None = None
    pair_home: str | None = None
    main_pair: tuple[str, str] | None = None
    pair_date: str | None = None
    pair_stage: str | None = None
    scored: set[int] = field(default_factory=set)
    listed: list[tuple[str, str]] = field(default_factory=list)
    _teams_by_sentence: list[list[str]] = field(default_factory=list)

    def __post_init__(self) -> None:
        cached = self.doc.cache.get("teams-by-sentence")
        if cached is None:
            cached = self.doc.cache["teams-by-sentence"] = [
                sides_named(self.doc, s) for s in self.doc.sentences
            ]
        self._teams_by_sentence = cached

    def other(self, team: str | None) -> str | None:
        """The team most likely meant opposite `team`, or None when unsure. A sentence
        about a fixture to come (`Santos will play Palmeiras in the final`) names the next
        opponent, never the side of a result told before or after it."""
        if team is None:
            return None
        if self.pair and team in self.pair:
            told = self.doc.sentences[self.index].text
            if self.pair_stage in _BEFORE_FINAL and _TITLE.search(told):
                return None  # the title is won in the final, not in the semi-final told before
            ahead = self._leg_partner_before(team)
            if ahead is not None:
                return ahead or None
            return self.pair[0] if self.pair[1] == team else self.pair[1]
        lo = max(0, self.index - LOOK_BACK)
        for i in range(self.index - 1, lo - 1, -1):
            if cues.FIXTURE_AHEAD.search(self.doc.sentences[i].text):
                continue
            for t in reversed(self._teams_by_sentence[i]):
                if t != team:
                    return t
        hi = min(len(self._teams_by_sentence), self.index + 1 + LOOK_AHEAD)
        for i in range(self.index + 1, hi):
            if cues.FUTURE.search(self.doc.sentences[i].text):
                continue
            for t in self._teams_by_sentence[i]:
                if t != team:
                    return t
        return None

    def teams_in(self, index: int) -> list[str]:
        """The teams sentence `index` names, not as a place, in text order."""
        return self._teams_by_sentence[index]

    def _leg_partner_before(self, team: str) -> str | None:
        """`... das Achtelfinal-Rückspiel gegen den FC Chelsea steht an. Das Hinspiel hatten
        die Münchner 3:0 gewonnen`: the sentence just before, naming `team` and one other
        club outside the last result's pair together with a leg, tells the tie meant; ""
        where it names a leg with other clubs but not so plainly (then no guess)."""
        i = self.index - 1
        if i < 0 or i in self.scored or not self.pair:
            return None
        teams = set(self._teams_by_sentence[i])
        others = teams - {team} - set(self.pair)
        if not others or not cues.LEG.search(self.doc.sentences[i].text):
            return None
        return others.pop() if team in teams and len(others) == 1 == len(teams) - 1 else ""

    def third_side(self, named: str, told: str, subject_told: bool, resolver) -> str | None:
        """The side opposite `named`, a team outside the last result's pair:
        `the visitors` / `die Gastgeber` pick one of that pair by its ground, and
        a pronoun or `the team` as the subject (`subject_told`) is the story's
        subject, and `Chelsea's 2-0 win over Fluminense` its owner; a descriptive
        word (`The Italians won 2-1 against Lazio` after Juventus–Roma) could be
        either side, so nothing."""
        side = self._by_role(told)
        if side is None and subject_told:
            sentence = self.doc.sentences[self.index]
            owners = {
                m.team
                for m in self.doc.mentions_in(sentence)
                if m.start - sentence.start < len(told)
                and m.team != named
                and self.doc.text.startswith(("'s ", "’s "), m.end)
            }
            if len(owners) == 1:
                side = owners.pop()
            elif not owners and COACHS_TEAM.match(told.lstrip()):
                side = self._last_named()
            elif given_to_pronoun(told):  # `X's goal gave them a 1-0 win over Y`
                side = self._last_named()
            elif not owners and _GENERIC.match(told.lstrip()) and not self.owned_before():
                side = self.subject
            elif (
                not owners
                and (COACH_OWNED.search(told) or surname_owned(told, self.doc.text))
                and self._last_named() == self.subject
            ):
                side = self.subject
            elif (
                not owners
                and not COACHS_TEAM.search(told)
                and national_story_side(self, named, told, resolver)
            ):
                side = self.subject
        return side if side != named else None

    def owned_before(self) -> bool:
        """`Gallardo's team had made life hard for themselves. They scraped through ...`:
        the sentence before is told of a person's team, which the pronoun stands for."""
        i = self.index - 1
        return i >= 0 and OWNED_OPENING.match(self.doc.sentences[i].text.lstrip()) is not None

    def last_named(self) -> str | None:
        """The one team the sentence before names, else None."""
        return self._last_named()

    def _last_named(self) -> str | None:
        """The one team the sentence before names, else None."""
        i = self.index - 1
        teams = set(self._teams_by_sentence[i]) if i >= 0 else set()
        return teams.pop() if len(teams) == 1 else None

    def last_named_other(self, team: str) -> str | None:
        """`Die Münchner haben vorgelegt. Am Dienstag gewann die Mannschaft von Ottmar
        Hitzfeld bei Real Madrid mit 1:0`: a coach's side after a sentence naming one
        third team is that team, not the story's."""
        named = self._last_named()
        return named if named not in (None, team) else None

    def _by_role(self, told: str) -> str | None:
        if not self.pair or self.pair_home not in self.pair:
            return None
        away = self.pair[0] if self.pair[1] == self.pair_home else self.pair[1]
        if _HOSTS.search(told):
            return self.pair_home
        if _VISITORS.search(told):
            return away
        return None

    def pair_on_another_day(self, text: str, teams: tuple) -> bool:
        """`Zeitgleich besiegte Japan Spanien 2:1. Am vergangenen Sonntag hatte es gegen
        Spanien ein 1:1 gegeben`: a result told on a day other than the last result's,
        with no leg named, is no rematch of that pair, so its other side stays unknown."""
        if not self.pair_date or set(teams) != set(self.pair or ()) or cues.LEG.search(text):
            return False
        days = {v for _, v, _ in when.dates_in(text, self.doc.published, self.doc.lang)}
        return bool(days) and self.pair_date not in days

    def tie_partner(self, team: str) -> str | None:
        """`Salzburg could not overturn the 3-0 loss from the first leg`: in a round-up
        that listed each tie's line, the one team listed against this one."""
        others = {a if b == team else b for a, b in self.listed if team in (a, b)}
        return others.pop() if len(others) == 1 else None

    def fixture_partner(self, team: str) -> str | None:
        """`Dortmund kämpft am Mittwoch gegen Manchester City um den Einzug ins Halbfinale.
        Das Hinspiel in Manchester hatte der BVB 1:2 verloren`: the sentence just before,
        naming no result, only `team` and one other club, and that one as an opponent
        (`gegen`, `empfängt`, `against`, `host`), tells whom a leg was played against;
        so does one naming only the club that went on (`Real Madrid reached the semifinals.
        Dortmund won 2-0 but went out`), where this one says `team` went out."""
        i = self.index - 1
        if i < 0 or i in self.scored:
            return None
        teams = set(self._teams_by_sentence[i])
        if (
            len(teams) == 1
            and team not in teams
            and _WENT_OUT.search(self.doc.sentences[i + 1].text)
        ):
            return teams.pop() if _WENT_ON.search(self.doc.sentences[i].text) else None
        either = self._either_of(i, team)
        if either is not None:
            return either
        if team not in teams or len(teams) != 2:
            return None
        text = self.doc.sentences[i].text
        if not _FIXTURE.search(text) or _IN_THE_FINAL.search(text):
            return None
        return (teams - {team}).pop()

    def _either_of(self, i: int, team: str) -> str | None:
        """`Chelsea will face Bayern Munich or Real Madrid. Bayern won their first leg
        2-1`: the two clubs joined by `or` in the sentence before play each other."""
        sentence = self.doc.sentences[i]
        if not _FIXTURE.search(sentence.text):
            return None
        found = self.doc.mentions_in(sentence)
        for a, b in zip(found, found[1:], strict=False):
            if _OR.fullmatch(self.doc.text[a.end : b.start]) and team in (a.team, b.team):
                return b.team if a.team == team else a.team
        return None

    def previous_pair(self) -> tuple[str, str] | None:
        """The two teams of the sentence before, when it names exactly two, no result and
        no fixture to come (`Atlético will play Real Madrid in the final`)."""
        i = self.index - 1
        if i < 0 or i in self.scored or cues.FIXTURE_AHEAD.search(self.doc.sentences[i].text):
            return None
        teams = list(dict.fromkeys(self._teams_by_sentence[i]))
        return (teams[0], teams[1]) if len(teams) == 2 else None

    def advance(self, index: int) -> None:
        """Take in sentence `index` after it was read."""
        label = label_pair(self.doc, index) if self.pair else None
        if label and set(label) != set(self.pair):  # the pair before is another paragraph's
            self.pair, self.pair_home, self.pair_date = label, None, None
        plain, named = self._subjects()[index]
        if plain:
            self.subject = plain
        elif named and self.subject is None:
            self.subject = named

    def _subjects(self) -> list[tuple[str | None, str | None]]:
        """Per sentence, the first team named plainly (a subject) and the first named
        at all; the story is read twice (results, ties), so this is kept."""
        found = self.doc.cache.get("subjects")
        if found is None:
            found = self.doc.cache["subjects"] = []
            text = self.doc.text
            team_words = may_tell_team_word(text)
            for sentence in self.doc.sentences:
                mentions = [
                    m
                    for m in self.doc.mentions_in(sentence)
                    if m.prep != "in" and m.prep not in FORMER_WORDS
                ]
                plain = [m for m in mentions if m.prep not in _OBLIQUE and not m.genitive]
                told = team_words and TEAM_WORD_SUBJECT.match(text, sentence.start)
                if told and not any(m.start < told.end() for m in mentions):
                    plain = []
                found.append(
                    (plain[0].team if plain else None, mentions[0].team if mentions else None)
                )
        return found

