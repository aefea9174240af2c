"""Wrong cards found on unseen sets 31 and 32, each a phrase family, with sentences written
for these tests: a live line headed by a card shout, a card word read as a name, a player
who goes off injured, the player fouled named after the card, and a card timed "six minutes
later"."""

from __future__ import annotations

from bot.facts import Match
from bot.reports.cards.dismissals import attach_dismissals
from bot.reports.goals.placing import attach_goals
from bot.reports.text.document import build_document
from tests.reports.helpers import RESOLVER


def cards_of(body: str, match: Match, lang: str | None = None) -> list[tuple]:
    doc = build_document(" date 2025-03-13 " + body, RESOLVER, lang)
    attach_goals(doc, [match])
    attach_dismissals(doc, [match])
    return [(d.minute, d.player) for d in match.dismissals or []]


def _bayern() -> Match:
    return Match("bayern-munich", "borussia-dortmund", (2, 1))


def _arsenal() -> Match:
    return Match("arsenal", "tottenham", (2, 1))


def test_a_card_shout_heading_a_live_line_is_the_next_sentences_subject_en():
    cards = cards_of(
        "Arsenal beat Tottenham 2-1 at the Emirates.\n\n"
        "63 min: RED CARD! Cristian Romero, the last defender, drags down Bukayo Saka as he "
        "breaks clear. Straight red. Spurs are down to ten.",
        _arsenal(),
    )
    assert cards == [(63, "Cristian Romero")]


def test_a_card_shout_heading_a_live_line_is_the_next_sentences_subject_de():
    cards = cards_of(
        "Bayern gewann 2:1 gegen Dortmund.\n\n"
        "58. Min.: ROTE KARTE! Nico Schlotterbeck reißt Harry Kane als letzter Mann um. "
        "Glatt Rot. Dortmund nur noch zu zehnt.",
        _bayern(),
        lang="de",
    )
    assert cards == [(58, "Nico Schlotterbeck")]


def test_the_card_words_alone_are_no_name_en():
    cards = cards_of(
        "Arsenal beat Tottenham 2-1. Cristian Romero hauled down Bukayo Saka in the 63rd "
        "minute. Straight red.",
        _arsenal(),
    )
    assert all(player != "Straight" for _, player in cards)


def test_the_card_words_alone_are_no_name_de():
    cards = cards_of(
        "Bayern gewann 2:1 gegen Dortmund. Nico Schlotterbeck riss Harry Kane in der 58. "
        "Minute um. Glatt Rot.",
        _bayern(),
        lang="de",
    )
    assert all(player != "Glatt" for _, player in cards)


def test_a_player_who_goes_off_injured_is_not_sent_off_de():
    cards = cards_of(
        "Bayern gewann 2:1 gegen Dortmund. Nach einer Stunde musste auch noch Leon Goretzka "
        "verletzt vom Platz, für ihn kam Aleksandar Pavlovic.",
        _bayern(),
        lang="de",
    )
    assert cards == []


def test_a_player_who_goes_off_injured_is_not_sent_off_en():
    cards = cards_of(
        "Arsenal beat Tottenham 2-1. After an hour Martin Odegaard had to go off injured, "
        "replaced by Leandro Trossard.",
        _arsenal(),
    )
    assert cards == []


def test_the_player_fouled_after_the_card_is_not_the_one_sent_off_en():
    cards = cards_of(
        "Arsenal beat Tottenham 2-1. Spurs lost defender Micky van de Ven in the third "
        "minute. The referee showed him a straight red card for catching Gabriel Martinelli "
        "with a high boot.",
        _arsenal(),
    )
    assert cards == [(3, "Micky van de Ven")]


def test_the_player_fouled_after_the_card_is_not_the_one_sent_off_de():
    cards = cards_of(
        "Bayern gewann 2:1 gegen Dortmund. Dortmund verlor Emre Can schon in der dritten "
        "Minute. Der Schiedsrichter zeigte ihm die Rote Karte für ein Foul an Jamal Musiala.",
        _bayern(),
        lang="de",
    )
    assert cards == [(3, "Emre Can")]


def test_a_card_some_minutes_after_the_last_time_told_en():
    cards = cards_of(
        "Arsenal beat Tottenham 2-1. The winner, in the 58th minute, was worth the wait. "
        "Kai Havertz turned in a low cross. Four minutes later Yves Bissouma was shown a "
        "second yellow card for a challenge on Declan Rice.",
        _arsenal(),
    )
    assert cards == [(62, "Yves Bissouma")]


def test_a_card_some_minutes_after_the_last_time_told_de():
    cards = cards_of(
        "Bayern gewann 2:1 gegen Dortmund. Das Siegtor in der 58. Minute war sehenswert. "
        "Harry Kane schob ein. Vier Minuten später sah Emre Can nach einem Foul an Jamal "
        "Musiala die Gelb-Rote Karte.",
        _bayern(),
        lang="de",
    )
    assert cards == [(62, "Emre Can")]


def test_a_card_of_the_game_told_just_before_is_not_this_ones_en():
    cards = cards_of(
        "Arsenal beat Tottenham 2-1 in the final on Saturday. Declan Rice was sent off in "
        "the 80th minute.\n\nIn May 2019 Arsenal had beaten Tottenham 2-1 in the final as "
        "well. Tottenham finished that game with ten men after Eric Dier was sent off.",
        _arsenal(),
    )
    assert cards == [(80, "Declan Rice")]


def test_a_card_of_the_game_told_just_before_is_not_this_ones_de():
    cards = cards_of(
        "Bayern gewann am Samstag 2:1 gegen Dortmund. Joshua Kimmich sah in der 80. Minute "
        "die Rote Karte.\n\nIm Mai 2013 hatte Bayern Dortmund schon einmal 2:1 im Finale "
        "besiegt. Damals sah Robert Lewandowski die Gelb-Rote Karte.",
        _bayern(),
        lang="de",
    )
    assert cards == [(80, "Joshua Kimmich")]
