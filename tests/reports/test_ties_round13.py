"""Round 13 (sets 29/30) tie families, with sentences written for the tests."""

from __future__ import annotations

from tests.reports.helpers import match, read, tie


def test_level_aggregate_then_second_leg_shootout_in_the_next_sentence_en():
    facts = read(
        " date 2009-04-16 Porto beat Valencia 2-1 in the second leg at the Dragao on Wednesday"
        " night. Lisandro's goal in the 70th minute gave Porto a 2-1 win and leveled the"
        " quarterfinal at 3-3 on aggregate. Nobody scored in extra time, and Porto won the"
        " shootout 5-3."
    )
    m = match(facts, "porto", "valencia")
    assert m.penalties == (5, 3)
    t = tie(facts, "porto", "valencia")
    assert t.aggregate == {"porto": 3, "valencia": 3}
    assert t.winner == "porto"
    assert t.decided_by == "penalties"
    assert t.penalties == {"porto": 5, "valencia": 3}


def test_level_aggregate_then_second_leg_shootout_de():
    facts = read(
        " date 2008-04-10 Im Rückspiel des Viertelfinales verlor Werder Bremen am Mittwochabend"
        " beim FC Sevilla mit 0:1 nach Verlängerung, setzte sich dann aber im Elfmeterschießen"
        " mit 5:4 durch. Jesús Navas traf in der 80. Minute für die Gastgeber und glich das"
        " Gesamtergebnis damit auf 2:2 aus."
    )
    m = match(facts, "sevilla", "werder-bremen")
    assert m.penalties == (4, 5)
    t = tie(facts, "sevilla", "werder-bremen")
    assert t.winner == "werder-bremen"
    assert t.decided_by == "penalties"
    assert t.penalties == {"werder-bremen": 5, "sevilla": 4}


_DE = (
    " date 2019-03-14 Der FC Porto steht im Viertelfinale der Champions League. Die AS Rom"
    " verlor am Mittwoch im Estádio do Dragão mit 1:3 gegen den FC Porto."
)
_EN = " date 2019-03-14 Porto reached the Champions League quarterfinals on Wednesday night."


def test_copula_weiter_names_the_winner_de():
    facts = read(
        _DE + " Ebenfalls weiter ist Manchester United nach einem 3:1 bei Paris Saint-Germain."
    )
    t = tie(facts, "manchester-united", "psg")
    assert (t.winner, t.aggregate, t.decided_by) == ("manchester-united", None, None)
    facts = read(
        _DE + " Manchester United ist ebenfalls weiter, nach einem 3:1 bei Paris Saint-Germain."
    )
    assert tie(facts, "manchester-united", "psg").winner == "manchester-united"


def test_copula_through_names_the_winner_en():
    facts = read(
        _EN + " Manchester United are also through after a 3-1 win at Paris Saint-Germain."
    )
    t = tie(facts, "manchester-united", "psg")
    assert (t.winner, t.aggregate, t.decided_by) == ("manchester-united", None, None)


def test_through_on_goal_names_no_winner():
    facts = read(
        _EN + " Manchester United won 3-1 at Paris Saint-Germain, where Rashford was through on"
        " goal twice."
    )
    assert not [t for t in facts.ties if "psg" in t.teams]
    facts = read(
        _DE + " Bei Paris Saint-Germain ist Manchester United nach dem 3:1 weiter Tabellenführer."
    )
    assert not [t for t in facts.ties if "psg" in t.teams]


def test_weiter_as_still_or_furthermore_names_no_winner():
    facts = read(
        _DE + " Weiter ist Manchester United nach dem 3:1 bei Paris Saint-Germain ungeschlagen."
    )
    assert not [t for t in facts.ties if "psg" in t.teams]


def test_place_before_a_lead_carried_from_the_first_leg_is_the_later_legs_en():
    facts = read(
        " date 2013-03-07 Juventus beat Celtic 2-0 at Juventus Stadium on Wednesday night."
        " Juventus had gone into the game in Turin with a 3-0 lead from the first leg."
    )
    assert match(facts, "juventus", "celtic").score == (2, 0)
    assert match(facts, "celtic", "juventus").score == (0, 3)
    facts = read(
        " date 2013-03-07 Valencia beat Schalke 04 2-1 at the Mestalla on Wednesday night."
        " Schalke had arrived at the Mestalla with a 2-0 lead from the first leg."
    )
    assert match(facts, "valencia", "schalke-04").score == (2, 1)
    assert match(facts, "schalke-04", "valencia").score == (2, 0)


def test_lead_carried_from_the_first_leg_de():
    facts = read(
        " date 2013-03-07 Der FC Valencia schlug am Mittwoch den FC Schalke 04 im Mestalla mit"
        " 2:1. Schalke war mit einem 2:0-Vorsprung aus dem Hinspiel nach Valencia gereist."
    )
    assert match(facts, "schalke-04", "valencia").score == (2, 0)


def test_advantage_or_cushion_from_the_first_leg_is_its_result():
    lead = " date 2017-03-09 Napoli beat Benfica 2-1 at home on Wednesday night."
    for noun in ("advantage", "cushion"):
        facts = read(lead + f" Benfica had arrived with a 3-0 {noun} from the first leg.")
        assert match(facts, "benfica", "napoli").score == (3, 0), noun
        assert match(facts, "napoli", "benfica").leg == 2
