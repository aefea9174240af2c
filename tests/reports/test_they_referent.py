"""A `they` in a result's sentence stands for the side the paragraph last opened a
sentence with (`Östersund beat IFK Norrköping ... In the play-off round they lost 3-1 to
PAOK`), not for the opponent named last (`they beat Galatasaray 2-0`)."""

from __future__ import annotations

import pytest

from tests.reports.helpers import pairs, read


@pytest.mark.parametrize(
    ("text", "pair", "wrong"),
    [
        (
            " date 2018-02-23 Arsenal went through on Thursday. Last season brought the club's"
            " first cup. Östersund won the cup final 3-1. In the qualifiers they beat Rapid"
            " Vienna 2-0 at home. In the next round they lost 2-1 in Thessaloniki to PAOK.",
            ("paok", "ostersund", (2, 1)),
            ("paok", "rapid-wien", (2, 1)),
        ),
        (
            " date 1970-06-22 Brazil won the World Cup final on Sunday. Italy were tired."
            " Brazil's road had been easier. They had beaten England 1-0 in the group.",
            ("brazil", "england", (1, 0)),
            ("italy", "england", (1, 0)),
        ),
        (
            " date 2018-02-23 Arsenal schied am Donnerstag aus. Östersund gewann im April das"
            " Pokalfinale. In der Qualifikation schlugen sie Rapid Wien mit 2:0. In der"
            " nächsten Runde verloren sie mit 1:3 gegen PAOK.",
            None,  # (the German wording is not read yet: no wrong side either)
            ("rapid-wien", "paok", (1, 3)),
        ),
    ],
)
def test_they_is_the_paragraphs_subject(text, pair, wrong):
    read_pairs = pairs(read(text))
    assert wrong not in read_pairs
    assert pair is None or pair in read_pairs
