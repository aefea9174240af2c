"""A number of goals with words before the noun (`two almost identical goals`, `two
late goals`, `zwei sehenswerte Tore`) is that many goals."""

import pytest

from bot.reports.goals import cues as goalcues


@pytest.mark.parametrize(
    ("lang", "text", "count"),
    [
        ("en", "Mertens settled it with two late goals", "two"),
        ("en", "Mertens settled it with two almost identical goals", "two"),
        ("en", "Mertens had gone two games without goals", None),
        ("en", "Kane added three second-half goals", "three"),
        ("de", "Kramaric entschied die Partie mit zwei sehenswerten Toren", "two"),
        ("de", "Kramaric erzielte drei weitere Treffer", "three"),
    ],
)
def test_a_count_with_adjectives_before_the_goals(lang, text, count):
    found = goalcues.MULTIPLE[lang].search(text)
    if count is None:
        assert found is None
        return
    assert found is not None and found.group(count)
