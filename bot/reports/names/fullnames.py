"""Whether a surname stands somewhere after a first name (`Filip Kostic`): the matches of
`\\b([A-ZÄÖÜ][\\w'’-]+) NAME\\b` (re.finditer), found without compiling a pattern per name.

Exact, step by step as `re` goes: a match's first word is a run of `[\\w'’-]` with no
space, so it ends right where its ` NAME` starts (backtracking into the run can put no
space there); the match for the earliest ` NAME` that has one comes first, at the
leftmost start in that run (a capital with no word character before it, one more run
character after it) not before where the last match ended; the next search goes on from
the end of that match. `\\w` is `str.isalnum()` or `_`, as `re` has it for text."""

from __future__ import annotations


def _word(char: str) -> bool:
    return char.isalnum() or char == "_"


def _in_run(char: str) -> bool:
    return char.isalnum() or char in "_'’-"


def _capital(char: str) -> bool:
    return "A" <= char <= "Z" or char in "ÄÖÜ"


def first_names(text: str, name: str):
    """The first words (group 1) of the matches, in order."""
    needle = " " + name
    size = len(text)
    pos = 0
    at = text.find(needle)
    while at != -1:
        end = at + len(needle)
        before = _word(text[end - 1])
        after = end < size and _word(text[end])
        start = None
        if before != after:
            low = at
            while low > pos and _in_run(text[low - 1]):
                low -= 1
            for s in range(low, at - 1):
                if _capital(text[s]) and (s == 0 or not _word(text[s - 1])):
                    start = s
                    break
        if start is None:
            at = text.find(needle, at + 1)
            continue
        yield text[start:at]
        pos = end
        at = text.find(needle, end)
