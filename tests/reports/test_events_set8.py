"""Goals and cards whose doer is not the name nearest the verb: the object of an earlier
verb the card's subject shares ("X foulte Y und sah Rot"), a name in the German
genitive ("der Ersatz des verletzten X traf"), and a substitute named by an attributive
participle ("der eingewechselte X (88.)"). Sentences written for these tests."""

from __future__ import annotations

from bot.facts import Match
from bot.reports.cards.dismissals import attach_dismissals
from bot.reports.goals.placing import attach_goals
from bot.reports.text.document import build_document
from tests.reports.helpers import RESOLVER, goals_for


def read_cards(body: str, match: Match, lang: str | None = None) -> list[tuple]:
    doc = build_document(" date 2025-03-13 " + body, RESOLVER, lang)
    attach_goals(doc, [match])
    attach_dismissals(doc, [match])
    return [(d.minute, d.player) for d in match.dismissals or []]


def scorers(match: Match) -> list[tuple]:
    return [(g.minute, g.player) for g in match.goals or []]


def test_card_after_and_goes_to_the_subject_not_the_object_en():
    cards = read_cards(
        "Napoli drew 1-1 with Inter. Lautaro Martinez scored in the 10th minute and Victor "
        "Osimhen equalised in the 50th. The game boiled over in the 80th minute, when Alessandro "
        "Bastoni shoved Khvicha Kvaratskhelia during a scuffle and was shown a straight red "
        "card.",
        Match("napoli", "inter-milan", (1, 1)),
    )
    assert cards == [(80, "Alessandro Bastoni")]


def test_card_after_und_goes_to_the_subject_not_the_object_de():
    cards = read_cards(
        "Neapel und Inter trennten sich 1:1. Lautaro Martínez traf in der 10. Minute, Victor "
        "Osimhen glich in der 50. Minute aus. Alessandro Bastoni stieß Khvicha Kvaratskhelia "
        "nach einem Zweikampf zu Boden und sah glatt Rot (80.).",
        Match("napoli", "inter-milan", (1, 1)),
        lang="de",
    )
    assert cards == [(80, "Alessandro Bastoni")]


def test_a_named_object_with_its_own_verb_still_gets_the_card_de():
    cards = read_cards(
        "Neapel und Inter trennten sich 1:1. Lautaro Martínez traf in der 10. Minute, Victor "
        "Osimhen glich in der 50. Minute aus. Nach einem Foul an Alessandro Bastoni sah "
        "Khvicha Kvaratskhelia glatt Rot (80.).",
        Match("napoli", "inter-milan", (1, 1)),
        lang="de",
    )
    assert cards == [(80, "Khvicha Kvaratskhelia")]


def test_card_of_a_player_booked_and_sent_off_keeps_him_en():
    cards = read_cards(
        "Napoli drew 1-1 with Inter. Lautaro Martinez scored in the 10th minute and Victor "
        "Osimhen equalised in the 50th. Alessandro Bastoni was booked for a foul on Khvicha "
        "Kvaratskhelia and was sent off in the 80th minute.",
        Match("napoli", "inter-milan", (1, 1)),
    )
    assert cards == [(80, "Alessandro Bastoni")]


def test_genitive_name_is_not_the_scorer_de():
    (match,) = goals_for(
        "Der SC Freiburg gewann 1:0 gegen den VfL Bochum. Der Ersatzmann des verletzten "
        "Michael Gregoritsch traf per Kopf (40.).",
        Match("sc-freiburg", "vfl-bochum", (1, 0)),
        lang="de",
    )
    assert "Michael Gregoritsch" not in [p for _, p in scorers(match)]


def test_genitive_after_a_goal_noun_is_the_scorer_de():
    (match,) = goals_for(
        "Der SC Freiburg gewann 1:0 gegen den VfL Bochum. Das Tor des eingewechselten "
        "Michael Gregoritsch in der 40. Minute entschied die Partie.",
        Match("sc-freiburg", "vfl-bochum", (1, 0)),
        lang="de",
    )
    assert scorers(match) == [(40, "Michael Gregoritsch")]


def test_name_after_for_is_not_the_scorer_en():
    (match,) = goals_for(
        "Freiburg beat Bochum 1-0. The stand-in for the injured Michael Gregoritsch headed "
        "in after 40 minutes.",
        Match("sc-freiburg", "vfl-bochum", (1, 0)),
    )
    assert "Michael Gregoritsch" not in [p for _, p in scorers(match)]


def test_attributive_substitute_keeps_the_goal_minute_de():
    (match,) = goals_for(
        "Der SC Freiburg gewann 1:0 gegen den VfL Bochum. Den Siegtreffer erzielte der "
        "eingewechselte Lucas Höler (88.).",
        Match("sc-freiburg", "vfl-bochum", (1, 0)),
        lang="de",
    )
    assert scorers(match) == [(88, "Lucas Höler")]


def test_substitution_minute_is_still_no_goal_minute_de():
    (match,) = goals_for(
        "Der SC Freiburg gewann 1:0 gegen den VfL Bochum. Michael Gregoritsch wurde in der "
        "60. Minute eingewechselt und traf später noch.",
        Match("sc-freiburg", "vfl-bochum", (1, 0)),
        lang="de",
    )
    assert all(minute != 60 for minute, _ in scorers(match))


def test_adverb_before_a_name_is_no_part_of_it_de():
    (match,) = goals_for(
        "Der SC Freiburg gewann 1:0 gegen den VfL Bochum. Ausgerechnet Michael Gregoritsch "
        "traf in der 40. Minute.",
        Match("sc-freiburg", "vfl-bochum", (1, 0)),
        lang="de",
    )
    assert scorers(match) == [(40, "Michael Gregoritsch")]


def test_adverb_before_a_name_is_no_part_of_it_en():
    (match,) = goals_for(
        "Freiburg beat Bochum 1-0. Fittingly Michael Gregoritsch scored in the 40th minute.",
        Match("sc-freiburg", "vfl-bochum", (1, 0)),
    )
    assert scorers(match) == [(40, "Michael Gregoritsch")]


def test_described_keeper_after_past_is_not_the_scorer_en():
    (match,) = goals_for(
        "Freiburg beat Bochum 2-0. Michael Gregoritsch scored in the 40th minute. Later "
        "he curled a shot into the top corner past the diving Manuel Riemann.",
        Match("sc-freiburg", "vfl-bochum", (2, 0)),
    )
    assert "Manuel Riemann" not in [p for _, p in scorers(match)]


def test_described_keeper_after_am_is_not_the_scorer_de():
    (match,) = goals_for(
        "Der SC Freiburg gewann 2:0 gegen den VfL Bochum. Michael Gregoritsch traf in der "
        "40. Minute. Später schoss er den Ball am machtlosen Manuel Riemann vorbei ins Tor.",
        Match("sc-freiburg", "vfl-bochum", (2, 0)),
        lang="de",
    )
    assert "Manuel Riemann" not in [p for _, p in scorers(match)]


def test_goals_listed_after_through_keep_their_scorer_en():
    (match,) = goals_for(
        "Freiburg beat Bochum 2-0 through two Michael Gregoritsch goals, in the 40th and "
        "70th minutes.",
        Match("sc-freiburg", "vfl-bochum", (2, 0)),
    )
    assert scorers(match) == [(40, "Michael Gregoritsch"), (70, "Michael Gregoritsch")]


def test_name_after_unter_anderem_may_still_score_de():
    (match,) = goals_for(
        "Der SC Freiburg gewann 2:0 gegen den VfL Bochum. Es trafen unter anderem Michael "
        "Gregoritsch (40.) und Lucas Höler (70.).",
        Match("sc-freiburg", "vfl-bochum", (2, 0)),
        lang="de",
    )
    assert scorers(match) == [(40, "Michael Gregoritsch"), (70, "Lucas Höler")]


def test_name_after_am_and_a_weekday_may_still_score_de():
    (match,) = goals_for(
        "Der SC Freiburg gewann 1:0 gegen den VfL Bochum. Den Treffer hatte am Samstag "
        "Michael Gregoritsch in der 40. Minute erzielt.",
        Match("sc-freiburg", "vfl-bochum", (1, 0)),
        lang="de",
    )
    assert scorers(match) == [(40, "Michael Gregoritsch")]
