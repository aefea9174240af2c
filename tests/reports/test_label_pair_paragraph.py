"""`Irland – Bosnien-Herzegowina: Mann des Abends war Walters.`: a round-up's paragraph
opened by its pair as a label; a result of it told without both sides (`Im Hinspiel ...
hatte es 1:1 gestanden`) is that pair's, not the pair of the paragraph before. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from tests.reports.helpers import match, pairs, read


@pytest.mark.parametrize(
    "text",
    [
        " date 2019-11-20 Die letzten Tickets sind vergeben. Ein Überblick.\n\n"
        "Schottland – Zypern: Die Schotten gewannen am Dienstag in Glasgow mit 2:1. Das "
        "Hinspiel in Nikosia hatten die Schotten mit 2:1 gewonnen.\n\n"
        "Wales – Ungarn: Mann des Abends in Cardiff war Aaron Ramsey. Der Mittelfeldspieler "
        "traf zweimal. Im Hinspiel am Freitag in Budapest hatte es bei Regen 0:0 gestanden.",
        " date 2019-11-20 The last tickets are gone. A round-up.\n\n"
        "Scotland v Cyprus: The Scots won 2-1 in Glasgow on Tuesday. The first leg in Nicosia "
        "had also ended 2-1 to the Scots.\n\n"
        "Wales v Hungary: The man of the night in Cardiff was Aaron Ramsey, who scored twice. "
        "In the first leg in Budapest on Friday it had ended 0-0.",
    ],
)
def test_label_pair_owns_its_paragraph(text: str) -> None:
    facts = read(text)
    assert match(facts, "hungary", "wales").score == (0, 0)
    assert not [
        m for m in facts.matches if {m.home, m.away} == {"scotland", "cyprus"} and m.score == (0, 0)
    ]


def test_a_german_labelled_paragraph_is_its_pairs() -> None:
    facts = read(
        " date 2019-11-20 Die Playoffs zur EM sind entschieden. Ein Überblick.\n\n"
        "Norwegen – Finnland: Erling Haaland hat die Norweger zur EM geschossen. Im Rückspiel "
        "in Helsinki traf er am Dienstagabend doppelt. Das Hinspiel in Oslo hatten die "
        "Norweger am Samstag mit 3:1 gewonnen.\n\nSchottland – Serbien: Mann des Abends in "
        "Glasgow war John McGinn. Im Hinspiel am Freitag in Belgrad hatte es bei dichtem "
        "Nebel 2:2 gestanden. Für die Serben platzte damit der Traum."
    )
    assert not [p for p in pairs(facts) if p[2] == (2, 2) and "norway" in p[:2]]


def test_an_english_labelled_paragraph_is_its_pairs() -> None:
    facts = read(
        " date 2019-11-20 (AP) The Euro playoffs are settled. A look at the games.\n\n"
        "Norway – Finland: Erling Haaland fired Norway to the Euros. In the second leg in "
        "Helsinki he scored twice on Tuesday night. Norway had won the first leg 3-1 in Oslo on "
        "Saturday.\n\nScotland – Serbia: The man of the evening in Glasgow was John McGinn. "
        "The first leg on Friday in Belgrade had finished 2-2 in thick fog."
    )
    assert not [p for p in pairs(facts) if p[2] == (2, 2) and "norway" in p[:2]]


def test_the_label_names_another_pair() -> None:
    from bot.reports.matches.labelpair import other_label_pair
    from bot.reports.reader import guard
    from bot.reports.text.document import build_document
    from tests.reports.helpers import RESOLVER

    text = (
        " date 2019-11-20 Ein Überblick.\n\nNorwegen – Finnland: Haaland traf doppelt.\n\n"
        "Schottland – Serbien: Mann des Abends war John McGinn. Im Hinspiel in Kragujevac "
        "hatte es 2:2 gestanden."
    )
    doc = build_document(text, RESOLVER, guard.check(text))
    last = doc.sentences[-1]
    assert other_label_pair(doc, last, ("norway", "finland"))
    assert not other_label_pair(doc, last, ("scotland", "serbia"))
