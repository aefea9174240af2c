"""`in der vergangenen Saison` / `in der vorigen Saison` (the dative beside `vergangene
Saison`) tell a result of the season before: its season is that one."""

from tests.reports.helpers import match, read

DE = """ date 2003-11-27 MAILAND — Inter Mailand hat am Mittwochabend im UEFA-Pokal gegen \
den FC Porto mit 3:0 gewonnen. Nach dem 0:2 im Hinspiel war das Achtelfinale damit \
gedreht. Inter hatte schon früher hohe Rückstände aufgeholt – {when} war der FC Sevilla \
nach einem 2:0 im Hinspiel in Sevilla mit 1:5 in Mailand untergegangen –, und die Zuschauer \
 glaubten auch diesmal daran.
"""


def _check(when):
    facts = read(DE.format(when=when))
    for home, away in (("sevilla", "inter-milan"), ("inter-milan", "sevilla")):
        m = match(facts, home, away)
        assert m.season == "2002-03"


def test_vergangenen_saison():
    _check("erst in der vergangenen Saison")


def test_vorigen_saison():
    _check("in der vorigen Saison")
