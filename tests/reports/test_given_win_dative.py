"""A side named right after a verb of giving and before the win it got (`sicherte
Galatasaray damit den 1:0-Sieg`, `gave Galatasaray a 1-0 win`) is the winner, not the
opponent, when the clause's subject is a person (set 76, Podolski's cup final)."""

from __future__ import annotations

from tests.reports.helpers import read


def _winners(facts):
    return {(m.home, m.away, m.score) for m in facts.matches}


def test_sicherte_nickname_den_sieg_de():
    facts = read(
        " date 2016-05-27 Lukas Podolski hat Galatasaray Istanbul den Pokal gerettet. Der "
        "Weltmeister erzielte am Donnerstagabend im Finale des türkischen Pokals gegen den "
        'Erzrivalen Fenerbahçe das einzige Tor des Abends und sicherte "Cimbom" damit den '
        "1:0-Sieg. Fenerbahçe, in der Liga Zweiter, fand gegen die Galatasaray-Abwehr kaum "
        "Lücken."
    )
    assert _winners(facts) == {("galatasaray", "fenerbahce", (1, 0))}


def test_gave_side_a_win_en():
    facts = read(
        " date 2016-05-27 The world champion scored the only goal of the Turkish Cup final "
        "against Fenerbahce on Thursday night and gave Galatasaray a 1-0 win."
    )
    assert not any(
        (home, away, score)
        in {("fenerbahce", "galatasaray", (1, 0)), ("galatasaray", "fenerbahce", (0, 1))}
        for home, away, score in _winners(facts)
    )


def test_bescherte_dem_club_einen_sieg_de():
    facts = read(
        " date 2016-05-27 Im Pokalfinale traf Thomas Müller am Samstag gegen Borussia Dortmund "
        "in der Nachspielzeit und bescherte dem FC Bayern einen 2:1-Sieg. Die Dortmunder waren "
        "enttäuscht."
    )
    assert ("borussia-dortmund", "bayern-munich", (2, 1)) not in _winners(facts)
    assert ("bayern-munich", "borussia-dortmund", (1, 2)) not in _winners(facts)
