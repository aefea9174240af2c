"""Find the team names in a text through the one TeamResolver, keeping people
(`Jordi Alba`, `David Villa`) and ambiguous short names (`Inter`, `Real`) from
turning into the wrong team: a mention we cannot pin down is left out."""

from __future__ import annotations

import re
from itertools import accumulate

from bot.reports.names.countryclubs import club_of_country, countries_as_places
from bot.reports.names.hostadjective import host_before_adjective
from bot.reports.names.longerclub import longer_club
from bot.reports.names.mentionsettle import settle
from bot.reports.names.mentionwords import (
    _GOVERNING,
    _ROLES,
)
from bot.reports.names.personword import looks_like_person, previous_word
from bot.reports.names.reserves import reserve_side
from bot.reports.names.rolenamed import role_named
from bot.reports.names.surnameside import surname_then_side
from bot.reports.names.wordnames import word_mention, word_name, words_in
from bot.reports.text.letters import spelt, within_plane
from bot.teams.names import normalize
from bot.teams.resolver import TeamResolver

MAX_WORDS = 6
_TOKEN = re.compile(r"[^\W_]+")
_JOIN = re.compile(r"[ .'’/-]{1,3}|\. ")


def find_mentions(text: str, resolver: TeamResolver, lang: str, skip_before: int = 0) -> list[dict]:
    """Mentions as dicts (start, end, team, alias, genitive, prep), in text order."""
    index = resolver.keys()
    most = resolver.derived("mention-max-words", _max_words)
    firsts = resolver.derived("mention-firsts", _firsts)
    prefixes = resolver.derived("mention-prefixes", _prefixes)
    nationals = resolver.derived("mention-nationals", _nationals)
    tokens, capitals = _tokens(text)
    words = words_in(text, lang)
    keys = _Keys(tokens)
    made = keys.made
    found: list[dict] = []
    people: set[str] = set()
    opening: dict[str, str | None] = {}
    i = 0
    for k in capitals:
        start, _, word = tokens[k]
        key0 = opening.get(word, "")
        if key0 == "":
            key0 = opening[word] = _opening(word, firsts, lang)
        if key0 is None and word not in words:
            continue  # most capitals: no alias and no word name begins here, `i` stays
        if k < i or start < skip_before:
            continue
        hit = None
        if key0 is not None:
            i = k
            made[k] = key0
            hit = _longest(text, tokens, keys, i, most, index, lang, prefixes)
        if hit is None:
            if word in words and (team := word_name(text, tokens, k, words)):
                prep = _governing_word(text, tokens, k, keys, index)
                found.append(word_mention(tokens[k], team, prep))
            i = k + 1 if key0 is not None else i
            continue
        n, key, owners, genitive = hit
        end = tokens[i + n - 1][1]
        if n == 1 and not genitive and longer_club(text, key, end):
            i += 1
            continue
        prev = previous_word(text, tokens, i)
        if (
            n == 1
            and looks_like_person(prev, text, tokens, i, lang, index, keys)
            and not _after_place(text, tokens, i, owners, nationals)
            and not surname_then_side(text, prev, word, tokens[i - 1][0])
        ):
            people.add(key)
            i += 1
            continue
        if n == 1 and lang == "de" and _adjective(text, tokens, i, word):
            if not (prev in _ARTICLES and _club_of_abroad(tokens[i + 1][2], owners, resolver)):
                i += 1
                continue  # not `unterlagen die Breisgauer Juventus`: two sides
        if reserve_side(text, start, end):
            i += n
            continue
        found.append(
            {
                "start": start,
                "end": end - (1 if genitive else 0),
                "owners": owners,
                "key": key,
                "alias": text[start : end - (1 if genitive else 0)],
                "genitive": genitive,
                "prep": _governing_word(text, tokens, i, keys, index),
            }
        )
        i += n
    countries_as_places(text, found, resolver)
    if "," in text and (named := role_named(text, found)):
        found = [f for f in found if f["key"] not in named]
    return settle(club_of_country(text, found, resolver), people, resolver, text)


_SPLIT = re.compile(r"([^\W_]+)")
"""The tokens of _TOKEN, kept by split with the gaps between them."""
_SPLIT_PLAIN = re.compile(r"(\w+)")
"""The same split for a text holding no `_` (one class test a letter instead of two)."""
_ALNUM = spelt(r"[^\W_]")
_SPLIT_SPELT = re.compile(rf"([{_ALNUM}]++)")
"""The same split with its letters and digits spelt out as ranges, for text within the
Basic Multilingual Plane: re tests a listed range faster than the \\w category."""


def _tokens(text: str) -> tuple[list[tuple[int, int, str]], list[int]]:
    """(start, end, word) of every token, and the indices of those not starting
    with a-z: only they can begin a name (one split is cheaper than finditer)."""
    if within_plane(text):
        parts = _SPLIT_SPELT.split(text)
    else:
        parts = (_SPLIT if "_" in text else _SPLIT_PLAIN).split(text)
    offsets = list(accumulate(map(len, parts)))
    words = parts[1::2]
    tokens = list(zip(offsets[0:-1:2], offsets[1::2], words, strict=True))
    capitals = [k for k, word in enumerate(words) if word[0] not in _ASCII_LOWER]
    return tokens, capitals


_ASCII_LOWER = frozenset("abcdefghijklmnopqrstuvwxyz")
"""a-z: one set test per token is cheaper than the two comparisons of a range."""


class _Keys:
    """Tokens' lookup keys, made only for the few tokens a search reaches."""

    def __init__(self, tokens: list[tuple[int, int, str]]) -> None:
        self.tokens = tokens
        self.made: dict[int, str] = {}

    def __getitem__(self, k: int) -> str:
        key = self.made.get(k)
        if key is None:
            word = self.tokens[k][2]
            key = self.made[k] = word.lower() if word.isascii() else _normal(word)
        return key


def _opening(word: str, firsts: set[str], lang: str) -> str | None:
    """The lookup key of a word that may begin a name (asked once per word of a text):
    None for one that cannot, which moves the search on as a failed one would."""
    if not (word[0].isupper() or word[0].isdigit()):
        return None
    key0 = word.lower() if word.isascii() else _normal(word)
    if key0 not in firsts and not (lang == "de" and key0[:-1] in firsts):
        return None
    return key0


def _longest(text, tokens, keys, i, most, index, lang, prefixes):
    """The longest alias starting at token i (German genitive `-s` allowed on its end).
    Each longer try needs only its own new gap checked: the earlier ones were."""
    best = None
    key = ""
    for n in range(1, min(most, len(tokens) - i) + 1):
        j = i + n - 1
        if n > 1:
            # One space, the common gap, is a join: only other gaps need the regex (which
            # has no anchor or lookaround, so it reads the gap alone as it reads the text).
            gap = text[tokens[j - 1][1] : tokens[j][0]]
            if gap != " " and not _JOIN.fullmatch(gap):
                break
        word = keys[j]
        key = f"{key} {word}" if key else word
        owners = index.get(key)
        if owners:
            best = (n, key, owners, False)
        last = tokens[j][2]
        if lang == "de" and last.endswith("s") and len(last) > 4 and not last[:-1].isupper():
            owners = index.get(key[:-1])
            if owners:
                best = (n, key[:-1], owners, True)
        if key not in prefixes:
            break
    return best


def _firsts(resolver: TeamResolver) -> set[str]:
    """First words of all aliases: a token that is none of them starts no mention."""
    return {key.split()[0] for key in resolver.keys() if key}


def _prefixes(resolver: TeamResolver) -> set[str]:
    """Every leading run of words of a longer alias, where a search may go on."""
    out = set()
    for key in resolver.keys():
        words = key.split()
        for n in range(1, len(words)):
            out.add(" ".join(words[:n]))
    return out


def _governing_word(text, tokens, i, keys=None, index=None) -> str:
    """The lower-cased word before a name; past capitalised words (`gegen den
    Zweitligisten 1. FC Kaiserslautern`) back to a preposition or article; not past
    another name (`in Russia Croatia won`, `in Lima Titelverteidiger River Plate`)."""
    word = previous_word(text, tokens, i)
    if not word:
        return ""
    if word[0].islower() and word.endswith(("en", "em")) and _host_word_before(tokens, i):
        return host_before_adjective(text, tokens, i) or word.lower()
    if word[0].islower() or word.lower() in _GOVERNING:
        return word.lower()
    if word.isdigit():
        return ""  # `In the round of 16 Arsenal ...`: the number ends the phrase before
    if index is not None and keys[i - 1] in index:
        return ""
    role = word.lower() in _ROLES
    j = i - 1
    for _ in range(3):
        word = previous_word(text, tokens, j)
        if not word:
            return ""
        if word.lower() in _GOVERNING:
            return "" if not role and word.lower() in ("in", "im", "at") else word.lower()
        if word[0].islower() or (role and word.lower() not in _ROLES):
            return ""
        j -= 1
    return ""


def _host_word_before(tokens, i) -> bool:
    """Whether token i-2 or i-3 is `bei`/`beim`: host_before_adjective finds one only
    there (two or three words back), so without one it returns '' (an exact gate that
    looks at two tokens where `"bei" in text` scanned the text)."""
    return i > 1 and (tokens[i - 2][2] in _HOST or (i > 2 and tokens[i - 3][2] in _HOST))


_HOST = ("bei", "beim")


_ARTICLES = frozenset(("die", "der", "den", "dem"))
"""`die Breisgauer Juventus`: an article, a town's people's word, then another club's
name is a noun and a name, the subject and the object."""


def _club_of_abroad(word: str, owners: set[str], resolver: TeamResolver) -> bool:
    """Whether `word` names only clubs of other countries than `owners` (`Juventus` after
    `die Breisgauer`, not `Löwen` after `die Münchner`, which the town word describes)."""
    after = resolver.keys().get(normalize(word), ())
    if not after:
        return False
    teams = resolver.teams
    home = {teams[t].country for t in owners if t in teams}
    return all(t in teams and teams[t].country not in home for t in after)


def _adjective(text, tokens, i, word) -> bool:
    """`Londoner Wembley-Stadion`, `aus Münchner Sicht`: a city adjective before a noun."""
    if not word.endswith("er") or i + 1 >= len(tokens):
        return False
    gap = text[tokens[i][1] : tokens[i + 1][0]]
    following = tokens[i + 1][2]
    return gap == " " and following[:1].isupper()


def _after_place(text, tokens, i, owners, nationals) -> bool:
    """`in Sankt Petersburg England mit 2:0 besiegt`: a country's name right after two
    capitalised words that follow `in` ends a place, not a person's name (few people
    bear a country's name, while `in München David Villa` is a person)."""
    if i < 3 or not owners <= nationals or not tokens[i - 2][2][:1].isupper():
        return False
    return previous_word(text, tokens, i - 2) == "in" and previous_word(text, tokens, i - 1) != ""


def _nationals(resolver: TeamResolver) -> set[str]:
    return {team for team, data in resolver.teams.items() if data.kind == "national"}


def _max_words(resolver: TeamResolver) -> int:
    return min(MAX_WORDS, max((k.count(" ") + 1 for k in resolver.keys()), default=1))


_NORMAL: dict[str, str] = {}


def _normal(word: str) -> str:
    """normalize() for one token, remembered: reports repeat their words."""
    key = _NORMAL.get(word)
    if key is None:
        if len(_NORMAL) > 50000:
            _NORMAL.clear()
        key = _NORMAL[word] = normalize(word)
    return key
