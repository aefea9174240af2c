"""A name is shown as the report spells it: the reader reads `ı`, `İ` and `ſ` as `i`, `I`
and `s` inside, and had handed `Tuncay Şanli` for `Tuncay Şanlı` on to the store."""

from bot.reports.reader import read_report
from bot.teams.resolver import TeamResolver

RESOLVER = TeamResolver.default()

GERMAN = (
    " date 2024-10-03 TURIN (dpa) - Kenan Yıldız hat Juventus zum Sieg geschossen: Beim 2:1 "
    "gegen den FC Bologna traf der Türke doppelt (12., 67.), für Bologna verkürzte Riccardo "
    "Orsolini (80.). Barış Alper Yılmaz sah Gelb-Rot (88.)."
)
ENGLISH = (
    " date 2024-10-06 TURIN, Italy (AP) - Juventus beat Cagliari 3-1 on Saturday. "
    "Kenan Yıldız scored in the 10th minute, Gianluca Gaetano equalised in the 30th and "
    "Dusan Vlahovic scored twice, in the 60th and 75th minutes."
)


def _people(text):
    report = read_report(text, "test", RESOLVER)
    people = {g.player for m in report.matches for g in m.goals or ()}
    people |= {c.player for m in report.matches for c in m.dismissals or ()}
    return report, people


def test_a_german_report_keeps_the_dotless_i():
    report, people = _people(GERMAN)
    assert "Kenan Yıldız" in people
    assert not any("Yildiz" in (name or "") for name in people)
    assert report.report.title.startswith("TURIN (dpa) - Kenan Yıldız")
    assert "Barış Alper Yılmaz" in people


def test_an_english_report_keeps_the_dotless_i():
    _, people = _people(ENGLISH)
    assert "Kenan Yıldız" in people
