"""A result told inside a clause that a player owns (`The Iranian striker, whose three
goals against Sevilla had helped overturn a 0-2 first-leg defeat`, `Der iranische
Stürmer, dessen drei Tore gegen den FC Sevilla eine 0:2-Hinspielniederlage vergessen
gemacht hatten`) is the player's side's: the last team the story named is no guess for
it, so where the sentence names neither side of the player the result is left out."""

from tests.reports.helpers import pairs, read

EN = """ date 2021-05-30 LISBON — Porto won the Europa League on Saturday after beating \
Arsenal 3-1 in the final at the Estádio da Luz.

Porto sat deep after the break, and Arsenal had more of the ball.

Mehdi Taremi settled it five minutes from time. The Iranian striker, whose three goals \
against Sevilla in the quarter-final had helped overturn a 0-2 first-leg defeat in \
Seville, curled a shot into the top corner.
"""

DE = """ date 2021-05-30 LISSABON — Der FC Porto hat am Samstag die Europa League \
gewonnen. Im Finale im Estádio da Luz schlug Porto den FC Arsenal mit 3:1.

Porto zog sich nach der Pause zurück, und Arsenal hatte mehr vom Spiel.

Mehdi Taremi entschied die Partie fünf Minuten vor Schluss. Der iranische Stürmer, \
dessen drei Tore gegen den FC Sevilla im Viertelfinale eine 0:2-Hinspielniederlage in \
Sevilla vergessen gemacht hatten, traf ins Kreuzeck.
"""


def test_player_owned_defeat_is_not_the_last_named_side_en():
    found = pairs(read(EN))
    assert ("porto", "arsenal", (3, 1)) in found
    assert not any("sevilla" in (h, a) and "arsenal" in (h, a) for h, a, _ in found)


def test_player_owned_defeat_is_not_the_last_named_side_de():
    found = pairs(read(DE))
    assert ("porto", "arsenal", (3, 1)) in found
    assert not any("sevilla" in (h, a) and "arsenal" in (h, a) for h, a, _ in found)
