"""The League Cup's quarter-final is one match: a side knocking another out there on
penalties won a match, not a two-legged tie (its semi-finals keep their ties)."""

import pytest

from tests.reports.helpers import read

ONE_MATCH = [
    " date 2012-12-13 Bradford City are in the semi-finals of the League Cup after knocking "
    "out Arsenal on penalties on Tuesday night.",
    " date 2012-12-13 Bradford City knocked Arsenal out of the Capital One Cup quarter-finals "
    "on penalties on Tuesday.",
]


@pytest.mark.parametrize("text", ONE_MATCH)
def test_quarter_final_is_no_tie(text) -> None:
    assert read(text).ties == []


def test_semi_final_still_a_tie() -> None:
    facts = read(
        " date 2013-01-23 Bradford City reached the League Cup final after beating Aston Villa "
        "4-3 on aggregate in the semi-final."
    )
    assert [set(t.teams) for t in facts.ties] == [{"bradford-city", "aston-villa"}]
