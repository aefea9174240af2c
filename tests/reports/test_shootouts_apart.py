"""A shoot-out told apart from its match: in a sentence of its own with the opponent
left unnamed, or in a trailing clause after a win in extra time."""

from tests.reports.helpers import match, read, tie

FIRST_LEG = " Bochum had lost the first leg 0-3 at home."


def test_a_shootout_in_its_own_sentence_goes_to_the_sides_second_leg():
    for told in (
        "Bochum then held their nerve to win the penalty shootout 6-5.",
        "Fortuna lost the shootout 5-6.",
        "In the shootout, Bochum were perfect, winning 6-5.",
    ):
        facts = read(
            " date 2024-05-28 Bochum won 3-0 after extra time at Fortuna Düsseldorf on "
            f"Monday. {told}{FIRST_LEG}"
        )
        second = match(facts, "fortuna-dusseldorf", "vfl-bochum")
        assert second.penalties == (5, 6), told
        found = tie(facts, "vfl-bochum", "fortuna-dusseldorf")
        assert (found.winner, found.decided_by) == ("vfl-bochum", "penalties")


def test_a_trailing_shootout_clause_after_extra_time_is_the_matchs():
    facts = read(
        " date 2024-05-28 Bochum won 3-0 after extra time at Fortuna Duesseldorf on Monday, "
        "then scored all six of their spot kicks to win the shootout 6-5." + FIRST_LEG
    )
    assert match(facts, "fortuna-dusseldorf", "vfl-bochum").penalties == (5, 6)


def test_a_lone_shootout_is_not_given_to_a_match_that_did_not_go_to_one():
    for result in ("beat Fortuna Düsseldorf 3-0", "drew 1-1 with Fortuna Düsseldorf"):
        facts = read(
            f" date 2024-05-28 Bochum {result} at home on Monday in the league. Back in "
            "2019 Bochum had won a shootout 6-5 in the cup."
        )
        found = [m for m in facts.matches if "fortuna-dusseldorf" in (m.home, m.away)]
        assert found and all(m.penalties is None for m in found), result


def test_a_side_named_before_a_trailing_shootout_may_be_its_winner_so_none_is_guessed():
    for told in (
        "Bayern Munich drew 1-1 with Chelsea after extra time in the final in Munich, and "
        "Chelsea won the shootout 4-3.",
        "Chelsea drew 1-1 with Bayern Munich after extra time in the final in Munich, and "
        "Bayern lost the shootout 3-4.",
    ):
        facts = read(f" date 2012-05-20 Chelsea are champions of Europe. {told}")
        found = [m for m in facts.matches if {m.home, m.away} == {"chelsea", "bayern-munich"}]
        assert found, told
        assert all(m.penalties in (None, (3, 4)) for m in found if m.home == "bayern-munich")
        assert all(m.penalties in (None, (4, 3)) for m in found if m.home == "chelsea")
