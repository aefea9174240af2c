"""Sanity of the curated team data: a new entry that collides by accident fails here."""

from __future__ import annotations

import json
from collections import Counter

from bot.teams.names import normalize
from bot.teams.resolver import DATA_FILE, TeamResolver

ENTRIES = json.loads(DATA_FILE.read_text(encoding="utf-8"))

# Every alias that names several teams on purpose; the resolver then asks for context.
KNOWN_AMBIGUOUS = {
    "alte dame": {"hertha-bsc", "juventus"},
    "andalusier": {"real-betis", "sevilla"},
    "atletico": {"atletico-madrid", "atletico-mineiro"},
    "azzurri": {"italy", "napoli"},
    "borussia": {"borussia-dortmund", "borussia-monchengladbach"},
    "city": {
        "birmingham-city", "bristol-city", "cardiff-city", "coventry-city", "hull-city",
        "leicester-city", "manchester-city", "norwich-city", "nycfc", "orlando-city",
        "st-louis-city", "stoke-city", "swansea-city",
    },
    "cska": {"cska-moscow", "cska-sofia"},
    "zska": {"cska-moscow", "cska-sofia"},
    "dynamo": {"dynamo-dresden", "dynamo-kyiv", "houston-dynamo"},
    "eintracht": {"eintracht-braunschweig", "eintracht-frankfurt"},
    "fcb": {"basel", "bayern-munich"},
    "fck": {"copenhagen", "fc-kaiserslautern"},
    "fcm": {"fc-magdeburg", "midtjylland"},
    "fcn": {"fc-nurnberg", "nordsjaelland"},
    "fortuna": {"fortuna-dusseldorf", "fortuna-sittard"},
    "frankfurter": {"eintracht-frankfurt", "fsv-frankfurt"},
    "hamburger": {"fc-st-pauli", "hamburger-sv"},
    "inter": {"inter-miami", "inter-milan"},
    "katalanen": {"barcelona", "espanyol", "girona"},
    "la roja": {"chile", "spain"},
    "londoner": {
        "arsenal", "brentford", "chelsea", "crystal-palace", "fulham", "tottenham", "west-ham",
    },
    "lowen": {"1860-munich", "eintracht-braunschweig"},
    "maccabi": {"maccabi-haifa", "maccabi-tel-aviv"},
    "madrilenen": {"atletico-madrid", "getafe", "rayo-vallecano", "real-madrid"},
    "mailander": {"ac-milan", "inter-milan"},
    "munchner": {"1860-munich", "bayern-munich"},
    "nacional": {"atletico-nacional", "nacional"},
    "olimpia": {"cd-olimpia", "olimpia"},
    "olympique": {"lyon", "marseille"},
    "pariser": {"paris-fc", "psg"},
    "racing": {"racing-club", "racing-santander"},
    "real": {"real-madrid", "real-sociedad"},
    "romer": {"lazio", "roma"},
    "saarlander": {"fc-saarbrucken", "sv-elversberg"},
    "santos": {"santos", "santos-laguna"},
    "selecao": {"brazil", "portugal"},
    "sparta": {"sparta-prague", "sparta-rotterdam"},
    "sporting": {"sporting-cp", "sporting-gijon", "sporting-kc"},
    "tfc": {"toronto-fc", "toulouse"},
    "union": {"philadelphia-union", "union-berlin", "union-sg"},
    "united": {
        "atlanta-united", "dc-united", "dundee-united", "leeds-united", "manchester-united",
        "minnesota-united", "newcastle-united", "sheffield-united", "west-ham",
    },
}  # fmt: skip
KNOWN_AMBIGUOUS |= {
    spelt: KNOWN_AMBIGUOUS[plain]
    for plain, spelt in (
        ("lowen", "loewen"), ("mailander", "mailaender"), ("munchner", "muenchner"),
        ("romer", "roemer"), ("saarlander", "saarlaender"),
    )
}  # fmt: skip
"""The same nicknames as English text spells them without umlauts."""
KNOWN_AMBIGUOUS |= {
    plain + "n": owners
    for plain, owners in list(KNOWN_AMBIGUOUS.items())
    if plain.endswith("er") and plain != "inter"
}
"""A German town plural in the dative (`den Münchnern`) is as ambiguous as the plural."""
KNOWN_AMBIGUOUS |= {
    plain + "innen": owners
    for plain, owners in list(KNOWN_AMBIGUOUS.items())
    if plain.endswith("er") and plain != "inter"
}
"""So is its women's plural (`die Münchnerinnen`)."""

# Words of running English or German, first names and venue cities that must never
# name a team by themselves.
COMMON_WORDS = (
    "the der die das and und final finale forest villa reading nice derby rapid sturm "
    "standard energie halle wehen sechzig hearts crew fire revolution impact sheriff "
    "leon america river austin charlotte paris munich munchen london lisbon us berliner "
    "rekordmeister championship pokal"
).split()


def test_ids_are_unique_slugs():
    ids = [entry["id"] for entry in ENTRIES]
    assert len(ids) == len(set(ids))
    for team_id in ids:
        assert team_id == team_id.lower() and " " not in team_id and normalize(team_id)


def test_every_entry_has_english_and_german_names_and_a_kind():
    for entry in ENTRIES:
        assert entry["names"].get("en") and entry["names"].get("de"), entry["id"]
        assert entry["kind"] in ("club", "national"), entry["id"]
        assert entry["country"], entry["id"]


def test_no_alias_normalizes_to_nothing():
    for entry in ENTRIES:
        for lang, names in entry.get("aliases", {}).items():
            assert lang in ("any", "en", "de"), entry["id"]
            for alias in names:
                assert normalize(alias), (entry["id"], alias)


def test_only_the_listed_aliases_are_ambiguous():
    index = TeamResolver.default().keys()
    ambiguous = {key: owners for key, owners in index.items() if len(owners) > 1}
    assert ambiguous == KNOWN_AMBIGUOUS


def test_common_words_are_not_aliases():
    index = TeamResolver.default().keys()
    for word in COMMON_WORDS:
        assert word not in index, word


def test_coverage_of_the_leagues_the_brief_names():
    countries = Counter(entry["country"] for entry in ENTRIES if entry["kind"] == "club")
    assert countries["GER"] >= 36 and countries["ENG"] >= 30
    assert countries["ESP"] >= 20 and countries["ITA"] >= 20 and countries["FRA"] >= 18
    assert countries["USA"] + countries["CAN"] >= 29 and countries["MEX"] >= 18
    assert sum(1 for entry in ENTRIES if entry["kind"] == "national") >= 80


def test_word_names_name_known_teams_and_are_no_aliases():
    resolver = TeamResolver.default()
    names = [(word, entry["id"]) for entry in ENTRIES for word in entry.get("word_names", ())]
    assert names
    for word, team_id in names:
        assert team_id in resolver.teams, word
        assert word[0].isupper() and " " not in word, word
        assert normalize(word) not in resolver.keys(), word
