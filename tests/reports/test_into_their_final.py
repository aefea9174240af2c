"""`sent the Dutch side into their first European Cup final`: the round reached, not
the one played, with a possessive between the verb and the round as with `the`."""

from bot.reports.matches.rounds import stage_at


def test_into_their_first_final_names_the_round_played_before():
    text = "Lucas Moura's header sent Tottenham into their first European Cup final."
    assert [stage for _, stage in stage_at(text)] == ["semi-final"]


def test_into_its_final_as_into_the_final():
    text = "The win carried Porto into its second UEFA Cup final in three years."
    assert [stage for _, stage in stage_at(text)] == ["semi-final"]


def test_a_final_played_stays_the_final():
    text = "Porto won their first UEFA Cup final 3-2 after extra time."
    assert [stage for _, stage in stage_at(text)] == ["final"]
