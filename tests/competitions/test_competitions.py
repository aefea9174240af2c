"""Competition names, stages and seasons as the reader, store and core see them."""

from __future__ import annotations

import pytest

from bot.competitions import (
    canonical,
    display,
    find_competitions,
    find_stages,
    info,
    season_for,
)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Champions League", "UEFA Champions League"),
        ("Königsklasse", "UEFA Champions League"),
        ("champions-league", "UEFA Champions League"),
        ("UCL", "UEFA Champions League"),
        ("Europa League", "UEFA Europa League"),
        ("Conference League", "UEFA Europa Conference League"),
        ("DFB-Pokal", "DFB-Pokal"),
        ("DFB Cup", "DFB-Pokal"),
        ("Pokalfinale", "DFB-Pokal"),
        ("DFB-Pokal-Finale", "DFB-Pokal"),
        ("WM", "FIFA World Cup"),
        ("World Cup", "FIFA World Cup"),
        ("Weltmeisterschaft", "FIFA World Cup"),
        ("Klub-WM", "FIFA Club World Cup"),
        ("Club World Cup", "FIFA Club World Cup"),
        ("EM", "UEFA European Championship"),
        ("Euro 2024", "UEFA European Championship"),
        ("UEFA EURO", "UEFA European Championship"),
        ("MLS", "Major League Soccer"),
        ("MLS Cup", "MLS Cup"),
        ("Leagues Cup", "Leagues Cup"),
        ("Copa Libertadores", "Copa Libertadores"),
        ("Premier League", "Premier League"),
        ("FA Cup", "FA Cup"),
        ("2. Liga", "2. Bundesliga"),
        ("Champions League 2023/24", "UEFA Champions League"),
    ],
)
def test_aliases_in_both_languages_give_the_gold_name(name, expected):
    assert canonical(name) == expected


def test_unknown_or_empty_names_give_none():
    assert canonical("Kreisliga B Nord") is None
    assert canonical("") is None
    assert canonical(None) is None
    assert canonical("Champions League und Europa League") is None


def test_concacaf_takes_the_name_of_its_time():
    assert canonical("CONCACAF Champions League", "2025-04-10") == "CONCACAF Champions Cup"
    assert canonical("CONCACAF Champions Cup", "2019-03") == "CONCACAF Champions League"
    assert canonical("CONCACAF Champions Cup") == "CONCACAF Champions Cup"


def test_find_competitions_in_german_compounds_and_genitives():
    text = (
        "Im Finale des DFB-Pokals und im Champions-League-Finale, vor der Klub-WM 2025; "
        "der Leagues-Cup-Sieger, ein Ex-MLS-Profi und 120 Millionen Euro, nicht die U21-EM."
    )
    found = [(text[m.start : m.end], m.name) for m in find_competitions(text)]
    assert found == [
        ("DFB-Pokal", "DFB-Pokal"),
        ("Champions-League", "UEFA Champions League"),
        ("Klub-WM", "FIFA Club World Cup"),
        ("Leagues-Cup", "Leagues Cup"),
        ("MLS", "Major League Soccer"),
        ("U21-EM", "UEFA European Under-21 Championship"),
    ]


def test_a_longer_name_wins_over_the_name_inside_it():
    text = "Inter Miami reached the CONCACAF Champions Cup semifinals; not the World Cup."
    names = [m.name for m in find_competitions(text)]
    assert names == ["CONCACAF Champions Cup", "FIFA World Cup"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a World Cup qualifier against Spain", "FIFA World Cup qualification"),
        ("im WM-Qualifikationsspiel gegen Spanien", "FIFA World Cup qualification"),
        ("the U-20 World Cup final", "FIFA U-20 World Cup"),
        ("in der EM-Quali", "UEFA European Championship qualifying"),
        ("a European Championship qualification match", "UEFA European Championship qualifying"),
        ("the Women's Champions League final", "UEFA Women's Champions League"),
        ("Russian Premier League club Zenit", "Russian Premier League"),
    ],
)
def test_qualifiers_youth_and_women_are_not_the_senior_tournament(text, expected):
    assert [m.name for m in find_competitions(text)] == [expected]


def test_generic_words_are_not_competitions():
    for text in ("the championship race", "Chinese Super League side", "der Supercup"):
        assert find_competitions(text) == []


def test_short_abbreviations_need_capitals():
    assert find_competitions("the wm and em in lower case") == []
    assert [m.name for m in find_competitions("Bei der WM 2014")] == ["FIFA World Cup"]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "They meet in the quarterfinal.", "quarter-final"),
        ("en", "the quarter-finals begin", "quarter-final"),
        ("en", "won the semifinal 6-5 on aggregate", "semi-final"),
        ("en", "in the semi-finals", "semi-final"),
        ("en", "in the round of 16", "round-of-16"),
        ("en", "out in the last 16.", "round-of-16"),
        ("en", "in the last-32 draw", "round-of-32"),
        ("en", "won the final in Gdansk", "final"),
        ("en", "the relegation play-off second leg", "relegation-play-off"),
        ("en", "a group stage match", "group"),
        ("en", "the league phase", "league"),
        ("en", "the knockout round play-offs", "play-off"),
        ("de", "im Viertelfinale", "quarter-final"),
        ("de", "das Halbfinal-Rückspiel", "semi-final"),
        ("de", "im Achtelfinale", "round-of-16"),
        ("de", "im Sechzehntelfinale", "round-of-32"),
        ("de", "im Endspiel von Berlin", "final"),
        ("de", "das Pokalfinale", "final"),
        ("de", "im WM-Finale", "final"),
        ("de", "in der Relegation", "relegation-play-off"),
        ("de", "das Relegations-Rückspiel", "relegation-play-off"),
        ("de", "in der Gruppenphase", "group"),
        ("de", "in der Ligaphase", "league"),
        ("de", "die Runde der letzten vier", "semi-final"),
    ],
)
def test_stage_words(lang, text, expected):
    assert [m.stage for m in find_stages(text, lang)] == [expected]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "When the final whistle sounded, everyone cheered."),
        ("en", "He made two saves in the final minutes."),
        ("en", "It was his final appearance for the club."),
        ("en", "They lost their last four games."),
        ("de", "Es war ein packendes Finale in der Schlussphase."),
        ("de", "Das Finalturnier in Lissabon."),
        ("de", "Der Halbfinalist aus Madrid."),
    ],
)
def test_words_that_look_like_stages_but_are_not(lang, text):
    assert find_stages(text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text", "next_round"),
    [
        ("en", "Barcelona advance to the quarterfinals.", True),
        ("en", "Inter Miami is headed to the CONCACAF Champions Cup semifinals.", True),
        ("en", "Liverpool reached the Champions League final.", True),
        ("en", "Tottenham won the semifinal on away goals.", False),
        ("de", "Kimmich köpfte den FC Bayern ins Halbfinale.", True),
        ("de", "Der FC Bayern steht im Finale der Champions League.", True),
        ("de", "Monterreys Halbfinaleinzug war perfekt.", True),
        ("de", "Inter Miami hat das Halbfinale klar verpasst.", True),
        ("de", "Bayern gewann im Viertelfinale gegen Barcelona.", False),
    ],
)
def test_the_round_reached_is_told_apart_from_the_round_played(lang, text, next_round):
    (mention,) = find_stages(text, lang)
    assert mention.next_round is next_round


@pytest.mark.parametrize(
    ("competition", "date", "expected"),
    [
        ("UEFA Champions League", "2019-03-06", "2018-19"),
        ("Champions League", "2018-09-18", "2018-19"),
        ("UEFA Champions League", "2024-07-10", "2024-25"),
        ("UEFA Champions League", "2024-06-01", "2023-24"),
        ("Bundesliga", "2024-07", "2023-24"),
        ("Bundesliga", "2024-08-23", "2024-25"),
        ("DFB-Pokal", "2024-05-25", "2023-24"),
        ("CONCACAF Champions Cup", "2024-04", "2024"),
        ("CONCACAF Champions League", "2016-09-14", "2016-17"),
        ("CONCACAF Champions League", "2019-04-10", "2019"),
        ("Copa Libertadores", "2023-11-04", "2023"),
        ("MLS", "2024-10-19", "2024"),
        ("FIFA World Cup", "2022-12-18", "2022"),
        ("UEFA European Championship", "2021-07-11", "2020"),
        ("FIFA Club World Cup", "2021-02-11", "2020"),
        ("UEFA Champions League", "2020-08-14", "2019-20"),
        ("UEFA Champions League", "2020-08-23", None),
        ("UEFA Super Cup", "2024-08-14", "2024"),
        ("DFL-Supercup", "2024-08-17", "2024"),
        ("World Cup qualifier", "2025-09-04", "2026"),
        ("World Cup qualifier", "2017-10-10", "2018"),
        ("World Cup qualifier", "2022-06-14", "2022"),
        ("World Cup qualifier", "2018-09-07", "2022"),
        ("Euro qualifier", "2015-10-11", "2016"),
        ("Euro qualifier", "2020-11-12", "2020"),
        ("Euro qualifier", "2023-03-25", "2024"),
    ],
)
def test_seasons(competition, date, expected):
    assert season_for(competition, date) == expected


def test_august_2020_uses_the_stage_when_the_day_is_late():
    assert season_for("UEFA Champions League", "2020-08-23", "final") == "2019-20"
    assert season_for("UEFA Champions League", "2020-08-25", "play-off") == "2020-21"


def test_a_season_needs_a_competition_and_a_month():
    assert season_for("Bundesliga", "2024") is None
    assert season_for("Bundesliga", None) is None
    assert season_for(None, "2024-05-01") is None
    assert season_for("Kreisliga", "2024-05-01") is None
    assert season_for("Bundesliga", "2024-13") is None


@pytest.mark.parametrize(
    ("name", "lang", "expected"),
    [
        ("UEFA Champions League", "de", "Champions League"),
        ("UEFA Champions League", "en", "UEFA Champions League"),
        ("FIFA World Cup", "de", "Weltmeisterschaft"),
        ("FIFA Club World Cup", "de", "Klub-WM"),
        ("DFB-Pokal", "en", "DFB-Pokal"),
        ("UEFA European Championship", "de", "Europameisterschaft"),
        ("Königsklasse", "en", "UEFA Champions League"),
        ("Kreisliga", "de", "Kreisliga"),
    ],
)
def test_display_names(name, lang, expected):
    assert display(name, lang) == expected


def test_info_tells_kind_and_season_shape():
    assert info("WM").kind == "national"
    assert info("Bundesliga").season == "split"
    assert info("MLS Cup").season == "calendar"
    assert info("DFB-Pokal").format == "knockout"


def test_every_name_in_the_data_is_found_in_running_text_and_canonicalised():
    from bot.competitions import COMPETITIONS

    for comp in COMPETITIONS:
        for alias in (comp.name, *comp.aliases, *comp.short, *([comp.de] if comp.de else [])):
            text = f"Vor dem Spiel in der {alias} am Abend"
            names = [m.name for m in find_competitions(text)]
            assert names == [comp.name], (alias, names)
            assert canonical(alias) == comp.name or comp.name.startswith("CONCACAF"), alias
