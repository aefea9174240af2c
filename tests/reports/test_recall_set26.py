"""Facts missed on unseen set 26 (first read P=0.91 R=0.68), each a phrase family with
sentences written for the tests."""

from __future__ import annotations

from tests.reports.helpers import pairs, read


def test_a_side_the_table_is_told_against_is_no_side_of_the_result():
    en = read(
        " date 2024-05-19 Arsenal are Premier League champions. Mikel Arteta's side came from "
        "behind at the Emirates on Sunday, beating Everton 2-1 to win the title by two points "
        "from Manchester City."
    )
    assert pairs(en) == {("arsenal", "everton", (2, 1))}
    de = read(
        " date 2024-05-19 Der FC Arsenal ist englischer Meister. Die Mannschaft von Mikel "
        "Arteta gewann am Sonntag im Emirates Stadium mit 2:1 gegen den FC Everton und holte "
        "den Titel mit zwei Punkten vor Manchester City."
    )
    assert pairs(de) == {("arsenal", "everton", (2, 1))}
    third = read(
        " date 2024-05-19 Arsenal are Premier League champions. Mikel Arteta's side came from "
        "behind at the Emirates on Sunday, beating Everton 2-1 while Manchester City lost."
    )
    assert pairs(third) == set()


def _shootout(opening: str):
    facts = read(
        f" date 2024-04-12 {opening} Die Mannschaft von Roger Schmidt setzte sich am "
        "Donnerstag bei Olympique Marseille im Elfmeterschießen mit 4:2 durch, nachdem die "
        "Franzosen das Rückspiel nach Verlängerung mit 1:0 gewonnen hatten."
    )
    found = [m for m in facts.matches if (m.home, m.away) == ("marseille", "benfica")]
    return found[0].penalties if found else None


def test_a_coachs_team_opening_a_shootout_sentence_is_the_one_named_before():
    assert _shootout("Benfica ist im Halbfinale.") == (2, 4)
    assert _shootout("Benfica und Sporting jubeln.") is None


def test_a_past_weekday_right_after_the_first_legs_word_dates_that_leg():
    facts = read(
        " date 2024-05-28 Der VfL Bochum bleibt in der Liga. Im Rückspiel gewann der VfL am "
        "Montag gegen den Hamburger SV mit 2:1 und setzte sich nach dem 1:1 im Hinspiel vom "
        "vergangenen Donnerstag mit 3:2 Toren durch. Das Hinspiel in Hamburg hatte Kevin "
        "Stöger mit einem späten Tor ausgeglichen."
    )
    dates = {m.leg: m.date for m in facts.matches}
    assert dates == {2: "2024-05-27", 1: "2024-05-23"}
