"""`Am Samstag stemmten sie im Berliner Olympiastadion den DFB-Pokal in die Höhe. Im Finale
besiegten die Roten Teufel den Karlsruher SC mit 1:0`: a final whose sentence names no
competition is the final of the one domestic cup the sentence before names, so it is
played at a ground chosen in advance (neutral) and read; not a UEFA final, which was two
legs in some years. And `In the final Arsenal beat ...`: a team right after a round
opening the sentence is its subject."""

from __future__ import annotations

from tests.reports.helpers import read

_DE = (
    " date 1998-05-18 Die Kolumne zum Wochenende: ein Pokal für die Bayern. Am Samstag "
    "standen die Münchner im Berliner Olympiastadion und stemmten den DFB-Pokal in die "
    "Höhe. Im Finale besiegte der FC Bayern den MSV Duisburg mit 2:1. Das Siegtor fiel "
    "spät."
)
_EN = (
    " date 2005-05-23 A column for the weekend: the cup stays in London. On Saturday the "
    "players lifted the FA Cup in Cardiff for the tenth time. In the final Arsenal beat "
    "Manchester United 2-1 after a tense afternoon, and the fans sang for hours."
)


def test_german_final_after_the_cup_sentence():
    facts = read(_DE)
    found = [m for m in facts.matches if m.score == (2, 1)]
    assert [(m.home, m.away, m.competition, m.stage, m.neutral) for m in found] == [
        ("bayern-munich", "msv-duisburg", "DFB-Pokal", "final", True)
    ]


def test_english_final_after_the_cup_sentence():
    facts = read(_EN)
    found = [m for m in facts.matches if m.score == (2, 1)]
    assert [(m.home, m.away, m.competition, m.neutral) for m in found] == [
        ("arsenal", "manchester-united", "FA Cup", True)
    ]
