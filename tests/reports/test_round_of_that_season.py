"""`In der Gruppenphase jener Saison`, `in the group stage that season`: a round of an
earlier season the report looked back on is no stage of the match it tells."""

from bot.reports.matches.pastedition import past_edition
from tests.reports.helpers import read


def test_round_of_that_season_is_a_past_edition():
    german = "In der Gruppenphase jener Saison hatten sich beide Klubs zweimal getrennt."
    english = "They had met twice in the group stage that season."
    assert past_edition(german, german.index("Gruppenphase"), "2001-04-18")
    assert past_edition(english, english.index("group stage"), "2001-04-18")
    plain = "In der Gruppenphase hatten sich beide Klubs getrennt."
    assert not past_edition(plain, plain.index("Gruppenphase"), "2001-04-18")


def test_first_leg_takes_no_group_stage_of_another_season():
    facts = read(
        " date 2001-04-18 Am Mittwochabend trifft der FC Bayern im Viertelfinal-Rückspiel auf "
        "Arsenal. Vor zwei Wochen gewann die Mannschaft von Ottmar Hitzfeld das Hinspiel in "
        "London mit 2:0. Im Finale von 1999 hatte Bayern noch verloren. In der Gruppenphase "
        "jener Saison hatten sich beide Klubs zweimal unentschieden getrennt."
    )
    assert all(m.stage != "group" for m in facts.matches)
