"""Goals told as a count before a colon (`struck three times in 16 minutes: in the 14th
minute she ..., in the 19th she ...`), a bare ordinal after `in the` with a pronoun and its
verb, and a goal timed in a clause with `came only in` (no `came on`), round sG23, own texts."""

from __future__ import annotations

from tests.reports.helpers import read

EN = " date 2015-05-03 Arsenal beat Chelsea 4-1 at Highbury on Saturday. "
DE = (
    " date 2015-05-03 München (dpa) – Der FC Bayern hat am Samstag den VfB Stuttgart mit 4:1 "
    "besiegt. "
)


def _scorers(text: str) -> list[tuple[str | None, int | None]]:
    (match,) = read(text).matches
    return [(g.player, g.minute) for g in match.goals or []]


def test_struck_three_times_then_one_minute_a_clause():
    text = EN + (
        "Thierry Henry then struck three times in 20 minutes: in the 10th minute he was first "
        "to a cross, in the 21st he turned in another from close range, and on the half-hour "
        "he finished a flowing move. Frank Lampard pulled one back in the 80th minute."
    )
    assert _scorers(text) == [
        ("Thierry Henry", 10),
        ("Thierry Henry", 21),
        ("Thierry Henry", 30),
        ("Frank Lampard", 80),
    ]


def test_a_count_that_the_minutes_do_not_fill_takes_none_of_them():
    text = EN + (
        "Thierry Henry then struck three times: in the 10th minute he was first to a cross, "
        "and in the 21st minute he ran at the defence."
    )
    assert ("Thierry Henry", 10) not in _scorers(text)


def test_traf_dreimal_de():
    text = DE + (
        "Thomas Müller traf dreimal in 20 Minuten: in der 10. Minute war er nach einer Flanke "
        "zur Stelle, in der 21. Minute nach einem Konter, in der 30. Minute per Kopf."
    )
    assert [m for _, m in _scorers(text)][:3] == [10, 21, 30]


def test_reply_came_only_in_a_minute_when():
    text = EN + (
        "Thierry Henry scored in the fifth minute. Chelsea's reward came only in the 89th "
        "minute, when Frank Lampard, the England midfielder, pulled one back."
    )
    assert _scorers(text) == [("Thierry Henry", 5), ("Frank Lampard", 89)]
