"""Wrong facts found on unseen set 30 (first read P=0.93 R=0.74), each a phrase family
with sentences written for the tests."""

from __future__ import annotations

from tests.reports.helpers import match, pairs, read

_EURO_DE = (
    " date 2024-06-20 Belgien – Italien 0:3 (0:1)\n\n"
    "Italien hat bei der Europameisterschaft das Achtelfinale erreicht. "
)
_EURO_EN = (
    " date 2024-06-20 Belgium 0-3 Italy\n\nItaly reached the last 16 of the European Championship. "
)


def test_a_second_name_joined_to_an_opening_phrases_object_is_no_subject():
    de = read(
        _EURO_DE + "Nach zwei Niederlagen gegen Dänemark und Finnland gewann die Elf von "
        "Trainer Mancini am Mittwochabend in Köln mit 3:0 gegen Belgien."
    )
    assert pairs(de) == {("belgium", "italy", (0, 3))}
    en = read(
        _EURO_EN + "After two defeats against Denmark and Finland the side of coach Roberto "
        "Mancini beat Belgium 3-0 on Wednesday in Cologne."
    )
    assert pairs(en) == {("belgium", "italy", (0, 3))}


def test_a_name_that_opens_its_own_clause_after_and_is_still_a_subject():
    de = read(
        _EURO_DE + "Nach der Niederlage gegen Belgien gewann Finnland am Mittwoch in Köln "
        "mit 2:0 gegen Schweden."
    )
    assert ("finland", "sweden", (2, 0)) in pairs(de)
    en = read(
        _EURO_EN + "Sweden lost to Denmark and Finland beat Belgium 2-0 on Wednesday in Cologne."
    )
    assert ("finland", "belgium", (2, 0)) in pairs(en)


_CUP_DE = (
    " date 2014-07-02 Argentinien – Schweiz 1:0 n.V.\n\n"
    "Argentinien steht im Viertelfinale der Weltmeisterschaft. "
)
_CUP_EN = (
    " date 2014-07-02 Argentina beat Switzerland 1-0 after extra time in the World Cup "
    "round of 16 on Tuesday. "
)


def test_a_goalless_draw_held_for_long_is_no_result():
    de = read(
        _CUP_DE + "In Salvador setzte sich Belgien mit 2:1 n.V. gegen die USA durch, nachdem "
        "der US-Torhüter lange ein torloses Remis festgehalten hatte."
    )
    assert {m.score for m in de.matches if "usa" in (m.home, m.away)} == {(2, 1)}
    en = read(
        _CUP_EN + "In Salvador, Belgium beat the United States 2-1 after extra time, after "
        "Tim Howard had kept it a goalless draw for so long."
    )
    assert {m.score for m in en.matches if "usa" in (m.home, m.away)} == {(2, 1)}


def test_a_goalless_draw_told_as_the_end_is_still_a_result():
    de = read(_CUP_DE + "In Salvador trennten sich Belgien und die USA mit einem torlosen Remis.")
    assert {m.score for m in de.matches if "usa" in (m.home, m.away)} == {(0, 0)}
    en = read(_CUP_EN + "In Salvador, Belgium and the United States played out a goalless draw.")
    assert {m.score for m in en.matches if "usa" in (m.home, m.away)} == {(0, 0)}
    held = read(
        _CUP_EN + "In Salvador, Belgium and the United States held a goalless draw until the "
        "final whistle."
    )
    assert {m.score for m in held.matches if "usa" in (m.home, m.away)} == {(0, 0)}
    kept = read(
        _CUP_DE + "In Salvador hielten Belgien und die USA bis zuletzt ein torloses Remis fest."
    )
    assert {m.score for m in kept.matches if "usa" in (m.home, m.away)} == {(0, 0)}


_RETURN_EN = (
    " date 2015-03-18 Arsenal beat Monaco 2-0 in the second leg of their Champions League "
    "last-16 tie at the Stade Louis II on Tuesday night, but went out on away goals. Monaco "
    "had won the first leg 3-1 in London three weeks ago.\n\n"
)
_RETURN_DE = (
    " date 2015-03-18 Arsenal gewann am Dienstagabend das Rückspiel im Achtelfinale der "
    "Champions League beim AS Monaco mit 2:0, schied aber wegen der Auswärtstore aus. Das "
    "Hinspiel in London hatte Monaco mit 3:1 gewonnen.\n\n"
)


def _scorers(facts, home: str) -> list[tuple[str, int]]:
    return [(g.player, g.minute) for m in facts.matches if m.home == home for g in m.goals or ()]


def test_a_remark_on_a_players_other_leg_moves_no_goal_there():
    en = read(
        _RETURN_EN + "Giroud, heavily criticised after a poor night in the first leg, scored in "
        "the 36th minute. Ramsey added the second in the 79th minute."
    )
    assert _scorers(en, "arsenal") == []
    assert _scorers(en, "monaco") == [("Giroud", 36), ("Ramsey", 79)]
    de = read(
        _RETURN_DE + "Giroud, im Hinspiel noch heftig kritisiert, traf in der 36. Minute. "
        "Ramsey erhöhte in der 79. Minute auf 2:0."
    )
    assert _scorers(de, "arsenal") == []
    assert _scorers(de, "monaco") == [("Giroud", 36), ("Ramsey", 79)]


def test_a_leg_that_opens_the_clause_still_places_its_goal():
    en = read(_RETURN_EN + "In the first leg Berbatov scored in the 53rd minute.")
    assert _scorers(en, "arsenal") == [("Berbatov", 53)]


def test_the_final_stretch_of_a_match_is_no_final():
    en = read(
        " date 2014-05-11 Everton beat Stoke City 3-0 at Goodison Park on Sunday. Stoke "
        "offered little, and the final half-hour became a celebration."
    )
    assert [m.stage for m in en.matches] == [None]
    de = read(
        " date 2014-05-11 SC Freiburg – Mainz 05 3:0 (1:0)\n\nMainz wehrte sich kaum, die "
        "finale Viertelstunde wurde zum Fest."
    )
    assert [m.stage for m in de.matches] == [None]
    cup = read(" date 2014-05-17 Arsenal beat Hull City 3-2 in the final at Wembley on Saturday.")
    assert [m.stage for m in cup.matches] == ["final"]


_HOME_WIN = " date 2014-05-11 Chelsea beat Fulham 2-0 at Stamford Bridge on Sunday. "


def test_a_role_before_a_name_opens_the_clause_with_its_own_scorer():
    facts = read(
        _HOME_WIN + "Eden Hazard settled the nerves with a low shot from outside the box, and "
        "captain John Terry headed in the second four minutes after the restart."
    )
    assert _scorers(facts, "chelsea") == [("John Terry", 49)]


def test_a_clause_that_opens_with_its_verb_still_shares_the_scorer():
    facts = read(
        _HOME_WIN + "Eden Hazard settled the nerves with a low shot from outside the box, and "
        "doubled the lead four minutes after the restart."
    )
    assert _scorers(facts, "chelsea") == [("Eden Hazard", 49)]


_EXTRA_TIME_DE = " date 2014-07-02 Argentinien – Schweiz 1:0 n.V.\n\n"


def test_a_pass_to_the_side_is_no_goal_and_der_points_to_its_receiver():
    told = read(
        _EXTRA_TIME_DE + "Es lief bereits die 118. Minute, als Lionel Messi durchbrach. Der "
        "Kapitän der Argentinier trieb den Ball durch das Mittelfeld, legte nach rechts zu "
        "Ángel Di María, und der schob flach ins lange Eck ein."
    )
    assert _scorers(told, "argentina") == [("Ángel Di María", 118)]
    saved = read(
        _EXTRA_TIME_DE + "Lionel Messi trieb den Ball in der 118. Minute durch das Mittelfeld "
        "und legte nach links zu Gonzalo Higuaín, doch Benaglio hielt. Am Ende traf Ángel "
        "Di María."
    )
    assert "Lionel Messi" not in [name for name, _ in _scorers(saved, "argentina")]


def test_legte_nach_still_tells_a_second_goal():
    facts = read(
        " date 2014-07-02 Argentinien – Schweiz 2:0\n\nLionel Messi traf in der 20. Minute, "
        "in der 60. Minute legte Messi nach."
    )
    assert _scorers(facts, "argentina") == [("Lionel Messi", 20), ("Lionel Messi", 60)]


def _competitions(facts) -> dict[str, str | None]:
    return {m.away: m.competition for m in facts.matches}


def test_the_competition_of_the_scores_own_clause_beats_a_nearer_one_after_it():
    de = read(
        " date 2013-06-02 Der FC Bayern München hat am Samstagabend im Berliner Olympiastadion "
        "das Finale des DFB-Pokals mit 3:2 gegen den VfB Stuttgart gewonnen. Eine Woche zuvor "
        "hatten die Münchner das Champions-League-Finale in London gegen Borussia Dortmund mit "
        "2:1 gewonnen, in der Bundesliga lagen sie am Saisonende 25 Punkte vor dem BVB."
    )
    assert _competitions(de)["borussia-dortmund"] == "UEFA Champions League"
    en = read(
        " date 2013-06-02 BERLIN (AP) — Bayern Munich beat Stuttgart 3-2 in the German Cup "
        "final on Saturday. A week earlier Bayern had won the Champions League final in London "
        "against Borussia Dortmund 2-1, in the Bundesliga they finished 25 points clear."
    )
    assert _competitions(en)["borussia-dortmund"] == "UEFA Champions League"


def test_a_dateline_over_a_lead_that_tells_the_next_match_places_no_earlier_result():
    facts = read(
        " date 2024-03-12 MANCHESTER, England (AP) — Manchester City return to the Etihad on "
        "Wednesday night with their Champions League campaign finely balanced after a first "
        "leg that swung twice in Denmark.\n\nCopenhagen were in control for most of last "
        "Tuesday's opener. The equalizer arrived only in stoppage time, when Erling Haaland "
        "rose to head in and leave the tie with Copenhagen at 2-2."
    )
    assert ("manchester-city", "copenhagen", (2, 2)) not in pairs(facts)


def test_a_dateline_over_the_result_itself_still_places_it():
    facts = read(
        " date 2024-03-12 MANCHESTER, England (AP) — Manchester City beat Copenhagen 3-1 in "
        "the Champions League on Tuesday night."
    )
    assert pairs(facts) == {("manchester-city", "copenhagen", (3, 1))}


_TITLE_DAY = (
    " date 2014-05-11 LONDON (AP) — Manchester City won the Premier League on Sunday with a "
    "2-0 win over West Ham. "
)


def test_the_day_of_a_fixture_told_in_an_aside_does_not_date_the_result():
    facts = read(
        _TITLE_DAY + "Arsenal, who finish fourth and face Hull City in the FA Cup final on "
        "Saturday, beat Norwich City 2-0 at Carrow Road."
    )
    assert match(facts, "norwich-city", "arsenal").date is None
    told = read(
        _TITLE_DAY + "Arsenal, who finished fourth, beat Norwich City 2-0 at Carrow Road on Sunday."
    )
    assert match(told, "norwich-city", "arsenal").date == "2014-05-11"
