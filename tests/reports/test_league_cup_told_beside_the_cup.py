"""The League Cup by its sponsors' names (`Littlewoods Cup`, `Carling Cup`), and a
competition named in an earlier clause with a result of its own (`Tottenham beat Chelsea
2-1 in the Carling Cup final last month, and Portsmouth had reached the final by beating
West Brom 1-0 in the semi-final`), which is that result's and not the later one's. Texts
written for these tests."""

from __future__ import annotations

from tests.reports.helpers import match, read

_EN = (
    " date 2008-05-19 LONDON (AP) -- Portsmouth won the FA Cup for the first time since "
    "1939, beating Cardiff City 1-0 in the final at Wembley on Saturday. It has been a "
    "spring of surprises. Tottenham beat Chelsea 2-1 in the Carling Cup final at Wembley "
    "in February, and Portsmouth had reached the final by beating West Bromwich Albion 1-0 "
    "in the semi-final at Wembley."
)


def test_a_sponsors_name_of_the_league_cup():
    assert match(read(_EN), "tottenham", "chelsea").competition == "EFL Cup"


def test_the_later_clause_keeps_the_main_cup():
    semi = match(read(_EN), "portsmouth", "west-brom")
    assert (semi.score, semi.competition) == ((1, 0), "FA Cup")


def test_a_german_league_cup_clause_before_the_cup_semi_final():
    facts = read(
        " date 2008-05-19 London (dpa) - Der FC Portsmouth hat den FA Cup gewonnen und im "
        "Finale Cardiff City am Samstag mit 1:0 besiegt. Tottenham hatte im Februar das "
        "Ligapokal-Finale gegen Chelsea mit 2:1 gewonnen, und Portsmouth hatte das Finale "
        "durch ein 1:0 gegen West Bromwich Albion im Halbfinale erreicht."
    )
    assert [m.competition for m in facts.matches if "west-brom" in (m.home, m.away)] in (
        [],
        ["FA Cup"],
    )
