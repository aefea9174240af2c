"""A ground told with the crowd's adjective (`im ausverkauften Maracanã`, `at a packed
Bombonera`) still names the host; a team named only after an aggregate that follows a
leg's score (`war 1:1 ausgegangen, nach dem Gesamtergebnis von 4:1 trifft der Klub auf
X`) is told with the tie, not as the leg's opponent. Texts written for these tests."""

from __future__ import annotations

from tests.reports.helpers import match, read, tie


def test_a_german_ground_with_its_crowd_and_a_tally_clause():
    facts = read(
        " date 2021-10-01 Rio de Janeiro (SID) - Fluminense steht im Finale. Der Klub "
        "schlug am Donnerstagabend im Halbfinal-Rückspiel im ausverkauften Maracanã den "
        "Favoriten Palmeiras mit 3:0. Das Hinspiel vor zwei Wochen in São Paulo war 1:1 "
        "ausgegangen, nach dem Gesamtergebnis von 4:1 trifft der Tricolor nun im "
        "Endspiel auf Boca Juniors aus Argentinien."
    )
    assert match(facts, "fluminense", "palmeiras").score == (3, 0)
    assert match(facts, "palmeiras", "fluminense").score == (1, 1)
    assert tie(facts, "fluminense", "palmeiras").winner == "fluminense"
    assert not [t for t in facts.ties if "boca-juniors" in t.teams]


def test_an_english_ground_with_its_crowd():
    facts = read(
        " date 2021-10-01 (AP) - Boca Juniors beat Palmeiras 2-0 in the Copa Libertadores "
        "at a packed Bombonera on Wednesday night."
    )
    assert match(facts, "boca-juniors", "palmeiras").score == (2, 0)
