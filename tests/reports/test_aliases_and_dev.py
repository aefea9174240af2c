"""Learned aliases, a few traps that must not become results, and the reader-only
dev loop's output format."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from bot.evaluation.dev import main as dev_main
from tests.reports.helpers import match, pairs, read


def test_a_bracketed_short_name_is_learned_for_its_team():
    facts = read(
        " date 2024-05-02 Manchester City (Cityzens) beat Chelsea 2-0 at home on Wednesday. "
        "The Cityzens were better."
    )
    assert [(a.team, a.alias) for a in facts.aliases] == [("manchester-city", "Cityzens")]


def test_a_ground_in_brackets_after_a_town_that_is_also_a_club_is_no_alias():
    for line in (
        " date 2022-11-23 WM 2022, Gruppe E – Mittwoch, 23. November 2022, Al-Rayyan"
        " (Khalifa International Stadium), Anstoß 14.00 Uhr. Deutschland - Japan 1:2 (1:0)."
        " Die deutsche Mannschaft hat das erste Spiel der Gruppe gegen Japan verloren.",
        " date 2019-05-08 Asian Champions League, Group D: Sepahan (Naghsh-e Jahan Stadium)"
        " beat Al-Rayyan 3-1 at home on Tuesday.",
    ):
        assert read(line).aliases == [], line


def test_a_bracket_that_is_no_short_form_of_the_team_is_not_learned():
    facts = read(
        " date 1996-06-24 Euro 96 quarter-finals at a glance: Portugal 0-1 Czech Republic"
        " (Old Trafford), England 0-0 Spain (Wembley), England win 4-2 on penalties."
        " AC Milan (AP) beat Inter 2-1 in the derby on Sunday."
    )
    assert facts.aliases == []


def test_initials_of_the_team_s_name_are_learned():
    for text, alias in (
        ("RSC Anderlecht (RSCA) beat Club Brugge 3-0 at home on Wednesday.", "RSCA"),
        ("Olympique de Marseille (OM) beat Monaco 3-0 at home on Wednesday.", "OM"),
    ):
        facts = read(f" date 2024-05-02 {text} {alias} were better throughout.")
        assert [a.alias for a in facts.aliases] == [alias]


def test_known_names_are_not_learned_again():
    facts = read(" date 2024-05-02 Tottenham Hotspur (Spurs) beat Chelsea 2-0 at home.")
    assert facts.aliases == []


def test_formations_and_bare_scorelines_are_not_results():
    facts = read(
        " date 2024-05-02 Arsenal switched to a 4-4-2 and beat Chelsea 2-0 at home on "
        "Wednesday. The 2-1 scoreline in the other game flattered Fulham."
    )
    assert pairs(facts) == {("arsenal", "chelsea", (2, 0))}


def test_goalless_draws_are_results_in_both_languages():
    en = read(
        " date 2023-03-09 LONDON (AP) — Tottenham and AC Milan played out a goalless draw on "
        "Wednesday in the Champions League."
    )
    assert match(en, "tottenham", "ac-milan").score == (0, 0)
    de = read(
        " date 2024-02-15 Nach einem torlosen Remis im Hinspiel in Lissabon hat Borussia "
        "Dortmund die nächste Runde der Europa League verpasst. Das Rückspiel gegen Benfica "
        "ging im Signal Iduna Park mit 1:2 verloren."
    )
    assert match(de, "benfica", "borussia-dortmund").score == (0, 0)


def test_dev_loop_prints_the_extraction_line(tmp_path, capsys):
    (tmp_path / "a.txt").write_text(
        " date 2024-05-02 Arsenal beat Chelsea 2-0 at home on Wednesday.", encoding="utf-8"
    )
    (tmp_path / "a.gold.json").write_text(
        '{"lang": "en", "published": "2024-05-02", "matches": [{"home": "Arsenal", '
        '"away": "Chelsea", "score": [2, 0], "date": "2024-05-01", "extra_time": false}], '
        '"ties": []}',
        encoding="utf-8",
    )
    assert dev_main([str(tmp_path), "-q"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert lines[0].startswith("matches     P=1.00 R=1.00")
    assert lines[-1] == "extraction: P=1.00 R=1.00 over 1 reports"


def test_dev_loop_runs_as_a_module(tmp_path):
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run(
        [sys.executable, "-m", "bot.evaluation.dev"],
        cwd=root,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 2 and "usage" in done.stdout
