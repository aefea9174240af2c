"""Where a match was played, told from place names: `in Lisbon`, `at Anfield`,
`in Spain`, the AP dateline. A place names a side only when exactly one of the
two teams belongs there; otherwise it says nothing (or: neutral ground)."""

from __future__ import annotations

from functools import lru_cache

from bot.reports.names.formerstates import within
from bot.reports.names.stadiums import stadium_team
from bot.reports.names.venuecities import MORE_CITIES, MORE_CLUB_CITIES, NATIONAL_CITIES
from bot.reports.names.venuecountries import country_code
from bot.teams.names import normalize
from bot.teams.resolver import TeamResolver

# city: names it goes by in English, German and locally (first is the key).
_CITIES = (
    """
london|londoner|londres
munich|münchen|muenchen|münchner|monaco di baviera
lisbon|lissabon|lisboa
rome|rom|roma
turin|torino
milan|mailand|milano
madrid
barcelona
seville|sevilla
valencia
bilbao
san sebastian|donostia
villarreal
paris
marseille
lyon
amsterdam
rotterdam
eindhoven
porto
manchester
liverpool
glasgow
dortmund
gelsenkirchen
leverkusen
frankfurt
berlin
hamburg
bremen
stuttgart
cologne|köln
leipzig
wolfsburg
mönchengladbach|gladbach
kaiserslautern
naples|neapel|napoli
florence|florenz|firenze
bergamo
istanbul
athens|athen
kyiv|kiev|kiew
moscow|moskau
brussels|brüssel|bruxelles
vienna|wien
salzburg
zurich|zürich
copenhagen|kopenhagen|kobenhavn
basel
prague|prag|praha
monterrey
mexico city|mexiko-stadt|ciudad de mexico
guadalajara
pachuca
los angeles
miami|fort lauderdale
columbus
seattle
toronto
vancouver
new york
buenos aires
sao paulo|são paulo
rio de janeiro|rio
newcastle
birmingham
leeds
belgrade|belgrad|beograd
zagreb
bern
piraeus|piräus
genoa|genua|genova
sheffield
nottingham
lille
nice|nizza
monaco
dublin
gdansk|danzig
wembley
""".strip().splitlines()
    + MORE_CITIES
)

# clubs whose names do not carry their city
_CLUB_CITIES = {
    "london": "arsenal chelsea tottenham west-ham fulham crystal-palace brentford qpr millwall "
    "charlton",
    "barcelona": "barcelona espanyol",
    "lisbon": "benfica sporting-cp",
    "rome": "roma lazio",
    "turin": "juventus torino",
    "milan": "ac-milan inter-milan",
    "genoa": "genoa sampdoria",
    "paris": "psg paris-fc",
    "liverpool": "liverpool everton",
    "porto": "porto boavista",
    "amsterdam": "ajax",
    "eindhoven": "psv",
    "rotterdam": "feyenoord sparta-rotterdam excelsior",
    "pachuca": "pachuca",
    "miami": "inter-miami",
    "los angeles": "lafc la-galaxy",
    "new york": "nycfc ny-red-bulls",
    "monterrey": "monterrey tigres",
    "mexico city": "club-america pumas cruz-azul",
    "guadalajara": "guadalajara atlas",
    "naples": "napoli",
    "florence": "fiorentina",
    "bergamo": "atalanta",
    "madrid": "real-madrid atletico-madrid rayo-vallecano getafe",
    "munich": "bayern-munich 1860-munich",
    "gelsenkirchen": "schalke-04",
    "berlin": "hertha-bsc union-berlin",
    "seville": "sevilla real-betis",
    "bilbao": "athletic-bilbao",
    "san sebastian": "real-sociedad",
    "valencia": "valencia levante",
    "manchester": "manchester-city manchester-united",
    "birmingham": "aston-villa birmingham-city",
    "glasgow": "celtic rangers",
    "istanbul": "galatasaray fenerbahce besiktas basaksehir",
    "athens": "aek-athens panathinaikos",
    "piraeus": "olympiacos",
    "moscow": "cska-moscow spartak-moscow dynamo-moscow lokomotiv-moscow",
    "kyiv": "dynamo-kyiv",
    "vienna": "austria-wien rapid-wien",
    "prague": "sparta-prague slavia-prague",
    "brussels": "anderlecht union-sg",
    "zagreb": "dinamo-zagreb",
    "belgrade": "crvena-zvezda partizan",
    "bern": "young-boys",
    "zurich": "zurich grasshoppers",
    "salzburg": "rb-salzburg",
    "copenhagen": "copenhagen",
    "buenos aires": "boca-juniors river-plate racing-club independiente san-lorenzo huracan",
    "rio de janeiro": "flamengo fluminense botafogo vasco",
    "sao paulo": "sao-paulo palmeiras corinthians",
    "seattle": "seattle-sounders",
    "toronto": "toronto-fc",
    "vancouver": "vancouver-whitecaps",
    "columbus": "columbus-crew",
}

_CLUB_CITIES.update(MORE_CLUB_CITIES)


@lru_cache(maxsize=1)
def _city_keys() -> dict[str, str]:
    out = {}
    for line in _CITIES:
        names = line.split("|")
        for name in names:
            out[normalize(name)] = normalize(names[0])
    return out


def city_of(phrase: str) -> str | None:
    """The city a phrase names (`Lissabon` -> `lisbon`), or None."""
    return _city_keys().get(normalize(phrase))


@lru_cache(maxsize=1)
def _national_cities() -> dict[str, str]:
    out = {}
    for line in NATIONAL_CITIES:
        code, names = line.split(" ", 1)
        for name in names.split("|"):
            out[normalize(name)] = code
    return out


def home_by_place(place: str, pair: tuple[str, str], resolver: TeamResolver) -> str | None:
    """Which of the two teams plays in `place`: 'neutral' when neither, None when unsure."""
    key = normalize(place)
    if not key:
        return None
    owners = [t for t in pair if _belongs(t, key, resolver, place)]
    if len(owners) == 1:
        return owners[0]
    if owners:
        return None
    known = city_of(place) or stadium_team(place) or country_code(place)
    return "neutral" if known else None


def _belongs(team_id: str, key: str, resolver: TeamResolver, place: str = "") -> bool:
    named = resolver.exact(key)
    if team_id in named:
        return True
    team = resolver.teams.get(team_id)
    if team is not None and team.kind == "national":
        if _club_town_of(team.country, named, resolver):
            return True
        if within(team.country, _national_cities().get(key)):
            return True
    if stadium_team(key) == team_id:
        return True
    city = city_of(key)
    if city:
        if team_id in _CLUB_CITIES.get(city, "").split():
            return True
        if team is not None and team.kind == "national":
            return any(within(team.country, c) for c in _city_countries(city, resolver))
        return city in resolver.derived("venue-team-cities", _team_cities).get(team_id, ())
    code = country_code(key) or country_code(place)  # `Österreich` is no key unaccented
    if code:
        return bool(team and within(team.country, code))
    return len(key) >= 4 and key in resolver.derived("venue-alias-heads", _alias_heads).get(
        team_id, ()
    )


def _alias_heads(resolver: TeamResolver) -> dict[str, set[str]]:
    """First and last words of each team's longer names (`Bodo Glimt` -> bodo, `Hajduk
    Split` -> split): `2-0 in Bodo`, `nach einem 0:0 in Split` is at that team's home when
    the town is in no city list."""
    out: dict[str, set[str]] = {}
    for alias in resolver.aliases:
        words = normalize(alias.alias).split()
        if len(words) > 1:
            out.setdefault(alias.team, set()).update((words[0], words[-1]))
    return out


def _city_countries(city: str, resolver: TeamResolver) -> set[str]:
    """Countries of the clubs based in a city: `Lyon` is in FRA because Lyon is."""
    clubs = set(_CLUB_CITIES.get(city, "").split())
    clubs |= {
        t
        for t, cities in resolver.derived("venue-team-cities", _team_cities).items()
        if city in cities
    }
    return {
        resolver.teams[t].country
        for t in clubs
        if t in resolver.teams and resolver.teams[t].kind == "club" and resolver.teams[t].country
    }


def _team_cities(resolver: TeamResolver) -> dict[str, set[str]]:
    """Cities each team's names carry (`Benfica Lissabon` -> lisbon)."""
    cities = _city_keys()
    out: dict[str, set[str]] = {}
    for alias in resolver.aliases:
        for word in _words(normalize(alias.alias)):
            if word in cities:
                out.setdefault(alias.team, set()).add(cities[word])
    return out


def _words(name: str) -> list[str]:
    parts = name.split()
    return parts + [" ".join(parts[i : i + 2]) for i in range(len(parts) - 1)]


def _club_town_of(country: str | None, named: set[str], resolver: TeamResolver) -> bool:
    """`Duisburg`, named only as the home of MSV Duisburg: a town of `country`, where that
    country's national team plays at home."""
    clubs = [resolver.teams[t] for t in named if t in resolver.teams]
    return (
        bool(country)
        and bool(clubs)
        and all(c.kind == "club" and within(country, c.country) for c in clubs)
    )
