"""A card told in a clause looking back to the result just before it (`goalless in Turin
last Friday, a night on which Rebic was sent off`, `torlos in Turin, ein Abend, an dem
Rebic vom Platz flog`) belongs to that result; where no match read has its score, the
card is none of the report's."""

from tests.reports.helpers import read


def cards(facts):
    return [d.player for m in facts.matches for d in m.dismissals or ()]


def test_english_card_of_an_unread_goalless_leg():
    facts = read(
        " date 2020-06-18 Juventus needed away goals to get past Milan: 1-1 against AC Milan "
        "at San Siro in February, goalless in Turin last Friday, a night on which Ronaldo "
        "missed a penalty and Milan's Ante Rebic was sent off."
    )
    assert "Ante Rebic" not in cards(facts)


def test_german_card_of_an_unread_goalless_leg():
    facts = read(
        " date 2020-06-18 Juventus setzte sich gegen den AC Mailand durch: 1:1 im Hinspiel "
        "gegen den AC Mailand in Mailand, torlos in Turin am Freitag, ein Abend, an dem "
        "Ante Rebic die Rote Karte sah."
    )
    assert "Ante Rebic" not in cards(facts)


def test_card_of_the_read_result_stays():
    facts = read(
        " date 2020-06-18 Juventus drew 1-1 with AC Milan at San Siro on Wednesday, a night "
        "on which Milan's Ante Rebic was sent off in the 70th minute."
    )
    assert "Ante Rebic" in cards(facts)
