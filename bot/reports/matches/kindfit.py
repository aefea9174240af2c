"""A competition is played by clubs or by national teams, never both, and UEFA's by
European sides only: the report's
competition (`Ihr Angreifer Edin Dzeko vom VfL Wolfsburg, in der Bundesliga zum Torjäger
gereift`) is no competition of a match between national teams (France 1-1 Ireland, a
World Cup play-off), nor a national teams' tournament one of two clubs."""

from __future__ import annotations

from bot.competitions.names import info
from bot.reports.matches.competitionmentions import OPENING
from bot.reports.matches.playoffs import qualified_for


def fitting_kind(doc, comp: str | None, teams) -> str | None:
    """`comp`, or where both sides are of the other kind than the competition the finals
    tournament the opening says a side qualified for (`lösten damit das Ticket für die
    Weltmeisterschaft 2010`: its qualifying), or None."""
    data = info(comp)
    resolver = doc.resolver
    if data is None or resolver is None or not teams:
        return comp
    if data.name.startswith("UEFA") and _outside_europe(resolver, teams):
        return None  # `die afrikanische Champions League` read as UEFA's
    kinds = {getattr(resolver.teams.get(t), "kind", None) for t in teams}
    if kinds != {"national" if data.kind == "club" else "club"}:
        return comp
    qualifying = qualified_for(doc.text[:OPENING])
    return qualifying if qualifying and data.kind == "club" else None


_UEFA = frozenset(
    "ALB AND ARM AUT AZE BLR BEL BIH BUL CRO CYP CZE DEN ENG EST FRO FIN FRA GEO GER GIB "
    "GRE HUN ISL IRL ISR ITA KAZ KVX LVA LIE LTU LUX MLT MDA MON MNE NED MKD NIR NOR POL "
    "POR ROU RUS SMR SCO SRB SVK SVN ESP SWE SUI TUR UKR WAL URS TCH YUG SCG GDR FRG".split()
)


def _outside_europe(resolver, teams) -> bool:
    """Both sides are clubs of countries known to lie outside UEFA (Espérance Tunis and
    Al Ahly in the African Champions League): no UEFA competition is theirs."""
    countries = [getattr(resolver.teams.get(t), "country", None) for t in teams]
    return len(countries) == 2 and all(c and c not in _UEFA for c in countries)
