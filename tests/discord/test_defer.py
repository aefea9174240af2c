"""When the core may be slow, the interaction is deferred first and the answer follows as an edit.

`defer_after=0` makes every answer take the slow path, so the order of calls is
deterministic: a defer callback, then the edit (or a private follow-up).
"""

from __future__ import annotations

import pytest

from tests.discord.driver import Driver, buttons, embed_text, is_ephemeral


@pytest.fixture
async def slow_bot(app, standin):
    driver = await Driver.start(app, standin, defer_after=0.0)
    yield driver
    await driver.stop()


async def test_a_slow_answer_is_deferred_then_edited_in(slow_bot, english, standin):
    asked = await slow_bot.slash("tie", {"team": "miami", "opponent": "lafc"}, english)

    assert [c.type for c in standin.callbacks_for(asked)] == [5]
    edit = standin.messages_for(asked)[-1]
    assert edit.method == "edit"
    assert "3\u20132" in embed_text(edit.body)


async def test_a_slow_error_is_still_private(slow_bot, english, standin):
    asked = await slow_bot.slash("team", {"team": "xyzzy"}, english)
    await standin.wait_for(lambda: any(p.method == "followup" for p in standin.messages_for(asked)))

    methods = [p.method for p in standin.messages_for(asked)]
    assert methods == ["delete", "followup"]
    followup = standin.messages_for(asked)[-1].body
    assert is_ephemeral(followup)
    assert "xyzzy" in embed_text(followup)


async def test_a_slow_press_defers_the_update_then_edits_the_question(slow_bot, english, standin):
    asked = await slow_bot.slash("result", {"team": "inter"}, english)
    assert buttons(slow_bot.last_message(asked))

    pressed = await slow_bot.press(asked, "Inter Miami", english)

    assert [c.type for c in standin.callbacks_for(pressed)] == [6]
    answer = slow_bot.last_message(pressed)
    assert "Inter Miami 3\u20131 LAFC" in embed_text(answer)
    assert buttons(answer) == []
