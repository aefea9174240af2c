"""Wrong facts found on unseen set 27 (first read P=0.92 R=0.75), each a phrase family
with sentences written for the tests."""

from __future__ import annotations

from bot.facts import Match
from tests.reports.helpers import goals_for, match, pairs, read, tie


def test_a_lead_told_with_its_verb_after_the_score_is_no_result():
    facts = read(
        " date 2019-03-14 Der FC Porto steht im Viertelfinale. Die Portugiesen schlugen "
        "die AS Rom am Mittwoch mit 3:1. In der Vorwoche hatte die Roma in Rom schon mit "
        "2:0 geführt, ehe Porto noch zum 1:2 traf."
    )
    assert ("roma", "porto", (2, 0)) not in pairs(facts)
    subordinate = read(
        " date 2019-03-14 Der FC Porto steht im Viertelfinale. Die Portugiesen schlugen "
        "die AS Rom am Mittwoch mit 3:1, nachdem die Roma 1:0 führte."
    )
    assert ("roma", "porto", (1, 0)) not in pairs(subordinate)
    assert ("porto", "roma", (0, 1)) not in pairs(subordinate)


def test_a_lead_told_as_up_after_the_score_is_no_result():
    facts = read(
        " date 2019-03-14 Porto beat visiting Roma 3-1 on Wednesday to reach the "
        "quarterfinals. In the first leg, Roma were 2-0 up at home before losing 2-3."
    )
    assert pairs(facts) == {("porto", "roma", (3, 1)), ("roma", "porto", (2, 3))}


def test_a_result_with_a_following_verb_stays_a_result():
    facts = read(
        " date 2019-03-14 Porto (dpa) - Der FC Porto hat am Mittwoch die AS Rom mit 3:1 "
        "geschlagen und führte danach die Tabelle an."
    )
    assert pairs(facts) == {("porto", "roma", (3, 1))}


def _scorers(body: str, match: Match) -> list[tuple]:
    (m,) = goals_for(body, match)
    return [(g.player, g.minute) for g in m.goals or []]


def test_the_player_after_a_colon_who_lost_the_ball_is_no_scorer_de():
    found = _scorers(
        "Der FC Porto schlug Benfica mit 1:0. Nach 40 Minuten stand es 1:0: Nicolás Otamendi "
        "verlor den Ball an der Mittellinie, und Mehdi Taremi vollendete.",
        Match("porto", "benfica", (1, 0)),
    )
    assert found == [("Mehdi Taremi", 40)]


def test_the_player_after_a_colon_who_lost_the_ball_is_no_scorer_en():
    """Read right before the German fix too; kept so the two languages stay alike."""
    found = _scorers(
        "Porto beat Benfica 1-0. After 40 minutes it was 1-0: Nicolas Otamendi gave the ball "
        "away in midfield, and Mehdi Taremi finished.",
        Match("porto", "benfica", (1, 0)),
    )
    assert found == [("Mehdi Taremi", 40)]


def test_the_scorer_after_a_colon_stays_the_scorer():
    found = _scorers(
        "Der FC Porto schlug Benfica mit 1:0. Nach 40 Minuten stand es 1:0: Mehdi Taremi "
        "traf nach einer Flanke von Pepê.",
        Match("porto", "benfica", (1, 0)),
    )
    assert found == [("Mehdi Taremi", 40)]


def _only(facts, *teams):
    found = [m for m in facts.matches if {m.home, m.away} == set(teams)]
    return found[0] if len(found) == 1 else None


def test_a_playoff_result_told_in_passing_is_a_qualifier_not_a_neutral_finals_game():
    facts = read(
        " date 2021-11-17 Portugal are going to the World Cup. Cristiano Ronaldo scored "
        "twice on Tuesday as Portugal beat Serbia 2-1 in the second leg of their playoff in "
        "Lisbon. Elsewhere in the European playoffs on Tuesday, Sweden beat Greece 1-0."
    )
    other = _only(facts, "sweden", "greece")
    assert other is None or (other.competition, other.neutral) == (
        "FIFA World Cup qualification",
        False,
    )
    german = read(
        " date 2013-11-20 Frankreich fährt zur WM. Die Franzosen gewannen am Dienstag das "
        "Rückspiel ihres Play-offs gegen die Ukraine in Paris mit 3:0. In den anderen "
        "Play-offs setzte sich Griechenland am Dienstag mit 1:0 gegen Rumänien durch."
    )
    other = _only(german, "greece", "romania")
    assert other is None or other.competition == "FIFA World Cup qualification"


def test_a_qualifying_group_game_in_october_is_a_qualifier_of_the_group_stage():
    facts = read(
        " date 2009-10-15 Germany are going to the World Cup. Germany won 1-0 in Moscow on "
        "Saturday to top their qualifying group, and Russia must go into the playoffs."
    )
    m = _only(facts, "russia", "germany")
    assert (m.competition, m.season, m.stage) == ("FIFA World Cup qualification", "2010", "group")


def test_a_playoff_tie_told_in_passing_is_the_qualifyings():
    facts = read(
        " date 2021-11-17 Portugal are going to the World Cup. Portugal beat Serbia 2-1 in "
        "the second leg of their playoff in Lisbon on Tuesday. Elsewhere in the playoffs, "
        "Croatia won 1-0 in Moscow to complete a 3-1 aggregate victory over Russia."
    )
    found = tie(facts, "croatia", "russia")
    assert (found.competition, found.season) == ("FIFA World Cup qualification", "2022")


def test_a_finals_game_in_june_stays_a_neutral_world_cup_game():
    facts = read(
        " date 2018-06-24 England beat Panama 6-1 at the World Cup in Nizhny Novgorod on "
        "Sunday. Elsewhere in the group on Saturday, Belgium beat Tunisia 5-2 in Moscow."
    )
    m = _only(facts, "belgium", "tunisia")
    assert (m.competition, m.neutral) == ("FIFA World Cup", True)


def test_a_round_only_hoped_for_is_no_stage_de():
    facts = read(
        " date 2014-06-20 Mexiko hat bei der WM am Donnerstag in Fortaleza Kroatien mit 3:1 "
        "geschlagen. Die Kroaten dürfen trotzdem weiter auf das Achtelfinale hoffen."
    )
    assert _only(facts, "mexico", "croatia").stage is None


def test_a_round_only_hoped_or_dreamt_of_is_no_stage_en():
    hoped = read(
        " date 2014-06-20 Mexico beat Croatia 3-1 at the World Cup in Recife on Monday. "
        "Croatia still have hopes of a place in the last 16."
    )
    assert _only(hoped, "mexico", "croatia").stage is None
    dreamt = read(
        " date 2014-06-20 Mexico beat Croatia 3-1 at the World Cup in Recife on Monday. "
        "Croatia dream of the quarterfinals, but Mexico's next game comes first."
    )
    assert _only(dreamt, "mexico", "croatia").stage is None


def test_a_round_reached_stays_told():
    facts = read(
        " date 2014-06-20 Mexico beat Croatia 3-1 in the quarterfinals at the World Cup in "
        "Recife on Monday to keep their hopes of a title alive."
    )
    assert _only(facts, "mexico", "croatia").stage == "quarter-final"


def test_a_headings_group_label_tells_a_group_game():
    german = read(
        " date 2014-06-24 WM 2014, Gruppe A, 3. Spieltag – Montag, 23. Juni 2014, Recife\n\n"
        "Kroatien – Mexiko 1:3 (0:0)\n\nTore: 0:1 Márquez (72.), 0:2 Guardado (75.), "
        "0:3 Hernández (82.), 1:3 Perisic (87.)\n\nSpielbericht: Mexiko ist weiter, die "
        "Kroaten fahren nach Hause. Lange hielt die Abwehr, dann fielen drei Tore."
    )
    assert _only(german, "croatia", "mexico").stage == "group"
    english = read(
        " date 2014-06-24 World Cup 2014, Group A – Monday, June 23, Recife\n\nCroatia 1, "
        "Mexico 3\n\nGoals: Marquez 72, Guardado 75, Hernandez 82; Perisic 87.\n\nMexico "
        "went through while Croatia are out after three second-half goals in ten minutes."
    )
    assert _only(english, "croatia", "mexico").stage == "group"


def test_a_sides_group_standing_is_no_group_label():
    facts = read(
        " date 2014-06-30 WM 2014, Achtelfinale – Sonntag, 29. Juni 2014, Fortaleza. Die "
        "Niederlande haben Mexiko mit 2:1 geschlagen. Mexiko, Zweiter der Gruppe A, verlor "
        "durch zwei späte Tore."
    )
    assert _only(facts, "netherlands", "mexico").stage != "group"


def test_a_result_told_a_week_before_in_the_pluperfect_is_the_first_leg_de():
    facts = read(
        " date 2009-05-08 Hamburg (dpa) - Werder Bremen steht im Finale. Nach einem 3:3 im "
        "Gesamtergebnis setzten sich die Bremer dank der Auswärtstore gegen den Hamburger SV "
        "durch. Eine Woche zuvor hatte Werder im eigenen Weserstadion mit 0:1 verloren. Am "
        "Donnerstagabend drehten die Gäste die Partie und gewannen mit 3:2."
    )
    m = match(facts, "werder-bremen", "hamburger-sv")
    assert (m.leg, m.extra_time) == (1, None)
    assert m.date in (None, "2009-04-30")  # a week before, never the story's Thursday


def test_a_result_told_a_week_before_in_the_pluperfect_is_the_first_leg_en():
    facts = read(
        " date 2009-05-08 HAMBURG, Germany (AP) - Werder Bremen reached the UEFA Cup final "
        "on away goals after a 3-3 aggregate. A week earlier, Werder had lost 1-0 to Hamburger "
        "SV at their own Weserstadion. On Thursday the visitors turned it round."
    )
    m = match(facts, "werder-bremen", "hamburger-sv")
    assert (m.leg, m.date) == (1, None)


def test_a_league_result_a_week_before_is_no_leg():
    facts = read(
        " date 2009-05-08 Bremen (dpa) - Werder Bremen hat am Donnerstag in der Bundesliga "
        "den Hamburger SV im Weserstadion mit 1:0 besiegt. Eine Woche zuvor hatte Werder beim "
        "VfB Stuttgart mit 0:2 verloren."
    )
    assert all(m.leg is None for m in facts.matches)


def test_a_national_team_at_home_in_the_town_of_one_of_its_clubs():
    facts = read(
        " date 2009-11-19 Slovenia are going to the World Cup. Slovenia beat Russia 1-0 in "
        "the second leg of their playoff in Maribor on Wednesday. Elsewhere in the playoffs, "
        "Greece beat Ukraine 1-0 in Donetsk after a 0-0 draw in Athens."
    )
    assert pairs(facts) >= {("ukraine", "greece", (0, 1)), ("greece", "ukraine", (0, 0))}
    assert not any(m.neutral for m in facts.matches)


def test_a_qualifiers_first_leg_told_without_the_word_playoff_is_a_play_off():
    facts = read(
        " date 2009-11-19 MARIBOR, Slovenia (AP) - Slovenia are going to the World Cup. "
        "Slovenia beat Russia 1-0 in the second leg of their playoff on Wednesday, advancing "
        "on away goals. Russia had won the first leg 2-1 in Moscow."
    )
    first = match(facts, "russia", "slovenia")
    assert (first.competition, first.stage, first.leg) == (
        "FIFA World Cup qualification",
        "play-off",
        1,
    )
