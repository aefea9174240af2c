"""`Die Osteuropäer setzten sich in Glasgow mit 2:1 gegen Schweden durch`, `the South
Americans won 2-1`: a side told by the region its country lies in is the one team of
that region the sentence before names; it is never a guessed team from elsewhere."""

from __future__ import annotations

import re

_EAST = "UKR RUS POL CZE SVK HUN ROU BUL BLR MDA LTU LVA EST GEO ARM AZE URS TCH"
_SOUTH_AMERICA = "BRA ARG URU COL CHI PER ECU PAR VEN BOL"
_SCANDINAVIA = "SWE NOR DEN ISL FIN FRO"
_AFRICA = (
    "NGA GHA CMR SEN CIV EGY MAR ALG TUN RSA MLI BFA GUI COD CGO ANG ZAM ZIM KEN TOG BEN GAB "
    "CPV EQG GAM LBY SDN UGA TAN MOZ NAM BOT MAD ETH"
)
_BALKANS = "SRB CRO BIH MNE MKD ALB SVN KVX BUL ROU GRE YUG SCG"
_CENTRAL_AMERICA = "MEX CRC HON PAN SLV GUA NCA JAM HAI TRI"
_ASIA = "JPN KOR PRK CHN KSA IRN IRQ QAT UAE UZB SYR JOR OMA BHR KUW THA VIE IDN IND"

REGIONS = {
    "osteuropäer": _EAST,
    "eastern europeans": _EAST,
    "südamerikaner": _SOUTH_AMERICA,
    "south americans": _SOUTH_AMERICA,
    "skandinavier": _SCANDINAVIA,
    "scandinavians": _SCANDINAVIA,
    "afrikaner": _AFRICA,
    "africans": _AFRICA,
    "westafrikaner": _AFRICA,
    "nordafrikaner": _AFRICA,
    "west africans": _AFRICA,
    "north africans": _AFRICA,
    "balkan-kicker": _BALKANS,
    "mittelamerikaner": _CENTRAL_AMERICA,
    "central americans": _CENTRAL_AMERICA,
    "asiaten": _ASIA,
    "asians": _ASIA,
}
_OPENING = re.compile(
    r"\s*(?:(?:Doch|Und|Aber|But|And)\s+)?(?:Die|The)\s+(?P<word>[A-Z][a-zäöü-]+(?:\s[A-Z][a-z]+)?)"
    r"(?:\s+(?=[a-zäöü])|(?=,))"
)
"""The region word opens the clause, followed by its verb or by a relative clause
(`Die Mittelamerikaner, die im ersten Spiel ... untergegangen waren, schlugen Japan`)."""


def region_of(told: str) -> set[str] | None:
    """The countries of a region word opening the clause told before the score."""
    if "aner" not in told and "äer" not in told and "ier" not in told and "ans" not in told:
        if "iaten" not in told and "icker" not in told:
            return None
    found = _OPENING.match(told)
    codes = REGIONS.get(found.group("word").lower()) if found else None
    return set(codes.split()) if codes else None


def region_side(state, named: str, told: str, resolver) -> str | None:
    """The one team of the region the sentence before names (not `named`), else None."""
    region = region_of(told)
    if region is None or state.index == 0:
        return None
    teams = {
        t
        for t in state.teams_in(state.index - 1)
        if t != named and getattr(resolver.teams.get(t), "country", None) in region
    }
    return teams.pop() if len(teams) == 1 else None


def outside_region(told: str, guessed: str | None, resolver) -> bool:
    """Whether a side told by its region is guessed as a team from elsewhere."""
    region = region_of(told)
    team = resolver.teams.get(guessed) if region and guessed else None
    return team is not None and team.country not in region
