"""`The final of the 2021 edition had been pushed back`, `das Finale der Ausgabe 2021`: a
final played the year after its edition belongs to the season the text names."""

from tests.reports.helpers import read

ENGLISH = (
    " date 2022-05-08 POHANG, South Korea (AP) — Pohang Steelers won the Asian Champions "
    "League on Saturday, beating Al Hilal 2-0 in the final at home.\n\nThe final of the "
    "2021 edition had been pushed back into May because of the pandemic."
)

GERMAN = (
    " date 2022-05-08 Pohang Steelers hat die asiatische Champions League gewonnen. Im "
    "Finale besiegte die Mannschaft am Samstag zu Hause Al Hilal mit 2:0.\n\nDas Endspiel "
    "der Ausgabe 2021 war wegen der Pandemie in den Mai verschoben worden."
)


def test_the_named_edition_is_the_finals_season():
    for text in (ENGLISH, GERMAN):
        finals = [m for m in read(text).matches if m.stage == "final"]
        assert [m.season for m in finals] == ["2021"], finals
