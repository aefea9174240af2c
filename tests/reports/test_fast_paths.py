"""The reader's shortcuts (cue patterns behind key words, grouped alternations,
one-pass keyword search, bisected mentions, split tokens) must find exactly what
the plain patterns find: they only skip work, never a match."""

from __future__ import annotations

import importlib
import pkgutil
import re
import unicodedata
from pathlib import Path

import pytest

from bot.competitions.scan import find_any, grouped
from bot.reports.clauses import cues as clause_cues
from bot.reports.matches import cues, scorekinds
from bot.reports.names import described, mentions, venuenames
from bot.reports.names.groundtown import town_after_ground
from bot.reports.patterns.keyed import Keyed
from bot.reports.text.document import Document, Sentence, TeamMention
from bot.reports.text.language import words_of
from bot.reports.text.sentences import split_sentences
from bot.teams.names import normalize

ROOT = Path(__file__).resolve().parents[2]
_FOLDERS = [ROOT / "tests" / "data", ROOT / "seeds", ROOT.parent / "shared" / "reports"]


def _sentences() -> list[str]:
    out = []
    for folder in _FOLDERS:
        for path in sorted(folder.rglob("*.txt")):
            if path.name.isupper():
                continue
            text = path.read_text(encoding="utf-8", errors="replace")
            out += [text[s:e] for s, e in split_sentences(text, "en")]
    return out


PROBES = [
    "His low shot went past the upright in the 50th minute.",
    "Five minutes later they drew level through a header.",
]
"""Sentences written for alternatives that no development text holds, each once behind a
key the gate missed (a cue must find them exactly as its pattern does)."""
SENTENCES = _sentences() + PROBES


def _reader_modules() -> tuple:
    """Every module of the reader, so a cue added anywhere is checked without a list to
    keep up to date."""
    import bot.reports

    names = [info.name for info in pkgutil.walk_packages(bot.reports.__path__, "bot.reports.")]
    return tuple(importlib.import_module(name) for name in names)


_MODULES = _reader_modules()
CUES = {
    f"{module.__name__[12:]}.{name}": value
    for module in _MODULES
    for name, value in vars(module).items()
    if isinstance(value, Keyed)
} | {
    f"{module.__name__[12:]}.{name}[{key}]": item
    for module in _MODULES
    for name, value in vars(module).items()
    if isinstance(value, dict)
    for key, item in value.items()
    if isinstance(item, Keyed)
}


def test_the_corpus_is_there():
    assert len(SENTENCES) > 500
    short = {name.rsplit(".", 1)[-1] for name in CUES}
    assert {"LEG", "WIN", "LOSE", "STAGE", "SAME_DAY", "_EXTRA_WORD"} <= short


@pytest.mark.parametrize("name", sorted(CUES))
def test_a_cue_finds_what_its_pattern_finds(name):
    cue = CUES[name]
    found = 0
    for sentence in SENTENCES:
        plain = [m.span() for m in cue.pattern.finditer(sentence)]
        assert [m.span() for m in cue.finditer(sentence)] == plain, sentence
        first = cue.pattern.search(sentence)
        keyed = cue.search(sentence)
        assert (keyed and keyed.span()) == (first and first.span())
        found += len(plain)
    for sentence in SENTENCES[:50]:
        upper = sentence.upper()
        plain = [m.span() for m in cue.pattern.finditer(upper)]
        assert [m.span() for m in cue.finditer(upper)] == plain


def test_letters_that_ignorecase_folds_are_still_searched():
    won = Keyed(re.compile(r"\bwon\b", re.I), "won")
    assert won.search("they wőn") is None
    wins = Keyed(re.compile(r"\bwins\b", re.I), "wins")
    assert wins.search("Galatasaray wıns 2-1") is not None
    assert wins.search("Galatasaray winſ 2-1") is not None
    assert cues.WIN.search("Galatasaray wın 2-1") is not None


def test_a_key_tree_entered_at_rare_letters_finds_a_key_wherever_one_occurs():
    many = [cue for cue in CUES.values() if cue.many and not cue.cased]
    assert many
    for sentence in SENTENCES:
        low = sentence.lower()
        for cue in many:
            assert bool(cue.any_key.search(low)) == any(key in low for key in cue.keys)
        clause_keys = any(key in low for key in clause_cues._CLAUSE_KEYS)
        assert bool(clause_cues._ANY_CLAUSE_KEY.search(low)) == clause_keys, sentence


def test_a_grouped_alternation_keeps_the_order_of_its_alternatives():
    keys = ["abc", "ab", "b", "a", "ba", "ac"]
    parts = [re.escape(k) for k in keys]
    plain = re.compile(r"(?:" + "|".join(parts) + r")(?=c|$)")
    fast = re.compile(r"(?:" + grouped(keys, parts) + r")(?=c|$)")
    text = "abcab bac ba abc acb a"
    for i in range(len(text)):
        expected = plain.match(text, i)
        got = fast.match(text, i)
        assert (got and got.group()) == (expected and expected.group()), i


def test_a_grouped_alternation_needs_the_key_s_first_letter_first():
    with pytest.raises(ValueError):
        grouped(["ab"], ["b"])


def test_find_any_gives_every_start_once_in_order():
    assert find_any("the cup and the league cup", ("cup", "league", "the")) == [0, 4, 12, 16, 23]
    assert find_any("aaa", ("aa", "a")) == [0, 1, 2]
    assert find_any("nothing here", ("cup",)) == []


def test_tokens_match_the_plain_token_pattern():
    text = "Özil (31.) traf — 1. FC Köln_2 ßa Ünal; été x2Y _Bayern_ 3:1 ıstanbul"
    tokens, capitals = mentions._tokens(text)
    assert tokens == [(m.start(), m.end(), m.group()) for m in mentions._TOKEN.finditer(text)]
    assert capitals == [k for k, t in enumerate(tokens) if not "a" <= t[2][0] <= "z"]


def _doc(starts: list[int]) -> Document:
    text = "x" * 100
    found = [TeamMention(s, s + 3, f"t{s}", "abc") for s in starts]
    return Document(text, "en", None, [Sentence(text[:50], 0, 50)], found)


def test_mentions_between_in_order_and_out_of_order():
    ordered = _doc([5, 20, 49, 50, 70])
    assert [m.start for m in ordered.mentions_between(5, 50)] == [5, 20, 49]
    assert [m.start for m in ordered.mentions_in(ordered.sentences[0])] == [5, 20, 49]
    shuffled = _doc([70, 5, 50, 20, 49])
    assert [m.start for m in shuffled.mentions_between(5, 50)] == [5, 20, 49]


def test_words_reaching_a_round_are_found_as_by_the_plain_patterns():
    checked = 0
    for sentence in SENTENCES:
        for end in range(0, len(sentence), 5):
            start = max(0, end - 60)
            plain = bool(
                cues._AHEAD_BEFORE.search(sentence, start, end)
                or cues._STANDS_IN.search(sentence, start, end)
            )
            assert cues._ahead(sentence, start, end) == plain, (sentence, end)
            checked += plain
    assert checked > 20


def _plain_venue_name(text: str, start: int, end: int) -> bool:
    if venuenames._OWNER_BEFORE.search(text[max(0, start - 40) : start]):
        return True
    if venuenames._ROUND_OF_PLACE.search(text[max(0, start - 40) : start]):
        return True
    if venuenames._GROUND_WORD_BEFORE.search(text[max(0, start - 20) : start]):
        return True
    if venuenames._GROUND_THEN_PLACE.search(text[max(0, start - 40) : start]):
        return True
    wide = text[max(0, start - 40) : start]
    if wide[-1:].isspace() and town_after_ground(wide) and text[end : end + 1] not in "'’":
        return True
    before = text[max(0, start - 12) : start]
    if venuenames._PLACE_BEFORE.search(before) and " " not in text[start:end]:
        if venuenames._PLACE_AFTER.match(text, end):
            return True
    return bool(venuenames._GROUND_AFTER.match(text[end : end + 40]))


def test_venue_names_are_told_apart_as_by_the_plain_patterns():
    told = 0
    for sentence in SENTENCES:
        for m in re.finditer(r"[A-ZÄÖÜ][\w-]*(?: [A-ZÄÖÜ][\w-]*)?", sentence):
            got = venuenames.is_venue_name(sentence, m.start(), m.end())
            assert got == _plain_venue_name(sentence, m.start(), m.end()), sentence
            told += got
    assert told > 5


@pytest.mark.parametrize(
    ("pattern", "keys", "reach"),
    [
        (scorekinds._SHOOTOUT_BEFORE, scorekinds._SHOOTOUT_KEYS, 70),
        (scorekinds._AGG_BEFORE, scorekinds._AGG_KEYS, 40),
        (scorekinds._RUNNING_BEFORE, scorekinds._RUNNING_KEYS, 40),
        (scorekinds._LEADING, scorekinds._LEADING_KEYS, 200),
    ],
)
def test_score_context_words_are_found_as_by_the_plain_patterns(pattern, keys, reach):
    found = 0
    for sentence in SENTENCES:
        for end in range(0, len(sentence) + 1, 3):
            before = sentence[max(0, end - reach) : end]
            plain = pattern.search(before)
            got = scorekinds._gated(pattern, before, keys)
            assert (got and got.span()) == (plain and plain.span()), before
            found += plain is not None
    assert found > 0


def _texts() -> list[str]:
    return [
        path.read_text(encoding="utf-8", errors="replace")
        for folder in _FOLDERS
        for path in sorted(folder.rglob("*.txt"))
        if not path.name.isupper()
    ]


def test_described_teams_are_found_as_by_the_plain_patterns():
    plain_plural = re.compile(
        r"\b(?P<art>(?i:die|den|der|the))\s+(?P<word>"
        + "|".join(described._PLURAL_WORDS)
        + r")\b(?!\s+[A-ZÄÖÜ])(?![-'’])"
    )
    extra = " ".join(f"the {w} die {w}s der {w} x" for w in described._PLURAL_WORDS)
    coached = 0
    for text in [*_texts(), extra, "das Team von Trainer Hansi Flick", "Smith's side won"]:
        spans = [m.span() for m in plain_plural.finditer(text)]
        assert [m.span() for m in described._PLURAL.finditer(text)] == spans
        if described._COACHED_DE.search(text):
            assert described._COACHED_DE_GATE.search(text)
            coached += 1
        if described._COACHED_EN.search(text):
            assert described._COACHED_EN_GATE.search(text)
            coached += 1
    assert coached >= 2


def test_normalize_drops_accents_as_a_per_letter_loop_would():
    def plain(name: str) -> str:
        text = name.casefold().translate(str.maketrans({"ß": "ss", "ø": "o", "đ": "d"}))
        text = text.translate(str.maketrans({"ł": "l", "æ": "ae", "œ": "oe", "ı": "i"}))
        text = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
        return re.sub(r"[^0-9a-z]+", " ", text).strip()

    names = ["Atlético Madrid", "Yıldız", "FC Bayern München", "İstanbul Başakşehir", "Ⅻ ½ ẞ"]
    names.append("".join(chr(code) for code in range(0x80, 0x2400)))
    for name in names:
        assert normalize(name) == plain(name)
    assert normalize("Atlético") == "atletico"
    assert normalize("Yıldız") == "yildiz"


def test_words_of_finds_the_runs_of_letters():
    """language.words_of splits bytes instead of running `[a-zäöüß]+`: the same words."""
    odd = ["", "é", "aébc", "\x01ä\x02", "İstanbul".lower(), "straße-ßä", "a\ud800b", "ÄÖÜ".lower()]
    for text in [*odd, *SENTENCES]:
        low = text.lower()
        words = [word.decode("utf-8", "surrogatepass") for word in words_of(low)]
        for code, letter in enumerate("äöüß", 1):
            words = [word.replace(chr(code), letter) for word in words]
        assert words == re.findall("[a-zäöüß]+", low), text
