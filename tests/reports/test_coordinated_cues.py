"""Two results in one clause joined by `and` (`drew 0-0 at home ... in the first leg
and 1-1 in the return`): a cue told before the `and` belongs to the first result even
where the second score stands nearer to it."""

from __future__ import annotations

from bot.reports.matches.coordination import owning_result
from tests.reports.helpers import match, read


def test_the_first_leg_before_and_is_the_first_results():
    facts = read(
        "River Plate drew 0-0 with Gremio at home in front of 70,000 fans in the first leg "
        "of the quarterfinal and 2-2 in Porto Alegre in the return."
    )
    assert match(facts, "river-plate", "gremio").leg == 1
    assert match(facts, "gremio", "river-plate").leg == 2


def test_the_second_leg_after_and_is_the_second_results():
    facts = read(
        "Ajax drew 1-1 with Porto at home on a rainy night in the first leg and lost 2-0 "
        "in Portugal in the second leg."
    )
    assert (match(facts, "ajax", "porto").leg, match(facts, "porto", "ajax").leg) == (1, 2)


def test_a_cue_after_and_goes_to_the_result_after_it():
    text = "won 2-1 at home and on Saturday drew 1-1"
    assert owning_result(text, text.index("on Saturday"), [4, text.index("1-1")]) == 1
    assert owning_result(text, text.index("at home"), [4, text.index("1-1")]) == 0


def test_without_a_joining_word_the_nearest_result_takes_the_cue():
    text = "2-1 Tuesday, first leg 1-1"
    offsets = [0, text.index("1-1")]
    assert owning_result(text, text.index("first leg"), offsets) == 1
