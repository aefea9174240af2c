"""A national team's report tells its other results without naming it again (`Zum
Auftakt hatte es einen 1:0-Sieg gegen Kamerun gegeben`, `the team held Spain to a 0-0
draw through 120 minutes`): the result is the story team's where the sentence names only
the opponent, another national team; a competition inside a relative clause about
something else (`Yakin, der nach der Europameisterschaft weitermachen will`) is not the
result's."""

from __future__ import annotations

from tests.reports.helpers import match, pairs, read

SWISS = (
    " date 2022-11-29 Doha (dpa) - Die Schweiz hat bei der WM in Katar gegen Brasilien "
    "verloren. Die Mannschaft von Trainer Murat Yakin unterlag am Montag im Stadion 974 mit "
    "0:1.\n\n"
)


def test_a_result_with_only_the_opponent_named_is_the_story_teams():
    facts = read(SWISS + "Zum Auftakt hatte es am Donnerstag einen 1:0-Sieg gegen Kamerun gegeben.")
    found = match(facts, "switzerland", "cameroon")
    assert (found.score, found.neutral, found.date) == ((1, 0), True, "2022-11-24")


def test_a_competition_in_a_relative_clause_is_not_the_results():
    facts = read(
        SWISS + "Für Yakin, der nach der Europameisterschaft weitermachen will, war es nach "
        "dem 1:6 in Lissabon gegen Portugal im Juni die zweite Niederlage des Jahres."
    )
    found = match(facts, "portugal", "switzerland")
    assert (found.score, found.competition, found.date) == ((6, 1), None, "2022-06")


def test_the_team_in_english_and_120_minutes_as_extra_time():
    facts = read(
        "Morocco beat Portugal 1-0 in the World Cup quarterfinals in Doha on Saturday. In the "
        "round of 16 on Tuesday, the team held Spain to a 0-0 draw through 120 minutes."
    )
    found = match(facts, "morocco", "spain")
    assert (found.stage, found.extra_time, found.neutral) == ("round-of-16", True, True)


def test_a_club_story_takes_no_side_for_a_club_named_alone():
    facts = read(
        "Arsenal beat Chelsea 2-0 at the Emirates Stadium on Sunday. In the cup on Tuesday, "
        "a 1-0 win over Everton had come at Goodison Park."
    )
    assert ("everton", "arsenal", (0, 1)) not in pairs(facts)


def test_another_team_named_in_the_sentence_leaves_the_side_open():
    facts = read(
        SWISS + "Zum Auftakt hatte es am Donnerstag einen 1:0-Sieg gegen Kamerun gegeben, "
        "während Serbien spielfrei war."
    )
    assert not any("cameroon" in (m.home, m.away) for m in facts.matches)
