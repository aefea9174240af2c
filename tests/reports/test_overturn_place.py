"""`AC Milan must overturn a 1-0 first-leg defeat by Feyenoord at San Siro`: the ground after a
deficit still to overturn may be the coming leg's, so it gives the deficit no home side.
Sentences written here."""

from tests.reports.helpers import read

LEAD = (
    " date 2025-02-18 MUNICH (AP) — Bayern Munich host Celtic on Tuesday in the second leg of "
    "their Champions League playoff. Elsewhere on Tuesday, "
)


def test_a_ground_after_a_deficit_to_overturn_gives_no_home():
    for verb in ("must overturn", "need to overturn", "will have to turn around"):
        facts = read(LEAD + f"AC Milan {verb} a 1-0 first-leg defeat by Feyenoord at San Siro.")
        milan = [m for m in facts.matches if "ac-milan" in (m.home, m.away)]
        assert all(m.home != "ac-milan" for m in milan), milan


def test_a_ground_after_a_defeat_told_as_past_still_gives_the_home():
    facts = read(
        " date 2025-02-13 MILAN (AP) — AC Milan slumped to a 1-0 defeat by Feyenoord at San Siro "
        "on Wednesday night."
    )
    assert [(m.home, m.away, m.score) for m in facts.matches] == [("ac-milan", "feyenoord", (0, 1))]
