"""`ein irres Finale`, `a frantic finale`: the wild end of a game, not a cup final, so a
round-up's opening that promises one gives its main match no stage `final`."""

from bot.reports.matches.rounds import stage_at


def _stages(text):
    return [stage for _, stage in stage_at(text)]


def test_german_wild_ending_is_no_final():
    assert _stages("Drei Spiele, ein verrücktes Finale und viele Tore: der Spieltag.") == []
    assert _stages("Das Spiel bot ein furioses Finale mit zwei Toren.") == []


def test_english_finale_is_an_ending():
    assert _stages("It set up a grandstand finale in which both keepers were busy.") == []


def test_a_final_stays_a_final():
    assert _stages("Bayern gewann das Finale gegen Dortmund.") == ["final"]
    assert _stages("Das Finale in Berlin war ein packendes Spiel.") == ["final"]
    assert _stages("Liverpool won the final in Madrid.") == ["final"]
