"""States that no longer exist and the countries their towns are in today: a town of
Ukraine was a Soviet town, so the Soviet Union played at home there (`2:2 in Kiew`)."""

from __future__ import annotations

SUCCESSORS = {
    "URS": frozenset("RUS UKR BLR GEO ARM AZE KAZ UZB KGZ TJK TKM LTU LVA EST MDA".split()),
    "YUG": frozenset("SRB CRO SVN BIH MKD MNE KVX SCG".split()),
    "SCG": frozenset("SRB MNE KVX".split()),
    "TCH": frozenset("CZE SVK".split()),
}


def within(state: str | None, country: str | None) -> bool:
    """Whether a town of `country` was a town of the national team's `state`."""
    return (
        bool(state) and bool(country) and (country == state or country in SUCCESSORS.get(state, ()))
    )
