"""`für Bayer Leverkusen, das in der Zwischenrunde am russischen Klub FK Krasnodar
scheiterte`: the side failed at may follow `am` and a noun saying what it is, and the side
that failed may be the antecedent of the relative pronoun opening the clause; and the
German `Real Saragossa` is Real Zaragoza."""

from __future__ import annotations

from tests.reports.helpers import read, tie

_LEAD = (
    " date 2021-03-13 Frankfurt/Main (SID) - Eintracht Frankfurt hat am Donnerstagabend "
    "in der Europa League gegen den FC Basel mit 3:0 gewonnen. Das Hinspiel in Basel "
    "war 1:1 ausgegangen. Die Frankfurter Fans feierten lange nach dem Abpfiff. "
)


def test_relative_subject_failed_at_described_side():
    facts = read(
        _LEAD + "Weniger gut lief es für den VfL Wolfsburg, der im Achtelfinale am "
        "niederländischen Klub PSV Eindhoven scheiterte."
    )
    assert tie(facts, "vfl-wolfsburg", "psv").winner == "psv"


def test_compound_keeper_is_still_no_side():
    facts = read(
        _LEAD + "Weniger gut lief es für den VfL Wolfsburg, der im Achtelfinale an "
        "PSV-Torhüter Benitez scheiterte."
    )
    assert not [t for t in facts.ties if "vfl-wolfsburg" in t.teams]


def test_saragossa_is_zaragoza():
    facts = read(
        _LEAD + "Im Finale trifft Eintracht auf Ajax Amsterdam, das sich im anderen "
        "Halbfinale gegen Real Saragossa durchsetzte."
    )
    assert tie(facts, "ajax", "zaragoza").winner == "ajax"
