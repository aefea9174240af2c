"""The Turkish dotless `ı` normalises to `i`, as the dotted `İ` already did: the reader
reads `ı` as `i` (re.I does), so `Kahveci` found in a text spelt `Kahvecı` and a user's
`Sanli` for `Şanlı` must meet the gold's and the store's key (set 42 lost a hat-trick to
`sanl` against `sanli`). Names written for this test."""

from __future__ import annotations

import pytest

from bot.teams.names import normalize, same_surname, surname


@pytest.mark.parametrize(
    ("written", "read"),
    [("Emre Kılıç", "Emre Kiliç"), ("Arda Yıldız", "Arda Yildiz"), ("İlkay Akın", "Ilkay Akin")],
)
def test_dotless_i_is_an_i(written: str, read: str) -> None:
    assert surname(written) == surname(read) == surname(read.replace("ç", "c"))
    assert same_surname(written, read)
    assert normalize(written) == normalize(read)


def test_a_club_with_a_dotless_i_keeps_resolving() -> None:
    from bot.teams.resolver import TeamResolver

    resolver = TeamResolver.default()
    assert resolver.resolve("Kasımpaşa") == resolver.resolve("Kasimpasa") is not None
