"""`76 min: Panama ahead again ... / 80 min: GOAL! Four minutes later it is level once
more: X heads in`: in a line stamped with its minute, `four minutes later` counts from
the goal before and lands on the stamp; it is not added to the stamp itself."""

from __future__ import annotations

from tests.reports.helpers import read

BLOG = (
    " date 2023-06-19 Gold Cup final, Canada v Panama – as it happened. Canada won "
    "the Gold Cup after beating Panama 2-1 in a tense final in Las Vegas. Here is "
    "how the night unfolded.\n"
    "\n"
    "Key events\n"
    "\n"
    "31 min: Panama lead. A loose ball falls to Ismael Díaz and he finishes low past "
    "Milan Borjan.\n"
    "\n"
    "60 min: Canada level. Jonathan David pounces on a ball in the box and slides it "
    "in. 1-1.\n"
    "\n"
    "76 min: Panama ahead again. Adalberto Carrasquilla curls one in from the edge "
    "of the area. 2-1 Panama.\n"
    "\n"
    "80 min: GOAL CANADA! Four minutes later it is level once more: Cyle Larin rises "
    "at the back post and heads in from a corner. 2-2.\n"
    "\n"
    "FT: 2-2.\n"
)


def test_relative_time_in_a_stamped_blog_line():
    facts = read(BLOG)
    found = {g.player: g.minute for m in facts.matches for g in m.goals or []}
    assert found.get("Cyle Larin") in (None, 80)
