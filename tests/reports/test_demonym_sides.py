"""A national team named by its people (`the Americans`, `die Schweizer`, `die Italiener`)
is that team: the result it tells is its own, never the story's main side's. Clubs named
only as towns (`in Neapel`) do not make the plural mean a club's players."""

from tests.reports.helpers import pairs, read

ENGLISH = (
    " date 2013-07-29 CHICAGO (AP) — Canada lost the CONCACAF Gold Cup final 1-0 to Jamaica "
    "on Sunday.\n\n"
    "Jamaica had beaten the United States 3-1 in the group. In the semifinals the "
    "Americans edged Honduras 2-1, while the Hondurans had lost 3-0 to the Canadians in "
    "the group stage."
)

GERMAN = (
    " date 2006-07-10 Die Schweiz ist bei der WM im Achtelfinale gegen die Ukraine "
    "ausgeschieden. "
    "Im Viertelfinale hatte Italien in Hamburg 3:0 gegen die Ukraine gewonnen.\n\n"
    "Die Schweizer gewannen zuvor in Dortmund mit 2:0 gegen Südkorea. Die Italiener "
    "setzten sich am Dienstag in Dortmund mit 2:0 gegen Deutschland durch."
)


def test_english_people_are_their_national_team():
    read_pairs = pairs(read(ENGLISH))
    assert not any(p[:2] in {("jamaica", "honduras"), ("canada", "honduras")} for p in read_pairs)
    sides = {frozenset(p[:2]) for p in read_pairs}
    assert frozenset(("usa", "honduras")) in sides
    assert frozenset(("honduras", "canada")) in sides


def test_german_people_are_their_national_team_beside_club_towns():
    read_pairs = pairs(read(GERMAN))
    sides = {frozenset(p[:2]): p[2] for p in read_pairs}
    assert frozenset(("switzerland", "south-korea")) in sides
    assert frozenset(("italy", "germany")) in sides
    assert frozenset(("italy", "south-korea")) not in sides
    assert frozenset(("ukraine", "germany")) not in sides
