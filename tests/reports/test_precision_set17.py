"""Wrong or missed facts on unseen set 17 (first read P=0.92 R=0.72), each a phrase
family with sentences written for the tests."""

from pathlib import Path

from tests.reports.helpers import match, read, tie

SET17 = Path(__file__).resolve().parents[1] / "data" / "reports17"


def test_a_wire_headers_day_is_the_filing_day_not_the_matchs():
    facts = read(
        " date 2015-08-06 BUENOS AIRES, Aug 6 (Reuters) - River Plate won the Copa Libertadores "
        "on Wednesday, beating Tigres 3-0 in the second leg of the final at the Monumental."
    )
    assert match(facts, "river-plate", "tigres").date == "2015-08-05"


def test_a_pronoun_after_a_sentence_about_a_persons_team_is_not_the_storys_subject():
    facts = read(
        " date 2015-08-06 River Plate beat Tigres 3-0 at home on Wednesday in the final. "
        "Tigres, coached by Ricardo Ferretti, pushed for a goal. Gallardo's team had made life "
        "hard for themselves earlier. They lost 1-0 at home to Cruzeiro in the quarter-finals."
    )
    assert not [m for m in facts.matches if {m.home, m.away} == {"tigres", "cruzeiro"}]


def test_the_team_before_to_and_a_verb_is_the_subject():
    facts = read(
        " date 2022-05-06 A header from Tammy Abraham was enough for Roma to see off Leicester "
        "City 1-0 in the second leg of their semi-final and go through 2-1 on aggregate. "
        "Leicester had drawn 1-1 at the King Power Stadium a week earlier."
    )
    second = match(facts, "roma", "leicester-city")
    assert (second.score, second.leg) == ((1, 0), 2)
    assert match(facts, "leicester-city", "roma").leg == 1
    assert tie(facts, "roma", "leicester-city").winner == "roma"


def test_a_round_that_may_come_and_a_fixture_to_come_tell_nothing_of_a_played_leg():
    facts = read(
        " date 2023-04-19 Der SSC Neapel schied am Dienstag im Viertelfinale der Champions "
        "League aus. Im Halbfinale könnte es zum Stadtderby kommen: Inter Mailand hatte sein "
        "Hinspiel bei Benfica Lissabon in der vergangenen Woche mit 2:0 gewonnen und spielt am "
        "Mittwoch im Giuseppe-Meazza-Stadion um den Einzug in die Runde der letzten Vier."
    )
    first = match(facts, "benfica", "inter-milan")
    assert first.stage != "semi-final"
    assert first.date != "2023-04-19"


def test_a_card_shown_to_a_description_is_the_subjects_not_the_object_of_his_foul():
    facts = read(
        " date 2024-12-04 Bayer Leverkusen gewann am Dienstag beim FC Bayern München mit 1:0. "
        "Manuel Neuer stürmte weit aus seinem Tor, verpasste den Ball und traf Jeremie "
        "Frimpong – der Schiedsrichter zeigte dem Bayern-Kapitän die Rote Karte."
    )
    cards = match(facts, "bayern-munich", "bayer-leverkusen").dismissals
    assert [c.player for c in cards] == ["Manuel Neuer"]


def test_no_side_is_guessed_from_a_country_or_past_a_persons_team():
    """`Napoli are champions of Italy again. The point they needed came ... a 1-1 draw`
    with Udinese: a club never plays a country. `Luciano Spalletti's side had the party
    planned for Sunday, when a win at home to Salernitana would have settled it. Instead
    the game finished 1-1`: the game is that side's, not the story subject's."""
    facts = read(SET17.joinpath("2023-05-04-udinese-napoli.en.txt").read_text())
    for m in facts.matches:
        assert "italy" not in (m.home, m.away)
        assert {m.home, m.away} != {"udinese", "salernitana"}


def test_a_penalty_timed_in_one_clause_is_the_goal_of_who_converts_it_in_the_next():
    facts = read(
        " date 2023-04-12 Inter Mailand gewann am Dienstag bei Benfica Lissabon mit 2:0. Sechs "
        "Minuten nach dem Seitenwechsel schlug es ein: Nicolò Barella köpfte eine Flanke ein. "
        "Acht Minuten vor dem Ende entschied der Videobeweis auf Handelfmeter für Inter, Romelu "
        "Lukaku verwandelte sicher zum 2:0-Endstand."
    )
    goals = match(facts, "benfica", "inter-milan").goals
    assert [(g.player, g.minute, g.penalty) for g in goals] == [
        ("Nicolò Barella", 51, False),
        ("Romelu Lukaku", 82, True),
    ]


def test_a_ground_in_the_clause_of_a_score_told_with_its_own_leg_is_the_hosts():
    facts = read(
        " date 2023-04-12 Roger Schmidt hat mit Benfica Lissabon einen Dämpfer erlitten. Im "
        "Viertelfinal-Hinspiel der Champions League verlor der portugiesische Spitzenreiter am "
        "Dienstagabend im ausverkauften Estádio da Luz mit 0:2 (0:0) gegen Inter Mailand."
    )
    first = match(facts, "benfica", "inter-milan")
    assert (first.score, first.leg) == ((0, 2), 1)


def test_a_minute_in_a_participle_apposition_times_the_goal_before_it():
    facts = read(
        " date 2022-05-06 Roma beat Leicester City 1-0 at home on Thursday. A single header "
        "from Tammy Abraham, arriving in the 11th minute, was enough for Roma."
    )
    goals = match(facts, "roma", "leicester-city").goals
    assert [(g.player, g.minute) for g in goals] == [("Tammy Abraham", 11)]


def test_a_shot_that_put_a_side_in_front_is_a_goal():
    facts = read(
        " date 2022-04-29 Roma drew 1-1 at Leicester City on Thursday. Lorenzo Pellegrini "
        "curled Roma in front in the 15th minute before Gianluca Mancini turned a low cross "
        "into his own net in the 67th minute."
    )
    goals = match(facts, "leicester-city", "roma").goals
    assert [(g.player, g.minute, g.own_goal) for g in goals] == [
        ("Lorenzo Pellegrini", 15, False),
        ("Gianluca Mancini", 67, True),
    ]


def test_a_card_with_no_time_takes_the_minute_of_a_sentence_that_tells_nothing_else():
    en = read(
        " date 2018-03-07 Real Madrid won 2-1 at Paris Saint-Germain on Tuesday. Things got "
        "worse for PSG in the 66th. Marco Verratti, already booked, complained to the referee "
        "and was shown a second yellow card."
    )
    (card,) = match(en, "psg", "real-madrid").dismissals
    assert (card.player, card.minute, card.second_yellow) == ("Marco Verratti", 66, True)
    scored = read(
        " date 2018-03-07 Real Madrid won 2-1 at Paris Saint-Germain on Tuesday. Cristiano "
        "Ronaldo scored in the 51st minute. Marco Verratti was shown a second yellow card."
    )
    (card,) = match(scored, "psg", "real-madrid").dismissals
    assert card.minute is None
