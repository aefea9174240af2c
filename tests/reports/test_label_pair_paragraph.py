"""A round-up paragraph headed by a pair's label (`Irland – Bosnien-Herzegowina: ...`) is
about that pair: a score there that names no team (`Im Hinspiel in Zenica hatte es 1:1
gestanden`) is not the previous paragraph's pair's. Texts written for these tests."""

from __future__ import annotations

from tests.reports.helpers import pairs, read


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
