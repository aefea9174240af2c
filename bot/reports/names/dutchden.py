"""Dutch `den` inside a name in German text (`Piet den Boer`), split from players.py."""

from __future__ import annotations


def named_den(text, words, j, run) -> bool:
    """`, Piet den Boer erzielte das Tor`: a clause's first word, `den` and a capitalised
    word before a lowercase one is one name (a German main clause puts its verb second, so
    `den` there is no article of an object; `weil Bayern den BVB schlug` opens on `weil`)."""
    if words[j][2] != "den" or len(run) != 1 or j + 2 >= len(words):
        return False
    before = text[: run[0][0]].rstrip()
    if before and before[-1] not in ",.:;!?\n":
        return False
    after = words[j + 1][2]
    return after[0].isupper() and not after.isupper() and words[j + 2][2][0].islower()
