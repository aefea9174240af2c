"""A report split once into sentences and team mentions, so every extractor
(matches, ties, goals, dismissals) works on the same offsets and names."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field, fields

from bot.reports.names.described import described_mentions
from bot.reports.names.initialsof import initials_of_named
from bot.reports.names.mentions import find_mentions
from bot.reports.names.mentionsettle import is_full_name
from bot.reports.names.venuenames import (
    is_city_named_for_country,
    is_part_of_country,
    is_venue_name,
)
from bot.reports.text.anniversary import story_date
from bot.reports.text.header import (
    headed_town_line,
    parse_dateline,
    split_dateline_place,
    town_line_place,
)
from bot.reports.text.holdsany import holds_any
from bot.reports.text.language import detect_language
from bot.reports.text.sentences import split_sentences
from bot.teams.resolver import TeamResolver


@dataclass
class Sentence:
    text: str
    start: int
    end: int


@dataclass
class TeamMention:
    """A name in the text that stands for a team. Offsets index Document.text.

    `genitive` marks German `Monterreys`; `prep` is the lower-cased word just
    before the name (`in`, `at`, `beim`, ...), which tells venue phrases apart.
    """

    start: int
    end: int
    team: str
    alias: str
    genitive: bool = False
    prep: str = ""


@dataclass
class Document:
    text: str
    lang: str
    published: str | None
    sentences: list[Sentence]
    mentions: list[TeamMention]
    place: str | None = None
    dateline: str | None = None
    """The publication date as the dateline gives it; `published` is the day the
    story's dates count from, which an anniversary piece moves back to its match."""
    resolver: TeamResolver | None = field(default=None, repr=False, compare=False)
    cache: dict = field(default_factory=dict, repr=False)
    _by_sentence: dict[int, list[TeamMention]] = field(default_factory=dict, repr=False)

    def mentions_in(self, sentence: Sentence) -> list[TeamMention]:
        """Mentions inside one sentence, in text order."""
        cached = self._by_sentence.get(sentence.start)
        if cached is None:
            cached = self.mentions_between(sentence.start, sentence.end)
            self._by_sentence[sentence.start] = cached
        return cached

    def mentions_between(self, start: int, end: int) -> list[TeamMention]:
        """Mentions starting inside [start, end), found by bisection when the
        mentions are in text order (as build_document makes them)."""
        starts = self.cache.get("mention-starts")
        if starts is None or len(starts) != len(self.mentions):
            starts = [m.start for m in self.mentions]
            if starts != sorted(starts):
                return [m for m in self.mentions if start <= m.start < end]
            self.cache["mention-starts"] = starts
        return self.mentions[bisect_left(starts, start) : bisect_left(starts, end)]

    def index_of(self, sentence: Sentence) -> int:
        """`self.sentences.index(sentence)` without the dataclass `__eq__` that list.index
        calls on every sentence before it (about 70 Python calls per read)."""
        at = self.position(sentence)
        return self.sentences.index(sentence) if at is None else at

    def position(self, sentence: Sentence) -> int | None:
        """The index of `sentence` where it is the first sentence at its start (then it
        is also the first one equal to it or identical with it), else None. A table by
        start, made once per document, answers for every sentence of the document."""
        table = self.cache.get("sentence-index")
        if table is None or table[0] is not self.sentences:
            at = {s.start: i for i, s in reversed(list(enumerate(self.sentences)))}
            table = self.cache["sentence-index"] = (self.sentences, at)
        i = table[1].get(sentence.start)
        return i if i is not None and self.sentences[i] is sentence else None

    def sentence_at(self, offset: int) -> Sentence | None:
        for sentence in self.sentences:
            if sentence.start <= offset < sentence.end:
                return sentence
        return None

    def teams(self) -> set[str]:
        return {m.team for m in self.mentions}

    def release(self) -> None:
        """Drop what the steps hung on the document (caches, the shared event reading),
        which point back to it: without that cycle the document and all it holds are
        freed when the read ends, not left for the cycle collector (whose runs, set off
        by the objects left over, took about 3% of a read)."""
        self.cache.clear()
        self._by_sentence.clear()
        for name in [name for name in vars(self) if name not in _FIELDS]:
            delattr(self, name)


_FIELDS = frozenset(field.name for field in fields(Document))


def build_document(
    text: str, resolver: TeamResolver | None = None, lang: str | None = None
) -> Document:
    """Strip the dateline, detect the language (unless given), split sentences, find teams."""
    resolver = resolver or TeamResolver.default()
    if not text.isascii() and holds_any(text, FOLDED_CHARS):
        text = text.translate(FOLDED_APART)
    dateline, body = parse_dateline(text)
    published = story_date(body, dateline) or dateline
    lang = lang or detect_language(body) or "en"
    place, place_end = split_dateline_place(body)
    if place is None:
        place, place_end = _agency_place(body)
    if place is None and "." in body[:24]:
        place, place_end = town_line_place(body)
    town = (0, 0)
    if place is None and "\n\n" in body[:200]:
        place, town = headed_town_line(body)
    sentences = [Sentence(body[s:e], s, e) for s, e in split_sentences(body, lang)]
    raw = find_mentions(body, resolver, lang, skip_before=place_end)
    raw = [d for d in raw if not town[0] <= d["start"] < town[1]] if town[1] else raw
    described = [d for d in described_mentions(body, raw, resolver) if d["start"] >= place_end]
    if any("over" in d for d in described):
        raw = _without_towns(raw, described)
    raw = sorted(raw + described, key=lambda item: item["start"])
    mentions = _clubs_as_towns(_teams_only(body, raw, resolver), resolver)
    mentions = initials_of_named(mentions)
    return Document(body, lang, published, sentences, mentions, place, dateline, resolver)


def _without_towns(raw: list[dict], described: list[dict]) -> list[dict]:
    """Leave out a club's name that a described side holds as its town (`Der Klub aus
    São Paulo`): the described side stands for it."""
    spans = [(d.pop("over") and d["start"], d["end"]) for d in described if "over" in d]
    return [r for r in raw if not any(a <= r["start"] < b for a, b in spans)]


_TOWN_PREPS = frozenset(("in", "at"))


def _clubs_as_towns(mentions: list[TeamMention], resolver: TeamResolver) -> list[TeamMention]:
    """`verlor in Duisburg gegen Nordmazedonien`: in a story of national teams (three in
    four of the names not after `in`/`at`; a player's club may be named too), a club
    named after `in`/`at` is the town the match was played in, not MSV Duisburg."""
    kinds = {m.team: resolver.teams[m.team].kind for m in mentions if m.team in resolver.teams}
    plain = [kinds.get(m.team) == "national" for m in mentions if m.prep not in _TOWN_PREPS]
    if sum(plain) < 3 or sum(plain) < 0.75 * len(plain):
        return mentions
    return [m for m in mentions if not (m.prep in _TOWN_PREPS and kinds.get(m.team) == "club")]


FOLDED_APART = str.maketrans({"İ": "I", "ı": "i", "ſ": "s", "\u212a": "K", "\u212b": "Å"})
"""Letters that case-insensitive patterns match as I, i, s, K and Å but lower() keeps
apart (`MAİ`.lower() is `mai` plus a combining dot): read as those letters, one for one,
so every pattern, key-word gate and table lookup agrees and offsets stay put."""
FOLDED_CHARS = tuple(chr(code) for code in FOLDED_APART)
"""Looked for first: a dict-driven translate costs about 0.1 µs a character (0.2 ms for a
report), finding that none of five letters is there a hundredth of that."""


def _teams_only(body: str, raw: list[dict], resolver: TeamResolver) -> list[TeamMention]:
    """Mentions without grounds and places; a short name that goes on from a dropped
    place (`in Mexico City`) is that place's too, unlike a team's own full name
    (`in Russia Croatia won`)."""
    mentions = []
    dropped_end = -1
    for item in raw:
        start = item["start"]
        if (
            is_venue_name(body, start, item["end"])
            or is_city_named_for_country(body, start)
            or (
                resolver.teams.get(item["team"]) is not None
                and resolver.teams[item["team"]].kind == "national"
                and is_part_of_country(body, item)
            )
            or (
                start - dropped_end == 1
                and body[dropped_end] in " -"
                and not is_full_name(item["alias"], resolver)
            )
        ):
            dropped_end = item["end"]
            continue
        mentions.append(TeamMention(**item))
    return mentions


_AGENCY_PLACE = re.compile(
    r"\A\s*([A-ZÄÖÜ][a-zäöüß]+(?: [A-ZÄÖÜ][a-zäöüß]+)?)(?P<river>/[A-ZÄÖÜ][a-zäöüß]+)?"
    r"(?: \(\w+\))? [–—-] (?=\S)"
)
"""`Frankfurt/Main (SID) - `, `Halle/Saale (dpa) - `: the river after the slash tells the
town apart and is no part of its name; `Frankfurt/Oder` is another town than the club's."""
_HEADER_LINE = re.compile(r"\A(?:\S*[A-ZÄÖÜ0-9]\S*\s+){1,6}?\d{1,2}:\d{1,2}\b")


def _agency_place(body: str) -> tuple[str | None, int]:
    """`Madrid – Der Traum ...` (dpa style): a title-case city before the dash is
    where the story was filed, not a team, unless the line is a result header
    (`Dortmund – Bayern 5:2`), whose words up to the score are all names."""
    match = _AGENCY_PLACE.match(body)
    if not match or _HEADER_LINE.match(body[match.end() :]):
        return None, 0
    if match.group("river") == "/Oder":
        return match.group(1) + "/Oder", match.end()
    return match.group(1), match.end()
