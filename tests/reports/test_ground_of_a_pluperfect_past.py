"""`That was the first time an English club had won at the Bernabeu`, `wo zuvor noch
kein deutscher Klub gewonnen hatte`: a ground named in a sentence of what had happened
before is another game's, never the host of the main match."""

from tests.reports.helpers import read

ENGLISH = (
    " date 2004-03-10 Porto are through to the quarter-finals of the Champions League after "
    "a 1-1 draw with Manchester United on Tuesday night, a result built on stubborn defending."
    "\n\nJose Mourinho's side had taken a 2-1 lead into the second leg. It was the first time "
    "a Portuguese club had won at Old Trafford in a knockout tie, and the memory of it made "
    "the visitors brave."
)

GERMAN = (
    " date 2004-03-10 Der FC Porto steht im Viertelfinale der Champions League, nach einem "
    "1:1 gegen Manchester United am Dienstagabend.\n\nDie Portugiesen hatten einen 2:1-Vorsprung "
    "ins Rückspiel mitgenommen. Noch nie hatte ein portugiesischer Klub im Old Trafford "
    "gewonnen, und die Erinnerung daran machte Mut."
)


def test_a_pluperfect_ground_does_not_host_the_main_match():
    for text in (ENGLISH, GERMAN):
        facts = read(text)
        level = [m for m in facts.matches if m.score == (1, 1)]
        assert all(m.home != "manchester-united" for m in level), facts.matches
