"""`die Tabellenführung in der Gruppe D. Im Hinspiel ...`: a group's letter is no initial; its
dot ends the sentence, so the next sentence's result is not given to the first's subject."""

import pytest

from bot.reports.text.sentences import split_sentences
from tests.reports.helpers import pairs, read

SPLITS = [
    ("Die Tschechen führen die Gruppe D. Im Hinspiel gewann Deutschland.", "de", 2),
    ("They now top Group B. In the first game they lost.", "en", 2),
    ("Die Gruppe D. wird enger.", "de", 1),
    ("S. Bender traf.", "de", 1),
]


@pytest.mark.parametrize(("text", "lang", "count"), SPLITS)
def test_group_letter_dot(text, lang, count) -> None:
    assert len(split_sentences(text, lang)) == count


def test_next_sentence_keeps_its_own_subject() -> None:
    facts = read(
        " date 2007-10-18 Deutschland hat am Mittwoch in München mit 0:3 gegen Tschechien "
        "verloren. Die Tschechen übernahmen damit die Führung in der Gruppe D. Im Hinspiel in "
        "Prag hatte die DFB-Elf noch 2:1 gewonnen."
    )
    assert ("czechia", "germany", (2, 1)) not in pairs(facts)


def test_next_sentence_keeps_its_own_subject_en() -> None:
    facts = read(
        " date 2007-10-18 Germany lost 3-0 to the Czech Republic in Munich on Wednesday. The "
        "Czechs now top Group D. In the first game in Prague, Germany had won 2-1."
    )
    assert ("czechia", "germany", (2, 1)) not in pairs(facts)
