"""The document every extractor shares: dateline, language, sentences that survive
football typography, and team mentions that are neither people nor guesses."""

from __future__ import annotations

from bot.reports.text.document import build_document
from bot.reports.text.language import detect_language
from bot.reports.text.sentences import split_sentences


def teams(text: str) -> list[str]:
    return [m.team for m in build_document(text).mentions]


def test_dateline_day_and_month_precision():
    day = build_document(" date 2025-04-10 FORT LAUDERDALE, Fla. — (AP) — Inter Miami won.")
    assert (day.published, day.place) == ("2025-04-10", "Fort Lauderdale")
    assert day.text.lstrip().startswith("FORT")
    month = build_document(" date 2024-04 Inter Miami hat verloren.")
    assert month.published == "2024-04"
    assert build_document("Inter Miami won the game.").published is None


def test_language_of_short_and_long_texts():
    assert detect_language("Der FC Bayern hat das Spiel gegen den BVB mit 2:0 gewonnen.") == "de"
    assert detect_language("Bayern won the game against Dortmund 2-0 on Saturday.") == "en"
    assert detect_language("Le match a été gagné par le club de la ville.") is None


def test_sentences_keep_minutes_dates_and_abbreviations_together():
    text = (
        "Müller traf in der 4. Minute zur Führung. Das Hinspiel am 23. April war klar (25.). "
        "Der 1. FC Köln spielte 1:1 n.V. gegen S. Bender und Co. Danach war Schluss."
    )
    got = [text[s:e] for s, e in split_sentences(text, "de")]
    assert got == [
        "Müller traf in der 4. Minute zur Führung.",
        "Das Hinspiel am 23. April war klar (25.).",
        "Der 1. FC Köln spielte 1:1 n.V. gegen S. Bender und Co.",
        "Danach war Schluss.",
    ]
    english = "The first leg on Feb. 14 ended 2-0. Then came the return."
    assert len(split_sentences(english, "en")) == 2


def test_ambiguous_short_names_follow_the_full_name_in_the_text():
    assert teams("Inter Miami lost. Inter had chances.") == ["inter-miami", "inter-miami"]
    assert teams("Inter Milan won. Inter had chances.") == ["inter-milan", "inter-milan"]
    assert teams("Inter had chances and City scored.") == []
    assert teams("Manchester City won. City had chances.") == ["manchester-city"] * 2


def test_people_are_not_teams():
    assert teams("Jordi Alba was sent off while David Villa watched. Villa smiled.") == []
    assert teams("The cross came from Antonio Valencia.") == []
    assert teams("Several Ajax players cried. Ajax lost.") == ["ajax", "ajax"]


def test_weekdays_and_articles_before_a_name_are_no_first_names():
    assert teams("Im Finale besiegte die Mannschaft am Sonntag Frankreich.") == ["france"]


def test_german_genitive_and_dateline_place_are_handled():
    doc = build_document("MADRID — Real Madrid won. Monterreys Sieg war klar.")
    assert [(m.team, m.genitive) for m in doc.mentions] == [
        ("real-madrid", False),
        ("monterrey", True),
    ]


def test_mentions_in_a_sentence_and_their_governing_word():
    doc = build_document("Dortmund verlor am Dienstag bei Real Madrid. Dann kam Arsenal.")
    first = doc.sentences[0]
    found = doc.mentions_in(first)
    assert [(m.team, m.prep) for m in found] == [
        ("borussia-dortmund", ""),
        ("real-madrid", "bei"),
    ]


def test_a_team_after_a_hyphenated_team_word_or_a_town_is_no_surname():
    """German puts the object right after the subject: `unterlag die DFB-Elf Mexiko`,
    `besiegte Schweden in Jekaterinburg Mexiko`; neither is a person called Mexiko, and
    a first name before a country (`Jean-Pierre Mexiko`) still is one."""
    assert teams(" date 2018-06-28 Zum Auftakt unterlag die DFB-Elf Mexiko mit 0:1.") == [
        "germany",
        "mexico",
    ]
    assert teams(" date 2018-06-28 Dann besiegte Schweden in Jekaterinburg Mexiko mit 3:0.") == [
        "sweden",
        "mexico",
    ]
    assert teams(" date 2018-06-28 Das Tor erzielte Jean-Pierre Mexiko.") == []


def test_an_agency_dateline_with_a_plain_hyphen_is_a_place():
    """`Berlin (SID) - ...` is where the story was filed, as with a dash; a result header
    `Dortmund - Bayern 5:2` is no dateline."""
    filed = build_document(" date 2018-05-20 Berlin (SID) - Eintracht Frankfurt ist Pokalsieger.")
    assert filed.place == "Berlin"
    header = build_document(" date 2018-05-20 Dortmund - Bayern 5:2 (2:1)")
    assert header.place is None
    assert [m.team for m in header.mentions] == ["borussia-dortmund", "bayern-munich"]


def test_the_german_football_national_team_written_as_one_compound():
    text = " date 2021-04-01 Die deutsche Fußball-Nationalmannschaft verlor gegen Nordmazedonien."
    assert teams(text) == ["germany", "north-macedonia"]


def test_a_club_town_in_a_national_team_story_is_a_town():
    text = (
        " date 2021-04-01 Deutschland verlor in Duisburg gegen Nordmazedonien. Zuvor hatte"
        " Deutschland Island besiegt, Elmas vom SSC Neapel traf für Nordmazedonien."
    )
    assert "msv-duisburg" not in teams(text)
    club_story = " date 2021-04-01 Der VfL Bochum verlor in Duisburg gegen Schalke 04."
    assert "msv-duisburg" in teams(club_story)


def test_a_country_after_an_inflected_german_noun_is_a_team():
    """`am selben Ort Island`: `Ort` is a noun after `selben`, not a first name."""
    text = " date 2021-04-01 Deutschland hatte am selben Ort Island mit 3:0 besiegt."
    assert teams(text) == ["germany", "iceland"]
