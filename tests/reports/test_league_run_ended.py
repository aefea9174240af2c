"""`whose unbeaten league run ended at Anfield in March when Liverpool won 2-0`: a result
that ended a side's league run was a league match, not one of the cup the report is about."""

from tests.reports.helpers import read

_EN = (
    " date 2022-05-15 LONDON (AP) — Liverpool won the FA Cup on Saturday, beating Chelsea "
    "6-5 on penalties after a 0-0 draw at Wembley. For Manchester City, whose unbeaten "
    "league run ended at Anfield in October when Liverpool won 2-0, the cup was no "
    "consolation."
)


def _competitions(text, score):
    return [m.competition for m in read(text).matches if score in (m.score, m.score[::-1])]


def test_english_league_run_ended_is_a_league_match():
    assert _competitions(_EN, (2, 0)) == ["Premier League"]
