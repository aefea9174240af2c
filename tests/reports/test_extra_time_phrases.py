"""Extra time told by what happened in it (`two minutes from the end of extra time`,
`needed extra time in the second leg`) rather than by `after extra time`, and the
same words where they say extra time was not played, or only nearly."""

from __future__ import annotations

from tests.reports.helpers import read


def legs_of(facts, *teams: str) -> dict:
    return {m.score: m for m in facts.matches if {m.home, m.away} == set(teams)}


def test_a_goal_near_the_end_of_extra_time_means_extra_time_was_played():
    facts = read(
        " date 2021-05-27 Ivan Perisic struck two minutes before the end of extra time as "
        "Chelsea beat Arsenal 2-1 on Wednesday to win the FA Cup."
    )
    assert legs_of(facts, "chelsea", "arsenal")[(2, 1)].extra_time is True
    facts = read(
        " date 2021-05-27 Der FC Bayern München hat am Mittwochabend das Pokalfinale gegen "
        "Borussia Dortmund mit 2:1 gewonnen. Robert Lewandowski traf kurz vor Ende der "
        "Verlängerung."
    )
    assert legs_of(facts, "bayern-munich", "borussia-dortmund")[(2, 1)].extra_time is True


def test_without_those_words_the_final_was_decided_in_normal_time():
    facts = read(
        " date 2021-05-27 Der FC Bayern München hat am Mittwochabend das Pokalfinale gegen "
        "Borussia Dortmund mit 2:1 gewonnen. Robert Lewandowski traf kurz vor Schluss."
    )
    assert legs_of(facts, "bayern-munich", "borussia-dortmund")[(2, 1)].extra_time is False


def test_a_leg_that_needed_extra_time_is_the_one_in_its_clause():
    facts = read(
        " date 2019-05-09 Ajax beat Porto 2-1 in the Champions League final on Saturday. "
        "Porto needed extra time in their second leg against Benfica, winning 3-2 at home "
        "after a 1-1 draw in Lisbon."
    )
    legs = legs_of(facts, "porto", "benfica")
    assert legs[(3, 2)].extra_time is True
    assert legs[(1, 1)].extra_time is not True


def test_extra_time_denied_or_only_nearly_played_is_not_extra_time():
    for text in (
        " date 2021-05-27 Chelsea never needed extra time: they beat Arsenal 2-1 on "
        "Wednesday to win the FA Cup.",
        " date 2021-05-27 Chelsea almost went to extra time but beat Arsenal 2-1 on "
        "Wednesday to win the FA Cup.",
    ):
        facts = read(text)
        assert legs_of(facts, "chelsea", "arsenal")[(2, 1)].extra_time is not True


def test_another_pairs_extra_time_in_a_later_year_is_not_the_finals():
    facts = read(
        " date 2021-05-27 Chelsea beat Arsenal 2-1 on Wednesday to win the FA Cup. Arsenal "
        "had needed extra time in their semi-final against Liverpool in 2019."
    )
    assert legs_of(facts, "chelsea", "arsenal")[(2, 1)].extra_time is not True


def test_an_earlier_game_or_one_set_apart_by_but_had_the_extra_time():
    for text in (
        " date 2021-05-27 Their last final went to extra time, but on Wednesday Chelsea beat "
        "Arsenal 2-1 to win the FA Cup.",
        " date 2021-05-27 Chelsea needed extra time in April, but on Wednesday they "
        "beat Arsenal 2-1 to win the FA Cup.",
    ):
        facts = read(text)
        assert legs_of(facts, "chelsea", "arsenal")[(2, 1)].extra_time is not True
    facts = read(
        " date 2021-05-27 Der FC Bayern München hat am Mittwochabend das Pokalfinale gegen "
        "Borussia Dortmund mit 2:1 gewonnen. Das letzte Endspiel der beiden ging in die "
        "Verlängerung."
    )
    assert legs_of(facts, "bayern-munich", "borussia-dortmund")[(2, 1)].extra_time is not True


def test_the_match_that_went_to_extra_time_after_its_score():
    facts = read(
        " date 2021-05-27 Chelsea beat Arsenal 2-1 on Wednesday to win the FA Cup. The match "
        "went to extra time after Arsenal had levelled late on."
    )
    assert legs_of(facts, "chelsea", "arsenal")[(2, 1)].extra_time is True
