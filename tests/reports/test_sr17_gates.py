"""The speed changes of the sr17 speed round give the answers of the code they replaced,
on random inputs built from the patterns' own words."""

from __future__ import annotations

import random

from bot.reports.matches import cues
from bot.reports.patterns.spots import Either

_PIECES = [
    "a", " ", "  ", "\n", ",", ".", "-", "'", "first", "First", "leg", "legs", "opening",
    "series", "opener", "second", "return", "match", "the", "in", "on", "won", "lost",
    "drew", "of", "from", "to", "form", "trip", "hinspiel", "Hinspiel", "rückspiel",
    "Rückspiel", "s", "im", "x", "1", "ſ", "é",
]  # fmt: skip


def _text(rng: random.Random, most: int) -> str:
    return "".join(rng.choice(_PIECES) for _ in range(rng.randrange(most)))


def test_leg_light_keys_gate_is_the_search():
    # LEG's two forms with and without the light form's key gate: the same matches
    gated = cues.LEG.folded
    assert gated.light_keys
    plain = Either(gated.full, gated.light, gated.keys)
    rng = random.Random(171)
    for _ in range(300_000):
        low = _text(rng, 14).lower()
        pos = rng.randrange(len(low) + 1)
        a, b = gated.search(low, pos), plain.search(low, pos)
        assert (a and a.span(), a and a.groupdict()) == (b and b.span(), b and b.groupdict()), low
        found = [(m.span(), m.groupdict()) for m in gated.finditer(low)]
        assert found == [(m.span(), m.groupdict()) for m in plain.finditer(low)], low


def test_every_light_match_holds_a_light_key():
    light, keys = cues.LEG.folded.light, cues.LEG.folded.light_keys
    rng = random.Random(172)
    for _ in range(200_000):
        low = _text(rng, 14).lower()
        for m in light.finditer(low):
            assert any(key in m.group() for key in keys), low


_DAY_PIECES = [
    " ", "  ", ",", ".", "a", "one", "the", "day", "Day", "night", "later", "earlier",
    "before", "after", "next", "following", "previous", "einen", "Tag", "tag", "tags",
    "Abend", "abend", "später", "danach", "darauf", "zuvor", "vorher", "früher", "am",
    "Folgetag", "folgeabend", "Vortag", "Vorabend", "Sams", "Sun", "ſ", "ı", "İ", "s", "x",
]  # fmt: skip


def test_day_apart_keys_gate_is_the_search():
    # _DAY_APART behind its phrase keys finds what it found behind `day|night|tag|abend`
    from bot.reports.patterns.keyed import Keyed
    from bot.reports.text import dayapart

    old = Keyed(dayapart._DAY_APART.pattern, "day|night|tag|abend")
    rng = random.Random(173)
    for _ in range(300_000):
        words = [rng.choice(_DAY_PIECES) for _ in range(rng.randrange(8))]
        text = "".join(w + rng.choice(" \u0020 ,") for w in words)
        a, b = dayapart._DAY_APART.search(text), old.search(text)
        assert (a and a.span()) == (b and b.span()), text
        found = [m.span() for m in dayapart._DAY_APART.finditer(text)]
        assert found == [m.span() for m in old.finditer(text)], text


_NOT_SCORED_DE = [
    "muss", "müssen", "Musste", "will", "wollten", "treffen", "Tor", "Tore", "schießen",
    "erzielen", "blieb", "blieben", "torlos", "ging", "leer aus", "alles", "außer", "das",
    "Treffer", "brauchte", "benötigten", "zwei", "ein", "einziges", "weitere", "würde",
    "könnte", "hätte", "wäre", "aber", "und", "er", "ſ", "ı", "x", ".", ",",
    "wollte", "Sollte", "sollten", "nicht", "mehr", "fallen", "Ausgleich",
]  # fmt: skip


def test_not_scored_de_keys_gate_is_the_search():
    from bot.reports.goals.notscored import NOT_SCORED
    from bot.reports.patterns.keyed import Keyed

    new = NOT_SCORED["de"]
    old = Keyed(new.pattern, "tor|treff|leer aus|fallen")
    rng = random.Random(174)
    for _ in range(300_000):
        words = [rng.choice(_NOT_SCORED_DE) for _ in range(rng.randrange(9))]
        text = "".join(w + rng.choice("   ,") for w in words)
        a, b = new.search(text), old.search(text)
        assert (a and a.span()) == (b and b.span()), text


_OTHER_TIME = [
    "1999", "2014", "19", "20", "199", "three", "years", "year", "seasons", "season", "ago",
    "last", "vor", "zwei", "Jahren", "Jahr", "Saison", "saisons", "im", "Vorjahr", "in",
    "der", "Vorsaison", "LAST", "ſ", "ı", "İ", "x", "٣",
]  # fmt: skip


def test_other_time_keys_gate_is_the_search():
    from bot.reports.matches import tournamentyear
    from bot.reports.matches.resultchecks import OTHER_TIME
    from bot.reports.patterns.keyed import holds

    rng = random.Random(175)
    for _ in range(300_000):
        words = [rng.choice(_OTHER_TIME) for _ in range(rng.randrange(7))]
        text = "".join(w + rng.choice("  ,") for w in words)
        if OTHER_TIME.search(text):
            assert holds(text, tournamentyear._OTHER_TIME_KEYS), text
        assert tournamentyear.other_time_told(text, None) == bool(OTHER_TIME.search(text)), text


_ROLES = [
    "Stürmer", "Flügelstürmer", "spieler", "Verteidiger", "Torhüter", "torwart", "keeper",
    "Kapitän", "Läufer", "striker", "Forward", "midfielder", "defender", "winger",
    "goalkeeper", "captain", "full-back", "fullback", "centre-back", "center back",
    "playmaker", "22-year-old", "19-Jährige", "von", "vom", "des", "bei", "of", "at", "the",
    "dem", "der", "x", "ſ", "ı", "İ", "K", "-", "2",
]  # fmt: skip


def test_plays_for_gate_is_the_search():
    from bot.reports.clauses.asides import PLAYS_FOR, plays_for

    rng = random.Random(176)
    for _ in range(300_000):
        words = [rng.choice(_ROLES) for _ in range(rng.randrange(7))]
        text = "".join(w + rng.choice("  ,") for w in words)
        lo = rng.randrange(len(text) + 1)
        hi = rng.randrange(lo, len(text) + 1)
        assert plays_for(text, lo, hi) == (PLAYS_FOR.search(text, lo, hi) is not None), text


_LINE_PIECES = [
    "Wales", "Austria", "FC", "Bayern", "1", "2", "12", "3", "٣", ",", ":", "-", "–", "(",
    ")", ";", ".", " ", " ", " ", "\t", "am", "April", "n.V.",
]  # fmt: skip


def test_listed_result_gate_passes_every_match():
    from bot.reports.goals import scorerlines

    rng = random.Random(177)
    for _ in range(300_000):
        head = rng.choice(["", " ", "Wales", "FC Bayern", "am", "Wales (", "1"])
        score = rng.choice(["1", "12", "٣", "123", ""]) + rng.choice([",", " :", "-", " – ", "."])
        tail = "".join(rng.choice(_LINE_PIECES) for _ in range(rng.randrange(10)))
        line = head + rng.choice([" ", "\t", ""]) + score + tail
        if scorerlines._AP_RESULT.match(line) or scorerlines._DASH_RESULT.match(line):
            assert scorerlines._may_list_result(line), line
