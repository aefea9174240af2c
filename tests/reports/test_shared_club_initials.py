"""Initials several clubs share (`FCK`: Kaiserslautern and Copenhagen; `FCB`: Bayern and
Basel; `FCM`, `FCN`: Magdeburg and Midtjylland, Nürnberg and Nordsjælland; `TFC`) are
the club the story names plainly, or none (set 74, a round-up's `FCK` beside
`FC Kopenhagen`; set 76, Basel's `FCB` and `die Basler` against `FC Bayern`)."""

from __future__ import annotations

from tests.reports.helpers import pairs, read


def test_fck_beside_copenhagen_is_copenhagen_de():
    facts = read(
        " date 2020-08-12 Manchester United – FC Kopenhagen 1:0 n.V. (0:0). Den Weg ins "
        "Viertelfinale hatte sich der FCK mit einem 2:0 gegen Celtic Glasgow erkämpft, "
        "nachdem das Hinspiel in Glasgow 0:1 verloren gegangen war."
    )
    teams = {team for home, away, _ in pairs(facts) for team in (home, away)}
    assert "fc-kaiserslautern" not in teams
    assert "copenhagen" in teams


def test_fck_among_german_clubs_is_kaiserslautern_de():
    facts = read(
        " date 2010-03-01 Der FCK hat am Sonntag vor eigenem Publikum den SC Paderborn mit 2:0 "
        "geschlagen. "
        "Der FCK führt damit die Tabelle an."
    )
    assert ("fc-kaiserslautern", "sc-paderborn", (2, 0)) in pairs(facts)


def test_fcb_beside_bayern_and_basler_is_basel_de():
    facts = read(
        " date 2012-05-17 Unter Heiko Vogel hatte der FCB auch in der Champions League "
        "Schlagzeilen geschrieben: Im Achtelfinal-Hinspiel gegen den FC Bayern gewannen die "
        "Basler im Februar im St.-Jakob-Park mit 1:0. Im Rückspiel in München gingen sie dann "
        "mit 0:7 unter."
    )
    assert "hamburger-sv" not in {team for home, away, _ in pairs(facts) for team in (home, away)}
    assert ("basel", "bayern-munich", (1, 0)) in pairs(facts)


def _mentions(text: str) -> set[tuple[str, str]]:
    from bot.reports.guard import check
    from bot.reports.text.document import build_document
    from tests.reports.helpers import RESOLVER

    doc = build_document(text, RESOLVER, check(text))
    return {(m.alias, m.team) for m in doc.mentions}


def test_fcm_and_fcn_in_a_danish_story_en():
    found = _mentions(
        " date 2015-12-01 FC Midtjylland beat FC Nordsjaelland 2-0 at home on Sunday. FCM lead "
        "the Superliga, FCN are fifth."
    )
    assert ("FCM", "midtjylland") in found and ("FCN", "nordsjaelland") in found


def test_fcm_and_fcn_in_a_german_story_de():
    found = _mentions(
        " date 2015-12-01 Der 1. FC Magdeburg hat am Sonntag vor eigenem Publikum den 1. FC "
        "Nürnberg mit 2:0 geschlagen. Der FCM ist damit Erster, der FCN nur Sechster."
    )
    assert ("FCM", "fc-magdeburg") in found and ("FCN", "fc-nurnberg") in found
