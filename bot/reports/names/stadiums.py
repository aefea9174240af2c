"""Grounds and their clubs (`Anfield` -> liverpool): a stadium named near a result
tells its host, and a name that is a ground must not be read as a city."""

from __future__ import annotations

import re
from functools import lru_cache

from bot.competitions.scan import grouped
from bot.reports.names.groundlist import MORE_GROUNDS
from bot.reports.text.holdsany import holds_any
from bot.teams.names import normalize

_STADIUMS = {
    "anfield": "liverpool", "camp nou": "barcelona", "spotify camp nou": "barcelona",
    "nou camp": "barcelona",
    "estadi olimpic lluis companys": "barcelona", "montjuic": "barcelona",
    "bernabeu": "real-madrid", "santiago bernabeu": "real-madrid",
    "allianz arena": "bayern-munich", "frottmaning": "bayern-munich", "etihad": "manchester-city",
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
    "mhpariena": "vfb-stuttgart", "mhparena": "vfb-stuttgart", "bad cannstatt": "vfb-stuttgart",
    "cannstatter wasen": "vfb-stuttgart", "volkswagen arena": "vfl-wolfsburg",
    "borussia park": "borussia-monchengladbach", "weserstadion": "werder-bremen",
    "europa park stadion": "sc-freiburg", "rheinenergiestadion": "fc-koln",
    "volksparkstadion": "hamburger-sv", "an der alten forsterei": "union-berlin",
    "philips stadion": "psv", "de kuip": "feyenoord", "stade velodrome": "marseille",
    "groupama stadium": "lyon", "stade louis ii": "monaco", "ali sami yen": "galatasaray",
    "rams park": "galatasaray", "sukru saracoglu": "fenerbahce", "bbva stadium": "monterrey",
    "estadio bbva": "monterrey", "estadio universitario": "tigres",
    "estadio azteca": "club-america", "aztekenstadion": "club-america",
    "chase stadium": "inter-miami", "drv pnk stadium": "inter-miami", "bmo stadium": "lafc",
    "banc of california stadium": "lafc", "lower com field": "columbus-crew",
    "la bombonera": "boca-juniors", "bombonera": "boca-juniors", "monumental": "river-plate",
    "red bull arena salzburg": "rb-salzburg", "wankdorf": "young-boys", "st jakob park": "basel",
    "ludwigspark": "fc-saarbrucken", "fritz walter stadion": "fc-kaiserslautern",
    "betzenberg": "fc-kaiserslautern", "millerntor": "fc-st-pauli",
    "wildparkstadion": "karlsruher-sc", "mewa arena": "mainz-05",
    "prezero arena": "tsg-hoffenheim", "wwk arena": "fc-augsburg", "ruhrstadion": "vfl-bochum",
    "voith arena": "fc-heidenheim", "max morlock stadion": "fc-nurnberg",
    "merkur spiel arena": "fortuna-dusseldorf", "stade de france": "france", "wembley": "england",
    "stubhub center": "la-galaxy", "home depot center": "la-galaxy",
    "dignity health sports park": "la-galaxy", "gillette stadium": "new-england",
    "providence park": "portland-timbers", "lumen field": "seattle-sounders",
    "centurylink field": "seattle-sounders", "mapfre stadium": "columbus-crew",
    "audi field": "dc-united", "subaru park": "philadelphia-union",
    "talen energy stadium": "philadelphia-union", "parkstadion gelsenkirchen": "schalke-04",
    "arena aufschalke": "schalke-04", "king power stadium": "leicester-city",
    "american express stadium": "brighton", "amex stadium": "brighton",
    "vitality stadium": "bournemouth", "st mary s stadium": "southampton",
    "carrow road": "norwich-city", "turf moor": "burnley", "bramall lane": "sheffield-united",
    "gtech community stadium": "brentford", "brentford community stadium": "brentford",
    "city ground": "nottingham-forest", "hillsborough": "sheffield-wednesday",
    "kenilworth road": "luton-town", "portman road": "ipswich-town", "vicarage road": "watford",
    "hampden park": "scotland", "hampden": "scotland",
    "millennium stadium": "wales", "principality stadium": "wales",
    "pittodrie": "aberdeen", "tynecastle": "hearts",
    "stade pierre mauroy": "lille", "allianz riviera": "nice",
    "stade geoffroy guichard": "saint-etienne", "afas stadion": "az-alkmaar",
    "stadio artemio franchi": "fiorentina", "artemio franchi": "fiorentina",
    "renato dall ara": "bologna", "stadio renato dall ara": "bologna",
    "mapei stadium": "sassuolo", "dacia arena": "udinese", "bluenergy stadium": "udinese",
    "vila belmiro": "santos", "allianz parque": "palmeiras", "morumbi": "sao-paulo",
    "estadio libertadores de america": "independiente", "gran parque central": "nacional",
    "stadio luigi ferraris": "genoa", "luigi ferraris": "genoa", "puskas arena": "hungary",
    "ernst happel stadion": "austria", "stadion narodowy": "poland", "parken": "copenhagen",
}  # fmt: skip
_STADIUMS.update((normalize(name), team) for name, team in MORE_GROUNDS.items())


_SHARED = {
    "stadio olimpico": ("roma", "lazio"), "olimpico": ("roma", "lazio"),
    "san siro": ("ac-milan", "inter-milan"), "giuseppe meazza": ("ac-milan", "inter-milan"),
    "stadio giuseppe meazza": ("ac-milan", "inter-milan"),
    "maracana": ("flamengo", "fluminense"), "estadio do maracana": ("flamengo", "fluminense"),
}  # fmt: skip
"""Grounds two clubs share: one names its host only beside a result whose pair holds
one of its clubs, never as the story's ground."""
GROUND_NAMES = frozenset(_STADIUMS) | frozenset(_SHARED)
"""Every ground named here, normalized (lower case, plain letters)."""


def shared_host(text: str, at: int, place: str, pair: tuple[str, str]) -> str | None:
    """The club of a result's pair whose shared ground `place` is, where the place is
    told of the game itself (`im Hinspiel in San Siro`, `1:0 im Olimpico`), not of fans
    watching `on giant screens at the Olimpico`."""
    key = normalize(place)
    clubs = _SHARED.get(key[4:] if key.startswith("the ") else key, ())
    owners = [team for team in pair if team in clubs]
    if len(owners) != 1 or not _PLAYED_BEFORE.search(text, max(0, at - 40), at):
        return None
    return owners[0]


_PLAYED_BEFORE = re.compile(
    r"(?:\d\s?[-:–]\s?\d|hinspiel|rückspiel|leg|duell|match|game|spiel|partie|derby)\W+"
    r"(?:\w+\W+){0,3}$|"
    r"\d\s?[-:–]\s?\d[\s-]+(?:win|victory|defeat|loss|draw|sieg|erfolg|niederlage)\s+"
    r"(?:over|against|to|with|gegen)\s+(?:the\s+|den\s+|dem\s+)?(?:(?-i:[A-ZÄÖÜ])[\w.'’-]*\s+){1,3}$",
    re.I,
)
"""`1:0 im Olimpico`, `a 1-0 win over Bayer Leverkusen at the Stadio Olimpico`: the ground
told of the game itself."""


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


_COMMON_TEXT = {chr(code): made for code, made in _COMMON.items()}
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_FOREIGN = re.compile("[^\\x00-\\x7f" + "".join(map(re.escape, _COMMON_TEXT)) + "]")
"""A character that is neither ASCII nor one _COMMON makes ASCII."""


def _ascii_probe(text: str) -> str | None:
    """`text.translate(_COMMON)` when that is all ASCII, else None. A translate by dict
    costs about 0.1 µs a character (20 µs a sentence); this, a call per non-ASCII one."""
    if text.isascii():
        return text
    if _FOREIGN.search(text):
        return None
    return _NON_ASCII.sub(_made_ascii, text)


def _made_ascii(match: re.Match[str]) -> str:
    return _COMMON_TEXT[match.group()]


def stadiums_in(text: str) -> list[str]:
    """Teams whose home stadium the text names (`inside Anfield` -> liverpool)."""
    probe = _ascii_probe(text)
    if probe is not None and _ANY_LONGEST_WORD.search(probe.lower()) is None:
        # The words normalize() finds in the text are the probe's lower-cased ones.
        return []
    plain = normalize(text)
    return [_STADIUMS[m.group(1)] for m in _STADIUM_RE.finditer(plain)]


def stadiums_of(text: str, teams: tuple[str, ...]) -> list[str]:
    """`stadiums_in(text)` kept to `teams` (a match's two sides), told first by a look for
    the longest words of their own grounds' names only: most sentences of a report hold
    none, and most of them hold some other ground's word ("park", "arena", "center")."""
    words = _own_words(teams)
    if not words:
        return []
    probe = _ascii_probe(text)
    if probe is not None:
        low = probe.lower()
        if not holds_any(low, words):
            return []
    return [team for team in stadiums_in(text) if team in teams]


def names_none_of_grounds(text: str, teams) -> bool:
    """True only where no stretch of `text` is a name `stadium_team` takes to one of
    `teams`: none of them has a known ground, or the probe (what normalize() makes of each
    character, lower-cased) holds none of their grounds' longest words. normalize() works
    character by character, so the key of a stretch of `text` is a stretch of the probe
    with its runs of other characters made one blank, and a key that starts or ends with
    a ground's name holds that name's longest word. False (not known) where the text has
    a character the probe does not map."""
    words = _own_words(tuple(teams))
    if not words:
        return True
    probe = _ascii_probe(text)
    if probe is None:
        return False
    low = probe.lower()
    return not holds_any(low, words)


def have_grounds(teams: tuple[str, ...]) -> bool:
    """Whether a ground of one of these teams is known (else no text names one)."""
    return holds_any(_GROUND_WORDS, teams)


def _own_words(teams: tuple[str, ...]) -> list[str]:
    return [word for team in teams for word in _GROUND_WORDS.get(team, ())]


_GROUND_WORDS: dict[str, set[str]] = {}
"""The longest word of each name of a team's grounds."""
for _name, _team in _STADIUMS.items():
    _GROUND_WORDS.setdefault(_team, set()).add(max(normalize(_name).split(), key=len))
