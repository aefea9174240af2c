"""A round-up's result heading that ends on its town in brackets (`Peru 0, Denmark 1
(Saransk)`, `(Rostov-on-Don)`, a town that is also a club's name) still heads the
paragraph under it: its goals are that match's."""

from tests.reports.helpers import match, read


def test_a_result_heading_with_its_town_in_brackets_heads_its_paragraph():
    facts = read(
        " date 2018-06-25 WORLD CUP: Monday round-up\n\n"
        "Sweden 1, South Korea 0 (Nizhny Novgorod)\n"
        "Andreas Granqvist converted a penalty in the 65th minute.\n\n"
        "Belgium 3, Panama 0 (Rostov-on-Don)\n"
        "Dries Mertens volleyed in the opener in the 47th minute, and Romelu Lukaku headed "
        "in twice, in the 69th and 75th minutes.\n"
    )
    belgium = match(facts, "belgium", "panama")
    assert [(g.player, g.minute) for g in belgium.goals] == [
        ("Dries Mertens", 47),
        ("Romelu Lukaku", 69),
        ("Romelu Lukaku", 75),
    ]
