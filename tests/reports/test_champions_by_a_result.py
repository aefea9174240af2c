"""A result that made a side champions (`mit einem 2:1 gegen Cottbus Deutscher Meister
geworden`, `won the title with a 2-1 win over Charlton`) was a league match, not one of
the cup the report is about."""

from tests.reports.helpers import match, read


def test_german_champions_by_a_result_in_a_cup_report():
    facts = read(
        " date 2007-05-27 Der 1. FC Nürnberg hat den DFB-Pokal gewonnen. Im Finale in Berlin "
        "schlug der Club den VfB Stuttgart am Samstag mit 3:2 nach Verlängerung. Der VfB war "
        "eine Woche zuvor mit einem 2:1 gegen Energie Cottbus im eigenen Stadion Deutscher "
        "Meister geworden."
    )
    assert match(facts, "vfb-stuttgart", "energie-cottbus").competition in (None, "Bundesliga")


def test_english_title_won_by_a_result_in_a_cup_report():
    facts = read(
        " date 2007-05-20 Chelsea won the FA Cup final against Manchester United 1-0 at "
        "Wembley on Saturday. United had clinched the title a week earlier with a 1-0 win at "
        "Manchester City."
    )
    for m in facts.matches:
        if {m.home, m.away} == {"manchester-city", "manchester-united"}:
            assert m.competition in (None, "Premier League")
