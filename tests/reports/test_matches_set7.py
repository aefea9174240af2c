"""Phrase families that made the reader state wrong matches and ties on the seventh
dev set, each checked with sentences written here: an aggregate word that belongs
to the score before it, a goal that made a running score, countries and towns that
are places, an object read as the subject, a pronoun clause borrowing a name, cues
of an unread score, an opponent taken from a stale pair, and tie winners."""

from __future__ import annotations

from bot.facts import Match
from bot.reports.matches.scores import find_scores
from bot.reports.text.document import build_document
from bot.reports.ties.facts import read_ties
from tests.reports.helpers import RESOLVER, match, pairs, read, tie


def _teams(body: str) -> list[str]:
    """The teams a text names as sides (a name after `in` is a place)."""
    doc = build_document(" date 2024-05-02 " + body, RESOLVER)
    return [m.team for m in doc.mentions if m.prep != "in"]


def _aliases(body: str) -> list[str]:
    return [m.alias for m in build_document(" date 2024-05-02 " + body, RESOLVER).mentions]


def test_aggregate_word_after_a_score_is_that_scores_not_the_next_ones():
    hits = find_scores("Porto went through 4-2 on aggregate, winning 3-1 away and drawing at home.")
    assert [h.kind for h in hits] == ["aggregate", "result"]
    drew = find_scores("Inter won 3-1 on aggregate after the teams drew 1-1 in the first leg.")
    assert [h.kind for h in drew] == ["aggregate", "result"]
    alone = find_scores("Mit einem Gesamtergebnis von 5:4 zog Real ins Viertelfinale ein.")
    assert [h.kind for h in alone] == ["aggregate"]


def test_the_goal_that_made_a_score_is_a_running_score():
    made = find_scores("Dann köpfte Müller das 2:1 für die Gäste ein, ehe Kane das 3:1 erzielte.")
    assert [h.kind for h in made] == ["result", "running"]
    for_team = find_scores("Nach der Pause war es Sané, der das 3:2 für Bayern erzielte.")
    assert [h.kind for h in for_team] == ["running"]
    ended = find_scores("Die Partie endete 3:1 für Leverkusen, das damit Tabellenführer bleibt.")
    assert [h.kind for h in ended] == ["result"]


def test_country_after_in_der_is_a_place_and_after_gegen_die_a_team():
    assert "switzerland" not in _teams(
        "Porto besiegte den FC Basel mit 3:0, nachdem das Hinspiel in der Schweiz 2:2 endete."
    )
    assert "netherlands" not in _teams("Der Klub bereitete sich in den Niederlanden vor.")
    assert "switzerland" in _teams("Deutschland verlor am Abend gegen die Schweiz mit 0:1.")


def test_first_leg_in_a_country_is_played_at_the_club_from_there():
    facts = read(
        " date 2019-03-13 Der FC Porto steht im Viertelfinale. Die Portugiesen besiegten den "
        "FC Basel am Dienstag im Estádio do Dragão mit 3:0, nachdem das Hinspiel in der "
        "Schweiz 2:2 geendet hatte."
    )
    assert ("basel", "porto", (2, 2)) in pairs(facts)
    assert all("switzerland" not in (m.home, m.away) for m in facts.matches)


def test_a_short_name_going_on_from_a_place_is_part_of_it():
    assert _aliases(
        "New York City FC lost to Seattle. The sides drew 1-1 at a stadium in Mexico City."
    ) == ["New York City FC", "Seattle"]
    assert "croatia" in _teams("Four years ago in Russia Croatia lost the final to France.")


def test_a_town_after_a_grounds_name_is_no_team():
    assert "sevilla" not in _teams(
        "Im Finale im Estadio Ramón Sánchez-Pizjuán von Sevilla gewann Frankfurt."
    )
    assert "bayern-munich" not in _teams("The final was played at the Allianz Arena in Munich.")
    assert "sevilla" in _teams("Im Stadion gewann Frankfurt gegen Sevilla mit 2:0.")


def test_a_team_after_the_verb_and_another_noun_phrase_is_the_object():
    facts = read(
        " date 2022-05-19 Eintracht Frankfurt hat die Europa League gewonnen. Im Finale "
        "besiegten die Hessen am Mittwochabend die Glasgow Rangers mit 5:4 im "
        "Elfmeterschießen, nach 120 Minuten hatte es 1:1 gestanden."
    )
    final = next(m for m in facts.matches if {m.home, m.away} == {"eintracht-frankfurt", "rangers"})
    shootout = dict(zip((final.home, final.away), final.penalties, strict=True))
    assert shootout == {"eintracht-frankfurt": 5, "rangers": 4}
    plain = read(
        " date 2022-05-19 Am Samstag besiegte der FC Bayern im eigenen Stadion den VfB "
        "Stuttgart mit 3:1."
    )
    assert pairs(plain) == {("bayern-munich", "vfb-stuttgart", (3, 1))}


def test_a_pronoun_clause_takes_only_the_name_that_opens_the_sentence():
    facts = read(
        " date 2018-05-04 Salzburg ist ausgeschieden. Im Achtelfinale hatte der Meister "
        "Borussia Dortmund ausgeschaltet, im Viertelfinale drehte er nach einem 2:4 in Rom "
        "gegen Lazio mit einem 4:1 vor eigenem Publikum das Duell."
    )
    assert all("borussia-dortmund" not in (m.home, m.away) for m in facts.matches)
    opened = read(
        " date 2024-05-08 Der BVB hatte am Dienstag das Rückspiel bei Paris Saint-Germain mit "
        "1:0 gewonnen, nachdem er schon das Hinspiel zu Hause mit demselben Ergebnis für sich "
        "entschieden hatte."
    )
    assert ("borussia-dortmund", "psg", (1, 0)) in pairs(opened)
    assert ("psg", "borussia-dortmund", (0, 1)) in pairs(opened)


def test_given_a_win_names_the_winner_and_an_unread_draws_ground_stays_its_own():
    facts = read(
        " date 2012-05-20 Chelsea won the final against Bayern Munich on penalties. Terry was "
        "sent off in the 2-2 draw at Camp Nou that completed a 3-2 aggregate win over "
        "Barcelona in the semifinals, after Drogba's goal had given Chelsea a 1-0 victory at "
        "Stamford Bridge in the first leg."
    )
    first = match(facts, "chelsea", "barcelona")
    assert first.score == (1, 0) and first.leg == 1
    assert all("bayern-munich" not in (m.home, m.away) for m in facts.matches)


def test_a_leg_told_after_the_story_moved_on_is_against_the_new_opponent():
    facts = read(
        " date 2020-07-05 Der FC Bayern gewann im Halbfinale mit 2:1 gegen Eintracht Frankfurt. "
        "Die Bayern blicken nun auf das Rückspiel gegen den FC Chelsea im August. Das Hinspiel "
        "in London hatten die Münchner im Februar mit 3:0 gewonnen."
    )
    first = match(facts, "chelsea", "bayern-munich")
    assert first.score == (0, 3) and first.leg == 1
    unclear = read(
        " date 2020-07-05 Der FC Bayern gewann im Halbfinale mit 2:1 gegen Eintracht Frankfurt. "
        "Im Rückspiel warten Leverkusen oder der FC Chelsea. Das Hinspiel in London hatten "
        "die Münchner im Februar mit 3:0 gewonnen."
    )
    assert all(m.score != (0, 3) and m.score != (3, 0) for m in unclear.matches)


def test_the_team_before_advanced_wins_a_level_tie():
    facts = read(
        " date 2019-03-14 Europa League Glance\nHome teams listed first\n\nSECOND LEG\n\n"
        "Wednesday, March 13\nPorto 2, Lyon 0, 3-3 aggregate, Porto advanced on away goals\n"
    )
    level = tie(facts, "porto", "lyon")
    assert (level.winner, level.decided_by) == ("porto", "away_goals")
    other_way = read(
        " date 2019-03-14 Europa League Glance\nHome teams listed first\n\nSECOND LEG\n\n"
        "Wednesday, March 13\nLyon 2, Porto 0, 3-3 aggregate, Lyon advanced on away goals\n"
    )
    assert tie(other_way, "porto", "lyon").winner == "lyon"


def test_a_shootout_in_a_one_match_cup_round_is_no_tie_even_without_its_competition():
    text = (
        " date 2015-05-31 Der VfL Wolfsburg hat den DFB-Pokal gewonnen. Die Dortmunder hatten "
        "sich im Halbfinale beim FC Bayern nach einem 1:1 n.V. im Elfmeterschießen mit 2:0 "
        "durchgesetzt."
    )
    semi = Match("bayern-munich", "borussia-dortmund", (1, 1), stage="semi-final")
    doc = build_document(text, RESOLVER)
    assert read_ties(doc, [semi], {}) == []
    two_legged = read(
        " date 2015-03-11 Der FC Porto ist im Viertelfinale der Champions League. Nach dem 1:1 "
        "im Hinspiel in Basel setzte sich Porto im Rückspiel mit 4:0 gegen den FC Basel durch."
    )
    assert tie(two_legged, "porto", "basel").winner == "porto"


def test_a_first_leg_that_ended_goalless_and_a_clubs_home_town():
    facts = read(
        " date 2014-05-19 Im Relegations-Rückspiel kam der HSV am Sonntag bei der SpVgg "
        "Greuther Fürth zu einem 1:1. Das Hinspiel am Donnerstag im Volksparkstadion war "
        "torlos geendet."
    )
    first = match(facts, "hamburger-sv", "greuther-furth")
    assert (first.score, first.leg) == ((0, 0), 1)
    assert find_scores("Der HSV blieb auch im Rückspiel torlos.") == []
    then = read(
        " date 2014-05-19 Fürth ist vor einem Jahr aus der Bundesliga abgestiegen. Damals hatte "
        "sich in der Bundesliga-Relegation die TSG Hoffenheim gegen den 1. FC Kaiserslautern "
        "behauptet: Nach einem 3:1 im Hinspiel in Sinsheim gewann die TSG auch das Rückspiel "
        "auf dem Betzenberg mit 2:1."
    )
    first = match(then, "tsg-hoffenheim", "fc-kaiserslautern")
    assert (first.score, first.season) == ((3, 1), "2012-13")
    now = read(
        " date 2014-05-19 Fürth spielt weiter in der 2. Liga. In der Bundesliga-Relegation hat "
        "sich die TSG Hoffenheim gegen den 1. FC Kaiserslautern behauptet: Nach einem 3:1 im "
        "Hinspiel in Sinsheim gewann die TSG auch das Rückspiel auf dem Betzenberg mit 2:1."
    )
    assert match(now, "tsg-hoffenheim", "fc-kaiserslautern").season == "2013-14"


def test_a_named_ground_gives_the_first_leg_its_host():
    facts = read(
        " date 2014-05-01 Atletico Madrid reached the final. Atletico were held 0-0 by Chelsea "
        "at the Vicente Calderon but won 3-1 at Stamford Bridge in the return."
    )
    assert match(facts, "atletico-madrid", "chelsea").score == (0, 0)
    assert match(facts, "chelsea", "atletico-madrid").score == (1, 3)


def test_a_city_opening_the_sentence_is_the_one_side_of_the_pair_based_there():
    facts = read(
        " date 2024-12-08 The LA Galaxy beat the New York Red Bulls 2-1 at home on Saturday to "
        "win the MLS Cup. Los Angeles reached the final with a 1-0 home win over the Seattle "
        "Sounders a week earlier."
    )
    assert match(facts, "la-galaxy", "seattle-sounders").score == (1, 0)
    both = read(
        " date 2014-05-25 Real Madrid beat Atletico Madrid 4-1 after extra time in the final "
        "in Lisbon. Madrid reached the final with a 5-0 aggregate win over Bayern Munich."
    )
    assert all("bayern-munich" not in (m.home, m.away) for m in both.matches)
