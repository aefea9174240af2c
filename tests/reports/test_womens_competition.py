"""A report on women's football names the men's competition (`im Finale der Champions
League`, `at the World Cup`): its matches take the women's competition, which the store
keeps apart; a men's report naming the same competition keeps the men's."""

from tests.reports.helpers import match, read


def test_german_final_of_the_women_is_the_womens_champions_league():
    facts = read(
        " date 2014-05-23 Die Spielerinnen des VfL Wolfsburg haben die Champions League "
        "gewonnen. Im Finale in Lissabon schlugen die Wölfinnen Paris Saint-Germain am "
        "Donnerstag mit 4:3 (0:2). Torhüterin Alisa Vetterlein hielt in der Schlussphase "
        "den Sieg fest."
    )
    assert {m.competition for m in facts.matches} == {"UEFA Women's Champions League"}


def test_german_cup_final_of_the_women():
    facts = read(
        " date 2016-05-22 Die Frauen des VfL Wolfsburg haben den DFB-Pokal gewonnen. Im "
        "Finale in Köln besiegte der VfL Wolfsburg am Samstag den SC Freiburg mit 2:1 (1:0). "
        "Die Wölfinnen feierten mit ihren Fans."
    )
    assert match(facts, "vfl-wolfsburg", "sc-freiburg").competition == "DFB-Pokal Frauen"


def test_english_world_cup_told_with_she():
    facts = read(
        " date 2011-07-11 Germany were knocked out of the World Cup on Saturday when Japan "
        "beat them 1-0 after extra time in the quarter-final in Wolfsburg. Karina Maruyama "
        "scored in the 108th minute; she had come on as a substitute. Her goal stunned the "
        "hosts, and she ran to the bench. Silvia Neid said her side had no answer."
    )
    assert {m.competition for m in facts.matches} == {"FIFA Women's World Cup"}


def test_mens_report_keeps_the_mens_competition():
    facts = read(
        " date 2013-05-26 Der FC Bayern hat die Champions League gewonnen. Im Finale in "
        "London schlugen die Münchner am Samstag Borussia Dortmund mit 2:1 (0:0). Die "
        "Zuschauerinnen und Zuschauer im Wembley-Stadion sahen ein großes Spiel."
    )
    assert {m.competition for m in facts.matches} == {"UEFA Champions League"}


def test_english_mens_report_naming_the_womens_cup_once():
    facts = read(
        " date 2019-07-15 Liverpool beat Tottenham 2-0 in the Champions League final in "
        "Madrid on Saturday, a week after the Women's World Cup ended in Lyon."
    )
    assert {m.competition for m in facts.matches} <= {"UEFA Champions League"}


def test_lead_naming_the_womens_cup_is_a_womens_story():
    """Met on set 78's Wolfsburg-Freiburg cup final; sentences written for the test."""
    facts = read(
        " date 2021-05-31 Bayern Munich won the women's German Cup on Sunday, beating "
        "Eintracht Frankfurt 2-1 in the final in Cologne. The hosts never looked back."
    )
    assert match(facts, "bayern-munich", "eintracht-frankfurt").competition == "DFB-Pokal Frauen"


def test_womens_team_named_late_in_a_mens_story_keeps_the_mens_cup():
    facts = read(
        " date 2021-05-14 RB Leipzig lost the German Cup final 4-1 to Borussia Dortmund in "
        "Berlin on Thursday. Dortmund's coach Edin Terzic praised his team. The club's "
        "women's side play in the regional league."
    )
    assert match(facts, "rb-leipzig", "borussia-dortmund").competition == "DFB-Pokal"
