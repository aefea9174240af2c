"""stadiums_in skips normalize() for text naming no ground: the skip must find what
the full search finds, accents, curly quotes and unusual letters included."""

from bot.reports.names.stadiums import _STADIUM_RE, _STADIUMS, stadiums_in
from bot.teams.names import normalize


def _full_search(text: str) -> list[str]:
    return [_STADIUMS[m.group(1)] for m in _STADIUM_RE.finditer(normalize(text))]


def test_grounds_are_found_through_accents_and_quotes():
    assert stadiums_in("Benfica won at the Estádio da Luz.") == ["benfica"]
    assert stadiums_in("„Im Ludwigspark“ gewann Saarbrücken.") == ["fc-saarbrucken"]
    assert stadiums_in("Liverpool’s night at ANFIELD…") == ["liverpool"]
    assert stadiums_in("Şükrü Saracoğlu was full.") == ["fenerbahce"]
    assert stadiums_in("Bayern siegte in der Allianz\xa0Arena.") == ["bayern-munich"]


def test_the_skip_agrees_with_the_full_search():
    texts = [
        "Die Bayern gewannen 2:1 gegen Dortmund.",
        "Real Madrid beat Juventus – “a night to remember” – in front of 80,000.",
        "Er traf im Wankdorf und im St. Jakob-Park.",
        "Stamford Bridge, Old Trafford and the Etihad.",
        "Der Ball flog über die Ŀinie.",
        "ﬁeld of dreams: Villa Park’s finest.",
        "Ånfield",
        "",
    ]
    for text in texts:
        assert stadiums_in(text) == _full_search(text), text
