"""Round 11 wrong details in goals and cards: a second yellow or a penalty told in the
sentence after the card or the award, and minutes counted from the end."""

from __future__ import annotations

from tests.reports.helpers import read


def _sent_off(text: str):
    (found,) = read(text).matches
    return [(d.player, d.second_yellow) for d in found.dismissals or []]


def test_it_was_his_second_yellow_told_after_the_sending_off():
    assert _sent_off(
        " date 2024-03-18 Manchester - Manchester United beat Liverpool 4-3 after extra time "
        "on Sunday. Amad Diallo scored the winner in the 121st minute and was then sent off "
        "for taking his shirt off. It was his second yellow card."
    ) == [("Amad Diallo", True)]


def test_es_war_seine_zweite_gelbe_karte_told_after_the_red_card():
    assert _sent_off(
        " date 2024-03-18 Manchester (dpa) - Manchester United hat Liverpool am Sonntag mit 4:3 "
        "nach Verlängerung besiegt. Amad Diallo erzielte in der 121. Minute den Siegtreffer und "
        "sah danach für das Ausziehen seines Trikots die Rote Karte. Es war seine zweite Gelbe "
        "Karte."
    ) == [("Amad Diallo", True)]


def test_another_card_told_after_the_sending_off_is_no_second_yellow():
    assert _sent_off(
        " date 2024-03-18 Manchester - Manchester United beat Liverpool 4-3 after extra time "
        "on Sunday. Amad Diallo scored the winner in the 121st minute and was then sent off "
        "for a foul. It was his first red card of the season."
    ) == [("Amad Diallo", False)]


def _kicks(text: str):
    (found,) = read(text).matches
    return [(g.player, g.minute, g.penalty) for g in found.goals or []]


_WORLD_CUP_FINAL = (
    " date 2018-07-16 Moskau (dpa) - Frankreich ist Weltmeister. Die Franzosen besiegten "
    "Kroatien im Finale mit 4:2. "
)


def test_a_kick_the_referee_decided_on_and_the_next_sentence_converts_is_a_penalty():
    assert _kicks(
        _WORLD_CUP_FINAL + "Dann griff der Videobeweis ein: Schiedsrichter Néstor Pitana sah "
        "sich ein Handspiel von Perišić am Monitor an und entschied auf Strafstoß. Griezmann "
        "verwandelte in der 38. Minute sicher zum 2:1."
    ) == [("Griezmann", 38, True)]


def test_a_penalty_the_referee_gave_and_the_next_sentence_converts_in_english():
    assert _kicks(
        " date 2018-07-16 Moscow - France are world champions after beating Croatia 4-2 in the "
        "final. The referee reviewed a handball by Perisic on the monitor and gave a penalty. "
        "Griezmann converted it in the 38th minute to make it 2-1."
    ) == [("Griezmann", 38, True)]


def test_a_free_kick_the_referee_decided_on_makes_no_penalty():
    assert _kicks(
        _WORLD_CUP_FINAL + "Schiedsrichter Néstor Pitana entschied nach einem Foul an "
        "Griezmann auf Freistoß. Pogba traf in der 59. Minute zum 3:1."
    ) == [("Pogba", 59, False)]


_KLASSIKER = (
    " date 2015-04-26 München (dpa) - Borussia Dortmund hat am Samstag in der Bundesliga beim "
    "FC Bayern München 1:1 gespielt. Robert Lewandowski brachte die Bayern in der 29. Minute "
    "in Führung. "
)


def _scorers(text: str):
    (found,) = read(text).matches
    return [(g.player, g.minute) for g in found.goals or []]


def test_eine_viertelstunde_vor_dem_ende_is_the_75th_minute():
    assert _scorers(
        _KLASSIKER + "Eine Viertelstunde vor dem Ende köpfte Pierre-Emerick Aubameyang zum "
        "Ausgleich ein."
    ) == [("Robert Lewandowski", 29), ("Pierre-Emerick Aubameyang", 75)]


def test_a_quarter_of_an_hour_from_time_is_the_75th_minute():
    assert _scorers(
        " date 2015-04-26 Munich - Borussia Dortmund drew 1-1 at Bayern Munich in the "
        "Bundesliga on Saturday. Robert Lewandowski put Bayern ahead in the 29th minute. "
        "Pierre-Emerick Aubameyang headed the equaliser a quarter of an hour from time."
    ) == [("Robert Lewandowski", 29), ("Pierre-Emerick Aubameyang", 75)]


def test_half_an_hour_before_the_end_of_the_first_half_is_no_minute_from_the_end():
    assert _scorers(
        _KLASSIKER + "Eine halbe Stunde vor dem Ende der ersten Halbzeit köpfte "
        "Pierre-Emerick Aubameyang zum Ausgleich ein."
    ) == [("Robert Lewandowski", 29), ("Pierre-Emerick Aubameyang", None)]


def test_the_equaliser_a_quarter_hour_from_the_end_of_a_level_extra_time_match_is_75():
    assert _scorers(
        " date 2015-04-29 München (dpa) - Der FC Bayern München hat am Dienstagabend im "
        "DFB-Pokal gegen Borussia Dortmund 1:1 nach Verlängerung gespielt und im "
        "Elfmeterschießen verloren. Robert Lewandowski brachte die Bayern in der 29. Minute in "
        "Führung. Eine Viertelstunde vor dem Ende köpfte Pierre-Emerick Aubameyang zum "
        "Ausgleich ein."
    ) == [("Robert Lewandowski", 29), ("Pierre-Emerick Aubameyang", 75)]


def test_the_equaliser_a_quarter_of_an_hour_from_the_end_after_extra_time_in_english():
    assert _scorers(
        " date 2015-04-29 Munich - Borussia Dortmund beat Bayern Munich on penalties on Tuesday "
        "to reach the German Cup final after a 1-1 draw after extra time. Robert Lewandowski put "
        "Bayern ahead in the 29th minute. Pierre-Emerick Aubameyang headed the equaliser a "
        "quarter of an hour from the end."
    ) == [("Robert Lewandowski", 29), ("Pierre-Emerick Aubameyang", 75)]


def test_a_winner_a_quarter_hour_from_the_end_after_extra_time_stays_unplaced():
    goals = _scorers(
        " date 2015-04-29 München (dpa) - Borussia Dortmund hat am Dienstagabend im DFB-Pokal "
        "beim FC Bayern München mit 2:1 nach Verlängerung gewonnen. Robert Lewandowski brachte "
        "die Bayern in der 29. Minute in Führung. Marco Reus glich in der 80. Minute aus. Eine "
        "Viertelstunde vor dem Ende köpfte Pierre-Emerick Aubameyang zum 2:1 ein."
    )
    assert ("Pierre-Emerick Aubameyang", 75) not in goals
