"""The host nation of a tournament plays its matches at home, even where the report names
only the town (`RIO DE JANEIRO (AP)`) or no ground at all; the other sides' matches stay on
neutral ground."""

from tests.reports.helpers import match, read


def test_host_semi_final_of_its_own_world_cup_de():
    facts = read(
        " date 2006-07-05 Im vollen Stadion war die Stimmung lange gut. Italien hat das "
        "WM-Halbfinale gegen Deutschland am Dienstagabend mit 2:0 nach Verlängerung gewonnen."
    )
    semi = match(facts, "germany", "italy")
    assert (semi.score, semi.neutral) == ((0, 2), False)


def test_match_without_the_host_stays_neutral_de():
    facts = read(
        " date 2006-07-01 Hamburg (dpa) - Italien hat im WM-Viertelfinale am Freitagabend die "
        "Ukraine mit 3:0 besiegt."
    )
    assert match(facts, "italy", "ukraine").neutral is True


def test_host_final_in_its_own_country_en():
    facts = read(
        " date 2013-07-01 RIO DE JANEIRO (AP) — Spain lost the Confederations Cup final 3-0 to "
        "Brazil on Sunday night at the Maracana."
    )
    final = match(facts, "brazil", "spain")
    assert (final.score, final.neutral) == ((3, 0), False)


def test_host_final_drawn_en():
    facts = read(
        " date 2015-07-05 SANTIAGO, Chile (AP) — Argentina lost the Copa America final to Chile "
        "on penalties on Saturday after a 0-0 draw."
    )
    assert match(facts, "chile", "argentina").neutral is False
