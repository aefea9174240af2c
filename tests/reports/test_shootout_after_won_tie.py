"""A shoot-out told beside a tie its side already won on the sum of both legs (`won 1-0
in the first leg ..., then drew 1-1`) is not that second leg's: the tie ended level
in no way, so the shoot-out is another match's (the final the story is about)."""

from tests.reports.helpers import read

EN = (
    " date 2020-06-18 Napoli win the Coppa Italia final on penalties. Napoli win the "
    "shoot-out 4-2.\n\nHOW THEY GOT HERE: Napoli won 1-0 at San Siro in the first leg of "
    "their semi-final against Inter in February, then drew 1-1 with Inter in Naples last "
    "Saturday."
)
DE = (
    " date 2020-06-18 Napoli gewinnt das Pokalfinale im Elfmeterschießen. Napoli gewann das "
    "Elfmeterschießen mit 4:2.\n\nIm Halbfinale hatte Napoli das Hinspiel bei Inter Mailand "
    "mit 1:0 gewonnen und im Rückspiel in Neapel 1:1 gegen Inter gespielt."
)


def test_english_second_leg_of_a_won_tie_gets_no_shootout():
    assert all(m.penalties is None for m in read(EN).matches if m.leg == 2)


def test_german_second_leg_of_a_won_tie_gets_no_shootout():
    assert all(m.penalties is None for m in read(DE).matches if m.leg == 2)


def test_a_level_tie_keeps_its_shootout():
    facts = read(
        " date 2020-06-18 Napoli lost the first leg 0-1 to Inter in February. On Wednesday "
        "Napoli beat Inter 1-0 in the second leg in Naples and won the shoot-out 4-2."
    )
    assert [m.penalties for m in facts.matches if m.leg == 2] == [(4, 2)]
