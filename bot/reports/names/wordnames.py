"""Clubs whose name is an English word (`Reading`, `Forest`, `Hearts`, `Derby`): in
English text, the capitalised word inside a sentence (`beating Reading 4-2`, `the
Hearts forward`), or opening one as an owner or a verb's subject (`Reading's defence`,
`Forest beat Liverpool`), names the club. Not at a sentence's start otherwise
(`Reading the game, ...`, `Derby day`), not after `the` for a match's name (`the
Derby`), not beside another capitalised word, where it is part of a longer name
(`Forest Green`, `Sherwood Forest`, `Ben Hearts`)."""

from __future__ import annotations

from bot.teams.curated import short_names, word_names

_OWNER = ("'s", "’s")
_VERBS = frozenset(
    "beat beats won win wins lost lose loses drew draw draws were was are is had have has "
    "ran run came come went go held hold scored score claimed edged thrashed hammered "
    "stunned fell face faced host hosted travel travelled led lead leads trailed needed "
    "need went needed reached reach booked knocked eliminated finished finish".split()
)


def word_name(text: str, tokens: list, k: int, names: dict[str, str]) -> str | None:
    """The club the token at k names as a word name, else None."""
    start, end, word = tokens[k]
    team = names.get(word)
    if team is None:
        return None
    if k + 1 < len(tokens) and text[end : tokens[k + 1][0]] == " ":
        if tokens[k + 1][2][:1].isupper():
            return None
    before = text[max(0, start - 40) : start].rstrip()
    if word in _short_words and word in short_names():
        if text.startswith(_OWNER, end):
            return None  # `Boca, River's bitter rivals, take a 2-0 lead`: a description
        return team if not before or not before[-1].isalpha() or _lower_before(before) else None
    if not before or before[-1] in '.!?:\n"“':
        if text.startswith(_OWNER, end):
            return team
        following = tokens[k + 1][2] if k + 1 < len(tokens) else ""
        return team if text[end : end + 1] == " " and following in _VERBS else None
    last = before.split()[-1]
    if last[:1].isupper() and not last.endswith(_OWNER):
        return None
    if word == "Derby" and last.lower() in ("the", "a", "an"):
        return None
    return team


def word_mention(token: tuple[int, int, str], team: str, prep: str) -> dict:
    """A club named by its word name, recorded as find_mentions records a name (its key
    kept apart from every alias's)."""
    start, end, word = token
    return {"start": start, "end": end, "owners": {team}, "key": f"word:{word}",
            "alias": word, "genitive": False, "prep": prep}  # fmt: skip


_EMPTY: dict[str, str] = {}
_short_words = frozenset(short_names())


def words_in(text: str, lang: str) -> dict[str, str]:
    """The word names a text's capitals may be: English text's (`Reading`), and in either
    language a short name (`River`) where the text writes its club's full name."""
    words = word_names() if lang == "en" else _EMPTY
    for word, (team, full) in short_names().items():
        if full in text:
            words = {**words, word: team}
    return words


def _lower_before(before: str) -> bool:
    """`drehte River`, `gegen River`: a lower-case word before, so not the end of a longer
    name (`Mississippi River`)."""
    return before.split()[-1][:1].islower()
