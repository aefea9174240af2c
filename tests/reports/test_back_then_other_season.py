"""A sentence told `damals` / `back then` right after one about another season (`Ganz
vergessen hat man das Duell aus dem Vorjahr nicht. Damals hatten die Bayern im Hinspiel in
London 3:1 gewonnen und zu Hause dann 0:2 verloren`, set 46) is of that season: its
unnamed side is not the opponent of the story's latest result (set 46 read Bayern 0-2
Wolfsburg, Wolfsburg being the weekend's league opponent)."""

from __future__ import annotations

from tests.reports.helpers import pairs, read

_DE = (
    " date 2019-03-05 Wenn Real Madrid am Dienstagabend Ajax Amsterdam zum "
    "Achtelfinal-Rückspiel der Champions League empfängt, geht der Titelverteidiger mit "
    "einem 2:1-Vorsprung aus dem Hinspiel in die Partie.\n\n"
    "Die Madrilenen eilen in der Liga von Sieg zu Sieg. Am Samstag fertigte die Mannschaft "
    "von Santiago Solari Real Valladolid auswärts mit 4:1 ab.\n\n"
    "Ganz vergessen hat man in Madrid das Duell aus dem Vorjahr aber nicht. Damals hatte "
    "Real im Hinspiel in Paris 3:1 gewonnen und zu Hause dann 1:2 verloren."
)

_EN = (
    " date 2019-03-05 Real Madrid host Ajax in the second leg of their Champions League "
    "last-16 tie on Tuesday night, holding a 2-1 lead from the first leg in Amsterdam.\n\n"
    "Santiago Solari's side are flying in the league. On Saturday they won 4-1 away at Real "
    "Valladolid.\n\n"
    "Last season's tie still rankles in Madrid, though. Back then, Real won the first leg "
    "3-1 at home and then lost the return 2-1."
)


def test_back_then_after_last_season_takes_no_present_opponent_de():
    read_pairs = pairs(read(_DE))
    assert ("real-madrid", "valladolid", (1, 2)) not in read_pairs
    assert ("valladolid", "real-madrid", (1, 4)) in read_pairs


def test_back_then_after_last_season_takes_no_present_opponent_en():
    read_pairs = pairs(read(_EN))
    assert not {p for p in read_pairs if p[2] in ((3, 1), (1, 3), (2, 1), (1, 2))} - {
        ("ajax", "real-madrid", (1, 2))
    }


_CUP_DE = (
    " date 2019-05-26 Der FC Valencia hat zum achten Mal die Copa del Rey gewonnen. Im Finale "
    "gegen den FC Barcelona im Estadio Benito Villamarín von Sevilla setzten sich die "
    "Valencianos am Samstagabend mit 2:1 (2:0) durch.\n\n"
    "Bereits vor elf Jahren hatten sich die beiden Klubs im Pokal gegenübergestanden. "
    "Damals hatte Valencia erst in der Verlängerung zum 3:2-Sieg getroffen."
)

_CUP_EN = (
    " date 2019-05-26 Valencia won the Copa del Rey for the eighth time on Saturday night, "
    "beating Barcelona 2-1 in the final at the Benito Villamarin in Seville.\n\n"
    "The two clubs had met in the cup eleven years ago. Back then, Valencia needed extra "
    "time to win 3-2."
)


def test_extra_time_told_back_then_is_not_the_main_matchs():
    for text in (_CUP_DE, _CUP_EN):
        (final,) = [m for m in read(text).matches if m.score == (2, 1)]
        assert final.extra_time is not True
