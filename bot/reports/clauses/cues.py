"""The words that move a clause to another match: legs, shoot-outs, history, denials."""

from __future__ import annotations

import re

from bot.reports.patterns.alternations import key_tree
from bot.reports.patterns.keyed import Keyed
from bot.reports.text.digits import holds_digit

# `[,;:]\s+` or `\s+` before a dash or conjunction, written to start with one character
# class so that the regex engine skips straight to the punctuation and spaces. A comma
# inside a list of ordinal minutes (`in the 12th, 40th and 71st`, `in der 12., 40. und
# 71. Minute`) ends no clause.
_SPLIT = re.compile(
    r"[,;:\s](?:(?<=[,;:])(?:(?<!\dst,)(?<!\dnd,)(?<!\drd,)(?<!\dth,)(?<!\d\.,)|"
    r"(?!\s+\d{1,3}(?:st|nd|rd|th|\.)[\s,]))\s+|"
    r"(?<=\s)\s*(?:[—–]\s+|-\s+|(?=(?:after|before|when|while|but|"
    r"as|nachdem|ehe|bevor|während|weil)\s)(?<!minutes\s)(?<!seconds\s)"
    r"(?!(?:after|before)\s+(?:half-?time|the\s+(?:break|interval|restart|end)|full[- ]time)\b)))"
)
_LEG1_PATTERN = re.compile(
    r"\b(?:first[- ]leg|opening leg|series opener|opener of the series|last week|"
    r"(?<!\bhis )(?<!\bher )(?:opening|first) (?:game|match)"
    r"(?! of the (?:season|tournament|group|campaign|competition))(?! (?:back|since)\b)|"
    r"(?:a|one) week (?:earlier|before)|seven days (?:earlier|before)|"
    r"eine Woche (?:zuvor|vorher|davor|früher)|"
    r"Hinspiel\w*(?!-(?:Niederlage|Pleite|Rückstand|Vorsprung|Führung))|vor einer Woche|"
    r"in der Vorwoche|"
    r"(?:im|das|dem) ersten (?:Duell|Spiel|Vergleich)"
    r"(?! de[rs] (?:Saison|Gruppe|Runde|Turniers))\b)",
    re.I,
)
_LEG2 = Keyed(re.compile(r"\b(?:second[- ]leg|return leg|Rückspiel\w*)", re.I), "leg|rückspiel")
_LEG1 = Keyed(
    _LEG1_PATTERN,
    "leg|opener|opening|first game|first match|week|days|hinspiel|woche|ersten",
    led=True,
)
_NOT_YET = (
    r"(?!\s+(?:looming|loomed|beckoning|beckoned|imminent|approaching|in prospect|drohte|"
    r"(?:seemed|looked|appeared|schien) (?:\w+ )?(?:inevitable|certain|likely|unavoidable|"
    r"unausweichlich|unvermeidlich|sicher)))"
)
"""`With a shootout looming, X headed in in the 119th minute`, `Als ein Elfmeterschießen
drohte`, `the looming shootout`: a shoot-out only threatened, before the goal that
spared it, moves no clause to the kicks."""
_SHOOTOUT = Keyed(
    re.compile(
        r"(?<!vor dem )(?<!before the )(?<!before a )(?<!bis zum )"
        r"(?<!looming )(?<!drohende )(?<!drohenden )(?<!drohendes )"
        r"(?:shoot-?out|spot[- ]kicks|on penalties|penalty-shot|Elfmeterschie(?:ß|ss)en|"
        r"\bi\.\s?E\.)" + _NOT_YET,
        re.I,
    ),
    "shoot|spot|penalt|elfmeterschie|i.",
)
_NEGATIVE_KEYS = {
    "en": "thought|believed|appeared to|seemed to|ruled out|disallowed|offside|chalked off|"
    "off the board|would have|could have|nearly|almost",
    "de": "glaubte|aberkannt|zurückgenommen|abseits|nicht gegeben|annulliert|beinahe|hätte|"
    "wäre|zählte",
}
_NEGATIVE = {
    "en": re.compile(
        r"\b(?:thought|believed|appeared to|seemed to|ruled out|disallowed|offside|"
        r"chalked off|off the board|would have|could have|(?:nearly|almost)\b(?!\s+(?:"
        r"before|immediate(?:ly)?|straight away|straightaway|straight after|directly after|"
        r"instantly|"
        r"at once|right away|on (?:half-time|the (?:hour|break|interval|stroke of))|identical|"
        r"the same|similar|a (?:carbon )?copy|a replica|a mirror image|exactly|certainly|"
        r"surely|perfect|unstoppable|unmarked|unchallenged|\d{1,3}(?:[,.]\d{3})+)))\b",
        re.I,
    ),
    "de": re.compile(
        r"\b(?:glaubte\w*|aberkannt\w*|zurückgenommen|Abseits\b|abseits\b|Abseitsstellung|"
        r"Abseitsposition|nicht gegeben|annulliert|beinahe(?!\s+(?:identisch|gleich|perfekt|"
        r"unhaltbar|ungedeckt|\d{1,3}\.\d{3}))|hätte|wäre|zählte\b[^.]{0,40}\bnicht)"
    ),
}
_NEGATIVE = {lang: Keyed(p, _NEGATIVE_KEYS[lang]) for lang, p in _NEGATIVE.items()}
_ADJECTIVAL = re.compile(
    r"^(?:-|\s+(?:international|midfielder|striker|forward|defender|winger|goalkeeper|keeper|"
    r"captain|coach|manager|star|player|teammate|Nationalspieler|Stürmer|Verteidiger|Torhüter|"
    r"Kapitän|Trainer|Profi)\b)"
)
_HISTORY = Keyed(
    re.compile(
        r"\b(?:last season(?!'s)|last year(?!'s)|a year ago|years ago|\w+ seasons ago|im Vorjahr|"
        r"(?:a|one|two|three) years? (?:later|earlier)|ein Jahr (?:später|zuvor)|"
        r"vergangene[nr]? (?:Saison|Jahr)|letzte[nr]? Saison|vor einem Jahr|vor \w+ Jahren|"
        r"last (?:year|season)(?:'s|’s) (?:final|semi-?finals?|quarter-?finals?|meeting|game|"
        r"match|tie|edition|clash)|Vorjahres\w*|letztjährigen)\b",
        re.I,
    ),
    "last season|last year|ago|vorjahr|vergangene|letzte|vor einem jahr|jahren|year later|"
    "years later|year earlier|years earlier|jahr später|jahr zuvor",
)
_AFTER_LEG1 = re.compile(
    r"^\s*(?:Nach dem|After the)\s+\d{1,2}[:-]\d{1,2}(?:\s+draw)?\s+"
    r"(?:im Hinspiel|in the first leg)(?:\s+(?:in|bei|at)\s+[A-ZÄÖÜ][\w-]+)?\s+(?=[a-zäöü])"
)
_OFFSIDE_ONLY = re.compile(r"abseits\w*|offside", re.I)
_STOOD = re.compile(
    r"\b(?:fiel|zählte (?:trotzdem|dennoch|aber)|wurde (?:trotzdem |dennoch )?gegeben|stood|"
    r"was allowed to stand|counted anyway)\b",
    re.I,
)


_CAME_FROM = re.compile(
    r"\b(?:Rückkehr|Wechsel|Leihe|gewechselt|gekommen|returned|return|moved|arrived|"
    r"signed|loan)\s+(?:\w+\s+)?(?:aus|von|vom|from)\s+(?:de[mnr]\s+)?$",
    re.I,
)
_FROM_CLUB_BEFORE = re.compile(r"\b(?:(?:der|die|den|dem|des)\s+)?(?:von|vom)\s+(?:de[mnr]\s+)?$")
_FROM_CLUB_AFTER = re.compile(
    r"\s+(?:\w+\s+)?(?:aus)?(?:geliehen|verpflichtet|gekommen|geholt|gewechselt|zurückgekehrt|"
    r"zurückgeholt|losgeeist|kam\b)"
)
"""`der von Chelsea ausgeliehene Ian Maatsen`, `Sané, der von Manchester City gekommen
war`, `Sancho, im Winter von Manchester United zurückgeholt`: the club a player came
from, not a side of the match told."""
_BACK_THEN = Keyed(
    re.compile(r"\b(?:damals|back then|in that (?:game|match)|in jenem Spiel)\b", re.I),
    "damals|back then|that game|that match|jenem",
)
_WEEKS_BACK = Keyed(
    re.compile(
        r"\b(?:vor (?:einer|zwei|drei|vier|fünf|sechs|\d) Wochen?|"
        r"(?:a|one|two|three|four|five|six|\d) weeks? (?:ago|earlier|before)|"
        r"(?:last|vergangene|letzte) (?:week|month|Woche|Monat))\b",
        re.I,
    ),
    "woche|week|month|monat",
)
"""`Vor drei Wochen hatte Stocker das Tor des Abends erzielt`: weeks back from the
dateline, so not the match of the story's day."""
_CLAUSE_CUES = (_LEG1, _LEG2, _HISTORY, _BACK_THEN, _WEEKS_BACK)
_CLAUSE_KEYS = tuple(dict.fromkeys(key for cue in _CLAUSE_CUES for key in cue.keys))
_ANY_CLAUSE_KEY = re.compile(key_tree(_CLAUSE_KEYS))
"""Where any of the 32 clause keys occurs: one prefix-tree search, cheaper than `in` per key."""
_YEAR = re.compile(r"\b((?:19|20)\d{2})\b")
_PAREN = re.compile(r"[()]")
# A digit first (the lookbehind after it) lets the regex engine skip to digits.
_RESULT = re.compile(r"\d(?<![\d.]\d)\d?\s?[:-]\s?\d{1,2}(?![\d.])")


def told_result(text: str) -> bool:
    """Whether `_RESULT` finds a score in `text`: a text without a digit (most clauses) is
    told by holds_digit's `in` tests, not by the search's digit test at every character."""
    return holds_digit(text) and _RESULT.search(text) is not None


_LEG_REFERENCE = re.compile(
    r"\b(?:nach dem|nach einem|after (?:the|a|their|its)|following (?:the|a|their|its))\s+"
    r"\d{1,2}\s?[:-]\s?\d{1,2}(?:-\w+)?\s+(?:\w+\s+){0,2}?(?:im Hinspiel|in the first leg)\b",
    re.I,
)
_STANDINGS = re.compile(
    r"\b(?:(?:finish|finished|stay|stayed|remain|remained|move|moved|go|went|climb|climbed|"
    r"points?|goals?)\s+(?:\w+\s+)?(?:ahead of|above|behind|level with|clear of)|"
    r"\b(?:hold|holds|held|holding|fend|fends|fended|fending)\s+off|"
    r"(?:Punkte?n?|Zählern?|bleibt|blieb|bleiben|liegt|lag|landete|steht|stand)\s+"
    r"(?:\w+\s+){0,2}(?:vor|hinter))\s+(?:the\s+|de[mn]\s+)?$",
    re.I,
)
_PLACE_PREPOSITIONS = frozenset(("in", "at", "im", "nach"))
_ORIGIN = re.compile(r"(?:\bfrom|\baus|\bformer|\bex-|\bformerly of|\behemalige[nr]?)\s*$", re.I)
