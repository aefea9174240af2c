"""minutephrases.EXTRA_TIME, written with a leading class for speed, matches where the
plain case-insensitive alternation does, with the same spans."""

import re

from bot.reports.clauses.minutephrases import EXTRA_TIME

_PLAIN = re.compile(r"Verlängerung|extra[- ]time|\bn\.\s?V\.|\ba\.?e\.?t\b", re.I)


def test_same_matches_as_the_plain_alternation():
    texts = [
        "Bayern gewann 2:1 n.V.",
        "2:1 n. V. und dann",
        "xn.V. is no cue",
        "won 3-2 a.e.t.",
        "won 3-2 (aet)",
        "AET and A.E.T and ae.t and a.et",
        "baet, naet, an.V.",
        "after EXTRA TIME, after extra-time and Extra Time",
        "VERLÄNGERUNG, Verlängerung, verlängerung",
        "n.\tV. and n.\nV. and n.  V.",
        "İn.V. ıa.e.t ſextra time",
        "nothing here at all",
        "",
    ]
    for text in texts:
        for pos in (0, 1, 3):
            want = [m.span() for m in _PLAIN.finditer(text, pos)]
            assert [m.span() for m in EXTRA_TIME.finditer(text, pos)] == want, text
