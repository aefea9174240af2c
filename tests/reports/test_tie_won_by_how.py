"""Ties told by their winner and how (`beat West Ham on penalties`, `they had squeezed
past Milan on away goals`, `setzten sie sich ... im Elfmeterschießen durch`,
`schalteten sie den AC Mailand aufgrund der Auswärtstorregel aus`), and what is no such
tie. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.reports.helpers import read, tie

_EN = " date 2024-05-23 Leverkusen beat Roma 2-0 in the Europa League final on Wednesday. "
_DE = " date 2024-05-23 Leverkusen schlug Roma im Finale der Europa League am Mittwoch 2:0. "


@pytest.mark.parametrize(
    ("text", "loser", "how"),
    [
        (
            _EN + "Leverkusen beat West Ham on penalties in the semi-finals.",
            "west-ham",
            "penalties",
        ),
        (
            _EN + "Leverkusen had reached the final the hard way. They beat West Ham on "
            "penalties in the semi-finals after two draws.",
            "west-ham",
            "penalties",
        ),
        (
            _EN + "Xabi Alonso's side won the German title. Before that, they had squeezed "
            "past AC Milan on away goals.",
            "ac-milan",
            "away_goals",
        ),
        (
            _EN + "Xabi Alonso's side won the German title. In the second round they needed "
            "a penalty shootout in London to get past West Ham.",
            "west-ham",
            "penalties",
        ),
        (
            _DE + "Im Viertelfinale setzte sich Leverkusen gegen West Ham erst im "
            "Elfmeterschießen durch.",
            "west-ham",
            "penalties",
        ),
        (
            _DE + "Der Weg ins Finale war für Leverkusen ein Abenteuer. Im Viertelfinale "
            "setzten sie sich gegen West Ham erst im Elfmeterschießen durch, im Halbfinale "
            "schalteten sie den AC Mailand aufgrund der Auswärtstorregel aus.",
            "ac-milan",
            "away_goals",
        ),
        (
            _DE + "Im Halbfinale schaltete Leverkusen den AC Mailand aufgrund der "
            "Auswärtstorregel aus.",
            "ac-milan",
            "away_goals",
        ),
    ],
)
def test_tie_by_winner_and_how(text: str, loser: str, how: str) -> None:
    found = tie(read(text), "bayer-leverkusen", loser)
    assert (found.winner, found.decided_by, found.aggregate) == ("bayer-leverkusen", how, None)


@pytest.mark.parametrize(
    "text",
    [
        # a final won on penalties is one match
        _EN + "Leverkusen won the trophy in 1988 by beating Espanyol on penalties.",
        # the owner of the beaten side's name is no side
        _EN + "Leverkusen had reached the final the hard way. They beat Spain's SD Amorebieta on "
        "penalties in the semi-finals.",
        # a pronoun with no how told is left alone
        _EN + "Leverkusen had reached the final the hard way. They had eliminated West Ham "
        "in the semi-finals.",
    ],
)
def test_no_tie_by_winner_and_how(text: str) -> None:
    teams = {frozenset(t.teams) for t in read(text).ties}
    assert not teams - {frozenset(("bayer-leverkusen", "roma"))}


def test_objects_joined_by_und_are_no_subject() -> None:
    """`hatte ... die AS Rom und im Halbfinale den AJ Auxerre ausgeschaltet`: both are
    objects, so neither knocked the other out."""
    text = (
        _DE + "Trainer Xabi Alonso war zufrieden. Seine Mannschaft hatte auf dem Weg ins "
        "Finale unter anderem den FC Porto und im Halbfinale den AC Mailand ausgeschaltet."
    )
    teams = {frozenset(t.teams) for t in read(text).ties}
    assert frozenset(("porto", "ac-milan")) not in teams


def test_subject_before_object_after_den() -> None:
    text = (
        _DE + "Trainer Xabi Alonso war zufrieden. Die Werkself blieb auf dem Weg ins Finale "
        "ungeschlagen, und Leverkusen hatte im Viertelfinale den AC Mailand ausgeschaltet."
    )
    found = tie(read(text), "bayer-leverkusen", "ac-milan")
    assert found.winner == "bayer-leverkusen"
