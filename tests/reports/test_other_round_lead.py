"""`Das 1:2 nach Verlängerung im EM-Finale ... am Sonntagabend`, the final's score told
without its teams, then `beim 2:1 im Halbfinale gegen Frankreich`: the semi-final told in
passing is not the story's match, so it takes neither the final's day, nor its extra
time, nor the goals the story tells of the final."""

from tests.reports.helpers import read

DE = (
    " date 2022-08-01 Das 1:2 nach Verlängerung im EM-Finale von Wembley tat weh, auch am "
    "Sonntagabend noch. Im Halbfinale hatte Deutschland beim 2:1 gegen Frankreich in Milton "
    "Keynes noch gejubelt. Dann aber traf Ella Toone in der 62. Minute zum 1:0. Lina Magull "
    "glich in der 79. Minute aus. In der Verlängerung traf Chloe Kelly in der 110. Minute."
)
EN = (
    " date 2022-08-01 The 1-2 after extra time in the European Championship final at "
    "Wembley hurt on Sunday night. Germany had beaten France 2-1 in the semi-final in "
    "Milton Keynes. Ella Toone "
    "scored in the 62nd minute. Lina Magull equalised in the 79th minute. Chloe Kelly "
    "scored in the 110th minute, in extra time."
)


def test_german_semi_final_in_passing_keeps_nothing_of_the_final():
    facts = read(DE)
    assert facts.matches
    for m in facts.matches:
        assert m.date != "2022-07-31" and m.extra_time is not True and not m.goals


def test_english_semi_final_in_passing_keeps_nothing_of_the_final():
    facts = read(EN)
    assert facts.matches
    for m in facts.matches:
        assert m.date != "2022-07-31" and m.extra_time is not True and not m.goals
