"""Details of results told in passing: a one-off final's round is no other pair's,
a shoot-out after a lost leg is not the leg's loser's, a clause naming two rounds,
a day after the dateline, the competition of the main match rather than the first
one named, a league named as a side's standing, a domestic title race."""

from __future__ import annotations

from tests.reports.helpers import read


def one(facts, *teams: str):
    found = [m for m in facts.matches if {m.home, m.away} == set(teams)]
    assert len(found) == 1, facts.matches
    return found[0]


def test_a_one_off_finals_round_is_not_inherited_by_another_pair():
    facts = read(
        " date 2019-06-02 Liverpool beat Tottenham 2-0 in the Champions League final in "
        "Madrid on Saturday night. Getting there had been hard. They lost the first leg 3-0 "
        "at Barcelona and won the return 4-0 at Anfield."
    )
    assert one(facts, "liverpool", "tottenham").stage == "final"
    for m in facts.matches:
        if "barcelona" in (m.home, m.away):
            assert m.stage != "final"
    facts = read(
        " date 2019-06-02 Der FC Liverpool hat am Samstagabend das Finale der Champions "
        "League gegen Tottenham Hotspur mit 2:0 gewonnen. Zuvor hatte Liverpool das Hinspiel "
        "beim FC Barcelona mit 0:3 verloren und das Rückspiel daheim mit 4:0 gewonnen."
    )
    assert one(facts, "liverpool", "tottenham").stage == "final"
    for m in facts.matches:
        if "barcelona" in (m.home, m.away):
            assert m.stage != "final"


def test_a_two_legged_finals_other_leg_keeps_the_round():
    facts = read(
        " date 2018-12-10 River Plate beat Boca Juniors 3-1 after extra time at home in the "
        "second leg of the Copa Libertadores final on Sunday. The first leg had ended 2-2 at "
        "the Bombonera."
    )
    by_score = {m.score: m for m in facts.matches}
    assert by_score[(3, 1)].stage == "final"
    assert by_score[(2, 2)].stage == "final"


def test_a_shootout_after_a_lost_leg_goes_to_the_side_that_won_it():
    facts = read(
        " date 2019-05-09 Ajax beat Porto 2-1 at home in the first leg of the semi-final. "
        "Ajax lost the second leg 2-1 at Porto on Wednesday after extra time but won the "
        "shootout 4-2."
    )
    second = [m for m in facts.matches if m.home == "porto"]
    assert second and second[0].penalties == (2, 4)
    assert second[0].extra_time is True
    assert [m.extra_time for m in facts.matches if m.home == "ajax"] in ([], [None])


def test_a_shootout_told_of_another_side_is_not_guessed():
    facts = read(
        " date 2019-05-09 Ajax beat Porto 2-1 at home in the first leg of the semi-final. "
        "Ajax lost the second leg 2-1 at Porto on Wednesday after extra time, and Porto "
        "won the shootout 4-2."
    )
    assert [m.penalties for m in facts.matches if m.home == "porto"] in ([], [None], [(4, 2)])


def test_a_shootout_in_german_is_read_as_written():
    facts = read(
        " date 2019-05-09 Ajax hat das Hinspiel gegen den FC Porto daheim mit 2:1 gewonnen. Im "
        "Rückspiel am Mittwoch in Porto verlor Ajax mit 1:2 nach Verlängerung, gewann aber "
        "das Elfmeterschießen mit 4:2."
    )
    second = [m for m in facts.matches if m.home == "porto"]
    assert not second or second[0].penalties in (None, (2, 4))


def test_a_clause_naming_two_rounds_gives_the_one_nearest_the_score():
    facts = read(
        " date 2022-05-19 Leverkusen hat am Mittwoch das Endspiel gegen den AS Rom mit 1:0 "
        "gewonnen. Auf dem Weg ins Finale hatte Leverkusen im Viertelfinale den FC Porto "
        "ausgeschaltet: Nach dem 2:0 im eigenen Stadion reichte in Porto ein 1:1."
    )
    legs = [m for m in facts.matches if "porto" in (m.home, m.away)]
    assert legs and all(m.stage == "quarter-final" for m in legs)
    facts = read(
        " date 2022-05-19 Ajax beat Roma 1-0 in the final on Wednesday. On the road to the "
        "final, Ajax won 2-1 at Juventus in the quarter-finals."
    )
    assert one(facts, "juventus", "ajax").stage == "quarter-final"


def test_a_day_after_the_dateline_dates_no_result():
    facts = read(
        " date 2024-04-15 Leverkusen hat am Sonntag daheim mit 5:0 gegen Werder Bremen gewonnen. "
        "Im DFB-Pokal hat die Werkself nach dem 4:0 im Halbfinale bei Fortuna Düsseldorf "
        "Anfang April bereits das Endspiel am 25. Mai erreicht."
    )
    assert one(facts, "bayer-leverkusen", "werder-bremen").date == "2024-04-14"
    cup = one(facts, "bayer-leverkusen", "fortuna-dusseldorf")
    assert cup.date in (None, "2024-04")
    assert cup.date == "2024-04"
    facts = read(
        " date 2024-04-15 Leverkusen beat Werder Bremen 5-0 at home on Sunday. In the cup they "
        "won 4-0 at Fortuna Düsseldorf in the semi-final and will play the final on May 25."
    )
    for m in facts.matches:
        assert m.date is None or m.date <= "2024-04-15"


def test_a_result_in_passing_takes_the_main_matchs_competition_not_the_first_named():
    facts = read(
        " date 2021-05-14 Nach dem Ende der Bundesliga-Saison hat Borussia Dortmund am "
        "Donnerstag das Endspiel um den DFB-Pokal gegen RB Leipzig mit 4:1 gewonnen. Eine "
        "Runde zuvor hatte der BVB daheim mit 5:0 gegen Holstein Kiel gewonnen."
    )
    assert one(facts, "borussia-dortmund", "rb-leipzig").competition == "DFB-Pokal"
    kiel = one(facts, "borussia-dortmund", "holstein-kiel")
    assert kiel.competition in (None, "DFB-Pokal")
    assert kiel.stage != "league"
    facts = read(
        " date 2024-04-15 Leverkusen thrashed Werder Bremen 5-0 at home on Sunday. Xabi "
        "Alonso's side are champions for the first time. On Thursday they had beaten West Ham "
        "2-0 in the Europa League. Bayern had lost 3-2 at Heidenheim on Saturday."
    )
    assert one(facts, "bayer-leverkusen", "werder-bremen").competition is None
    assert one(facts, "fc-heidenheim", "bayern-munich").competition is None


def test_a_league_named_as_a_sides_standing_is_not_the_matchs_competition():
    facts = read(
        " date 2023-06-04 Im DFB-Pokal besiegte RB Leipzig, der Bundesliga-Dritte, am "
        "Samstag daheim Eintracht Frankfurt mit 2:0."
    )
    assert one(facts, "rb-leipzig", "eintracht-frankfurt").competition == "DFB-Pokal"
    facts = read(
        " date 2023-06-04 In the FA Cup final at Wembley on Saturday, Chelsea lost 1-0 to "
        "Manchester City, the Premier League runners-up."
    )
    assert one(facts, "chelsea", "manchester-city").competition == "FA Cup"
    facts = read(
        " date 2023-06-04 Chelsea lost 1-0 at home to Manchester City in the Premier League "
        "on Saturday."
    )
    assert one(facts, "chelsea", "manchester-city").competition == "Premier League"
    facts = read(
        " date 2023-06-04 Im Bundesliga-Spiel am Samstag besiegte RB Leipzig daheim Eintracht "
        "Frankfurt mit 2:0."
    )
    assert one(facts, "rb-leipzig", "eintracht-frankfurt").competition == "Bundesliga"


def test_a_result_of_a_domestic_title_race_is_a_league_match():
    facts = read(
        " date 2019-05-30 Chelsea beat Arsenal 4-1 in the Europa League final in Baku on "
        "Wednesday. Arsenal had lost the league title race long before, not least after a "
        "3-1 defeat at home to Crystal Palace in April."
    )
    palace = one(facts, "arsenal", "crystal-palace")
    assert palace.competition == "Premier League"
    facts = read(
        " date 2019-05-30 Der FC Chelsea hat am Mittwoch das Finale der Europa League gegen "
        "den FC Arsenal mit 4:1 gewonnen. In der Meisterschaft hatte Arsenal im April daheim "
        "mit 1:3 gegen Crystal Palace verloren."
    )
    assert one(facts, "arsenal", "crystal-palace").competition == "Premier League"


def test_a_title_race_between_clubs_of_two_countries_names_no_league():
    facts = read(
        " date 2019-05-30 Chelsea beat Arsenal 4-1 in the Europa League final in Baku on "
        "Wednesday. Arsenal had stayed in the title race after a 2-1 win at Rennes."
    )
    assert one(facts, "rennes", "arsenal").competition is None
    facts = read(
        " date 2019-05-30 Chelsea beat Arsenal 4-1 in the Europa League final in Baku on "
        "Wednesday. Arsenal had knocked out Rennes after a 3-0 win at home."
    )
    assert one(facts, "arsenal", "rennes").competition == "UEFA Europa League"


def test_a_round_only_headed_for_still_dates_a_result_told_after_reaching_it():
    facts = read(
        " date 2022-12-10 Morocco beat Portugal 1-0 in the quarter-final on Saturday. Eight "
        "years ago in Brazil, Germany won three knockout ties on the way to the final and beat "
        "Argentina 1-0 after extra time in Rio."
    )
    old = [m for m in facts.matches if "germany" in (m.home, m.away)]
    assert [m.stage for m in old] in ([], ["final"])


def test_extra_time_told_beside_the_shootout_stays_the_main_matchs():
    facts = read(
        " date 2021-12-12 PORTLAND (AP) - Ajax won the cup on Saturday, beating PSV 4-2 in a "
        "penalty shootout after the hosts had forced extra time. The match had finished 1-1 "
        "at the Philips Stadion."
    )
    final = [m for m in facts.matches if m.score == (1, 1)]
    assert final and final[0].extra_time is True
    facts = read(
        " date 2021-12-12 Ajax hat am Samstag den Pokal gewonnen und die PSV Eindhoven mit 4:2 "
        "im Elfmeterschießen bezwungen, nachdem die Gastgeber die Verlängerung erzwungen hatten. "
        "Im Philips Stadion hatte es 1:1 gestanden."
    )
    final = [m for m in facts.matches if m.score == (1, 1)]
    assert [m.extra_time for m in final] in ([], [True])


def test_results_after_a_lead_in_about_both_finalists_take_its_round():
    facts = read(
        " date 2019-06-02 Liverpool beat Tottenham 2-0 in the Champions League final in Madrid "
        "on Saturday night. Both finalists had come through dramatic semi-finals. Liverpool "
        "won 4-0 at home against Barcelona after losing the first leg 3-0. Tottenham won 3-2 "
        "in Amsterdam against Ajax."
    )
    earlier = [m for m in facts.matches if m.stage != "final"]
    assert earlier and {m.stage for m in earlier} == {"semi-final"}
    facts = read(
        " date 2019-06-02 Der FC Liverpool hat am Samstagabend das Finale der Champions League "
        "gegen Tottenham Hotspur mit 2:0 gewonnen. Beide Finalisten hatten im Halbfinale Mühe. "
        "Liverpool gewann daheim mit 4:0 gegen den FC Barcelona. Tottenham siegte in Amsterdam "
        "mit 3:2 gegen Ajax."
    )
    assert one(facts, "liverpool", "barcelona").stage == "semi-final"
    assert one(facts, "ajax", "tottenham").stage == "semi-final"


def test_a_lead_in_round_is_not_given_to_a_result_of_two_other_sides():
    facts = read(
        " date 2019-06-02 Der FC Liverpool hat am Samstagabend das Finale der Champions League "
        "gegen Tottenham Hotspur mit 2:0 gewonnen. Beide Finalisten hatten im Halbfinale Mühe. "
        "Der FC Barcelona gewann daheim mit 4:0 gegen Real Madrid."
    )
    assert one(facts, "barcelona", "real-madrid").stage is None
    facts = read(
        " date 2019-06-02 Liverpool beat Tottenham 2-0 in the Champions League final in Madrid "
        "on Saturday night. Both finalists had come through dramatic semi-finals. Barcelona "
        "beat Real Madrid 4-0 at home in the league."
    )
    assert one(facts, "barcelona", "real-madrid").stage != "semi-final"


def test_a_round_named_outright_outranks_one_worked_out_from_reaching_the_next():
    facts = read(
        " date 2023-12-10 Columbus Crew beat LAFC 2-1 at home in the MLS Cup final on "
        "Saturday. Columbus reached the final with a 3-2 win at FC Cincinnati in the Eastern "
        "Conference final."
    )
    assert one(facts, "fc-cincinnati", "columbus-crew").stage is None
    facts = read(
        " date 2023-12-10 Columbus Crew beat LAFC 2-1 at home in the MLS Cup final on "
        "Saturday. Columbus reached the final with a 3-2 win at FC Cincinnati."
    )
    assert one(facts, "fc-cincinnati", "columbus-crew").stage == "semi-final"
    facts = read(
        " date 2023-12-10 Die Columbus Crew hat am Samstag das Finale des MLS Cup daheim gegen "
        "LAFC mit 2:1 gewonnen. Columbus hatte das Endspiel mit einem 3:2 beim FC Cincinnati "
        "im Eastern-Conference-Finale erreicht."
    )
    assert one(facts, "fc-cincinnati", "columbus-crew").stage is None


def test_a_round_reached_at_the_end_of_a_german_clause_is_not_the_one_played():
    facts = read(
        " date 2024-04-15 Leverkusen hat am Sonntag daheim mit 5:0 gegen Werder Bremen "
        "gewonnen. Leverkusen hat das Endspiel im DFB-Pokal mit einem 4:0 im Halbfinale bei "
        "Fortuna Düsseldorf erreicht."
    )
    assert one(facts, "fortuna-dusseldorf", "bayer-leverkusen").stage == "semi-final"
    facts = read(
        " date 2014-07-09 Brasilien hat am Dienstagabend daheim das Halbfinale mit 1:7 gegen "
        "Deutschland verloren und verpasste damit das Endspiel."
    )
    assert one(facts, "brazil", "germany").stage == "semi-final"


def test_a_league_placing_with_an_adverb_or_an_ordinal_is_no_competition():
    """`in der Bundesliga nur Fünfter`, `finished fifth in the Premier League`: where a
    side stands, not where the result told beside it was played."""
    facts = read(
        " date 2023-05-11 Der SC Freiburg, in der Bundesliga nur Siebter, hat das Halbfinale "
        "im DFB-Pokal erreicht. Am Dienstagabend gewann der SC Freiburg beim VfL Wolfsburg "
        "mit 2:1. Der SC Freiburg, in der Bundesliga nur Siebter, hatte im Achtelfinale "
        "beim FC Augsburg mit 3:0 gewonnen."
    )
    assert one(facts, "sc-freiburg", "fc-augsburg").competition != "Bundesliga"
    facts = read(
        " date 2023-05-11 Arsenal, who finished fifth in the Premier League, beat Porto 2-0 "
        "at home on Thursday night."
    )
    assert one(facts, "arsenal", "porto").competition != "Premier League"
    facts = read(
        " date 2023-05-11 Borussia Dortmund beat Mainz 2-0 in the Bundesliga on Saturday "
        "afternoon at home, with goals in the 12th and the 70th minute."
    )
    assert one(facts, "borussia-dortmund", "mainz-05").competition == "Bundesliga"
