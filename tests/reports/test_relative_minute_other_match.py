"""A relative time (`four minutes later`) counts from a time told of the same match: after a
final's late goal, a flashback to the semi-final's winner `four minutes later` gets no
minute, while a final's own next goal still does. Texts written for this test."""

from __future__ import annotations

from tests.reports.helpers import match, read

FINAL = (
    " date 2024-07-15 Another final, another night of almost. Portugal lost 2-1 to "
    "France in Berlin on Sunday, and their coach has now come second at back-to-back "
    "European Championships.\n\nFrance were the better side over the tournament and the"
    " better side in the Olympiastadion. Thuram put them ahead two minutes after the "
    "break, finishing a pass across the box. Portugal were rescued from the bench: "
    "Neves equalised with a low shot in the 73rd minute. But Kolo Muani, himself a "
    "substitute, slid in a cross four minutes from time, and Saliba cleared a header "
    "off the line in the final seconds.\n\n"
)
SEMI = (
    "France won all seven of their games. They had beaten Belgium 2-1 in the semi-"
    "final in Munich, coming from behind after Lukaku's early header: Mbappé curled "
    "in a fine equaliser and Griezmann scored the winner four minutes later."
)


def test_a_flashback_to_another_match_does_not_count_from_the_finals_time() -> None:
    facts = read(FINAL + SEMI)
    semi = match(facts, "france", "belgium")
    assert all(g.minute is None for g in semi.goals or []), semi.goals
    assert [g.minute for g in match(facts, "portugal", "france").goals or []].count(86) == 1


def test_the_same_matchs_relative_goal_is_still_counted() -> None:
    text = (
        " date 2024-05-20 Porto won the cup final 2-1 against Braga in Lisbon on Sunday. "
        "Galeno put Porto ahead in the 30th minute and Evanilson added the second four "
        "minutes later."
    )
    final = match(read(text), "porto", "braga")
    assert ("Evanilson", 34) in [(g.player, g.minute) for g in final.goals or []]
