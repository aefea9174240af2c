"""The quick looks in front of the stadium finder change nothing it finds."""

from bot.reports.names.stadiums import _STADIUMS, stadiums_in, stadiums_of

SENTENCES = [
    "Real Madrid won 2-1 at the Santiago Bernabéu on Tuesday.",
    "Im Estádio do Dragão gewann Porto gegen den FC Bayern 3:1.",
    "Die Bayern siegten in der ausverkauften Allianz Arena mit 2:0 – „verdient“.",
    "Liverpool, at Anfield, beat Chelsea; Stamford Bridge waits next week.",
    "The game at Red Bull Arena in Harrison ended 1-1 in the park’s rain.",
    "Galatasaray verlor im Ali Sami Yen gegen Fenerbahçe.",
    "In İstanbul war es kalt, kein Stadion wurde genannt.",
    "Beim 1:1 im Signal Iduna Park traf Reus für den BVB.",
]


def test_a_pair_s_grounds_are_found_as_the_whole_finder_finds_them():
    teams = sorted(set(_STADIUMS.values()))
    pairs = [(a, b) for a in teams[::7] for b in teams[3::11]]
    pairs += [("real-madrid", "porto"), ("bayern-munich", "liverpool"), ("galatasaray", "x")]
    for text in SENTENCES:
        for pair in pairs:
            expected = [team for team in stadiums_in(text) if team in pair]
            assert stadiums_of(text, pair) == expected, (text, pair)


def test_grounds_are_named_with_accents_and_curly_quotes():
    assert stadiums_of(SENTENCES[0], ("real-madrid", "x")) == ["real-madrid"]
    assert stadiums_of(SENTENCES[1], ("porto", "bayern-munich")) == ["porto"]
    assert stadiums_of(SENTENCES[2], ("bayern-munich", "x")) == ["bayern-munich"]
    assert stadiums_of(SENTENCES[3], ("liverpool", "chelsea")) == ["liverpool", "chelsea"]
