"""A card sentence pointing back (`Damals sah X die Rote Karte`, `In that game X was sent
off`) right after a sentence told wholly of another match the report states: the card
is that match's, as the sentence's clauses are (not dropped as a card of a past game)."""

import pytest

from tests.reports.helpers import match, read


@pytest.mark.parametrize(
    "body",
    [
        " date 2012-05-20 Der FC Bayern hat am Samstag 2:0 beim VfL Wolfsburg gewonnen. "
        "Arjen Robben traf in der 12. und in der 70. Minute. Im Pokalfinale hatte Werder "
        "Bremen am 10. Mai in Berlin 1:0 gegen den VfB Stuttgart gewonnen. Damals sah "
        "Stuttgarts Kapitän Serdar Tasci kurz vor Schluss die Rote Karte.",
        " date 2012-05-20 Chelsea won 2-0 at Everton on Saturday. Frank Lampard scored in the "
        "12th and 70th minutes. In the FA Cup final on May 10, Liverpool had beaten "
        "Tottenham 1-0 at Wembley. In that game Tottenham captain Ledley King was sent off "
        "late on.",
    ],
)
def test_a_card_pointing_back_to_a_match_read_is_that_matchs(body):
    facts = read(body)
    cup = [m for m in facts.matches if m.score == (1, 0) or m.score == (0, 1)]
    assert len(cup) == 1
    names = [d.player for d in cup[0].dismissals or []]
    assert names in (["Serdar Tasci"], ["Ledley King"])
    main = match(
        facts, *(("vfl-wolfsburg", "bayern-munich") if "Bayern" in body else ("everton", "chelsea"))
    )
    assert not main.dismissals
