"""A card told in a sentence that opens on another result (`Am Samstag hatten sich beide
Mannschaften in der Liga 2:2 getrennt, nachdem X vom Platz gestellt worden war`) belongs to
that game, not to the match the report is about (a held-out report put a league red card
on the cup final). Sentences written for these tests."""

from __future__ import annotations

from tests.reports.helpers import match, read

DE = (
    " date 2024-05-02 Bayer Leverkusen hat den DFB-Pokal gewonnen. Im Finale setzte sich "
    "Leverkusen am Mittwoch in Berlin mit 2:0 gegen den VfB Stuttgart durch. Florian Wirtz "
    "traf in der 20. Minute, Victor Boniface erhöhte in der 70. Minute. "
    "Am Samstag hatten sich beide Mannschaften in der Bundesliga 2:2 getrennt, nachdem "
    "Stuttgarts Waldemar Anton wegen einer Notbremse vom Platz gestellt worden war."
)
EN = (
    " date 2024-05-02 Bayer Leverkusen won the German Cup on Wednesday, beating Stuttgart "
    "2-0 in the final in Berlin. Florian Wirtz scored in the 20th minute and Victor Boniface "
    "added a second in the 70th minute. The sides drew 2-2 in the Bundesliga on Saturday, "
    "when Waldemar Anton was sent off for a professional foul."
)


def test_german_card_of_the_league_game_is_not_the_finals() -> None:
    final = match(read(DE), "bayer-leverkusen", "vfb-stuttgart")
    assert not final.dismissals


def test_english_card_of_the_league_game_is_not_the_finals() -> None:
    final = match(read(EN), "bayer-leverkusen", "vfb-stuttgart")
    assert not final.dismissals


def test_a_card_in_the_finals_own_sentence_stays() -> None:
    text = DE.replace(
        "Am Samstag hatten sich beide Mannschaften in der Bundesliga 2:2 getrennt, nachdem "
        "Stuttgarts Waldemar Anton wegen einer Notbremse vom Platz gestellt worden war.",
        "Stuttgarts Waldemar Anton sah in der 80. Minute die Rote Karte.",
    )
    final = match(read(text), "bayer-leverkusen", "vfb-stuttgart")
    assert [(d.player, d.minute) for d in final.dismissals or []] == [("Waldemar Anton", 80)]
