"""Minutes as reports write them; number words go through text2num, not a hand list."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from bot.reports.clauses import minutelists as lists
from bot.reports.clauses import minutephrases as ph
from bot.reports.clauses.blogheads import BLOG_HEAD, may_head
from bot.reports.clauses.elidedminutes import elided_minutes
from bot.reports.clauses.hourmarks import hour_marks
from bot.reports.clauses.late_minutes import late_times, stoppage_base, stoppage_base_de
from bot.reports.clauses.minutestretches import Stretches
from bot.reports.clauses.parencount import goal_count
from bot.reports.text.holdsany import holds_any
from bot.reports.text.numberwords import number

STOPPAGE_BASES = (45, 90, 105, 120)
LEAD = "lead lasted"
"""The note of a relative time counted from the goal that gave the lead (`The lead lasted
two minutes`), which may lie a few sentences back in the same paragraph."""


@dataclass(frozen=True)
class Minute:
    """One time statement; `relative` is an offset from the previous goal."""

    start: int
    end: int
    minute: int | None
    added: int | None = None
    relative: int | None = None
    note: str = ""
    paren: bool = False
    from_end: bool = False
    rough: bool = False
    open_period: bool = False
    """Stoppage time told without its period (`in the first minute of added time`)."""


_RATING = re.compile(r"\([1-6],[05]\)")
"""A German mark with its decimal comma and no space (`(2,5)`, `(1,0)`): a list of two
minutes is written `(2., 5.)` or `(2, 5)`, and a match hardly holds goals in the 2nd
and 5th minute told so."""


def find_minutes(text: str, lang: str) -> list[Minute]:
    """Every time statement in `text`, in order, overlapping finds removed."""
    found: list[Minute] = []
    for match in ph.PAREN.finditer(text):
        if _RATING.fullmatch(match.group()):
            continue  # `Ribéry (2,5) - lange unauffällig`: a player's mark, no minutes
        note = (match.group("note") or "").strip()
        for item in ph.PAREN_ONE.finditer(match.group("list")):
            base, added = int(item.group(1)), item.group(3)
            if lang == "de" and goal_count(text, match, item):
                continue
            if 0 < base <= 130:
                found.append(
                    Minute(match.start(), match.end(), base, _int(added), note=note, paren=True)
                )
    english, german = lang != "de", lang != "en"
    segments = Stretches(text)
    for match in _each(ph.STOPPAGE_EN, text, segments) if english else ():
        added = number(match.group("n"), "en")
        if added is not None and 0 < added < 20:
            late = None if match.group("half") else stoppage_base(text, match.end())
            base = 45 if match.group("half") else late or 90
            found.append(Minute(match.start(), match.end(), base, added, open_period=base == 90))
    found.extend(
        Minute(*late) for late in late_times(text, lang, lambda p: _each(p, text, segments), number)
    )
    for match in _each(ph.EXTRA_EN, text, segments) if english else ():
        value = number(match.group("n"), "en")
        if value is not None and 0 < value <= 15:
            base = 105 if match.group("second") else 90
            found.append(Minute(match.start(), match.end(), base + value))
        elif value is not None and 90 < value <= 130:
            found.append(Minute(match.start(), match.end(), value))
    for match in _each(ph.MINUTE_EN, text, segments) if english else ():
        word = match.group("n")
        _add_plain(found, text, match, 1 if word.lower() == "opening" else number(word, "en"))
    for match in ph.ORDINAL_EN.finditer(text) if english else ():
        _add_plain(found, text, match, int(match.group("n")))
    pronoun = english and "in the " in text and (" she " in text or " he " in text)
    for match in ph.ORDINAL_PRONOUN_EN.finditer(text) if pronoun else ():
        if match.start() == 0 or not text[match.start() - 1].isalnum():
            found.append(Minute(match.start("at"), match.end(), int(match.group("n"))))
    for match in ph.word_ordinals(text) if english and " in the " in text else ():
        value = number(match.group("n").split()[-1], "en")
        if value is not None and value > 2:
            found.append(Minute(match.start("n"), match.end("n"), value))
    for match in _each(ph.MINUTE_DE, text, segments) if german else ():
        if match.group("pre").split()[0] in ("bis", "ab", "seit") or ph.FROM_ON.match(
            text, match.end()
        ):
            continue
        value = number(match.group("n").rstrip("."), "de")
        if value is None:
            continue
        if match.group("stoppage") and value < 20:
            base = stoppage_base_de(text, match.end())
            found.append(Minute(match.start(), match.end(), base, value, open_period=base == 90))
        elif not match.group("stoppage"):
            found.append(Minute(match.start(), match.end(), value, _int(match.group("a"))))
    if german:
        found.extend(Minute(start, end, value) for start, end, value in elided_minutes(text))
    for match in _plus_times(text):
        found.append(
            Minute(match.start(), match.end(), int(match.group("b")), int(match.group("a")))
        )
    for match in _each(ph.ADJECTIVE, text, segments) if english else ():
        value = int(match.group("n")) if match.group("n") else number(match.group("w"), "en")
        if value is not None and 0 < value <= 120:
            _add_plain(found, text, match, value)
    for match in ph.APOSTROPHE.finditer(text) if ph.digit_quote(text) else ():
        _add_plain(found, text, match, int(match.group("n")))
    for match in _each(ph.LASTED, text, segments):
        offset = number(match.group("n"), lang)
        if offset is not None and 0 < offset < 30:
            found.append(Minute(match.start(), match.end(), None, relative=offset, note=LEAD))
    for match in _each(ph.RELATIVE, text, segments):
        offset = number(match.group("n"), lang)
        if offset is not None and 0 < offset < 30:
            found.append(Minute(match.start(), match.end(), None, relative=offset))
    for match in _each(lists.AND_ORDINAL, text, segments) if english else ():
        _add_plain(found, text, match, int(match.group("n")))
    for match in _each(lists.FIRST_OF_PAIR_DE, text, segments) if german else ():
        _add_plain(found, text, match, int(match.group("n")))
    for match in _each(lists.ELLIPTIC_DE, text, segments) if german else ():
        _add_plain(found, text, match, int(match.group("n")))
    for match in _each(lists.MIDDLE_OF_LIST_DE, text, segments) if german else ():
        _add_plain(found, text, match, int(match.group("n")))
    for match in _each(lists.MIDDLE_OF_LIST_EN, text, segments) if english else ():
        _add_plain(found, text, match, int(match.group("n")))
    for match in _each(lists.SECOND_OF_PAIR_DE, text, segments) if german else ():
        _add_plain(found, text, match, int(match.group("n")))
    for match in lists.ordinal_names_en(text) if english and "n the " in text else ():
        _add_plain(found, text, match, int(match.group("n")))
    for match in _each(ph.BEFORE_BREAK, text, segments):
        offset = number(match.group("n"), lang)
        if offset is not None and 0 < offset < 15:
            found.append(Minute(match.start(), match.end(), 45 - offset))
    for match in _each(ph.AFTER_BREAK, text, segments):
        offset = number(match.group("n"), lang)
        if offset is not None and 0 < offset < 45:
            found.append(Minute(match.start(), match.end(), 45 + offset))
    before_end = list(_each(ph.BEFORE_END, text, segments))
    unsure = bool(before_end) and bool(ph.EXTRA_TIME.search(text))
    for match in before_end:
        offset = number(match.group("n") or match.group("k") or match.group("m"), lang)
        if offset is not None and 0 < offset < 45:
            normal = "normal" in match.group() or "regul" in match.group()
            found.append(
                Minute(
                    match.start(),
                    match.end(),
                    90 - offset,
                    from_end=unsure and not normal,
                    rough=True,
                )
            )
    for match in ph.HOUR_BEFORE_END.finditer(text) if _holds(text, ph.HOUR_KEYS) else ():
        unsure = unsure or bool(ph.EXTRA_TIME.search(text))
        normal = 75 if match.group("q") else 60
        found.append(Minute(match.start(), match.end(), normal, from_end=unsure, rough=True))
    found.extend(
        Minute(start, end, value, rough=True) for start, end, value in hour_marks(text, lang)
    )
    for match in ph.seconds(text) if "ekunden" in text or "econds" in text else ():
        value = 1 if match.group("f") else number(match.group("n") or match.group("m"), lang)
        if value is not None and 0 < value < 60:
            found.append(Minute(match.start(), match.end(), 1))
    for match in _each(ph.ELAPSED, text, segments):
        value = number(match.group("n") or match.group("m"), lang)
        if value is not None and 0 < value <= 120:
            found.append(Minute(match.start(), match.end(), value))
    for match in BLOG_HEAD.finditer(text) if may_head(text) else ():
        base = int(match.group("n"))
        if 0 < base <= 130:
            found.append(Minute(match.start(), match.end(), base, _int(match.group("a"))))
    for line in ph.GOALS_LINE.finditer(text) if ph.may_list_goals(text) else ():
        for item in ph.LINE_ITEM.finditer(text, line.start(), line.end()):
            bare = item.group() == item.group(1)
            if not bare or (int(item.group(1)) >= 5 and text[item.end() : item.end() + 2] != " ("):
                _add_plain(found, text, item, int(item.group(1)))
    return _period_ends(_bracket_wins(_without_overlaps(found), text), text)


def _period_ends(found: list[Minute], text: str) -> list[Minute]:
    """`Mainoo made it 4-4 in the 120th minute. Then, in the first minute of added time,
    Maguire headed the winner`: stoppage time told without its period comes at the end
    of the period the last minute told just before (in that sentence or the one before)
    lies in, here 120+1 (105+x after a minute of the first period of extra time), not
    90+1."""
    if not any(m.open_period for m in found):
        return found
    out: list[Minute] = []
    for minute in found:
        if minute.open_period:
            last = next((m for m in reversed(out) if m.minute and not m.rough), None)
            gap = text[last.end : minute.start] if last is not None else "\n"
            if "\n" not in gap and gap.count(". ") <= 1 and last.minute > 90:
                minute = replace(minute, minute=105 if last.minute <= 105 else 120)
        out.append(minute)
    return out


def line_head_minute(text: str, at: int) -> Minute | None:
    """The minute heading the line (paragraph) that `at` lies in, in a live report."""
    start = text.rfind("\n", 0, at) + 1
    found = BLOG_HEAD.match(text, start)
    if found is None or found.end() > at or not 0 < int(found.group("n")) <= 130:
        return None
    return Minute(found.start(), found.end(), int(found.group("n")), _int(found.group("a")))


def _each(pattern: re.Pattern, text: str, segments: Stretches):
    """Matches in the stretches around "minute" that may hold one."""
    return segments.each(pattern, ph.GATES.get(pattern))


def _plus_times(text: str):
    """The matches of `ph.PLUS` ("90+3"), as finditer gives them, tried only just before
    each "+": every match holds one "+", after a base of at most three digits, a dot and
    white space (finditer over the whole text tries every position, ~0.2 ms a report)."""
    pos = 0
    at = text.find("+")
    while at != -1:
        start = at
        while start > pos and text[start - 1].isspace():
            start -= 1
        for begin in range(max(pos, start - 4), at):
            match = ph.PLUS.match(text, begin)
            if match is not None:
                yield match
                pos = match.end()
                break
        at = text.find("+", max(pos, at + 1))


def stoppage_marked(text: str) -> bool:
    """Whether the text says "in stoppage time" / "Nachspielzeit" without a number."""
    return ph.STOPPAGE_MARK.search(text) is not None


def _add_plain(found: list[Minute], text: str, match: re.Match, value: int | None) -> None:
    if value is None or not 0 < value <= 130:
        return
    if ph.RANGE_BEFORE.search(text, max(0, match.start() - 12), match.start()):
        if not ph.NOT_UNTIL.search(text, max(0, match.start() - 40), match.start()):
            return
    found.append(Minute(match.start(), match.end(), value))


def _without_overlaps(found: list[Minute]) -> list[Minute]:
    found.sort(key=lambda m: (m.start, -(m.end - m.start)))
    out: list[Minute] = []
    for item in found:
        if out and item.start < out[-1].end:
            last = out[-1]
            if item.paren and last.paren and (item.start, item.end) == (last.start, last.end):
                out.append(item)
            continue
        out.append(item)
    return out


_SENTENCE_END = re.compile(r"[.!?][\"”“’)]*\s")


def _bracket_wins(found: list[Minute], text: str) -> list[Minute]:
    """`Eine Viertelstunde vor dem Ende schob Müller zum 3:2 ein (74.)`: a time told
    roughly (counted back from the end, or a plain part of an hour) and the bracketed
    minute that comes next in the same sentence are one time, and the bracket is exact;
    with two values they made two goals of one. The rough one takes the bracket's value
    and keeps its place, since its clause may be the one that names the scorer."""
    out = []
    for index, item in enumerate(found):
        after = found[index + 1] if index + 1 < len(found) else None
        if (
            item.rough
            and after is not None
            and after.paren
            and not _SENTENCE_END.search(text, item.end, after.start)
        ):
            item = replace(item, minute=after.minute, added=after.added, from_end=False)
        out.append(item)
    return out


def _int(value: str | None) -> int | None:
    return int(value) if value else None


def _holds(text: str, keys: tuple[str, ...]) -> bool:
    return holds_any(text, keys)
