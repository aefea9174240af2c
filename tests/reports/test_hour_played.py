"""`Valerón traf, eine Stunde war gespielt`, `scored with an hour played`: the hour gone
when the goal came is its minute, 60."""

from bot.reports.clauses.hourmarks import hour_marks


def _minutes(text, lang):
    return [minute for _, _, minute in hour_marks(text, lang)]


def test_german_hour_played():
    assert _minutes("Der eingewechselte Cacau traf, eine Stunde war gespielt.", "de") == [60]
    assert _minutes("Cacau traf, als eine Stunde gespielt war.", "de") == [60]


def test_english_hour_played():
    assert _minutes("Cacau scored from close range with an hour played.", "en") == [60]
    assert _minutes("Cacau scored when an hour had been played.", "en") == [60]


def test_other_hours_are_not_the_minute():
    assert _minutes("Cacau traf eine Stunde nach seinem Wechsel.", "de") == []
    assert _minutes("Cacau scored an hour after the team bus arrived.", "en") == []
