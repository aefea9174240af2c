"""Each country's national cup: German text calls every one of them `Pokal`
(`Pokalfinale`), which the name finder reads as the DFB-Pokal, and English text
calls several countries' league cups `League Cup`, which it reads as England's; so
a cup match between clubs of another country takes their own country's cup."""

from __future__ import annotations

GERMAN_CUP = "DFB-Pokal"
HOME_CUPS = {
    "GER": GERMAN_CUP, "ENG": "FA Cup", "SCO": "Scottish Cup", "NED": "KNVB Cup",
    "POR": "Taça de Portugal", "FRA": "Coupe de France", "ESP": "Copa del Rey",
    "ITA": "Coppa Italia", "AUT": "ÖFB-Cup", "SUI": "Schweizer Cup", "BRA": "Copa do Brasil",
    "TUR": "Türkiye Kupası",
}  # fmt: skip


def cup_of_clubs(countries: list[str | None], named_german: bool) -> str | None:
    """The cup a `Pokal` match between clubs of these countries (None: a club the
    team list does not know) was played in: the DFB-Pokal where no club is known to
    be foreign and one is known German or the text says `DFB`; the one country's own
    cup where every club is known and all are of that country; else None."""
    known = {c for c in countries if c is not None}
    if known <= {"GER"}:
        return GERMAN_CUP if known or named_german else None
    if None in countries or len(known) != 1:
        return None
    return HOME_CUPS.get(known.pop())


ENGLISH_LEAGUE_CUP = "EFL Cup"
LEAGUE_CUPS = {
    "ENG": ENGLISH_LEAGUE_CUP, "WAL": ENGLISH_LEAGUE_CUP,
    "SCO": "Scottish League Cup", "FRA": "Coupe de la Ligue",
}  # fmt: skip


def league_cup_of_clubs(countries: list[str | None]) -> str | None:
    """The league cup a `League Cup` match between clubs of these countries was played
    in: England's where no club is known to be from elsewhere; the one country's own
    where the known clubs are all of a country that has one; else None."""
    known = {c for c in countries if c is not None}
    if not known:
        return ENGLISH_LEAGUE_CUP
    cups = {LEAGUE_CUPS.get(c) for c in known}
    return cups.pop() if len(cups) == 1 else None


GERMAN_SUPER_CUP = "DFL-Supercup"
UEFA_SUPER_CUP = "UEFA Super Cup"


def super_cup_of_clubs(countries: list[str | None]) -> str | None:
    """The super cup a `Supercup` match between clubs of these countries was played in:
    German text calls both Germany's and UEFA's so. Germany's where no club is known
    to be foreign; UEFA's where the clubs are known to be of two countries; else None
    (another country's own super cup, or a club the team list does not know)."""
    known = {c for c in countries if c is not None}
    if known <= {"GER"}:
        return GERMAN_SUPER_CUP
    if None not in countries and len(known) > 1:
        return UEFA_SUPER_CUP
    return None
