"""People's names in prose, told apart from teams, roles and German nouns."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from itertools import accumulate

from bot.reports.names.commonnouns import PERSON_ADJECTIVES, common_word, german_noun  # noqa: F401
from bot.reports.names.demonymnames import after_demonym
from bot.reports.names.dutchden import named_den
from bot.reports.names.fullnames import first_names
from bot.reports.names.namewords import (
    COACHS_TEAM_DE,
    DEMONYMS,
    DEMONYMS_EN,
    DETERMINERS,
    GERMAN_WORDS,
    JOINERS,
    LEADING_PARTICLES,
    NEVER_ALONE,
    NOUN_ENDINGS,
    PARTICLES,
    ROLE_ENDINGS,
    STOP,
)
from bot.reports.names.playerbook import PlayerBook, last_name, name_key  # noqa: F401
from bot.reports.names.relativename import relative_pronoun
from bot.reports.text.letters import spelt, within_plane

_WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")
_WORD_SPLIT = re.compile(r"([^\W\d_]++(?:['’\-][^\W\d_]++)*+)")
"""_WORD as a split; possessive, which finds the same words a little faster."""
_LETTER = spelt(r"[^\W\d_]")
_WORD_SPLIT_SPELT = re.compile(rf"([{_LETTER}]++(?:['’\-][{_LETTER}]++)*+)")
"""_WORD_SPLIT with its letters spelt out, for text within the Basic Multilingual Plane."""
_POSSESSIVE = ("'s", "’s")
_NICKNAME = re.compile(r' ["“„][^\W\d_]+(?:[ -][^\W\d_]+)?["”“] (?=[^\W\d_])')
_QUOTES = frozenset('"“„')
FIRST_NAME_MONTHS = frozenset(("jan", "park"))
"""Stop words that are also names: a month's short form that is a first name (Jan Koller,
Jan Oblak), followed by a surname, and a Korean family name before a hyphenated given
name (Park Ji-sung)."""
_DROPPED_ALONE = {
    lang: STOP | PARTICLES | NEVER_ALONE | DEMONYMS.get(lang, DEMONYMS_EN) for lang in ("en", "de")
}
"""One word alone that _strip drops (as it drops one letter or a word ending in ROLE_ENDINGS)."""
GOAL_NOUN_DE = (
    r" (?!(?:(?:ein|sein|ihr)(?:e[nmrs]?)?|d(?:e[nmrs]|ie|as)) )"
    r"(?:\w+e[nmrs]? |(?:zwei|drei|vier|fünf) )?(?:\w*[Tt]reffer|\w*[Tt]ore?|Foulelfmeter|"
    r"Handelfmeter|Elfmeter|Strafstoß|Kopfball|Schuss|Freistoß|Ausgleich|Doppelpack|"
    r"Dreierpack|Hattrick|Abstauber|Volley)\b"
)
"""A goal noun after a German name in the genitive (`Sanés Treffer`, `Sanés zwei Tore`);
never after an article or a possessive (`verwandelte Dias einen Foulelfmeter`, `köpfte
Reis den Ausgleich`): a genitive stands in its place."""
_GENITIVE_NOUN = re.compile(GOAL_NOUN_DE)
_BARE_APOSTROPHE = re.compile(r"['’](?![^\W\d_])")


@dataclass(unsafe_hash=True)
class Person:
    """A name in the text: offsets into the searched text, and the word before it.

    Hashed by value like a frozen dataclass, but not frozen: a frozen one takes three
    times as long to make (each field set through object.__setattr__), and a report
    makes one for every name in it. Nothing changes a Person once made."""

    start: int
    end: int
    name: str
    before: str
    possessive: bool = False


def find_people(
    text: str, lang: str, start: int = 0, end: int | None = None, skip: list[tuple[int, int]] = ()
) -> list[Person]:
    """Capitalised name runs in text[start:end], minus team spans in `skip`."""
    end = len(text) if end is None else end
    piece = text[start:end]
    parts = (_WORD_SPLIT_SPELT if within_plane(piece) else _WORD_SPLIT).split(piece)
    offsets = list(accumulate(map(len, parts), initial=start))
    found = parts[1::2]
    firsts = offsets[1:-1:2]
    words = list(zip(firsts, offsets[2::2], found, range(len(found)), strict=True))
    starts = [i for i, w in enumerate(found) if w[0].isupper() or w in LEADING_PARTICLES]
    skipped = _skipped(firsts, starts, skip) if skip else set()
    alone = _DROPPED_ALONE["de" if lang == "de" else "en"]
    size = len(words)
    people: list[Person] = []
    j = 0
    for i in starts:
        if i < j or i in skipped:
            continue
        if _alone(text, words, i, size, skipped):
            j = i + 1
            low = found[i].lower()
            if low in alone or low.endswith(ROLE_ENDINGS) or len(low) == 1:
                continue
            run = [words[i]]
        else:
            run = _run_at(text, words, i, skipped, lang)
            if not run:
                continue
            j = run[-1][3] + 1
            run = _strip(text, words, run, lang)
        if run:
            person = _person(text, words, run, lang)
            if person:
                people.append(person)
    return people


def _alone(text, words, i, size, skipped) -> bool:
    """Whether the run at capitalised word i is that word alone (what _run_at finds for
    most words, told here without its loop): a possessive, or no name word goes on."""
    word = words[i][2]
    if not word[0].isupper():
        return False
    if word.endswith(_POSSESSIVE) or i + 1 == size or i + 1 in skipped:
        return True
    after = words[i][1]
    following = words[i + 1]
    if following[0] != after + 1 or text[after] != " ":
        return not (text[after + 1 : after + 2] in _QUOTES and text[after : after + 1] == " ")
    return not following[2][0].isupper() and following[2] not in PARTICLES


def _skipped(firsts: list[int], starts: list[int], spans) -> set[int]:
    """The starts inside a span of `spans` (sorted): the last span beginning at or before
    a word decides, so a span decides the words from its start to the next span's start,
    and skips those before its own end. Found by bisection per span (about twenty per
    report) over the words' first offsets (`firsts`) and the sorted starts: a loop over
    the words cost about 3,500 opcodes per read."""
    out: set[int] = set()
    last = len(spans) - 1
    for index, (begin, end) in enumerate(spans):
        if index < last and spans[index + 1][0] < end:
            end = spans[index + 1][0]
        if begin < end:
            lo = bisect_left(starts, bisect_left(firsts, begin))
            hi = bisect_left(starts, bisect_left(firsts, end), lo)
            out.update(starts[lo:hi])
    return out


def _particle_leads(words, j) -> bool:
    while j < len(words) and words[j][2] in PARTICLES:
        j += 1
    return j < len(words) and words[j][2][0].isupper()


def _german_word(word: str, run) -> bool:
    """`la`, `der` as German words, but not after a particle that is none (`de la Red`,
    `van der Sar`)."""
    if word not in GERMAN_WORDS:
        return False
    return not (run and run[-1][2] in PARTICLES and run[-1][2] not in GERMAN_WORDS)


def _run_at(text, words, i, skip, lang) -> list[tuple[int, int, str]]:
    run: list[tuple[int, int, str]] = []
    j = i
    nick_end = -1
    size = len(words)
    de = lang == "de"
    while j < size:
        word = words[j]
        s, _, w, _ = word
        if j in skip:
            break
        if run and s != nick_end and (run[-1][1] + 1 != s or text[s - 1] != " "):
            after = run[-1][1]
            quoted = text[after + 1 : after + 2] in _QUOTES and text[after : after + 1] == " "
            nick = _NICKNAME.match(text, after) if quoted else None
            if nick is None or len(run) > 2:
                break
            nick_end = nick.end()
            while j < size and words[j][0] < nick_end:
                j += 1
            continue
        if w[0].isupper():
            if (
                de
                and len(run) > 1
                and run[-1][2].endswith("s")
                and ("-" in w or w.lower().endswith(NOUN_ENDINGS))
            ):
                break
            run.append(word)
            if w.endswith(_POSSESSIVE):
                break
        elif (
            w in PARTICLES
            and not (de and _german_word(w, run) and not named_den(text, words, j, run))
            and _particle_leads(words, j)
        ):
            if not run and w not in LEADING_PARTICLES:
                break
            run.append(words[j])
        else:
            break
        j += 1
    while run and run[-1][2] in PARTICLES:
        run.pop()
    return run


def _strip(text, words, run, lang):
    while len(run) > 1 and run[0][2].lower() in JOINERS:
        run = run[1:]
    size = len(run)
    while run and _leading_noise(text, words, run, lang):
        run = run[1:]
    if lang == "de" and len(run) == 1 and size > 1 and not _kept_alone(text, run[0]):
        if not after_demonym(words, run[0][3]):
            return []
    if lang == "de" and len(run) > 1 and run[-1][2] in COACHS_TEAM_DE and run[-2][2][-1] == "s":
        return []
    while run and run[-1][2].lower() in STOP:
        run = run[:-1]
    if run and run[0][2].lower() in PARTICLES and len(run) == 1:
        return []
    if len(run) == 1 and run[0][2].lower() in NEVER_ALONE:
        return []
    return run


def _kept_alone(text, word) -> bool:
    """A word left after a dropped one (`Nach`, `Als`) that is still a name: a genitive before
    a goal noun (`Nach Kanes Treffer`) or a surname used in full elsewhere (`Filip Kostic`)."""
    name = word[2]
    if name.endswith("s") and len(name) > 3 and _GENITIVE_NOUN.match(text, word[1]):
        return True
    if len(name) < 3 or text.count(" " + name) < 2:
        return False
    return any(first.lower() not in _NOT_FIRST for first in first_names(text, name))


_NOT_FIRST = STOP | DETERMINERS
"""Words that make no first name (joined once, not per match)."""


def _leading_noise(text, words, run, lang) -> bool:
    low = run[0][2].lower()
    if low in FIRST_NAME_MONTHS and len(run) > 1 and run[0][1] + 1 == run[1][0]:
        # `Jan Koller`: a first name, not the month (`Jan. 20`); `Park Ji-sung`: a family
        # name before a hyphenated given name, not a park
        if low != "park" or "-" in run[1][2]:
            return False
    if (
        low in STOP
        or low in DEMONYMS.get(lang, DEMONYMS_EN)
        or low.endswith(ROLE_ENDINGS)
        or len(low) == 1
    ):
        return True
    if lang == "de" and len(run) > 1:
        # `auf der anderen Seite Jérémy Toulalan`: after an article and an adjective the
        # first of three capitalised words is a noun; of two (`der eingewechselte Thomas
        # Müller`) it is the first name.
        noun = german_noun(text, words, run[0][3], run[0][2], adjective=len(run) > 2)
        return noun and not (len(run) == 2 and relative_pronoun(text, words, run[0][3]))
    return False


def _person(text, words, run, lang) -> Person | None:
    first = run[0][3]
    before = words[first - 1][2] if first and text[words[first - 1][1] : run[0][0]] == " " else ""
    last = run[-1][2]
    name_end = run[-1][1]
    possessive = False
    tail = text[name_end : name_end + 2]
    if tail in _POSSESSIVE or (last.endswith("s") and _BARE_APOSTROPHE.match(tail)):
        possessive = True
    if last.endswith(_POSSESSIVE):
        for suffix in _POSSESSIVE:
            if last.endswith(suffix):
                last, name_end, possessive = last[:-2], name_end - 2, True
    if (
        lang == "de"
        and len(last) > 3
        and last.endswith("s")
        and _GENITIVE_NOUN.match(text, name_end)
    ):
        last, name_end, possessive = last[:-1], name_end - 1, True
    if last.isupper() and len(last) > 1 and len(run) == 1:
        return None
    if len(run) == 1 and common_word(text, words, first, last, lang):
        return None
    name = text[run[0][0] : name_end]
    if '"' in name or "“" in name or "„" in name:
        name = " ".join([w[2] for w in run[:-1]] + [last])
    return Person(run[0][0], name_end, name, before.lower(), possessive)
