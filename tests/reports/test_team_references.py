"""Teams named by description (`die französische Nationalmannschaft`, `Smith's
side`, `die Gastgeber`, `the Brazilians`) become the team they stand for only
where one team alone can be meant; otherwise the reader states nothing."""

from __future__ import annotations

from bot.reports.text.document import build_document
from tests.reports.helpers import pairs, read


def _described(text: str) -> list[tuple[str, str]]:
    return [(m.alias, m.team) for m in build_document(text).mentions]


def test_german_adjective_national_team_is_the_country():
    facts = read(
        " date 2023-09-13 Die französische Nationalmannschaft hat am Dienstagabend im "
        "Testspiel in Paris die Niederlande mit 3:1 besiegt."
    )
    assert pairs(facts) == {("france", "netherlands", (3, 1))}


def test_english_adjective_national_team_is_the_country():
    facts = read(
        " date 2023-10-14 The Dutch national team beat Scotland 4-0 in Amsterdam on Friday."
    )
    assert pairs(facts) == {("netherlands", "scotland", (4, 0))}


def test_womens_or_youth_national_team_is_not_the_senior_side():
    found = _described(
        " date 2023-10-14 Die deutsche Frauen-Nationalmannschaft und the German women's "
        "national team and die deutsche U21-Nationalmannschaft spielten."
    )
    assert all(team != "germany" for _, team in found)


def test_team_of_the_federal_coach_is_germany_when_germany_is_in_the_story():
    facts = read(
        " date 2023-10-15 Die deutsche Nationalmannschaft bleibt in der Krise. Am Samstag "
        "verlor das Team von Bundestrainer Hans Meyer im Testspiel in Kopenhagen mit 0:2 "
        "gegen Dänemark."
    )
    assert pairs(facts) == {("denmark", "germany", (2, 0))}


def test_club_coach_tied_by_compound_word():
    text = (
        " date 2024-09-29 Bayern-Trainer Vincent Kompany war zufrieden. Am Samstag gewann "
        "die Mannschaft von Trainer Vincent Kompany zu Hause mit 3:0 gegen den VfB Stuttgart."
    )
    assert ("Mannschaft von Trainer Vincent Kompany", "bayern-munich") in _described(text)
    assert pairs(read(text)) == {("bayern-munich", "vfb-stuttgart", (3, 0))}


def test_english_coach_side_tied_by_manager_title():
    text = (
        " date 2023-10-14 England manager Paul Smith kept faith with his squad, and Smith's "
        "side beat Iceland 3-0 at home on Thursday."
    )
    assert ("Smith's side", "england") in _described(text)
    assert pairs(read(text)) == {("england", "iceland", (3, 0))}


def test_coach_tied_to_no_team_gives_no_match():
    assert (
        read(" date 2023-10-14 Paul Smith's side beat Iceland 3-0 at home on Thursday.").matches
        == []
    )
    facts = read(
        " date 2024-09-29 Die Mannschaft von Trainer Max Muster gewann am Samstag im eigenen "
        "Stadion mit 3:0 gegen den VfB Stuttgart."
    )
    assert facts.matches == []


def test_nationality_plural_is_the_national_team_named_in_the_story():
    text = (
        " date 2023-06-15 Frankreich empfing Belgien. Zuvor hatte Belgien gegen Spanien "
        "verloren. Die Franzosen gewannen am Mittwoch im Testspiel in Paris mit 2:1 gegen Belgien."
    )
    assert ("Franzosen", "france") in _described(text)
    assert pairs(read(text)) == {("france", "belgium", (2, 1))}
    text = (
        " date 2023-10-16 Brazil were in control throughout. The Brazilians beat Chile 3-0 "
        "in Rio de Janeiro on Sunday."
    )
    assert ("Brazilians", "brazil") in _described(text)
    assert pairs(read(text)) == {("brazil", "chile", (3, 0))}


def test_nationality_plural_is_not_the_country_when_a_club_of_it_is_named():
    found = _described(
        " date 2023-10-16 Italy drew with Juventus in a training game. The Italians won "
        "the next day."
    )
    assert ("Italians", "italy") not in found


def test_hosts_are_the_team_just_named_as_host():
    text = (
        " date 2024-06-20 Gastgeber Schottland traf am Mittwoch auf die Schweiz. Im "
        "Testspiel in Glasgow verloren die Gastgeber mit 1:3."
    )
    assert ("Gastgeber", "scotland") in _described(text)
    assert pairs(read(text)) == {("scotland", "switzerland", (1, 3))}
    text = (
        " date 2023-10-16 Hosts England faced Ecuador in a friendly on Sunday. The hosts "
        "lost 0-2 at home."
    )
    assert ("hosts", "england") in _described(text)
    assert pairs(read(text)) == {("england", "ecuador", (0, 2))}


def test_hosts_stay_unnamed_when_two_teams_were_hosts():
    found = _described(
        " date 2023-10-16 Hosts England faced Ecuador on Sunday while hosts Japan played "
        "Chile. The hosts lost 0-2 at home."
    )
    assert [alias for alias, _ in found if alias == "hosts"] == []
    found = _described(" date 2024-01-20 Arsenal hosts Fulham on Sunday. The hosts are unbeaten.")
    assert [alias for alias, _ in found if alias == "hosts"] == []


def test_object_first_german_sentence_keeps_the_winner():
    facts = read(
        " date 2024-03-10 Den FC Schalke 04 hat der VfL Bochum am Samstag im eigenen Stadion "
        "mit 2:0 bezwungen."
    )
    assert pairs(facts) == {("vfl-bochum", "schalke-04", (2, 0))}


def test_round_venue_city_is_not_the_club_of_that_city():
    facts = read(
        " date 2016-07-08 Frankreich hat Deutschland am Donnerstag im EM-Halbfinale von "
        "Marseille mit 2:0 besiegt."
    )
    assert pairs(facts) == {("france", "germany", (2, 0))}
    found = _described(" date 2014-07-01 Im Achtelfinale von Porto Alegre gewann Deutschland.")
    assert all(team != "porto" for _, team in found)


def test_nicknames_and_ambiguous_nickname():
    facts = read(" date 2023-10-16 Les Bleus beat Denmark 2-1 in Paris on Tuesday.")
    assert pairs(facts) == {("france", "denmark", (2, 1))}
    found = _described(" date 2023-10-16 Spain and Chile met in Madrid. La Roja won 2-0.")
    assert all(alias != "La Roja" for alias, _ in found)
    found = _described(" date 2023-10-16 Spain beat Peru. La Roja won 2-0.")
    assert ("La Roja", "spain") in found
