"""Alternations rewritten so that `re` scans them fast, finding exactly the same matches.

`re` tries every alternative of an alternation at every position, and a pattern that
opens with `\\b`, a lookbehind or a mixed group cannot be skipped ahead to a likely
first character. Split into pieces that each open with one character, grouped by that
character (in their order), a pattern is entered only at the letters it can start with:
`\\b(?:won|beat|win)` becomes `w(?:on(?<!\\wwon)|in(?<!\\wwin))|beat(?<!\\wbeat)`. Only
alternatives of one first character can match at one position, so the matches do not change.
The word boundary (or look-behind) that stood first is asked after the plain characters
that follow it, where it is the same test (they are of fixed width): `re` compares those
inline and looks behind only where they all stand, not at every such letter of a word.
"""

from __future__ import annotations

import re

from bot.competitions.scan import grouped_by_first as grouped
from bot.reports.patterns.syntax import class_end, group_end, top_level

_META = frozenset("\\.^$*+?{}[]|()")
_QUANTIFIERS = frozenset("?*+{")

_SHARE = dict(
    (word[0], int(word[1:]))
    for word in "e107 a65 n65 i58 t57 r51 s39 o37 h33 d32 l31 u22 m19 c19 g18 f15 p10 b10 "
    "w10 k7 v6 y6 z5".split()
)
"""Per mille of the characters of football reports that are this letter (others: 3)."""
_SKIPPED_ENOUGH = 110
"""A `\b`-led pattern is led by its first letters only where they make up at most this
share of a text: at a common letter, checking the word boundary after it costs more
than checking it first at every position (measured on the reports)."""

Piece = tuple[tuple[str, ...], str]
"""The assertions that stand before an alternative (`\\b`, lookbehinds) and its text."""


def spread(alternative: str, asserted: tuple[str, ...] = ()) -> list[Piece]:
    """The alternative as pieces that each begin with what they match first: leading
    `\\b`s and lookbehinds are set apart, and a leading non-capturing group's branches
    each take the rest of the alternative (tried in the same order)."""
    while True:
        if alternative.startswith("\\b"):
            asserted, alternative = (*asserted, "\\b"), alternative[2:]
        elif alternative.startswith(("(?<!", "(?<=")):
            end = group_end(alternative) + 1
            asserted, alternative = (*asserted, alternative[:end]), alternative[end:]
        else:
            break
    if alternative.startswith("(?:"):
        end = group_end(alternative)
        rest = alternative[end + 1 :]
        if rest[:1] not in _QUANTIFIERS and not _captures(rest):
            return [
                piece
                for branch in top_level(alternative[3:end])
                for piece in spread(branch + rest, asserted)
            ]
    return [(asserted, alternative)]


def _captures(text: str) -> bool:
    """Whether `text` holds a capturing group (which a copy would number anew) or a
    named reference: any group but the plain kinds counts."""
    escaped = False
    for index, char in enumerate(text):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == "(" and (
            text[index + 1 : index + 2] != "?" or text[index + 2 : index + 3] in "P<'"
        ):
            if not text.startswith(("(?<=", "(?<!"), index):
                return True
    return False


def firsts(text: str) -> list[tuple[str, str]] | None:
    """`text` as (first character, rest) choices, one per character it may begin with
    (a class of plain characters gives several), or None where it begins otherwise."""
    if not text:
        return None
    if text[0] == "\\" and len(text) > 1 and not text[1].isalnum():
        first, rest = text[1], text[2:]
    elif text[0] == "[" and text[1:2] not in ("^", "]"):
        end = class_end(text)
        chars = _class_chars(text[1:end])
        rest = text[end + 1 :]
        if chars is None or rest[:1] in _QUANTIFIERS:
            return None
        return [(char, rest) for char in chars]
    elif text[0] not in _META:
        first, rest = text[0], text[1:]
    else:
        return None
    return None if rest[:1] in _QUANTIFIERS else [(first, rest)]


def _class_chars(body: str) -> list[str] | None:
    """The characters a class holds, in order, or None if it holds ranges or sets."""
    chars, index = [], 0
    while index < len(body):
        char = body[index]
        if char == "\\":
            char = body[index + 1 : index + 2]
            if not char or char.isalnum():
                return None
            index += 1
        elif char == "-" and 0 < index < len(body) - 1:
            return None
        if char not in chars:
            chars.append(char)
        index += 1
    return chars


def after_first(asserted: tuple[str, ...], first: str) -> str:
    """The assertions that stood before `first` (the plain characters an alternative
    opens with), restated from just after it."""
    out = []
    for assertion in asserted:
        if assertion == "\\b":
            word = first[0].isalnum() or first[0] == "_"
            out.append(("(?<!\\w" if word else "(?<=\\w") + re.escape(first) + ")")
        else:
            out.append(assertion[:4] + "(?:" + assertion[4:-1] + ")" + re.escape(first) + ")")
    return "".join(out)


def literal_prefix(text: str) -> tuple[str, str]:
    """`text` split after its plain characters (each matching itself once: not a class,
    not repeated, not a group): the assertions that stood before the first character
    are restated after these, so `re` compares them before it looks behind, and looks
    behind only where they all stand (a look-behind of fixed width, since they are)."""
    at = 0
    while at < len(text):
        if text[at] == "\\" and at + 1 < len(text) and not text[at + 1].isalnum():
            end = at + 2
        elif text[at] not in _META:
            end = at + 1
        else:
            break
        if text[end : end + 1] in _QUANTIFIERS:
            break
        at = end
    return text[:at], text[at:]


def _unescaped(plain: str) -> str:
    """The characters a literal_prefix matches (its escapes undone)."""
    return re.sub(r"\\(.)", r"\1", plain, flags=re.S)


def lead(pattern: re.Pattern, always: bool = False) -> re.Pattern:
    """`pattern` rewritten to open with one character per alternative (see above), or
    `pattern` itself where that cannot be done exactly (re.I, where a cased first
    letter blocks the skip; verbose or ASCII-only text; an alternative that opens
    otherwise) or would not pay (all open with `\\b` and common letters; `always`
    overrides that guess for a pattern measured cheaper led all the same)."""
    if pattern.flags & (re.I | re.VERBOSE | re.ASCII):
        return pattern
    choices, word_led = [], True
    try:
        for asserted, text in (p for top in top_level(pattern.pattern) for p in spread(top)):
            options = firsts(text)
            if options is None:
                return pattern
            word_led = word_led and asserted[:1] == ("\\b",)
            for first, rest in options:
                plain, after = literal_prefix(rest)
                behind = after_first(asserted, first + _unescaped(plain))
                choices.append((first, plain + behind + after))
        share = sum(_SHARE.get(c, 3) for c in {c for c, _ in choices})
        if not always and word_led and share > _SKIPPED_ENOUGH:
            return pattern
        faster = re.compile(grouped(choices), pattern.flags)
    except (ValueError, re.error):
        return pattern
    if faster.groups != pattern.groups or faster.groupindex != pattern.groupindex:
        return pattern
    return faster


def regroup(alternatives: str, ignore_case: bool = True) -> str:
    """`alternatives` (a bare `a|b|c`, each beginning with a letter or with a group of
    plain words such as `(?:had|have) beaten`) as an alternation grouped by first
    letter (lower-cased where the pattern ignores case)."""
    choices = []
    for asserted, text in (p for top in top_level(alternatives) for p in spread(top)):
        if asserted or not text[:1].isalpha() or text[1:2] in _QUANTIFIERS:
            raise ValueError(f"{text!r} does not begin with a letter")
        choices.append((text[0], text[1:]))
    return grouped(choices, str.lower if ignore_case else None)


def regrouped(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """A `\\b(?:a|b|c)\\b` pattern with its alternatives regrouped (same flags)."""
    source = pattern.pattern
    if not (source.startswith("\\b(?:") and source.endswith(")\\b")):
        raise ValueError(f"{source[:30]!r} is not a \\b(?:...)\\b alternation")
    ignore_case = bool(pattern.flags & re.IGNORECASE)
    inner = regroup(source[5:-3], ignore_case)
    return re.compile("\\b(?:" + inner + ")\\b", pattern.flags)


def key_tree(keys: tuple[str, ...]) -> str:
    """A pattern matching somewhere exactly where any of `keys` occurs (callers read only
    whether it matched, not where). Each key is entered at its rarest character, the
    part before it checked by a look-behind: `re` then skips in C to the few characters
    that lead some key (`week` is found at its `k`) instead of trying the tree at nearly
    every letter. Keys entered at the same character and with the same part before it
    share a prefix tree of their rests. A key that holds another is dropped (the shorter
    one already occurs wherever it does)."""
    unique = sorted(set(keys))
    if "" in unique:
        return ""
    kept = [k for k in unique if not any(o != k and o in k for o in unique)]
    entries: dict[str, dict[str, list[str]]] = {}
    for key in kept:
        at = min(range(len(key)), key=lambda index: _rarity(key[index]))
        entries.setdefault(key[at], {}).setdefault(key[:at], []).append(key[at + 1 :])
    parts = []
    for char, befores in entries.items():
        alternatives = []
        for before, rests in befores.items():
            behind = f"(?<={re.escape(before + char)})" if before else ""
            tree = "" if "" in rests else _branches(sorted(rests), 0)
            alternatives.append(behind + (f"(?:{tree})" if len(top_level(tree)) > 1 else tree))
        body = "|".join(alternatives)
        parts.append(re.escape(char) + (f"(?:{body})" if len(alternatives) > 1 else body))
    return "|".join(parts)


def _rarity(char: str) -> int:
    """How common `char` is in reports, per mille (a space very, other non-letters
    somewhat): the key is entered at its least common character."""
    if char.isalpha():
        return _SHARE.get(char.lower(), 3)
    return 180 if char.isspace() else 20


def _branches(keys: list[str], depth: int) -> str:
    groups: dict[str, list[str]] = {}
    for key in keys:
        groups.setdefault(key[depth], []).append(key)
    parts = []
    for _, group in sorted(groups.items()):
        if len(group) == 1:
            parts.append(re.escape(group[0][depth:]))
            continue
        end = depth + 1
        while len({key[end] for key in group}) == 1:
            end += 1
        parts.append(re.escape(group[0][depth:end]) + "(?:" + _branches(group, end) + ")")
    return "|".join(parts)
