"""`Der Klub aus São Paulo`, `the club from São Paulo`: where the town's own club is named
nowhere else, the name is the town of a side the text names elsewhere (Palmeiras), not
São Paulo FC; and `Aztekenstadion` is the Estadio Azteca."""

import pytest

from tests.reports.helpers import match, read

TEXTS = [
    " date 2021-09-29 Titelverteidiger Palmeiras steht erneut im Finale der Copa "
    "Libertadores. Der Klub aus São Paulo kam am Dienstagabend im Halbfinal-Rückspiel bei "
    "Atlético Mineiro zu einem 1:1 (0:0).",
    " date 2021-09-29 Holders Palmeiras are back in the Copa Libertadores final. The club "
    "from São Paulo drew 1-1 at Atlético Mineiro in the second leg of the semi-final on "
    "Tuesday night.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_the_club_from_a_town_named_like_a_club(text):
    facts = read(text)
    assert all("sao-paulo" not in (m.home, m.away) for m in facts.matches)
    assert match(facts, "atletico-mineiro", "palmeiras").score == (1, 1)


def test_the_town_club_named_elsewhere_stays_open():
    text = (
        " date 2021-09-29 Palmeiras und São Paulo FC spielen beide in der Copa Libertadores. "
        "Der Klub aus São Paulo kam am Dienstagabend bei Atlético Mineiro zu einem 1:1 (0:0)."
    )
    facts = read(text)
    assert all("palmeiras" not in (m.home, m.away) for m in facts.matches)


def test_aztekenstadion_is_americas_ground():
    text = (
        " date 2023-12-18 Am Sonntagabend im Aztekenstadion: Club América schlug Tigres UANL "
        "im Finalrückspiel mit 3:1 nach Verlängerung."
    )
    assert match(read(text), "club-america", "tigres").score == (3, 1)
