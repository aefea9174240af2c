"""Files the reader must refuse, each with its reason, and files it must accept."""

from __future__ import annotations

import pytest

from bot.reports import guard
from bot.reports.errors import UnreadableReport
from bot.reports.reader import read_file, read_report

FOOTBALL_EN = " date 2024-05-02 Arsenal beat Chelsea 2-0 at home on Wednesday in the league."


def reason(call) -> str:
    with pytest.raises(UnreadableReport) as info:
        call()
    return info.value.reason_code


def test_empty_text_and_dateline_only_are_empty():
    assert reason(lambda: read_report("", "x")) == "empty"
    assert reason(lambda: read_report("   \n\t ", "x")) == "empty"
    assert reason(lambda: read_report(" date 2024-05-02 ", "x")) == "empty"


def test_nul_bytes_are_binary(tmp_path):
    path = tmp_path / "photo.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 10)
    assert reason(lambda: read_file(path)) == "binary"
    assert reason(lambda: read_report("Tor\x00Tor", "x")) == "binary"


def test_random_bytes_without_nul_are_refused(tmp_path):
    path = tmp_path / "noise.txt"
    noise = bytes((7 * i * i + 3 * i + 1) % 255 + 1 for i in range(4000))
    path.write_bytes(noise)
    assert reason(lambda: read_file(path)) in {"binary", "language"}


def test_a_windows_1252_file_reads_with_its_umlauts(tmp_path):
    path = tmp_path / "bericht.txt"
    text = (
        " date 2024-04-18 Borussia Dortmund gewann am Mittwoch zu Hause mit 2:0 gegen den "
        "1. FC Köln. Die Tore für den BVB fielen spät, Köln wartet weiter auf Punkte."
    )
    path.write_bytes(text.encode("cp1252"))
    facts = read_file(path)
    assert facts.report.lang == "de"
    assert "Köln" in facts.report.text


def test_a_huge_file_is_refused_before_it_is_read(tmp_path, monkeypatch):
    path = tmp_path / "huge.txt"
    path.write_bytes(b"a" * (guard.MAX_BYTES + 1))

    def no_reading(self):
        raise AssertionError("read the whole file")

    monkeypatch.setattr(type(path), "read_bytes", no_reading)
    assert reason(lambda: read_file(path)) == "too_large"


def test_too_large_text_and_file(tmp_path):
    big = FOOTBALL_EN + " More." * (guard.MAX_CHARS // 6 + 10)
    assert reason(lambda: read_report(big, "x")) == "too_large"
    path = tmp_path / "big.txt"
    path.write_bytes(b"a" * (guard.MAX_BYTES + 1))
    assert reason(lambda: read_file(path)) == "too_large"


def test_other_languages_are_refused():
    spanish = (
        "El Real Madrid ganó por 3-1 al Barcelona en el estadio y los aficionados "
        "celebraron con una gran fiesta por las calles de la ciudad."
    )
    french = "Le club a gagné le match et les supporters sont dans la rue pour une fête."
    assert reason(lambda: read_report(spanish, "x")) == "language"
    assert reason(lambda: read_report(french, "x")) == "language"


def test_text_about_something_else_is_not_football():
    recipe = (
        "Heat the oven and mix the flour with the butter. Then add the eggs and the "
        "sugar, and bake it for an hour at a low heat until it is brown."
    )
    wetter = "Das Wetter wird am Wochenende sonnig und warm, und die Temperaturen steigen."
    assert reason(lambda: read_report(recipe, "x")) == "not_football"
    assert reason(lambda: read_report(wetter, "x")) == "not_football"


def test_utf8_file_with_bom_reads(tmp_path):
    path = tmp_path / "report.txt"
    path.write_bytes("\ufeff".encode() + FOOTBALL_EN.encode())
    facts = read_file(path)
    assert facts.report.lang == "en"
    assert facts.report.published == "2024-05-02"
    assert facts.report.source == str(path)
    assert [(m.home, m.away, m.score) for m in facts.matches] == [("arsenal", "chelsea", (2, 0))]
