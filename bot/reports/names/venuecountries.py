"""The countries a place names (`in Spain`, `Österreich`, `in der DDR`) as the teams'
country codes, for `home_by_place` (split from `venues.py`)."""

from __future__ import annotations

from bot.teams.names import normalize

_COUNTRIES = {
    "spain": "ESP", "spanien": "ESP", "england": "ENG", "germany": "GER",
    "deutschland": "GER", "italy": "ITA", "italien": "ITA", "france": "FRA",
    "frankreich": "FRA", "portugal": "POR", "netherlands": "NED", "holland": "NED",
    "niederlande": "NED", "mexico": "MEX", "mexiko": "MEX", "scotland": "SCO",
    "schottland": "SCO", "turkey": "TUR", "türkei": "TUR", "greece": "GRE",
    "griechenland": "GRE", "belgium": "BEL", "belgien": "BEL", "austria": "AUT",
    "österreich": "AUT", "switzerland": "SUI", "schweiz": "SUI",
    "west germany": "GER", "westdeutschland": "GER", "east germany": "GDR", "ddr": "GDR",
    "sweden": "SWE", "schweden": "SWE", "norway": "NOR", "norwegen": "NOR",
    "denmark": "DEN", "dänemark": "DEN", "finland": "FIN", "finnland": "FIN",
    "romania": "ROU", "rumänien": "ROU", "hungary": "HUN", "ungarn": "HUN",
    "bulgaria": "BUL", "bulgarien": "BUL", "poland": "POL", "polen": "POL",
    "czech republic": "CZE", "tschechien": "CZE", "czechoslovakia": "TCH",
    "tschechoslowakei": "TCH", "serbia": "SRB", "serbien": "SRB", "croatia": "CRO",
    "kroatien": "CRO", "yugoslavia": "YUG", "jugoslawien": "YUG", "russia": "RUS",
    "russland": "RUS", "ukraine": "UKR", "soviet union": "URS", "sowjetunion": "URS",
    "ireland": "IRL", "irland": "IRL", "wales": "WAL", "cyprus": "CYP", "zypern": "CYP",
    "israel": "ISR", "slovakia": "SVK", "slowakei": "SVK", "slovenia": "SVN",
    "slowenien": "SVN",
}  # fmt: skip


def country_code(phrase: str) -> str | None:
    return _COUNTRIES.get(normalize(phrase)) or _COUNTRIES.get(phrase.lower())
