"""Years that count a side's earlier titles tell no other time of the result beside them;
a team known only by a demonstrative, two teams both told after `gegen`, and a goal told
after a later unread score of its sentence."""

from types import SimpleNamespace

from bot.reports.goals.laterscore import after_unread_score
from bot.reports.matches.coopponents import co_opponents
from bot.reports.matches.titleyears import title_year_spans
from bot.reports.matches.tournamentyear import other_time_told
from bot.reports.matches.unknownside import unknown_next
from bot.reports.text.document import build_document
from tests.reports.helpers import RESOLVER


def _years(text: str) -> list[str]:
    return [text[a:b] for a, b in title_year_spans(text)]


def test_years_counting_titles_de():
    told = (
        "Im Endspiel schlugen sie Ägypten mit 1:0 und holten nach 2002 und 2019 den dritten Titel."
    )
    assert _years(told) == ["2002", "2019"]
    assert not other_time_told(told, "2024-02-12")
    told = "Mit dem 2:1 holte er den ersten Titel seit der Meisterschaft 1974, den ersten seit 1960"
    assert _years(told) == ["1974", "1960"]


def test_years_counting_titles_en():
    assert _years("They beat Watford 2-1 to win their first trophy since 1996.") == ["1996"]
    assert _years("They beat Watford 2-1 to lift their third cup after 1957 and 1996.") == [
        "1957",
        "1996",
    ]
    assert not other_time_told(
        "They beat Watford 2-1 to win their first trophy since 1996.", "2019-05-26"
    )


def test_a_year_with_its_own_result_stays_another_time():
    assert (
        _years("They beat Watford 2-1, their first trophy since 1996, when they beat Leeds 3-0.")
        == []
    )
    assert _years("Es war der erste Titel seit 1996, als sie Leeds mit 3:0 schlugen.") == []
    assert other_time_told(
        "Im Endspiel 2002 schlugen sie Ägypten mit 1:0, den ersten Titel seit 1990.", "2024-02-12"
    )


def _doc(body: str):
    return build_document(" date 2024-02-12 " + body, RESOLVER, None)


def test_two_teams_after_gegen_are_no_pair():
    doc = _doc("In der Vorrunde gab es ein 1:2 gegen Kroatien, erst das Spiel gegen Portugal half.")
    assert co_opponents(doc, doc.sentences[0], "croatia", "portugal")
    doc = _doc("Kroatien siegte mit 2:1 gegen Portugal, die Fans jubelten lange.")
    assert not co_opponents(doc, doc.sentences[0], "croatia", "portugal")


def test_a_side_told_by_a_demonstrative_is_unknown():
    body = "Nach dem 3:0 gegen Ghana folgte ein 0:2 gegen eben diese Senegalesen, die Fans pfiffen."
    doc = _doc(body)
    at = doc.text.index("0:2") + 3
    assert unknown_next(doc, doc.sentences[0], SimpleNamespace(end=at))
    body = "Nach dem 3:0 gegen Ghana folgte ein 2:1 gegen den Erstligisten KAA Gent, alle jubelten."
    doc = _doc(body)
    at = doc.text.index("2:1") + 3
    assert not unknown_next(doc, doc.sentences[0], SimpleNamespace(end=at))


def test_a_goal_after_a_later_unread_score_is_not_the_first_games():
    told = "Nach dem 3:0 gegen Ghana, bei dem Ayew traf, folgte ein 0:2 gegen Senegal, Mané traf."
    text = " date 2024-02-12 " + told
    first = SimpleNamespace(score=(3, 0))
    late = SimpleNamespace(evidence=told, at=text.index("Mané"))
    early = SimpleNamespace(evidence=told, at=text.index("Ayew"))
    assert after_unread_score(text, late, [first])
    assert not after_unread_score(text, early, [first])
    assert not after_unread_score(text, late, [first, SimpleNamespace(score=(2, 0))])
