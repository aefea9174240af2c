"""Goal and card wordings of set 74 (round rG23), with sentences of our own."""

from __future__ import annotations

from tests.reports.helpers import match, read

LEAD = (
    " date 1988-05-12 KV Mechelen beat Ajax 1-0 in the Cup Winners' Cup final in "
    "Strasbourg on Wednesday. "
)


def _cards(text: str) -> list[tuple[str, int | None]]:
    m = match(read(LEAD + text), "mechelen", "ajax")
    return [(d.player, d.minute) for d in m.dismissals or []]


def test_referee_sent_the_described_player_off_is_the_one_who_fouled():
    text = "Danny Blind fouled den Boer as he ran clear and the referee sent the Ajax defender off."
    assert _cards(text) == [("Danny Blind", None)]


def test_sent_him_off_in_its_own_sentence_is_the_subject_before():
    assert _cards("Danny Blind fouled den Boer. The referee sent him off.") == [
        ("Danny Blind", None)
    ]


def test_sent_off_object_keeps_the_minute_of_its_clause():
    text = (
        "Wouters hacked down den Boer in the 30th minute and referee Vautrot sent the Ajax "
        "captain off."
    )
    assert _cards(text) == [("Wouters", 30)]


def test_the_referee_who_sends_off_is_never_the_player():
    assert _cards("Referee Michel Vautrot had seen enough. He sent him off.") == []
    assert _cards("Vautrot sent the Ajax captain off in the 30th minute.") == []


def test_a_ball_sent_off_the_post_is_no_card():
    assert _cards("Menzo sent the ball off the bar with a fine save.") == []


def _goals(text: str) -> list[tuple[str, int | None]]:
    facts = read(
        " date 2005-05-19 LISBON (AP) -- CSKA Moscow beat Sporting Lisbon 2-1 in the UEFA Cup "
        "final on Wednesday. Rogerio put Sporting ahead in the 29th minute. Zhirkov equalised "
        "in the 56th minute. " + text
    )
    return [(g.player, g.minute) for g in match(facts, "cska-moscow", "sporting-cp").goals or []]


def test_settled_the_match_in_a_minute_is_a_goal():
    assert ("Vagner Love", 75) in _goals(
        "Forward Vagner Love settled the match in the 75th minute."
    )
    assert ("Musa", 88) in _goals("Musa settled it in the 88th minute with a low shot.")


def test_a_match_settled_on_penalties_gives_no_goal():
    assert ("Musa", 88) not in _goals(
        "Musa's kick settled the match on penalties in the 88th minute."
    )


def _england(text: str) -> list[tuple[str, int | None]]:
    facts = read(
        " date 2019-06-30 LE HAVRE, France (AP) -- England beat Norway 3-0 in the Women's "
        "World Cup quarter-finals on Thursday. " + text
    )
    return [(g.player, g.minute) for g in match(facts, "england", "norway").goals or []]


def test_ended_it_with_a_drive_is_the_last_goal():
    text = (
        "Scott scored in the third minute, White added a second in the 40th, and Bronze "
        "ended it with a thumping drive in the 57th."
    )
    assert _england(text) == [("Scott", 3), ("White", 40), ("Bronze", 57)]
    text = (
        "Scott scored in the third minute and White added a second in the 40th. Bronze "
        "rounded off the scoring with a low shot in the 57th."
    )
    assert ("Bronze", 57) in _england(text)


def test_ended_it_with_a_shot_over_the_bar_is_no_goal():
    text = (
        "Scott scored in the third minute and White added a second in the 40th. Bronze "
        "ended it with a shot over the bar in the 57th."
    )
    assert ("Bronze", 57) not in _england(text)


def _dutch(text: str, lead: str | None = None) -> list[tuple[str, int | None]]:
    lead = lead or (
        " date 2019-06-30 VALENCIENNES, France (AP) -- The Netherlands beat Italy 2-0 in the "
        "Women's World Cup quarter-finals on Saturday. "
    )
    facts = read(lead + text)
    return [(g.player, g.minute) for g in match(facts, "netherlands", "italy").goals or []]


def test_a_counted_goal_list_after_a_colon_gives_each_its_minute():
    text = "It turned on two headers: Miedema in the 70th minute and van der Gragt in the 80th."
    assert _dutch(text) == [("Miedema", 70), ("van der Gragt", 80)]
    lead = (
        " date 2019-06-30 VALENCIENNES (dpa) - Die Niederlande haben Italien am Samstag im "
        "WM-Viertelfinale mit 2:0 besiegt. "
    )
    text = (
        "Zwei Kopfballtore entschieden das Spiel: Miedema in der 70. Minute und van der Gragt "
        "in der 80. Minute."
    )
    assert _dutch(text, lead) == [("Miedema", 70), ("van der Gragt", 80)]


def test_a_colon_list_of_chances_or_disallowed_goals_is_no_goal():
    assert (
        _dutch("Italy had two great chances: Giacinti in the 70th minute and Bonansea in the 80th.")
        == []
    )
    assert (
        _dutch(
            "Italy had two goals ruled out: Giacinti in the 70th minute and Bonansea in the 80th."
        )
        == []
    )
    assert (
        _dutch(
            "Italy had two disallowed goals: Giacinti in the 70th minute and Bonansea in the 80th."
        )
        == []
    )


def _real(text: str) -> list[str | None]:
    facts = read(
        " date 1985-05-09 Madrid (dpa) – Real Madrid hat das Hinspiel des UEFA-Pokal-Finales "
        "am Mittwoch bei Videoton mit 3:0 gewonnen. " + text
    )
    return [g.player for g in match(facts, "videoton", "real-madrid").goals or []]


def test_a_scorer_list_after_the_opening_words_keeps_its_first_name():
    text = "In Ungarn hatten Michel, Santillana und Jorge Valdano für die Spanier getroffen."
    assert _real(text) == ["Michel", "Santillana", "Jorge Valdano"]


def test_a_list_whose_first_name_is_not_joined_stays_unread():
    text = "In Ungarn hatten Michel und Butragueño viel Platz. Santillana und Valdano trafen."
    assert "Michel" not in _real(text)
