"""Random and hostile command text always gets a clear Reply, never an exception."""

from __future__ import annotations

import asyncio

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.core import Core
from bot.seam import ChatContext, Reply
from storage.sqlite import SqliteStore
from tests.support import facts

COMMANDS = ["/tie", "/result", "/results", "/team", "/lang", "/help", "/tie@sportsbot", "tie", "/"]
HOSTILE = [
    "x" * 10_000,
    "miami " * 2_000,
    "\x00\x01\x02\x1b[31m\x7f\u200b\u202e",
    "⚽🏆🇩🇪 " * 50,
    "<b>bold</b> <script>alert(1)</script> &amp; &lt;",
    "**bold** _it_ `code` [link](http://x) ||spoiler|| @everyone <@&123>",
    "'; DROP TABLE matches; -- \" OR 1=1 --",
    "miami lafc 2025",
    "inter inter inter",
    "%(name)s %s {0} {team}",
    "\n\n\r\t",
    "/tie /tie /tie",
    "2024 2025",
    "miami 99999999999999999999",
]

text = st.one_of(
    st.text(max_size=300),
    st.sampled_from(HOSTILE),
    st.builds(
        lambda c, a, b: f"{c} {a} {b}",
        st.sampled_from(COMMANDS),
        st.one_of(st.sampled_from(HOSTILE), st.text(max_size=60)),
        st.one_of(st.sampled_from(["lafc", "miami", "", "2024", "999"]), st.text(max_size=20)),
    ),
)


def check(reply: Reply) -> None:
    assert isinstance(reply, Reply)
    assert reply.lang in ("en", "de")
    rendered = reply.as_text()
    assert rendered.strip()
    assert len(rendered) < 8_000
    assert "Traceback" not in rendered
    assert "went wrong on my side" not in rendered
    assert "schiefgegangen" not in rendered


def test_hostile_text_always_gets_a_clear_reply(db_path):
    loop = asyncio.new_event_loop()
    store = loop.run_until_complete(SqliteStore.open(db_path))
    try:
        loop.run_until_complete(
            facts.ingest_all(store, facts.miami_lafc(), facts.monterrey_miami())
        )
        core = Core(store)

        @settings(
            max_examples=300,
            deadline=None,
            suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
        )
        @given(text=text, lang=st.sampled_from(["en", "de", None]))
        def run(text: str, lang: str | None) -> None:
            chat = ChatContext("console", "fuzz", "group", user_lang=lang)
            check(loop.run_until_complete(core.handle_text(text, chat)))

        run()
        for hostile in HOSTILE:
            for command in COMMANDS:
                chat = ChatContext("console", "fuzz", "private")
                check(loop.run_until_complete(core.handle_text(f"{command} {hostile}", chat)))
    finally:
        loop.run_until_complete(store.close())
        loop.close()
