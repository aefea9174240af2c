"""The one team resolver: what a reader or a user typing a name gets back."""

from __future__ import annotations

import pytest

from bot.teams.resolver import Alias, TeamResolver


@pytest.fixture(scope="module")
def teams() -> TeamResolver:
    return TeamResolver.default()


@pytest.mark.parametrize(
    ("name", "team_id"),
    [
        ("Bayern München", "bayern-munich"),
        ("Bayern Munich", "bayern-munich"),
        ("FC Bayern", "bayern-munich"),
        ("Inter Mailand", "inter-milan"),
        ("AC Mailand", "ac-milan"),
        ("Juventus Turin", "juventus"),
        ("AS Rom", "roma"),
        ("SSC Neapel", "napoli"),
        ("Benfica Lissabon", "benfica"),
        ("Sporting Lissabon", "sporting-cp"),
        ("Olympique Lyon", "lyon"),
        ("Roter Stern Belgrad", "crvena-zvezda"),
        ("Red Star Belgrade", "crvena-zvezda"),
        ("Schachtar Donezk", "shakhtar"),
        ("Galatasaray Istanbul", "galatasaray"),
        ("FC Arsenal", "arsenal"),
        ("Deutschland", "germany"),
        ("Niederlande", "netherlands"),
        ("Spanien", "spain"),
        ("Frankreich", "france"),
        ("Los Angeles FC", "lafc"),
        ("CF Monterrey", "monterrey"),
        ("Tigres UANL", "tigres"),
        ("Columbus Crew", "columbus-crew"),
        ("1. FC Kaiserslautern", "fc-kaiserslautern"),
        ("Tottenham", "tottenham"),
        ("Spurs", "tottenham"),
        ("PSG", "psg"),
        ("Paris Saint-Germain", "psg"),
    ],
)
def test_names_in_both_languages_resolve(teams, name, team_id):
    assert teams.resolve(name) == team_id


@pytest.mark.parametrize(
    ("name", "team_id"),
    [
        ("lafc", "lafc"),
        ("BVB", "borussia-dortmund"),
        ("bvb", "borussia-dortmund"),
        ("HSV", "hamburger-sv"),
        ("S04", "schalke-04"),
        ("Gladbach", "borussia-monchengladbach"),
        ("Barça", "barcelona"),
        ("Barca", "barcelona"),
        ("ATLÉTICO MADRID", "atletico-madrid"),
        ("atletico madrid", "atletico-madrid"),
        ("Fenerbahce", "fenerbahce"),
        ("Besiktas", "besiktas"),
        ("Istanbul Basaksehir", "basaksehir"),
        ("Bayern Muenchen", "bayern-munich"),
        ("Borussia Monchengladbach", "borussia-monchengladbach"),
        ("1. FC Köln", "fc-koln"),
        ("FC Koln", "fc-koln"),
        ("Man Utd", "manchester-united"),
        ("Türkiye", "turkey"),
    ],
)
def test_abbreviations_accents_and_case(teams, name, team_id):
    assert teams.resolve(name) == team_id


@pytest.mark.parametrize(
    ("name", "team_id"),
    [
        ("CF America", "club-america"),
        ("der FC Bayern", "bayern-munich"),
        ("Valencia CF", "valencia"),
        ("Juventus FC", "juventus"),
        ("the Columbus Crew", "columbus-crew"),
    ],
)
def test_legal_forms_and_articles_the_data_lacks(teams, name, team_id):
    assert teams.resolve(name) == team_id


def test_a_bare_word_never_reaches_a_club_by_dropping_its_legal_form(teams):
    assert teams.exact("America") == set()
    assert teams.exact("Nice") == set()


@pytest.mark.parametrize(
    ("typo", "team_id"),
    [
        ("Monterey", "monterrey"),
        ("Borussia Dortmunt", "borussia-dortmund"),
        ("Liverpol", "liverpool"),
    ],
)
def test_typos_are_found_and_marked_fuzzy(teams, typo, team_id):
    result = teams.lookup(typo)
    assert result.status == "found"
    assert result.team.id == team_id
    assert result.fuzzy


def test_inter_is_ambiguous_when_both_inters_are_known(teams):
    result = teams.lookup("Inter", prefer={"inter-miami", "inter-milan"})
    assert result.status == "ambiguous"
    assert {team.id for team in result.candidates} == {"inter-miami", "inter-milan"}


def test_inter_is_found_when_only_one_inter_is_known(teams):
    result = teams.lookup("inter", prefer={"inter-miami", "monterrey"})
    assert result.status == "found"
    assert result.team.id == "inter-miami"
    assert result.team.display("de") == "Inter Miami"


def test_inter_without_context_is_ambiguous(teams):
    assert teams.lookup("Inter").status == "ambiguous"
    assert teams.resolve("Inter") is None


def test_real_city_and_united_need_context(teams):
    assert teams.lookup("City", prefer={"manchester-city", "real-madrid"}).team.id == (
        "manchester-city"
    )
    assert teams.lookup("Real", prefer={"manchester-city", "real-madrid"}).team.id == "real-madrid"
    assert teams.lookup("United").status == "ambiguous"


def test_unknown_name_gets_suggestions(teams):
    result = teams.lookup("Borussia Fulda")
    assert result.status == "unknown"
    assert result.team is None
    assert "borussia-dortmund" in {team.id for team in result.suggestions} or (
        "borussia-monchengladbach" in {team.id for team in result.suggestions}
    )


def test_nonsense_is_unknown_without_a_crash(teams):
    assert teams.lookup("").status == "unknown"
    assert teams.lookup("!!!").status == "unknown"
    assert teams.lookup("xqzvw").status == "unknown"


def test_display_uses_german_names_where_they_differ(teams):
    assert teams.display("napoli", "de") == "SSC Neapel"
    assert teams.display("napoli", "en") == "Napoli"
    assert teams.display("germany", "de") == "Deutschland"
    assert teams.display("no-such-team", "de") == "no-such-team"


def test_a_learned_alias_resolves_and_a_fresh_resolver_does_not_have_it():
    resolver = TeamResolver.default()
    resolver.add_alias(Alias("monterrey", "die Rayados aus Monterrey", "de", "report:x"))
    assert resolver.resolve("die Rayados aus Monterrey") == "monterrey"
    assert TeamResolver.default().resolve("die Rayados aus Monterrey") is None


def test_an_alias_for_an_unknown_team_is_ignored():
    resolver = TeamResolver.default()
    resolver.add_alias(Alias("no-such-team", "Phantom FC", "en", "report:x"))
    assert resolver.exact("Phantom FC") == set()


def test_a_name_learned_after_a_read_is_found_by_the_next_read():
    """The reader's tables of all names (first words, prefixes) are kept on the
    resolver; a learned alias must reach the next report, not wait for a restart."""
    from bot.reports.names.mentions import find_mentions

    resolver = TeamResolver.default()
    text = "Die Sportsbotelf gewann am Samstag mit 2:0."
    assert find_mentions(text, resolver, "de") == []
    resolver.add_alias(Alias("schalke-04", "Sportsbotelf", "de", "test"))
    assert [m["team"] for m in find_mentions(text, resolver, "de")] == ["schalke-04"]


def _runs_of_capitalised_words() -> list[str]:
    """Two- and three-word runs of capitalised words from the development reports and
    from team names with a letter changed or words swapped: what the reader asks."""
    import re
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    runs: set[str] = set()
    for path in sorted((root / "tests" / "data").glob("reports*/*.txt"))[:40]:
        words = re.findall(r"[A-ZÄÖÜ][\w'’-]+(?: [A-ZÄÖÜ][\w'’-]+){1,2}", path.read_text())
        runs.update(words)
    for name in ("Schachtjor Donezk", "Bayern Munchen", "Munich Bayern", "Borussia Dortmnd"):
        runs.add(name)
    return sorted(runs)


def test_close_team_gives_what_lookup_finds(teams: TeamResolver) -> None:
    runs = _runs_of_capitalised_words()
    assert len(runs) > 200
    found = 0
    for run in runs:
        looked = teams.lookup(run)
        expected = looked.team if looked.status == "found" else None
        assert teams.close_team(run) == expected, run
        found += expected is not None
    assert found > 20


@pytest.mark.parametrize(
    ("name", "team_id"),
    [
        ("Fortuna Duesseldorf", "fortuna-dusseldorf"),
        ("Borussia Moenchengladbach", "borussia-monchengladbach"),
        ("1. FC Nuernberg", "fc-nurnberg"),
        ("Oesterreich", "austria"),
    ],
)
def test_german_names_spelt_without_umlauts_resolve(teams, name, team_id):
    assert teams.lookup(name).team.id == team_id
    assert teams.lookup(name).fuzzy is False


def test_a_learned_alias_with_umlauts_is_found_spelt_out():
    resolver = TeamResolver.default()
    resolver.add_alias(Alias("fortuna-dusseldorf", "Fortuna aus Flingern-Süd", "de", "report"))
    assert resolver.resolve("Fortuna aus Flingern-Sued") == "fortuna-dusseldorf"
    assert len([a for a in resolver.aliases if a.alias.startswith("Fortuna aus")]) == 1


@pytest.mark.parametrize(
    ("name", "team_id"),
    [("FK Rostow", "rostov"), ("Dinamo Kiew", "dynamo-kyiv"), ("BATE Borissow", "bate")],
)
def test_german_spellings_of_eastern_european_clubs(teams, name, team_id):
    assert teams.resolve(name) == team_id
