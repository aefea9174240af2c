"""The prose and list forms of a time ("the 23rd minute", "(45+2')", "zwei Minuten vor
Schluss") as patterns, each with the words it cannot match without."""

from __future__ import annotations

import re

from bot.reports.clauses import late_minutes as late
from bot.reports.clauses import minutelists as lists
from bot.reports.clauses.minutestretches import Gate
from bot.reports.patterns.keyed import lower_exact
from bot.reports.patterns.spots import Folded, starting_with, within_runs

_WORD = r"[A-Za-zäöüß]++(?:-[a-zäöüß]++)?+"
"""A word, possessive: what follows it in every pattern is a space, which no letter or
hyphen of it could give back, so no match changes and no word is tried again shorter."""
_NUM = r"\d{1,3}"
_PAREN_ITEM = r"\d{1,3}(?:\.|['’]|(?:st|nd|rd|th)(?:\s+minute)?)?(?:\s*\+\s*\d{1,2}\.?['’]?)?"
PAREN = re.compile(
    r"\((?P<list>" + _PAREN_ITEM + r"(?:\s*(?:,|und|and|/)\s*" + _PAREN_ITEM + r")*)"
    r"(?:\s*,\s*(?P<note>[^()\d][^()]{0,40}))?\)"
)
BEFORE_BREAK = re.compile(
    r"\b(?P<n>\d{1,2}|" + _WORD + r")\s+(?:minutes?\s+(?:before|from)\s+(?:half-?time|the\s+"
    r"(?:break|interval|half-time|halftime))|Minuten?\s+vor\s+(?:der\s+Pause|dem\s+"
    r"Pausenpfiff|der\s+Halbzeit))\b",
    re.I,
)
AFTER_BREAK = re.compile(
    r"\b(?P<n>\d{1,2}|" + _WORD + r")\s+(?:minutes?\s+(?:after|into)\s+(?:half-?time|the\s+"
    r"(?:break|interval|restart|half-time|halftime|second\s+half))|Minuten?\s+nach\s+(?:der\s+"
    r"Pause|dem\s+Seitenwechsel|Wiederanpfiff))\b",
    re.I,
)
BEFORE_END = re.compile(
    r"\bwith\s+(?P<n>\d{1,2}|" + _WORD + r")\s+minutes?\s+(?:of\s+(?:normal|regular|regulation)\s+"
    r"time\s+)?(?:left|remaining|to\s+go|to\s+play)"
    r"\b(?!\s+(?:of|in)\s+(?:extra|the\s+first))|\b(?P<k>\d{1,2}|" + _WORD + r")\s+minutes?\s+"
    r"(?:from|before)\s+(?:time|full[- ]time|the\s+(?:end|final\s+whistle))\b"
    r"(?:\s+of\s+(?:normal|regular|regulation)\s+time\b)?"
    r"(?!\s+of\s+(?:the\s+first|extra|the\s+extra))|\b(?P<m>\d{1,2}|"
    + _WORD
    + r")\s+Minuten?\s+vor\s+"
    r"(?:Schluss|dem\s+Ende|Spielende|dem\s+Abpfiff)\b"
    r"(?:\s+der\s+(?:regulären|normalen)\s+Spielzeit\b)?(?!\s+der\s+(?:Verlängerung|ersten))",
    re.I,
)
HOUR_BEFORE_END = Folded(
    re.compile(
        r"\b(?:(?P<q>eine Viertelstunde|a quarter of an hour)|eine halbe Stunde|half an hour)\s+"
        r"(?:vor\s+(?:Schluss|dem\s+Ende|Spielende|dem\s+Abpfiff)|(?:from|before)\s+"
        r"(?:time|full[- ]time|the\s+(?:end|final\s+whistle))|(?<=\bwith a quarter of an hour )"
        r"(?:left|remaining|to\s+go|to\s+play)|(?<=\bwith half an hour )(?:left|remaining|"
        r"to\s+go|to\s+play))\b"
        r"(?!\s+(?:der\s+(?:Verlängerung|ersten)|of\s+(?:the\s+first|extra|the\s+extra)))",
        re.I,
    )
)
"""`Eine Viertelstunde vor dem Ende`, `half an hour from time`, `with a quarter of an hour
left`: 75 and 60, as BEFORE_END."""
HOUR_KEYS = ("iertelstunde", "halbe Stunde", "quarter of an hour", "half an hour")
EXTRA_TIME = re.compile(
    r"[VvEeNnAa](?:(?<=[Vv])(?i:erlängerung)|(?<=[Ee])(?i:xtra[- ]time)|"
    r"(?<=[Nn])(?<!\w.)\.\s?[Vv]\.|(?<=[Aa])(?<!\w.)\.?[Ee]\.?[Tt]\b)"
)
r"""`Verlängerung|extra[- ]time|\bn\.\s?V\.|\ba\.?e\.?t\b` with re.I, the same matches: the
alternatives' first letters (which re.I folds onto no other letter) as one leading class,
which lets `re` skip to them in the long texts it is searched in (twice as fast), and
`(?<!\w.)` after the letter for the `\b` before it."""
FROM_ON = re.compile(r"\s+an\b")
GOALS_LINE = re.compile(r"^[ \t]*(?:Goals?|Scorers?|Tore|Torschützen)[ \t]*:[^\n]*", re.M | re.I)
LINE_ITEM = re.compile(
    r"(?<=[^\W\d_)] |\) )(\d{1,3})(?:st|nd|rd|th)?(?: minute)?\b(?![:+\-'’]|\.\d)"
)
PAREN_ONE = re.compile(r"(\d{1,3})(\.|['’])?(?:\s*\+\s*(\d{1,2}))?")
STOPPAGE_EN = re.compile(
    r"\b(?:the\s+)?(?P<n>\d{1,2}(?:st|nd|rd|th)|" + _WORD + r")\s+minute\s+of\s+"
    r"(?P<half>first[- ]half\s+)?(?:stoppage|injury|added)[- ]time",
    re.I,
)
EXTRA_EN = re.compile(
    r"\bthe\s+(?P<n>\d{1,3}(?:st|nd|rd|th)|" + _WORD + r")\s+minute\s+of\s+"
    r"(?P<second>the\s+second\s+(?:half|period)\s+of\s+)?extra[- ]time",
    re.I,
)
MINUTE_EN = re.compile(
    r"\bthe\s+(?P<n>\d{1,3}(?:st|nd|rd|th)|" + _WORD + r")\s+minute\b"
    r"(?!\s+of\s+(?:first[- ]half\s+|the\s+second\s+\w+\s+of\s+)?(?:stoppage|injury|added|extra))",
    re.I,
)
ORDINAL_EN = re.compile(
    r"the(?<!\wthe)\s+(?P<n>\d{1,3})(?:st|nd|rd|th)\b(?!\s+minute)"
    r"(?=\s*(?:[,.;:—–)]|\s-\s|$)|\s+(?:while|and|but|after|before|to|as|with|when|for|on|off|"
    r"that|which|in|from|through|—|–|was|were|had|gave|made|put|sent|came|went|proved|sealed|"
    r"won|left|"
    r"[a-z]+ed)\b)"
)
ORDINAL_PRONOUN_EN = re.compile(
    r"in (?P<at>the\s+(?P<n>\d{1,3})(?:st|nd|rd|th))(?=\s+(?:he|she)\s+[a-z]+ed\b)"
)
"""`in the 14th minute she was first to a cross, in the 19th she turned in another`: an
ordinal after `in the`, then a pronoun and its verb in the past, is a minute (the pattern
opens on its literal `in `; the minute is the span from `the`)."""
WORD_ORDINAL_EN = re.compile(
    r"\b(?:scored|struck|replied|responded|answered|levell?ed|equali[sz]ed|netted|hit back)\s+in\s+"
    r"(?P<n>the\s+(?!first\b|second\b)[a-z]+(?:-[a-z]+)?(?:st|nd|rd|th))\b(?!-)"
    r"(?=\s*(?:[,.;:—–)]|\s-\s|$)|\s+(?:while|and|but|after|before|as|with|when|from|"
    r"through|to)\b)"
)
"""`Son levelled in the seventh, his shot squeezing under Ederson`: a worded ordinal minute
with its noun left out, only after a verb that takes no object (`turned in the third` is
the third goal), and not `first` or `second` (the halves)."""
_ORDINAL_VERBS = (
    "scored", "struck", "replied", "responded", "answered", "level", "equali", "netted", "hit back"
)  # fmt: skip
"""What each match of WORD_ORDINAL_EN begins with (it ignores no case)."""


def word_ordinals(text: str):
    """WORD_ORDINAL_EN.finditer(text), tried only where one of its verbs begins."""
    return starting_with(WORD_ORDINAL_EN, text, _ORDINAL_VERBS)


PLUS = re.compile(r"(?<![\d:.,])(?P<b>45|90|105|120)\.?\s*\+\s*(?P<a>\d{1,2})\b\.?['’]?")
ADJECTIVE = re.compile(
    r"\b(?:(?P<n>\d{1,3})(?:st|nd|rd|th)|(?P<w>[A-Za-z]+(?:-[a-z]+)?(?:st|nd|rd|th)))-minute\b"
)
APOSTROPHE = re.compile(r"(?<![\d.,:\w])(?P<n>\d{1,3})['’](?![\ds])")
RELATIVE = re.compile(
    r"\b(?P<n>\d{1,2}|" + _WORD + r")\s+(?:minutes?\s+later|minutes?\s+after\s+that|"
    r"Minuten?\s+später|Minuten?\s+danach)\b",
    re.I,
)
LASTED = re.compile(
    r"\b(?:lead|advantage|joy|parity|Führung|Vorsprung|Freude|Gleichstand|(?-i:It))\s+"
    r"(?:only\s+)?"
    r"(?:lasted|survived|held|hielt|währte|dauerte|überdauerte)\s+(?:only\s+|just\s+|barely\s+|"
    r"for\s+|nur\s+|gerade\s+(?:ein)?mal\s+|ganze\s+|knapp\s+)?(?:for\s+)?"
    r"(?P<n>\d{1,2}|" + _WORD + r")\s+(?:minutes?|Minuten?)\b",
    re.I,
)
"""`The lead lasted two minutes. X equalised`, `It lasted six minutes. X curled ...`: the
next goal that many minutes after the last."""
SECONDS = re.compile(  # `after 27 seconds`, `nach wenigen Sekunden`, `30 seconds into the game`
    r"\b(?:after|nach|needed|took|required|inside|within|brauchten?|benötigten?|binnen|innerhalb\s+von)\s+"
    r"(?:only\s+|just\s+|barely\s+|nur\s+|gerade\s+(?:ein)?mal\s+)?(?:(?P<f>wenigen|ein\s+paar|a\s+few|few)|(?P<n>\d{1,2}|"
    + _WORD
    + r"))\s+(?:seconds|Sekunden)\b|"
    r"\b(?P<m>\d{1,2}|" + _WORD + r")\s+seconds\s+(?:into|in)\s+(?:the\s+)?"
    r"(?:game|match|final|contest|derby|tie|first\s+half|opening\s+half)\b",
    re.I,
)
_SECONDS_KEYS = ("seconds", "sekunden")
"""One of these is in each match of SECONDS, lower-cased; the rest of a match is word
characters, spaces and hyphens (see spots.within_runs)."""


def seconds(text: str):
    """SECONDS.finditer(text), searched only in the runs of words holding a key (the
    whole text where lower() and re.I fold letters apart)."""
    low = lower_exact(text)
    if low is None:
        return SECONDS.finditer(text)
    return within_runs(SECONDS, text, low, _SECONDS_KEYS)


ELAPSED = re.compile(
    r"\b(?:needed|took|required|after|on)\s+(?:only\s+|just\s+|barely\s+)?(?P<n>\d{1,3}|"
    + _WORD
    + r")\s+minutes\b|\bnach\s+(?:nur\s+|gerade\s+einmal\s+|gerade\s+mal\s+)?"
    r"(?P<m>\d{1,3}|" + _WORD + r")\s+(?:gespielten\s+)?Minuten\b",
    re.I,
)
MINUTE_DE = re.compile(
    r"(?P<pre>\b(?:bis\s+zur|ab\s+der|seit\s+der|in\s+der|der|die))\s+(?P<n>\d{1,3}\.|[a-zäöüß]+)\s*"
    r"(?:\+\s*(?P<a>\d{1,2})\.?\s*)?(?:Spielm|M)inute\b(?P<stoppage>\s+der\s+Nachspielzeit)?",
)
STOPPAGE_MARK = re.compile(
    r"\b(?:in|into)\s+(?:stoppage|injury|added)[- ]time\b|\bNachspielzeit\b", re.I
)
NOT_UNTIL = re.compile(
    r"\b(?:not|n't|never)\s+(?:\w+\s+)?(?:come|arrive|fall|happen|break through)\s+"
    r"until\s+$",
    re.I,
)
"""`the second goal would not come until the 65th minute`: the goal's time, no range."""
RANGE_BEFORE = re.compile(
    r"(?:\bfrom|\bsince|\buntil|\bbis\s+zur|\bab\s+der|\bseit\s+der|\bbis\s+zur)\s*$", re.I
)


# One word of each group is in every match (see Gate); fold=True adds the lower-cased
# pattern as a second test where that pays.
GATES = {
    STOPPAGE_EN: Gate(STOPPAGE_EN, "stoppage|injury|added", fold=True),
    EXTRA_EN: Gate(EXTRA_EN, "extra", fold=True),
    MINUTE_EN: Gate(MINUTE_EN, "the ", fold=True),
    MINUTE_DE: Gate(MINUTE_DE, "zur |der |die "),
    ADJECTIVE: Gate(ADJECTIVE, "-minute"),
    RELATIVE: Gate(RELATIVE, "later|after that|später|danach", fold=True),
    LASTED: Gate(LASTED, "lasted|survived|held|hielt|währte|dauerte|überdauerte", fold=True),
    lists.AND_ORDINAL: Gate(lists.AND_ORDINAL, "minute", "and |or ", fold=True),
    lists.FIRST_OF_PAIR_DE: Gate(lists.FIRST_OF_PAIR_DE, "in der", "und |sowie "),
    lists.ELLIPTIC_DE: Gate(lists.ELLIPTIC_DE, "in der"),
    lists.MIDDLE_OF_LIST_DE: Gate(lists.MIDDLE_OF_LIST_DE, "und |sowie "),
    lists.MIDDLE_OF_LIST_EN: Gate(lists.MIDDLE_OF_LIST_EN, "and "),
    lists.SECOND_OF_PAIR_DE: Gate(lists.SECOND_OF_PAIR_DE, "und |sowie "),
    BEFORE_BREAK: Gate(BEFORE_BREAK, "half|break|interval|pause|halbzeit", fold=True),
    AFTER_BREAK: Gate(
        AFTER_BREAK,
        "half|break|interval|restart|pause|seitenwechsel|wiederanpfiff",
        fold=True,
    ),
    BEFORE_END: Gate(
        BEFORE_END,
        "left|remaining|to go|to play|time|end|whistle|schluss|abpfiff",
        fold=True,
    ),
    ELAPSED: Gate(
        ELAPSED, "minutes|minuten", "needed |took |required |after |on |nach ", fold=True
    ),
    late.INTO_STOPPAGE_EN: Gate(late.INTO_STOPPAGE_EN, "into ", "stoppage|injury|added"),
    late.EXTRA_LEFT: Gate(late.EXTRA_LEFT, "extra|verlängerung"),
    late.IDIOM: Gate(late.IDIOM, "minutes in|in minute|in der minute"),
}


def digit_quote(text: str) -> bool:
    """Whether a quote mark follows a digit (`23'`): str.find beats a regex here, whose
    scan for a class holding `’` goes character by character."""
    for quote in ("'", "’"):
        at = text.find(quote, 1)
        while at != -1:
            if text[at - 1].isdecimal():
                return True
            at = text.find(quote, at + 1)
    return False


_LINE_HEADS = ("goal", "goals", "scorer", "scorers", "tore", "torschützen")


def may_list_goals(text: str) -> bool:
    """Whether some colon follows a word GOALS_LINE opens with ("Tore:"), so the text may
    hold such a line; far cheaper than the multi-line search over the whole text."""
    at = text.find(":")
    while at != -1:
        end = at
        while end and text[end - 1] in " \t":
            end -= 1
        head = text[max(0, end - 11) : end]
        if "ſ" in head or head.lower().endswith(_LINE_HEADS):
            return True
        at = text.find(":", at + 1)
    return False
