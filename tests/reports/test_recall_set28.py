"""Facts missed on unseen set 28 (first read P=0.94 R=0.80), each a phrase family with
sentences written for the tests."""

from __future__ import annotations

from tests.reports.helpers import match, pairs, read

_CUP_NIGHT = (
    " date 2024-04-03 Holstein Kiel steht im Halbfinale des DFB-Pokals. Die "
    "Mannschaft von Trainer Marcel Rapp setzte sich am Dienstagabend gegen den VfL "
    "Wolfsburg mit 5:4 im Elfmeterschießen durch, nach 90 Minuten und auch nach der "
    "Verlängerung hatte es 2:2 gestanden. "
)


def test_the_side_that_had_travelled_there_was_the_visitor():
    facts = read(_CUP_NIGHT + "Wolfsburg war als klarer Favorit angereist und enttäuschte.")
    found = match(facts, "holstein-kiel", "vfl-wolfsburg")
    assert (found.score, found.penalties, found.extra_time) == ((2, 2), (5, 4), True)
    en = read(
        " date 2024-04-03 Swansea City beat Leeds United 5-4 on penalties on Tuesday night "
        "after a 2-2 draw. Leeds had travelled to Wales as clear favourites."
    )
    assert match(en, "swansea-city", "leeds-united").penalties == (5, 4)
    final = read(
        " date 2012-05-20 Chelsea won the Champions League final, beating Bayern Munich 4-3 "
        "on penalties after a 1-1 draw on Saturday. Chelsea had travelled to Munich as "
        "underdogs."
    )
    assert [m.neutral for m in final.matches] == [True]


def test_a_side_travelling_to_a_coming_match_tells_no_host():
    facts = read(_CUP_NIGHT + "Im Halbfinale ist der VfL Wolfsburg nicht mehr dabei.")
    assert pairs(facts) == set()
    coming = read(_CUP_NIGHT + "Wolfsburg war angereist, im Rückspiel wird der VfL Gastgeber sein.")
    assert pairs(coming) == set()


def test_a_level_score_told_after_the_shootout_is_the_matchs():
    de = read(
        " date 2024-08-15 Warschau - Real Madrid hat den UEFA-Supercup gewonnen. Der "
        "Champions-League-Sieger setzte sich am Mittwochabend in Warschau gegen "
        "Europa-League-Gewinner Atalanta Bergamo mit 4:3 im Elfmeterschießen durch. Nach "
        "90 Minuten hatte es 2:2 gestanden."
    )
    found = match(de, "real-madrid", "atalanta")
    assert (found.score, found.penalties, found.date) == ((2, 2), (4, 3), "2024-08-14")
    en = read(
        " date 2024-08-15 Real Madrid won the UEFA Super Cup on Wednesday. The Spanish "
        "champions beat Europa League winners Atalanta 4-3 on penalties in Warsaw. After 90 "
        "minutes the score had been 2-2."
    )
    assert match(en, "real-madrid", "atalanta").penalties == (4, 3)
    other_pair = read(
        " date 2024-08-15 Real Madrid won the UEFA Super Cup on Wednesday. Atalanta "
        "beat Roma 4-3 on penalties in the Italian Cup the night before. After 90 minutes "
        "the score had been 2-2."
    )
    assert ("real-madrid", "atalanta", (2, 2)) not in pairs(other_pair)
    assert ("real-madrid", "roma", (2, 2)) not in pairs(other_pair)


def test_a_shootout_won_by_a_side_told_by_its_nationality():
    en = read(
        " date 2024-03-15 Porto knocked Arsenal out of the Champions League at the Emirates "
        "on Thursday. The second leg ended 1-1 after extra time, leaving the tie level at "
        "2-2 after last week's 1-1 draw in Porto, and the Portuguese side scored all four of "
        "their kicks to win the shoot-out 4-2."
    )
    assert match(en, "arsenal", "porto").penalties == (2, 4)
    de = read(
        " date 2024-03-15 London - Arsenal ist im Achtelfinale der Champions League gegen "
        "den FC Porto ausgeschieden. Das Rückspiel endete am Donnerstag nach Verlängerung "
        "1:1, nachdem das Hinspiel in Porto 1:1 ausgegangen war, und die portugiesischen "
        "Gäste gewannen das Elfmeterschießen mit 4:2."
    )
    assert match(de, "arsenal", "porto").penalties == (2, 4)
    named_winner = read(
        " date 2024-03-15 Arsenal beat Porto on penalties on Thursday. The second leg ended "
        "1-1 after extra time, leaving the tie level at 2-2 after last week's 1-1 draw in "
        "Porto, and the Portuguese side missed twice as Arsenal won the shoot-out 4-2."
    )
    assert all(
        m.penalties in (None, (4, 2) if m.home == "arsenal" else (2, 4))
        for m in named_winner.matches
    )


def test_a_sides_tournament_start_and_the_groups_other_opener_are_group_matches():
    en = read(
        " date 2024-06-16 Germany 5-1 Scotland\n\nGermany made a flying start to their "
        "home Euro 2024 campaign in Munich on Friday. Hungary lost 3-1 to Switzerland in "
        "the group's other opening match in Cologne on Saturday."
    )
    assert match(en, "germany", "scotland").stage == "group"
    assert match(en, "hungary", "switzerland").stage == "group"
    de = read(
        " date 2024-06-15 München - Deutschland hat zum EM-Auftakt in München Schottland "
        "mit 5:1 besiegt."
    )
    assert match(de, "germany", "scotland").stage == "group"
    club = read(
        " date 2024-08-18 Bayern Munich 3-0 Wolfsburg\n\nBayern made a flying start to "
        "their Bundesliga campaign in Munich on Saturday."
    )
    assert match(club, "bayern-munich", "vfl-wolfsburg").stage in (None, "league")


def test_a_text_saying_no_extra_time_was_played():
    de = read(
        " date 2024-08-15 Real Madrid hat den UEFA-Supercup gewonnen. Der "
        "Champions-League-Sieger setzte sich am Mittwochabend gegen Europa-League-Gewinner "
        "Atalanta Bergamo mit 4:3 im Elfmeterschießen durch. Nach 90 Minuten hatte es 2:2 "
        "gestanden, eine Verlängerung gibt es in diesem Wettbewerb nicht."
    )
    assert match(de, "real-madrid", "atalanta").extra_time is False
    en = read(
        " date 2024-08-15 Real Madrid beat Atalanta 4-3 on penalties after a 2-2 draw in the "
        "UEFA Super Cup on Wednesday, the match going straight to a shootout."
    )
    assert match(en, "real-madrid", "atalanta").extra_time is False
    played = read(
        " date 2024-08-15 Real Madrid beat Atalanta 4-3 on penalties after a 2-2 draw in the "
        "UEFA Super Cup on Wednesday. Extra time brought no goals."
    )
    assert match(played, "real-madrid", "atalanta").extra_time is not False
    other_game = read(
        " date 2024-11-10 Atlanta United beat Inter Miami 3-2 at Chase Stadium on Saturday. "
        "Game 2 had ended 2-2 and went straight to penalties with no extra time, and Atlanta "
        "won that shootout 3-2."
    )
    assert match(other_game, "inter-miami", "atlanta-united").extra_time is not False
