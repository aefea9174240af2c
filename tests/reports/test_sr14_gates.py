"""The speed changes of session 21's speed round (sr14) give the answers of the code they
replaced, on random strings built from the characters and words they test."""

from __future__ import annotations

import random
import re

from bot.reports.patterns import keyed
from bot.reports.patterns.keyed import Keyed
from bot.reports.text.digits import holds_digit
from bot.reports.text.document import Document, Sentence

_DIGIT = re.compile(r"\d")
_PIECES = [
    "a", "Tor", "goal", " ", "\n", "-", ":", "’", "–", "ä", "ß", "é", "ÿ", "²", "³", "¹", "½",
    "0", "1", "5", "9", "٣", "۷", "０", "९", "İ", "ı", "ſ", "\u0307", "K", "😀", "x2", "Ā",
]  # fmt: skip


def _text(rng: random.Random, most: int) -> str:
    return "".join(rng.choice(_PIECES) for _ in range(rng.randrange(most)))


def test_holds_digit_is_a_digit_search():
    rng = random.Random(14)
    for _ in range(300_000):
        text = _text(rng, 8)
        assert holds_digit(text) == (_DIGIT.search(text) is not None), text
    for code in range(0x3000):
        assert holds_digit(chr(code)) == (_DIGIT.search(chr(code)) is not None), hex(code)


def _old_may(cue: Keyed, text: str) -> bool:
    """Keyed.may as it was: the re.I folds told from the lower case after each miss."""
    if cue.cased:
        return any(key in text for key in cue.keys)
    low = text.lower()
    if any(key in low for key in cue.keys):
        return True
    return not low.isascii() and ("ı" in low or "ſ" in low or "\u0307" in low)


def _old_lower_exact(text: str) -> str | None:
    low = text.lower()
    if len(low) != len(text) or (not low.isascii() and ("ı" in low or "ſ" in low)):
        return None
    return low


def _old_holds(text: str, keys: tuple[str, ...]) -> bool:
    low = text.lower()
    if any(key in low for key in keys):
        return True
    return not low.isascii() and ("ı" in low or "ſ" in low or "\u0307" in low)


def test_keyed_folds_told_once_per_text():
    cues = [
        Keyed(re.compile(r"\btor\w*|\bgoal", re.I), "tor|goal"),
        Keyed(re.compile(r"\bTor\b"), "Tor", cased=True),
        Keyed(re.compile(r"k\w+", re.I), "k"),
    ]
    rng = random.Random(21)
    for _ in range(100_000):
        text = _text(rng, 7)
        for cue in cues:
            assert cue.may(text) == _old_may(cue, text), text
            found = cue.search(text)
            expected = cue.pattern.search(text) if _old_may(cue, text) else None
            assert (found and found.span()) == (expected and expected.span()), text
        assert keyed.lower_exact(text) == _old_lower_exact(text), text
        assert keyed.holds(text, ("tor", "goal")) == _old_holds(text, ("tor", "goal")), text


def test_sentence_index_is_list_index():
    rng = random.Random(7)
    for _ in range(3_000):
        sentences = []
        at = 0
        for _ in range(rng.randrange(1, 8)):
            size = rng.randrange(0, 3)
            sentences.append(Sentence(rng.choice(["a", "b", ""]), at, at + size))
            at += size
        doc = Document("", "en", None, sentences, [])
        asked = [*sentences, Sentence("a", 0, 1), Sentence("", 0, 0), Sentence("b", 2, 3)]
        for sentence in asked:
            try:
                expected = sentences.index(sentence)
            except ValueError:
                expected = None
            try:
                found = doc.index_of(sentence)
            except ValueError:
                found = None
            assert found == expected
            identical = next((i for i, s in enumerate(sentences) if s is sentence), None)
            assert doc.position(sentence) in (None, identical)
            earlier = sentences[:identical] if identical is not None else sentences
            if identical is not None and all(s.start != sentence.start for s in earlier):
                assert doc.position(sentence) == identical


def test_loop_gates_are_the_generators_they_replace():
    from bot.reports.clauses.cuekeys import _sliced_in_order
    from bot.reports.names.townclub import _shares
    from bot.reports.text.holdsany import holds_any, holds_same

    rng = random.Random(3)
    words = ["ab", "b", "", "ba", "aa", "c"]
    for _ in range(50_000):
        text = "".join(rng.choice("abc ") for _ in range(rng.randrange(6)))
        keys = [rng.choice(words) for _ in range(rng.randrange(4))]
        assert holds_any(text, keys) == any(key in text for key in keys)
        assert holds_any(set(keys), [text]) == any(t in set(keys) for t in [text])
        items = [object() for _ in range(rng.randrange(3))]
        item = rng.choice([*items, object()])
        assert holds_same(item, items) == any(x is item for x in items)
        found = [{"owners": {rng.choice("xyz")}} for _ in range(rng.randrange(3))]
        hits = [{rng.choice("xyz")} for _ in range(rng.randrange(3))]
        assert _shares(found, hits) == any(f["owners"] & o for f in found for o in hits)
        sentences, at = [], 0
        for _ in range(rng.randrange(4)):
            at += rng.randrange(-1, 3)
            size = rng.randrange(3)
            sentences.append(Sentence(rng.choice([text[at : at + size], "x"]), at, at + size))
            at += size
        ordered = all(a.end <= b.start for a, b in zip(sentences, sentences[1:], strict=False))
        sliced = not any(text[s.start : s.end] != s.text for s in sentences)
        assert _sliced_in_order(text, sentences) == (ordered and sliced)
