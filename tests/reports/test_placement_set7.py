"""Goals and cards of the seventh dev set that went to the wrong match: a rival told in
passing, a leg of another tie, a round-up's notes. Sentences written for these tests."""

from __future__ import annotations

from bot.facts import Match
from bot.reports.cards.dismissals import attach_dismissals
from bot.reports.clauses.pairing import find_pairing
from bot.reports.goals.placing import attach_goals
from bot.reports.text.document import build_document
from tests.reports.helpers import RESOLVER, match, read


def events(body: str, *matches: Match, lang: str | None = None) -> list[Match]:
    doc = build_document(" date 2025-03-13 " + body, RESOLVER, lang)
    attach_goals(doc, list(matches))
    attach_dismissals(doc, list(matches))
    return list(matches)


def scorers(m: Match) -> list[tuple]:
    return [(g.player, g.minute) for g in m.goals or []]


def test_the_match_the_lead_tells_is_the_main_one_though_a_rival_is_named_more():
    lead = "Leeds United beat Everton 2-1 on Saturday night at Elland Road."
    later = "Chelsea beat Everton 1-0 a week earlier at Stamford Bridge."
    doc = build_document(
        f" date 2025-03-09 {lead} Joel Piroe scored twice.\n\n{later} Chelsea were too "
        "strong for Everton, and Chelsea play Everton again in May.",
        RESOLVER,
        "en",
    )
    leeds = Match("leeds-united", "everton", (2, 1), evidence=lead)
    chelsea = Match("chelsea", "everton", (1, 0), evidence=later)
    assert find_pairing(doc, [chelsea, leeds]).main is leeds


def test_without_a_result_in_the_lead_the_match_named_most_is_the_main_one():
    first = "Chelsea beat Everton 1-0 at Stamford Bridge."
    second = "Leeds United beat Everton 2-1 at Elland Road."
    doc = build_document(
        " date 2025-03-09 It was a long week for Everton. Everton's fans were unhappy. The "
        f"coach spoke to Chelsea's staff. {first} Chelsea were too strong. {second}",
        RESOLVER,
        "en",
    )
    leeds = Match("leeds-united", "everton", (2, 1), evidence=second)
    chelsea = Match("chelsea", "everton", (1, 0), evidence=first)
    assert find_pairing(doc, [leeds, chelsea]).main is chelsea


LATE_RESULT = (
    " date 2025-03-09 It took Arsenal until the last minute at the Emirates Stadium on "
    "Saturday night. The crowd was loud. Arsenal's Bukayo Saka scored in the 36th minute, "
    "and Fulham never recovered in the Premier League game.\n\nArsenal beat Brentford 3-1 "
    "in the semi-final of the League Cup last month."
)


def test_goals_told_before_a_match_in_passing_are_not_its_goals():
    facts = read(LATE_RESULT)
    assert not match(facts, "arsenal", "brentford").goals


def test_goals_told_after_a_match_in_passing_stay_with_it():
    facts = read(
        " date 2025-03-09 Arsenal beat Fulham 1-0 on Saturday night at the Emirates Stadium, "
        "Bukayo Saka scoring in the 36th minute.\n\nArsenal beat Brentford 2-0 in the "
        "semi-final at the Emirates Stadium in February. Against Brentford, Kai Havertz "
        "scored in the 50th minute."
    )
    assert scorers(match(facts, "arsenal", "brentford")) == [("Kai Havertz", 50)]


def test_second_leg_told_in_a_report_on_a_one_off_final_is_not_the_final_de():
    facts = read(
        " date 2022-05-19 Eintracht Frankfurt hat das Finale der Europa League gegen die "
        "Glasgow Rangers am Mittwochabend in Sevilla im Elfmeterschießen gewonnen, nach 120 "
        "Minuten hatte es 1:1 gestanden. Joe Aribo traf für die Rangers (57.), Rafael Borré "
        "glich aus (69.).\n\nIm Rückspiel des Halbfinals sah Aaron Cresswell in der 19. "
        "Minute die Rote Karte, Borré schoss kurz darauf das einzige Tor (26.)."
    )
    final = match(facts, "eintracht-frankfurt", "rangers")
    assert scorers(final) == [("Joe Aribo", 57), ("Rafael Borré", 69)]
    assert not final.dismissals


def test_second_leg_told_in_a_second_leg_report_is_that_match():
    (m,) = events(
        "Im Rückspiel schlug Aston Villa Brentford 1:0. Im Rückspiel traf Ollie Watkins (26.).",
        Match("aston-villa", "brentford", (1, 0), leg=2),
        lang="de",
    )
    assert scorers(m) == [("Ollie Watkins", 26)]


def test_first_leg_told_under_another_match_is_that_matchs_first_leg():
    facts = read(
        " date 2018-04-12 Champions League Glance\n\nFirst Leg\n\nJuventus 0, Real Madrid 3\n"
        "Sevilla 1, Bayern Munich 2\n\nSecond Leg\n\nBayern Munich 0, Sevilla 0\n"
        "Real Madrid 1, Juventus 3\n\nNOTES\n\nReal Madrid-Juventus: Buffon protested "
        "late on. In the first leg in Turin, Paulo Dybala was sent off after a second yellow "
        "card.\n\nBayern Munich-Sevilla: No goals."
    )
    assert not match(facts, "sevilla", "bayern-munich").dismissals
    first = match(facts, "juventus", "real-madrid")
    assert [(d.player, d.second_yellow) for d in first.dismissals] == [("Paulo Dybala", True)]


def test_card_in_a_draw_the_clause_names_is_not_the_other_match_of_that_team():
    facts = read(
        " date 2012-05-20 Chelsea won the Champions League final against Bayern Munich 1-0 "
        "on Saturday night in Munich.\n\nCaptain John Terry had been sent off in the 37th "
        "minute of the 2-2 draw at Camp Nou against Barcelona, after Chelsea had beaten "
        "Barcelona 1-0 at Stamford Bridge."
    )
    assert not match(facts, "chelsea", "barcelona").dismissals


def test_card_in_the_match_the_clause_names_stays_with_it():
    facts = read(
        " date 2012-05-20 Chelsea won the Champions League final against Bayern Munich 1-0 "
        "on Saturday night in Munich.\n\nChelsea had beaten Barcelona 1-0 at Stamford "
        "Bridge. Captain John Terry was sent off in the 37th minute of the 1-0 win over "
        "Barcelona."
    )
    assert [(d.player, d.minute) for d in match(facts, "chelsea", "barcelona").dismissals] == [
        ("John Terry", 37)
    ]


def test_untimed_card_right_after_the_players_goal_takes_its_minute():
    (m,) = events(
        "Manchester United beat Liverpool 1-0. Amad Diallo ran clear, slid the winner past "
        "the keeper and was then sent off for taking his shirt off. His goal came in the "
        "90th minute.",
        Match("manchester-united", "liverpool", (1, 0)),
    )
    assert [(d.player, d.minute) for d in m.dismissals] == [("Amad Diallo", 90)]


def test_untimed_card_told_apart_from_the_goal_has_no_minute():
    (m,) = events(
        "Manchester United beat Liverpool 1-0. Amad Diallo ran clear and slid the winner past "
        "the keeper. His goal came in the 90th minute. Later Amad Diallo was sent off for "
        "dissent.",
        Match("manchester-united", "liverpool", (1, 0)),
    )
    assert [(d.player, d.minute) for d in m.dismissals] == [("Amad Diallo", None)]


GLANCE = (
    " date 2018-04-12 Champions League Glance\n\nFirst Leg\n\nJuventus 0, Real Madrid 3\n"
    "Barcelona 4, Roma 1\n\nSecond Leg\n\nRoma 3, Barcelona 0\nReal Madrid 1, Juventus 3\n\n"
    "NOTES\n\n"
)


def test_note_headed_by_home_and_away_team_is_that_match():
    facts = read(
        GLANCE + "Roma-Barcelona: Edin Dzeko scored in the 6th minute, Daniele De Rossi "
        "converted a penalty in the 58th and Kostas Manolas headed in the 82nd."
    )
    assert scorers(match(facts, "roma", "barcelona")) == [
        ("Edin Dzeko", 6),
        ("Daniele De Rossi", 58),
        ("Kostas Manolas", 82),
    ]
    assert not match(facts, "barcelona", "roma").goals


def test_note_naming_both_teams_without_an_order_is_neither_leg():
    facts = read(
        GLANCE + "Roma and Barcelona: Edin Dzeko scored in the 6th minute, Daniele De Rossi "
        "converted a penalty in the 58th and Kostas Manolas headed in the 82nd."
    )
    assert not match(facts, "roma", "barcelona").goals
    assert not match(facts, "barcelona", "roma").goals


def test_team_of_the_headed_match_keeps_the_note_there():
    facts = read(
        GLANCE + "Real Madrid-Juventus: Mario Mandzukic scored in the 2nd and 37th minutes "
        "and Blaise Matuidi in the 61st. Deep into stoppage time, Real got a penalty; "
        "Gianluigi Buffon was sent off for protesting."
    )
    second = match(facts, "real-madrid", "juventus")
    assert scorers(second) == [
        ("Mario Mandzukic", 2),
        ("Mario Mandzukic", 37),
        ("Blaise Matuidi", 61),
    ]
    assert [d.player for d in second.dismissals] == ["Gianluigi Buffon"]


def test_leg_with_its_score_in_a_report_on_a_final_is_that_earlier_match():
    facts = read(
        " date 2012-05-20 Chelsea won the Champions League final against Bayern Munich 1-0 "
        "on Saturday night in Munich.\n\nTerry was banned after the draw at Camp Nou, and "
        "it was Didier Drogba's goal that had given Chelsea a 1-0 victory over Barcelona at "
        "Stamford Bridge in the first leg."
    )
    (semi,) = [m for m in facts.matches if {m.home, m.away} == {"chelsea", "barcelona"}]
    assert [g.player for g in semi.goals] == ["Didier Drogba"]
    assert not match(facts, "bayern-munich", "chelsea").goals


def test_leg_without_a_score_in_a_report_on_a_final_is_no_match():
    facts = read(
        " date 2012-05-20 Chelsea won the Champions League final against Bayern Munich 1-0 "
        "on Saturday night in Munich.\n\nChelsea beat Barcelona 1-0 at Stamford Bridge in "
        "the semifinal three weeks earlier. Didier Drogba scored twice in the first leg."
    )
    assert all(not m.goals for m in facts.matches)
