"""`Das erste Finale am vergangenen Samstag hatte nach Verlängerung 3:3 geendet`: a German
score told with `geendet`/`ausgegangen` and no team is a result of the pair just told, as
with `endete` or the English `ended`."""

from __future__ import annotations

from tests.reports.helpers import read


def test_first_final_before_a_replay():
    facts = read(
        " date 1993-05-21 London (dpa) – Der FC Arsenal hat am Donnerstagabend das "
        "Wiederholungsspiel um den englischen FA Cup gegen Sheffield Wednesday mit 2:1 nach "
        "Verlängerung gewonnen. Das erste Finale am vergangenen Samstag war nach "
        "Verlängerung 1:1 ausgegangen."
    )
    found = {(m.home, m.away, m.score, m.date, m.extra_time) for m in facts.matches}
    assert ("arsenal", "sheffield-wednesday", (1, 1), "1993-05-15", True) in found
