"""Where a match was played, told from place names: `in Lisbon`, `at Anfield`,
`in Spain`, the AP dateline. A place names a side only when exactly one of the
two teams belongs there; otherwise it says nothing (or: neutral ground)."""

from __future__ import annotations

import re
from functools import lru_cache

from bot.reports.venuecities import MORE_CITIES, MORE_CLUB_CITIES
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

_STADIUMS = {
    "anfield": "liverpool", "camp nou": "barcelona", "spotify camp nou": "barcelona",
    "estadi olimpic lluis companys": "barcelona", "montjuic": "barcelona",
    "bernabeu": "real-madrid", "santiago bernabeu": "real-madrid",
    "allianz arena": "bayern-munich", "etihad": "manchester-city",
    "etihad stadium": "manchester-city", "old trafford": "manchester-united",
    "parc des princes": "psg", "signal iduna park": "borussia-dortmund",
    "westfalenstadion": "borussia-dortmund", "estadio da luz": "benfica",
    "johan cruyff arena": "ajax", "amsterdam arena": "ajax", "metropolitano": "atletico-madrid",
    "wanda metropolitano": "atletico-madrid", "civitas metropolitano": "atletico-madrid",
    "emirates": "arsenal", "emirates stadium": "arsenal", "stamford bridge": "chelsea",
    "tottenham hotspur stadium": "tottenham", "white hart lane": "tottenham",
    "goodison park": "everton", "villa park": "aston-villa", "st james park": "newcastle-united",
    "st james' park": "newcastle-united", "london stadium": "west-ham", "craven cottage": "fulham",
    "selhurst park": "crystal-palace", "elland road": "leeds-united", "molineux": "wolves",
    "estadio hidalgo": "pachuca", "bayarena": "bayer-leverkusen", "veltins arena": "schalke-04",
    "mestalla": "valencia", "ramon sanchez pizjuan": "sevilla", "benito villamarin": "real-betis",
    "san mames": "athletic-bilbao", "anoeta": "real-sociedad", "reale arena": "real-sociedad",
    "estadio de la ceramica": "villarreal", "dragao": "porto", "estadio do dragao": "porto",
    "jose alvalade": "sporting-cp", "celtic park": "celtic", "ibrox": "rangers",
    "allianz stadium": "juventus",
    "juventus stadium": "juventus", "stadio diego armando maradona": "napoli",
    "stadio maradona": "napoli", "gewiss stadium": "atalanta", "red bull arena": "rb-leipzig",
    "deutsche bank park": "eintracht-frankfurt", "waldstadion": "eintracht-frankfurt",
    "mhpariena": "vfb-stuttgart", "mhparena": "vfb-stuttgart", "volkswagen arena": "vfl-wolfsburg",
    "borussia park": "borussia-monchengladbach", "weserstadion": "werder-bremen",
    "europa park stadion": "sc-freiburg", "rheinenergiestadion": "fc-koln",
    "volksparkstadion": "hamburger-sv", "an der alten forsterei": "union-berlin",
    "philips stadion": "psv", "de kuip": "feyenoord", "stade velodrome": "marseille",
    "groupama stadium": "lyon", "stade louis ii": "monaco", "ali sami yen": "galatasaray",
    "rams park": "galatasaray", "sukru saracoglu": "fenerbahce", "bbva stadium": "monterrey",
    "estadio bbva": "monterrey", "estadio universitario": "tigres",
    "estadio azteca": "club-america",
    "chase stadium": "inter-miami", "drv pnk stadium": "inter-miami", "bmo stadium": "lafc",
    "banc of california stadium": "lafc", "lower com field": "columbus-crew",
    "la bombonera": "boca-juniors", "monumental": "river-plate",
    "red bull arena salzburg": "rb-salzburg", "wankdorf": "young-boys", "st jakob park": "basel",
    "ludwigspark": "fc-saarbrucken", "fritz walter stadion": "fc-kaiserslautern",
    "betzenberg": "fc-kaiserslautern", "millerntor": "fc-st-pauli",
    "wildparkstadion": "karlsruher-sc", "mewa arena": "mainz-05",
    "prezero arena": "tsg-hoffenheim", "wwk arena": "fc-augsburg", "ruhrstadion": "vfl-bochum",
    "voith arena": "fc-heidenheim", "max morlock stadion": "fc-nurnberg",
    "merkur spiel arena": "fortuna-dusseldorf", "stade de france": "france",
    "stubhub center": "la-galaxy", "home depot center": "la-galaxy",
    "dignity health sports park": "la-galaxy", "gillette stadium": "new-england",
    "providence park": "portland-timbers", "lumen field": "seattle-sounders",
    "centurylink field": "seattle-sounders", "mapfre stadium": "columbus-crew",
    "audi field": "dc-united", "subaru park": "philadelphia-union",
    "talen energy stadium": "philadelphia-union", "parkstadion gelsenkirchen": "schalke-04",
    "arena aufschalke": "schalke-04",
}  # fmt: skip

_COUNTRIES = {
    "spain": "ESP", "spanien": "ESP", "england": "ENG", "germany": "GER",
    "deutschland": "GER", "italy": "ITA", "italien": "ITA", "france": "FRA",
    "frankreich": "FRA", "portugal": "POR", "netherlands": "NED", "holland": "NED",
    "niederlande": "NED", "mexico": "MEX", "mexiko": "MEX", "scotland": "SCO",
    "schottland": "SCO", "turkey": "TUR", "türkei": "TUR", "greece": "GRE",
    "griechenland": "GRE", "belgium": "BEL", "belgien": "BEL", "austria": "AUT",
    "österreich": "AUT", "switzerland": "SUI", "schweiz": "SUI",
}  # fmt: skip


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


@lru_cache(maxsize=4096)
def stadium_team(phrase: str) -> str | None:
    """Pure and asked for every place phrase of every result, so remembered."""
    key = normalize(phrase)
    for stadium, team in _STADIUMS.items():
        if key.startswith(stadium) or key.endswith(stadium):
            return team
    return None


_STADIUM_RE = re.compile(
    r"\b(" + "|".join(re.escape(name).replace("\\ ", r"\s+") for name in _STADIUMS) + r")\b",
)  # searched in normalize()d text only, which is lower case already


def stadiums_in(text: str) -> list[str]:
    """Teams whose home stadium the text names (`inside Anfield` -> liverpool)."""
    plain = normalize(text)
    return [_STADIUMS[m.group(1)] for m in _STADIUM_RE.finditer(plain)]


def country_code(phrase: str) -> str | None:
    return _COUNTRIES.get(normalize(phrase)) or _COUNTRIES.get(phrase.lower())


def home_by_place(place: str, pair: tuple[str, str], resolver: TeamResolver) -> str | None:
    """Which of the two teams plays in `place`: 'neutral' when neither, None when unsure."""
    key = normalize(place)
    if not key:
        return None
    owners = [t for t in pair if _belongs(t, key, resolver)]
    if len(owners) == 1:
        return owners[0]
    if owners:
        return None
    known = city_of(place) or stadium_team(place) or country_code(place)
    return "neutral" if known else None


def _belongs(team_id: str, key: str, resolver: TeamResolver) -> bool:
    if team_id in resolver.exact(key):
        return True
    if stadium_team(key) == team_id:
        return True
    city = city_of(key)
    team = resolver.teams.get(team_id)
    if city:
        if team_id in _CLUB_CITIES.get(city, "").split():
            return True
        if team is not None and team.kind == "national":
            return team.country in _city_countries(city, resolver)
        return city in _team_cities(resolver).get(team_id, ())
    code = country_code(key)
    return bool(code and team and team.country == code)


def _city_countries(city: str, resolver: TeamResolver) -> set[str]:
    """Countries of the clubs based in a city: `Lyon` is in FRA because Lyon is."""
    clubs = set(_CLUB_CITIES.get(city, "").split())
    clubs |= {t for t, cities in _team_cities(resolver).items() if city in cities}
    return {
        resolver.teams[t].country
        for t in clubs
        if t in resolver.teams and resolver.teams[t].kind == "club" and resolver.teams[t].country
    }


_TEAM_CITIES: dict[tuple[int, int], dict[str, set[str]]] = {}


def _team_cities(resolver: TeamResolver) -> dict[str, set[str]]:
    """Cities each team's names carry (`Benfica Lissabon` -> lisbon), built once."""
    stamp = (id(resolver), len(resolver.aliases))
    cached = _TEAM_CITIES.get(stamp)
    if cached is None:
        cities = _city_keys()
        cached = {}
        for alias in resolver.aliases:
            for word in _words(normalize(alias.alias)):
                if word in cities:
                    cached.setdefault(alias.team, set()).add(cities[word])
        _TEAM_CITIES.clear()
        _TEAM_CITIES[stamp] = cached
    return cached


def _words(name: str) -> list[str]:
    parts = name.split()
    return parts + [" ".join(parts[i : i + 2]) for i in range(len(parts) - 1)]
