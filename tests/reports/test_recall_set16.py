"""Results missed on unseen set 16, each a phrase family with sentences written for the
tests: a pronoun subject of a subordinate clause, and the German verb after a score."""

import pytest

from tests.reports.helpers import match, read, tie


@pytest.mark.parametrize(
    "told",
    [
        " date 2010-05-16 Bayern won the cup. In the Champions League quarterfinals Bayern "
        "knocked out Manchester United on away goals after they had won the first leg 2-1 at "
        "home and lost the second leg 3-2 at Old Trafford.",
        " date 2010-05-16 Bayern gewann das Pokalfinale. Im Viertelfinale der Champions League "
        "setzten sich die Münchner gegen Manchester United nur dank der Auswärtstore durch, "
        "nachdem sie das Hinspiel zu Hause 2:1 gewonnen und das Rückspiel in Old Trafford 2:3 "
        "verloren hatten.",
    ],
)
def test_a_pronoun_in_a_subordinate_clause_is_the_main_clauses_subject(told):
    facts = read(told)
    first = match(facts, "bayern-munich", "manchester-united")
    second = match(facts, "manchester-united", "bayern-munich")
    assert (first.score, first.leg) == ((2, 1), 1)
    assert (second.score, second.leg) == ((3, 2), 2)
    found = tie(facts, "bayern-munich", "manchester-united")
    assert (found.winner, found.decided_by) == ("bayern-munich", "away_goals")


def test_a_pronoun_after_a_clause_naming_more_teams_gives_no_side():
    facts = read(
        " date 2010-05-16 Bayern beat Schalke in the cup and Arsenal in Europe, after they had "
        "lost 1-0 at Hertha in the league."
    )
    assert not [m for m in facts.matches if "arsenal" in (m.home, m.away)]


def test_after_a_dash_die_is_an_article_not_a_relative_pronoun():
    facts = read(
        " date 2010-05-16 Bayern gewann das Pokalfinale gegen Werder Bremen mit 4:0. Der "
        "Niederländer war schon im Halbfinale der Matchwinner gewesen, als er bei Schalke 04 in "
        "der 112. Minute das einzige Tor der Verlängerung erzielte – die Münchner siegten damals "
        "1:0 n. V."
    )
    found = match(facts, "schalke-04", "bayern-munich")
    assert (found.score, found.extra_time) == ((0, 1), True)
