"""kickflags searches its penalty cue from where `_PENALTY_FROM` first matches the
lower-cased part: the same matches as a search of the whole part."""

from bot.reports.goals import kickflags


def test_search_from_the_start_finds_the_same_cues():
    texts = [
        "He scored from the penalty spot after a foul.",
        "Sein Foulelfmeter (55.) und ein Handelfmeter, dann das FE-Tor",
        "Müller verwandelte den Strafstoß, später ein Elfmeter im Elfmeterschießen",
        "A penalty shootout, then a spot-kick and a SPOT KICK, (Pen) and pen.",
        "FE and Fe and fe; VOM PUNKT and vom Punkt",
        "Straßenfest: open penalty area, offense pending",
        "ſpot kick and Spot kick with İstanbul",
        "nothing here",
        "",
    ]
    for text in texts:
        start = kickflags._penalty_start(text)
        whole = [m.span() for m in kickflags._PENALTY.finditer(text)]
        if start is None:
            assert whole == [], text
        else:
            assert [m.span() for m in kickflags._PENALTY.finditer(text, start)] == whole, text
