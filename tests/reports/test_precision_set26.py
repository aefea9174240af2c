"""Wrong facts found on unseen set 26 (first read P=0.91 R=0.68), each a phrase family
with sentences written for the tests."""

from __future__ import annotations

from tests.reports.helpers import match, pairs, read, tie


def _winner(facts, *teams):
    found = [t for t in facts.ties if set(t.teams) == set(teams)]
    return found[0].winner if found else None


def test_a_described_subject_going_out_on_aggregate_is_the_loser():
    facts = read(
        " date 2023-03-17 Porto hosted Ajax in the second leg on Thursday. The Portuguese "
        "champions could not break down Ajax's back line, drawing 1-1 at home and going "
        "out 3-2 on aggregate."
    )
    assert _winner(facts, "porto", "ajax") == "ajax"
    kept = read(
        " date 2023-03-17 Porto hosted Ajax in the second leg on Thursday. The Portuguese "
        "champions could not beat Ajax's keeper, drawing 1-1 at home but going through "
        "3-2 on aggregate."
    )
    assert _winner(kept, "porto", "ajax") == "porto"


def test_a_shootout_told_before_another_subjects_result_is_not_that_subjects():
    facts = read(
        " date 2024-04-12 Benfica ist im Halbfinale. Die Mannschaft von Roger Schmidt "
        "setzte sich am Donnerstag bei Olympique Marseille im Elfmeterschießen mit 4:2 "
        "durch, nachdem die Franzosen das Rückspiel nach Verlängerung mit 1:0 gewonnen "
        "hatten."
    )
    assert match(facts, "marseille", "benfica").penalties in (None, (2, 4))
    assert _winner(facts, "marseille", "benfica") in (None, "benfica")


def test_a_shootout_told_before_the_same_subjects_result_stays_read():
    facts = read(
        " date 2024-04-12 Der FC Porto ist im Halbfinale. Der Klub setzte sich am Donnerstag "
        "bei Benfica im Elfmeterschießen mit 5:4 durch und gewann das Rückspiel nach "
        "Verlängerung mit 2:1."
    )
    assert match(facts, "benfica", "porto").penalties == (4, 5)


_RELEGATION = (
    " date 2024-05-28 Der VfL Bochum bleibt in der Liga. Im Rückspiel gewann der VfL am "
    "Montag gegen den Hamburger SV mit 2:1 und setzte sich nach dem 1:1 im Hinspiel vom "
    "Freitag mit 3:2 Toren durch. "
)


def test_going_through_after_a_first_legs_score_tells_the_sum():
    facts = read(_RELEGATION + "Im Hinspiel in Hamburg hatte Kevin Stöger spät getroffen.")
    assert pairs(facts) == {
        ("vfl-bochum", "hamburger-sv", (2, 1)),
        ("hamburger-sv", "vfl-bochum", (1, 1)),
    }
    assert match(facts, "hamburger-sv", "vfl-bochum").leg == 1
    assert tie(facts, "vfl-bochum", "hamburger-sv").aggregate == {
        "vfl-bochum": 3,
        "hamburger-sv": 2,
    }


def test_a_place_outside_the_leg_words_clause_is_not_that_legs_ground():
    facts = read(
        _RELEGATION + "Im Hinspiel hatte Kevin Stöger spät getroffen, sagte der Trainer in Hamburg."
    )
    assert ("hamburger-sv", "vfl-bochum", (1, 1)) not in pairs(facts)


def test_a_half_time_deficit_is_no_result():
    de = read(
        " date 2024-05-23 Der FC Porto hat die Europa League gewonnen. Im Finale in Dublin "
        "setzten sich die Portugiesen am Mittwochabend nach 0:1-Halbzeitrückstand mit 2:1 "
        "gegen den FC Arsenal durch."
    )
    assert pairs(de) == {("porto", "arsenal", (2, 1))}
    en = read(
        " date 2024-05-23 Porto won the Europa League on Wednesday. In the final in Dublin "
        "the Portuguese side recovered from a 0-1 half-time deficit to beat Arsenal 2-1."
    )
    assert pairs(en) == {("porto", "arsenal", (2, 1))}
    kept = read(
        " date 2024-05-23 Porto won the Europa League on Wednesday. In the final in Dublin "
        "the Portuguese side beat Arsenal 2-1 after trailing at half-time."
    )
    assert pairs(kept) == {("porto", "arsenal", (2, 1))}


_FINAL_DE = (
    " date 2024-05-23 Der FC Porto hat die Europa League gewonnen. Im Finale in Dublin "
    "setzten sich die Portugiesen am Mittwochabend mit 2:1 gegen den FC Arsenal durch. "
)


def test_a_point_of_view_is_no_own_goal_scorer():
    facts = read(
        _FINAL_DE + "Ein Eigentor aus Londoner Sicht brachte Porto in der 20. Minute in "
        "Führung, Pepe erhöhte in der 50. Minute, Bukayo Saka traf in der 70. Minute."
    )
    scorers = [g.player for g in match(facts, "porto", "arsenal").goals or []]
    assert "Londoner Sicht" not in scorers
    assert "Pepe" in scorers
    named = read(
        _FINAL_DE + "Ein Eigentor von William Saliba brachte Porto in der 20. Minute in "
        "Führung, Pepe erhöhte in der 50. Minute, Bukayo Saka traf in der 70. Minute."
    )
    assert "William Saliba" in [g.player for g in match(named, "porto", "arsenal").goals]


def _card_line(heading: str) -> tuple:
    facts = read(
        " date 2024-04-18 Champions League, Viertelfinale, Hinspiel, Mittwoch, 17. April 2024"
        "\n\nFC Porto - FC Arsenal 2:1 (1:0)\n\nTore: 1:0 Pepe (20.), 2:0 Taremi (50.), "
        f"2:1 Saka (70.)\n{heading}: Saliba (68./FC Arsenal)\nSpielort: Estádio do Dragão\n"
    )
    (card,) = match(facts, "porto", "arsenal").dismissals
    return card.player, card.minute, card.second_yellow


def test_a_card_line_with_the_minute_before_the_team_and_its_heading_kind():
    assert _card_line("Gelb-Rote Karte") == ("Saliba", 68, True)
    assert _card_line("Rote Karte") == ("Saliba", 68, False)


def _legs(text: str) -> set:
    facts = read(" date 2017-11-13 " + text)
    return {(m.leg, m.competition, m.season, m.stage) for m in facts.matches}


def test_a_leg_outside_the_finals_months_is_the_qualifying_play_off():
    en = _legs(
        "For the first time since 1982, the World Cup will go ahead without Northern Ireland. "
        "Switzerland drew 0-0 with Northern Ireland in Basel on Sunday in the second leg of "
        "their playoff and went through 1-0 on aggregate."
    )
    # the first leg is the sum less the second (Northern Ireland 0-1 Switzerland)
    assert en == {(leg, "FIFA World Cup qualification", "2018", "play-off") for leg in (1, 2)}
    de = _legs(
        "Die Schweiz fährt zur Weltmeisterschaft. Im Rückspiel der Playoffs kam die Schweiz "
        "am Sonntag in Basel gegen Nordirland zu einem 0:0 und setzte sich mit dem 1:0 aus "
        "dem Hinspiel durch."
    )
    assert (2, "FIFA World Cup qualification", "2018", "play-off") in de
    assert all(comp != "FIFA World Cup" for _, comp, _, _ in de)
