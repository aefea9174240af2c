"""Extra time of the main match told apart from its score (`the match went to extra
time`, `after a goalless extra period`, `Auch in der Verlängerung fiel kein Tor`): the
report's own match is the only one such a sentence can be about when it names no
other side, no other result and no other year."""

from __future__ import annotations

import re

from bot.reports.clauses.otherday import weekday_elsewhere
from bot.reports.matches import cues
from bot.reports.matches.backthen import told_back_then
from bot.reports.matches.doclower import lowered_text
from bot.reports.matches.reading import Reading
from bot.reports.patterns.keyed import Keyed
from bot.reports.patterns.spots import Folded
from bot.reports.text.document import Document
from bot.reports.text.holdsany import holds_any

_PLAYED = Keyed(
    re.compile(
        r"\b(?:(?:went|go|goes|going|gone|was taken|were taken|headed|sent (?:the \w+ )?)\s+"
        r"(?:in)?to extra[- ]time|forced extra[- ]time|needed extra[- ]time|"
        r"(?:goalless|scoreless) extra (?:time|period|half[- ]hour)|extra period|"
        r"(?:after|in|into|during|through) extra[- ]time|the additional 30 minutes|"
        r"(?:end|half|minute|stages?) of extra[- ]time|(?:ende|hälfte|minute) der verlängerung|"
        r"(?:ging|gingen|musste\w*|mussten) (?:\w+ )?in die verlängerung|"
        r"(?:nach|nach der|in der|auch in der) verlängerung|nach 120 minuten|n\.\s?v\.(?!\w))",
        re.IGNORECASE,
    ),
    "extra|additional 30|verlängerung|120 minuten|v.",
)
_UNREAL = re.compile(
    r"\b(?:would|could|might|almost|nearly|avoid\w*|spar\w*|prevent\w*|looked|seemed|"
    r"threaten\w*|loom\w*|expect\w*|brac\w+|prepar\w+|hätte\w*|wäre\w*|drohte\w*|"
    r"verhindert\w*|erspart\w*|rechnete\w*|eingestellt\w*|einstellte\w*|beinahe|fast|"
    r"not|never|without|nicht|ohne|\w+n't)\b",
    re.IGNORECASE,
)
_A_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_YEARS_APART = re.compile(
    r"\b(?:ein|zwei|drei|vier|fünf|\d+)\s+Jahre?\s+(?:später|zuvor|davor|früher)\b|"
    r"\b(?:a|one|two|three|four|five|\d+)\s+years?\s+(?:later|earlier|before|on)\b",
    re.IGNORECASE,
)
"""`Ein Jahr später ... in der Verlängerung den 2:1-Sieg erzielte`, `a year later`: a
game of another season, told against one before it."""


_NAMED_WORDS = ("extra", "additional 30", "verlängerung", "120 minuten", "overtime")
_NAMED_NV = re.compile(r"n\.\s?v")
r"""A word every extra-time phrase of this module and of mainextratime holds (lower case):
`extra|additional 30|verlängerung|120 minuten|n\.\s?v|overtime` as one search once,
now its literal words tested by `in` and only `n\.\s?v` by `re` (led by the literal
`n.`, which `re` skips to in C). Only whether any occurs is read, so the two are exact."""


def extra_time_named(doc: Document) -> bool:
    """Whether the report names extra time anywhere: most do not, and then no sentence
    needs asking. A text with `ı`, `ſ` or `İ` (which re.IGNORECASE folds onto i and s)
    counts."""
    named = doc.cache.get("matches.extra-time-named")
    if named is None:
        low = lowered_text(doc)
        named = holds_any(low, _NAMED_WORDS) or bool(_NAMED_NV.search(low))
        named = named or "İ" in doc.text
        named = named or (not low.isascii() and ("ı" in low or "ſ" in low))
        doc.cache["matches.extra-time-named"] = named
    return named


def extra_time_stated(doc: Document, main: Reading, readings: list[Reading]) -> bool:
    """A sentence saying extra time was played that can only be about the main match."""
    if not extra_time_named(doc):
        return False
    pair = set(main.teams() or ())
    for index, sentence in enumerate(doc.sentences):
        found = _PLAYED.search(sentence.text)
        if found is None or _UNREAL.search(sentence.text):
            continue
        if _A_YEAR.search(sentence.text) or cues.EARLIER.search(sentence.text):
            continue
        if ("ahr" in sentence.text or "year" in sentence.text) and _YEARS_APART.search(
            sentence.text
        ):
            continue
        if told_back_then(doc, index):  # `vor drei Jahren ... Damals ... in der Verlängerung`
            continue
        if _another_game(sentence.text, found, main, sentence.start):
            continue
        if weekday_elsewhere(doc, sentence.text, main):  # `am Mittwoch` before a replay
            continue
        named = {m.team for m in doc.mentions_in(sentence) if m.prep != "in"}
        others = [r for r in readings if r.sentence is sentence and r is not main]
        if named - pair or any(not _repeats(r, main) for r in others):
            continue
        if not named and _after_other_pair(doc, index, pair):
            continue
        return True
    return False


def _after_other_pair(doc: Document, index: int, pair: set) -> bool:
    """`Gareth Southgate's team trailed Switzerland ... Neither team scored in extra
    time.` in a round-up whose main match is another: a sentence naming no team is about
    the game the sentence before it told, when that named only teams outside the pair."""
    for sentence in reversed(doc.sentences[max(0, index - 2) : index]):
        named = {m.team for m in doc.mentions_in(sentence) if m.prep != "in"}
        if named:
            return not named & pair
    return False


EARLIER_GAME = re.compile(
    r"\b(?:last|previous|earlier|letzte\w*|vorige\w*|vergangene\w*)\s+(?:\w+\s+)?"
    r"(?:final|game|match|meeting|tie|encounter|finale|spiel|endspiel|duell|begegnung)\w*"
    r"\s+(?:[\w'’]+\s+){0,3}$",
    re.IGNORECASE,
)
"""`Their last final went to extra time`, `Das letzte Endspiel ging in die Verlängerung`."""
_CONTRAST = re.compile(r"\b(?:but|yet|however|aber|doch|jedoch)\b", re.IGNORECASE)


def _another_game(text: str, found: re.Match, main: Reading, start: int) -> bool:
    """`Their last final went to extra time, but on Wednesday ... 2-1`: an earlier game,
    or one set against the main score by `but`, had the extra time."""
    if EARLIER_GAME.search(text, max(0, found.start() - 40), found.start()):
        return True
    at = main.hit.start - start
    if not 0 <= at < len(text):
        return False
    lo, hi = sorted((found.end(), at))
    return _CONTRAST.search(text, lo, hi) is not None


def _repeats(r: Reading, main: Reading) -> bool:
    """`They lost the second leg 2-1 after extra time`: another result of the same
    pair in the sentence (another leg) owns the extra time; a repeat of the main score
    or a shoot-out (`4-2 in a penalty shootout after ... extra time`) leaves it to the
    main match."""
    if "shootout-only" in r.notes:
        return True
    if r.leg and main.leg and r.leg != main.leg:
        return False
    return {r.p: r.p_goals, r.o: r.o_goals} == {main.p: main.p_goals, main.o: main.o_goals}


_ANOTHER_TIME = Folded(
    re.compile(
        r"\b(?:(?:19|20)\d\d|last(?! (?:week|weekend|night)\b)|letzte[nms]?|vergangene[nms]?|"
        r"(?<!days )(?<!day )(?<!weeks )(?<!week )(?<!Tage )(?<!Tag )(?<!Wochen )(?<!Woche )"
        r"(?:ago|zuvor|earlier)|damals|previous|vorigen?)\b",
        re.I,
    ),
    led=True,
)
"""`Last December the same two teams met in the final ... Seattle won the shootout`,
`the shootout that decided the final in 2022`: a shoot-out of another meeting; not `the
1-0 defeat they suffered in Rosario a week earlier`, the other leg of the same tie."""


def shootout_told(doc: Document, main: Reading) -> bool:
    """`so the title came down to spot kicks, and the Mexican club ... won the shootout`:
    a shoot-out told in a sentence naming a side of the main pair and no other followed the main
    match, so whether extra time came first depends on rules the text leaves unsaid."""
    pair = set(main.teams() or ())
    # A sentence's key words are in the whole text too (Keyed.may): most texts hold none.
    for sentence in doc.sentences if cues.PENALTIES.may(doc.text) else ():
        if not cues.PENALTIES.search(sentence.text) or _ANOTHER_TIME.search(sentence.text):
            continue
        named = {m.team for m in doc.mentions_in(sentence)}
        if named and named <= pair:
            return True
    return False


_NO_EXTRA_TIME = re.compile(
    r"\b(?:(?:eine|keine) Verlängerung gibt es (?:[\wäöü]+ ){0,4}?(?:nicht|keine)|"
    r"(?:ohne|keine) Verlängerung|direkt (?:ins|zum) Elfmeterschießen|"
    r"(?:went|go|goes|going) straight to (?:a )?(?:penalties|penalty shoot-?out|shoot-?out)|"
    r"(?:there is|there's|with) no extra[- ]time)\b",
    re.IGNORECASE,
)


def extra_time_denied(doc: Document, main: Reading) -> bool:
    """`Nach 90 Minuten hatte es 1:1 gestanden, eine Verlängerung gibt es in diesem
    Wettbewerb nicht`, `went straight to penalties`: a sentence telling the main match's
    score (or the main sentence) says no extra time was played."""
    low = lowered_text(doc)
    if not any(key in low for key in ("verlängerung", "elfmeterschießen", "straight to", "extra")):
        return False
    if main.p_goals != main.o_goals:
        return False  # only a level match can go to extra time or not
    level = [main.p_goals, main.o_goals]
    for sentence in doc.sentences:
        if not _NO_EXTRA_TIME.search(sentence.text):
            continue
        told = [sorted(map(int, m.groups())) for m in _SCORE.finditer(sentence.text)]
        if sentence is main.sentence or level in told:
            return True
    return False


_SCORE = re.compile(r"\b(\d{1,2})\s?[:–-]\s?(\d{1,2})\b")
