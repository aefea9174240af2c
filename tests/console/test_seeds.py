"""End to end from the seed reports: a fresh store built on first run answers the issue's questions.

This runs the real reader, ingest and store on seeds/, so it fails when any of them
gets these two reports wrong; the core's own tests use hand-built facts instead.
"""

from __future__ import annotations

import pytest

from bot.app import App
from bot.config import Config
from bot.seam import ChatContext

CHAT = ChatContext("console", "seeds")


@pytest.fixture
async def app(db_path):
    async with App.open(Config(db_path=db_path)) as app:
        yield app


async def test_miami_lafc_from_the_seeds(app):
    text = (await app.core.handle_text("/tie miami lafc", CHAT, lang="en")).as_text()
    assert "LAFC 1–0 Inter Miami" in text
    assert "Inter Miami 3–1 LAFC\n9 April 2025" in text
    assert "Inter Miami 3–2 LAFC\nInter Miami go through on aggregate." in text
    assert "Long 9', Messi 35', Allen 61', Messi 84' (pen.)" in text
    german = (await app.core.handle_text("/tie miami lafc", CHAT, lang="de")).as_text()
    assert "Hinspiel\nLAFC 1:0 Inter Miami" in german
    assert "Rückspiel\nInter Miami 3:1 LAFC\n9. April 2025" in german
    assert "Gesamtergebnis\nInter Miami 3:2 LAFC" in german


async def test_monterrey_miami_from_the_seeds(app):
    reply = await app.core.handle_text("/tie monterrey inter miami", CHAT, lang="de")
    text = reply.as_text()
    assert "CF Monterrey 5:2 Inter Miami\nCF Monterrey ist nach Gesamtergebnis weiter." in text
    assert "Alba (Inter Miami), Gelb-Rot (77.)" in text
    assert (reply.footer or "").startswith("Quelle: ")
    assert (reply.footer or "").endswith(" (April 2024)")


async def test_what_the_seeds_do_not_hold(app):
    reply = await app.core.handle_text("/tie bayern arsenal", CHAT, lang="en")
    assert reply.as_text().startswith("I have no tie between Bayern Munich and Arsenal stored.")
