"""Grounds and their clubs (`Anfield` -> liverpool): a stadium named near a result
tells its host, and a name that is a ground must not be read as a city."""

from __future__ import annotations

import re
from functools import lru_cache

from bot.competitions.scan import grouped
from bot.teams.names import normalize

_STADIUMS = {
    "anfield": "liverpool", "camp nou": "barcelona", "spotify camp nou": "barcelona",
    "estadi olimpic lluis companys": "barcelona", "montjuic": "barcelona",
    "bernabeu": "real-madrid", "santiago bernabeu": "real-madrid",
    "allianz arena": "bayern-munich", "etihad": "manchester-city",
    "etihad stadium": "manchester-city", "old trafford": "manchester-united",
    "parc des princes": "psg", "signal iduna park": "borussia-dortmund",
    "westfalenstadion": "borussia-dortmund", "estadio da luz": "benfica",
    "vicente calderon": "atletico-madrid",
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


@lru_cache(maxsize=4096)
def stadium_team(phrase: str) -> str | None:
    """Pure and asked for every place phrase of every result, so remembered."""
    key = normalize(phrase)
    if not (key.startswith(_STADIUM_NAMES) or key.endswith(_STADIUM_NAMES)):
        return None
    for stadium, team in _STADIUMS.items():
        if key.startswith(stadium) or key.endswith(stadium):
            return team
    return None


_STADIUM_NAMES = tuple(_STADIUMS)
_STADIUM_RE = re.compile(
    r"\b("
    + grouped(list(_STADIUMS), [re.escape(name).replace("\\ ", r"\s+") for name in _STADIUMS])
    + r")\b",
)  # searched in normalize()d text only, which is lower case already


_LONGEST_WORDS = sorted({max(normalize(name).split(), key=len) for name in _STADIUMS})
_ANY_LONGEST_WORD = re.compile(grouped(_LONGEST_WORDS, [re.escape(w) for w in _LONGEST_WORDS]))
"""The longest word of each ground's name: a text holding none names no ground."""


def _as_normalized(chars: str) -> dict[int, str]:
    """What normalize() makes of each of these characters, for those it makes ASCII of
    (it works character by character: `ä` -> `a`, `ß` -> `ss`, `’` -> a space)."""
    table = {}
    for char in chars:
        made = normalize(f"x{char}x")[1:-1]
        if made.isascii():
            table[ord(char)] = made
    return table


_COMMON = _as_normalized("äöüÄÖÜßéèêëáàâãíìîóòôõøúùûñçÉÁÍÓÚÑ’‘“”„‚–—…«»‹›·\xa0")


def stadiums_in(text: str) -> list[str]:
    """Teams whose home stadium the text names (`inside Anfield` -> liverpool)."""
    probe = text if text.isascii() else text.translate(_COMMON)
    if probe.isascii() and _ANY_LONGEST_WORD.search(probe.lower()) is None:
        # The words normalize() finds in the text are the probe's lower-cased ones.
        return []
    plain = normalize(text)
    return [_STADIUMS[m.group(1)] for m in _STADIUM_RE.finditer(plain)]
