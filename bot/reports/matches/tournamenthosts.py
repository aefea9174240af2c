"""The host countries of national-team tournaments by year: the host plays its matches at
home (Germany in Dortmund in 2006, the United States at the Rose Bowl in 2011) even where
the report only names the town, so its matches are not on neutral ground."""

from __future__ import annotations

_HOSTS = {
    "FIFA World Cup": {
        1930: "URU", 1934: "ITA", 1938: "FRA", 1950: "BRA", 1954: "SUI", 1958: "SWE",
        1962: "CHI", 1966: "ENG", 1970: "MEX", 1974: "GER", 1978: "ARG", 1982: "ESP",
        1986: "MEX", 1990: "ITA", 1994: "USA", 1998: "FRA", 2002: "KOR JPN", 2006: "GER",
        2010: "RSA", 2014: "BRA", 2018: "RUS", 2022: "QAT", 2026: "USA CAN MEX",
    },
    "UEFA European Championship": {
        1960: "FRA", 1964: "ESP", 1968: "ITA", 1972: "BEL", 1976: "YUG", 1980: "ITA",
        1984: "FRA", 1988: "GER", 1992: "SWE", 1996: "ENG", 2000: "BEL NED", 2004: "POR",
        2008: "AUT SUI", 2012: "POL UKR", 2016: "FRA", 2024: "GER",
    },
    "Copa América": {
        1987: "ARG", 1989: "BRA", 1991: "CHI", 1993: "ECU", 1995: "URU", 1997: "BOL",
        1999: "PAR", 2001: "COL", 2004: "PER", 2007: "VEN", 2011: "ARG", 2015: "CHI",
        2016: "USA", 2019: "BRA", 2021: "BRA", 2024: "USA",
    },
    "CONCACAF Gold Cup": {
        2005: "USA", 2007: "USA", 2009: "USA", 2011: "USA", 2013: "USA", 2015: "USA CAN",
        2017: "USA", 2019: "USA CRC JAM", 2021: "USA", 2023: "USA CAN", 2025: "USA CAN",
    },
    "FIFA Confederations Cup": {2005: "GER", 2009: "RSA", 2013: "BRA", 2017: "RUS"},
    "FIFA Women's World Cup": {
        1991: "CHN", 1995: "SWE", 1999: "USA", 2003: "USA", 2007: "CHN", 2011: "GER",
        2015: "CAN", 2019: "FRA", 2023: "AUS NZL", 2027: "BRA",
    },
    "UEFA Women's Euro": {
        1987: "NOR", 1989: "GER", 1991: "DEN", 1993: "ITA", 1997: "NOR SWE", 2001: "GER",
        2005: "ENG", 2009: "FIN", 2013: "SWE", 2017: "NED", 2022: "ENG", 2025: "SUI",
    },
}  # fmt: skip
"""Euro 2020 (played in eleven countries) is left out: no side was at home as a host."""


def host_countries(competition: str | None, year: str | None) -> frozenset[str]:
    """The countries hosting that year's edition, or none known."""
    hosts = _HOSTS.get(competition or "")
    if not hosts or not year or not year[:4].isdigit():
        return frozenset()
    return frozenset((hosts.get(int(year[:4])) or "").split())


def host_at_home(doc, r, competition: str | None, resolver) -> bool:
    """`PASADENA, Calif. ... beat the United States 4-2 to win the Gold Cup`: a final in
    a town of the host country is the host's home match, not a final on neutral ground."""
    edition = host_countries(competition, r.year or r.date or doc.published)
    if not edition or r.teams() is None:
        return False
    teams = [resolver.teams.get(t) for t in r.teams()]
    if any(t is None or t.kind != "national" for t in teams):
        return False
    at_home = [t.id for t in teams if t.country in edition]
    return at_home == [r.home]
