"""A short name two named clubs share (`United`), with no holder named just before it:
the one named before as a side of its own, where the other was named only as an
opponent (set 36, `ein 2:0 gegen Newcastle United ... United hatte im Hinspiel`)."""

from __future__ import annotations

from tests.reports.helpers import match, read

_LEAD_EN = (
    " date 1999-05-27 Manchester United are champions of Europe for the second time. Two "
    "goals in stoppage time turned the final in Barcelona on its head, and the celebrations "
    "in the stands went on long after the trophy had been lifted by the captain. The manager "
    "called it the greatest night of his career, and few of the players could find words for "
    "it. "
)
_LEAD_DE = (
    " date 1999-05-27 Manchester United ist zum zweiten Mal Sieger im Europapokal der "
    "Landesmeister. Zwei Tore in der Nachspielzeit drehten das Finale in Barcelona, und die "
    "Feiern auf den Rängen dauerten noch lange nach der Pokalübergabe an den Kapitän an. Der "
    "Trainer sprach vom größten Abend seiner Laufbahn, und kaum ein Spieler fand Worte dafür. "
)


def test_the_short_name_is_the_side_not_the_opponent_en():
    facts = read(
        _LEAD_EN + "On Saturday the club had already won the FA Cup with a 2-0 win over "
        "Newcastle United at Wembley. United had drawn the first leg of their Champions League "
        "semi-final against Juventus 1-1 at Old Trafford."
    )
    first = match(facts, "manchester-united", "juventus")
    assert (first.score, first.leg, first.competition) == ((1, 1), 1, "UEFA Champions League")


def test_the_short_name_is_the_side_not_the_opponent_de():
    facts = read(
        _LEAD_DE + "Am Samstag hatte der Klub bereits den FA Cup mit einem 2:0 gegen Newcastle "
        "United gewonnen. United spielte im Halbfinal-Hinspiel gegen Juventus in Old Trafford "
        "nur 1:1."
    )
    assert match(facts, "manchester-united", "juventus").score == (1, 1)


def test_a_short_name_both_holders_were_sides_of_stays_unread():
    facts = read(
        _LEAD_EN + "Newcastle United had beaten Tottenham in the other semi-final. United had "
        "drawn the first leg of their Champions League semi-final against Juventus 1-1."
    )
    assert not [m for m in facts.matches if "juventus" in (m.home, m.away)]
