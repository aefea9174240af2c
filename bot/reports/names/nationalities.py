"""Nationality words of the countries whose teams reports describe rather than name
(`die deutsche Nationalmannschaft`, `the Spaniards`, `the Mexican club`), by team id."""

# team id -> (German adjective stem, English adjective, German plural, English plurals)
COUNTRIES = {
    "germany": ("deutsch", "German", "Deutschen", "Germans"),
    "france": ("französisch", "French", "Franzosen", "French"),
    "spain": ("spanisch", "Spanish", "Spanier", "Spaniards"),
    "italy": ("italienisch", "Italian", "Italiener", "Italians"),
    "england": ("englisch", "English", "Engländer", ""),
    "netherlands": ("niederländisch", "Dutch", "Niederländer", "Dutch"),
    "portugal": ("portugiesisch", "Portuguese", "Portugiesen", ""),
    "belgium": ("belgisch", "Belgian", "Belgier", "Belgians"),
    "croatia": ("kroatisch", "Croatian", "Kroaten", "Croatians|Croats"),
    "austria": ("österreichisch", "Austrian", "Österreicher", "Austrians"),
    "denmark": ("dänisch", "Danish", "Dänen", "Danes"),
    "sweden": ("schwedisch", "Swedish", "Schweden", "Swedes"),
    "norway": ("norwegisch", "Norwegian", "Norweger", "Norwegians"),
    "poland": ("polnisch", "Polish", "", "Poles"),
    "czechia": ("tschechisch", "Czech", "Tschechen", "Czechs"),
    "hungary": ("ungarisch", "Hungarian", "", "Hungarians"),
    "romania": ("rumänisch", "Romanian", "Rumänen", "Romanians"),
    "serbia": ("serbisch", "Serbian", "Serben", "Serbians|Serbs"),
    "greece": ("griechisch", "Greek", "Griechen", "Greeks"),
    "turkey": ("türkisch", "Turkish", "Türken", "Turks"),
    "ukraine": ("ukrainisch", "Ukrainian", "Ukrainer", "Ukrainians"),
    "scotland": ("schottisch", "Scottish", "Schotten", "Scots"),
    "iceland": ("isländisch", "Icelandic", "Isländer", "Icelanders"),
    "brazil": ("brasilianisch", "Brazilian", "Brasilianer", "Brazilians"),
    "argentina": (
        "argentinisch",
        "Argentine|Argentinian",
        "Argentinier",
        "Argentines|Argentinians",
    ),
    "uruguay": ("uruguayisch", "Uruguayan", "Uruguayer", "Uruguayans"),
    "colombia": ("kolumbianisch", "Colombian", "Kolumbianer", "Colombians"),
    "chile": ("chilenisch", "Chilean", "Chilenen", "Chileans"),
    "mexico": ("mexikanisch", "Mexican", "Mexikaner", "Mexicans"),
    "morocco": ("marokkanisch", "Moroccan", "Marokkaner", "Moroccans"),
    "nigeria": ("nigerianisch", "Nigerian", "Nigerianer", "Nigerians"),
    "algeria": ("algerisch", "Algerian", "Algerier", "Algerians"),
    "japan": ("japanisch", "Japanese", "Japaner", ""),
    "australia": ("australisch", "Australian", "Australier", "Australians"),
    "bulgaria": ("bulgarisch", "Bulgarian", "Bulgaren", "Bulgarians"),
    "russia": ("russisch", "Russian", "Russen", "Russians"),
    "cameroon": ("kamerunisch", "Cameroonian", "Kameruner", "Cameroonians"),
    "tunisia": ("tunesisch", "Tunisian", "Tunesier", "Tunisians"),
    "egypt": ("ägyptisch", "Egyptian", "Ägypter", "Egyptians"),
    "paraguay": ("paraguayisch", "Paraguayan", "Paraguayer", "Paraguayans"),
    "peru": ("peruanisch", "Peruvian", "Peruaner", "Peruvians"),
    "ecuador": ("ecuadorianisch", "Ecuadorian", "Ecuadorianer", "Ecuadorians"),
    "usa": ("amerikanisch", "American", "Amerikaner", "Americans"),
    "switzerland": ("schweizerisch", "Swiss", "Schweizer", "Swiss"),
    "panama": ("panamaisch", "Panamanian", "Panamaer", "Panamanians"),
    "honduras": ("honduranisch", "Honduran", "Honduraner", "Hondurans"),
    "jamaica": ("jamaikanisch", "Jamaican", "Jamaikaner", "Jamaicans"),
    "canada": ("kanadisch", "Canadian", "Kanadier", "Canadians"),
    "ghana": ("ghanaisch", "Ghanaian", "Ghanaer", "Ghanaians"),
    "soviet-union": ("sowjetisch", "Soviet", "Sowjets", "Soviets"),
    "czechoslovakia": (
        "tschechoslowakisch",
        "Czechoslovak|Czechoslovakian",
        "Tschechoslowaken",
        "Czechoslovaks|Czechoslovakians",
    ),
    "yugoslavia": ("jugoslawisch", "Yugoslav|Yugoslavian", "Jugoslawen", "Yugoslavs|Yugoslavians"),
}

ADJ_TEAM = {}
PLURAL_TEAM = {}
for _team, (_de, _en, _de_pl, _en_pl) in COUNTRIES.items():
    ADJ_TEAM[_de] = _team
    for _word in _en.split("|"):
        ADJ_TEAM[_word.lower()] = _team
    for _word in [_de_pl, *_en_pl.split("|")]:
        if _word:
            PLURAL_TEAM[_word.lower()] = _team

# The German plural of women players (`die Französinnen`, `die Schwedinnen`): a women's
# side, which the golds give as the country's team; the men's plural in -er takes -innen.
_WOMEN_DE = {
    "france": "Französinnen", "denmark": "Däninnen", "sweden": "Schwedinnen",
    "portugal": "Portugiesinnen", "scotland": "Schottinnen", "czechia": "Tschechinnen",
    "russia": "Russinnen", "greece": "Griechinnen", "chile": "Chileninnen",
}  # fmt: skip
for _team, (_de, _en, _de_pl, _en_pl) in COUNTRIES.items():
    _word = _WOMEN_DE.get(_team) or (_de_pl + "innen" if _de_pl.endswith("er") else "")
    if _word:
        PLURAL_TEAM[_word.lower()] = _team
