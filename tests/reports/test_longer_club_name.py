"""A word that opens many clubs' names and stands alone for one known club (`Bayer`,
`Dinamo`, `Real`) followed by another name the team list does not know (`Bayer 05
Uerdingen`, `Dinamo Bucharest`, `Real Saragossa`) is that other club, not the known one."""

from __future__ import annotations

from bot.reports.text.document import build_document
from tests.reports.helpers import RESOLVER, read


def _teams(facts) -> set[str]:
    return {t for m in facts.matches for t in (m.home, m.away)}


def test_real_saragossa_is_not_real_madrid():
    facts = read(
        " date 1995-05-11 Paris (dpa) - Real Saragossa hat den Europapokal der Pokalsieger "
        "gewonnen. Im Finale im Pariser Prinzenpark besiegten die Spanier am Mittwochabend "
        "den FC Arsenal mit 2:1 nach Verlängerung."
    )
    assert "real-madrid" not in _teams(facts)


def test_dinamo_bucharest_is_not_dinamo_zagreb():
    facts = read(
        " date 1990-04-05 GLASGOW, Scotland (AP) — Dinamo Bucharest beat Celtic 2-1 at Celtic "
        "Park on Wednesday in the Cup Winners' Cup."
    )
    assert "dinamo-zagreb" not in _teams(facts)


def _mentioned(text: str) -> set[str]:
    return {m.team for m in build_document(text, RESOLVER, "de").mentions}


def test_bayer_with_a_club_prefix_and_town():
    teams = _mentioned(
        " date 1992-05-27 Im Pokal schlug TSV Bayer Dormagen den Hamburger SV mit 2:1. "
        "Bayer Dormagen steht damit im Halbfinale."
    )
    assert teams == {"hamburger-sv"}


def test_bayer_uerdingen_is_the_club_of_krefeld():
    teams = _mentioned(
        " date 1985-05-27 Im Finale schlug Bayer 05 Uerdingen den Hamburger SV mit 2:1. "
        "Bayer Uerdingen holte damit den Pokal."
    )
    assert teams == {"kfc-uerdingen", "hamburger-sv"}


def test_the_known_longer_names_still_resolve():
    teams = _mentioned(
        " date 2024-05-19 Bayer Leverkusen hat am Samstag den FC Augsburg mit 2:1 besiegt. "
        "Dinamo Zagreb gewann gegen Hajduk Split, Bayer 04 Leverkusen spielt am Sonntag."
    )
    assert {"bayer-leverkusen", "dinamo-zagreb", "hajduk-split"} <= teams
