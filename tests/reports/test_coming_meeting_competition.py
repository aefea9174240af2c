"""`Im Pokalfinale treffen sie Ende Mai erneut auf Celtic`, `the sides meet again in the
FA Cup final next month`: the competition of a meeting still to come is not that of the
match the report tells."""

from tests.reports.helpers import match, read


def test_german_coming_cup_final_is_not_the_league_match_competition():
    facts = read(
        " date 2004-04-26 München (SID) - Der FC Bayern hat das Spitzenspiel gegen Werder "
        "Bremen verloren. Bremen gewann am Sonntag in München mit 3:1 und ist nicht mehr "
        "einzuholen. Im Pokalfinale treffen die beiden Ende Mai erneut aufeinander."
    )
    assert match(facts, "bayern-munich", "werder-bremen").competition != "DFB-Pokal"


def test_english_coming_cup_final_is_not_the_league_match_competition():
    facts = read(
        " date 2004-04-26 Arsenal lost the title race's decisive game. Manchester United "
        "beat Arsenal 3-1 at Old Trafford on Sunday and cannot be caught. The sides meet "
        "again in the FA Cup final next month."
    )
    assert match(facts, "manchester-united", "arsenal").competition != "FA Cup"


def test_german_final_ahead_names_no_competition_of_a_league_result():
    facts = read(
        " date 2013-05-12 Für Benfica war es eine bittere Woche. Schon am Wochenende hatte "
        "der Spitzenreiter zu Hause gegen Estoril nur 1:1 gespielt. Am Mittwoch steht in "
        "Amsterdam das Europa-League-Finale gegen den FC Chelsea an."
    )
    assert all(m.competition != "UEFA Europa League" for m in facts.matches)


def test_english_final_ahead_names_no_competition_of_a_league_result():
    facts = read(
        " date 2013-05-12 It was a bitter week for Benfica. At the weekend the leaders had "
        "drawn 1-1 at home to Estoril. The Europa League final against Chelsea in Amsterdam "
        "awaits on Wednesday."
    )
    assert all(m.competition != "UEFA Europa League" for m in facts.matches)
