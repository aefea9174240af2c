"""Embeds stay inside Discord's limits and show stored text literally, whatever it holds."""

from __future__ import annotations

from adapters.discord import render
from bot.seam import Choice, Reply, Section


def test_a_huge_reply_fits_discords_embed_limits():
    sections = tuple(
        Section(f"Leg {i} " + "x" * 300, tuple("line " + "y" * 200 for _ in range(12)))
        for i in range(40)
    )
    embed = render.embed(Reply("en", title="T" * 500, sections=sections, footer="F" * 3000))

    assert len(embed) <= render.TOTAL
    assert len(embed.fields) <= render.MAX_FIELDS
    assert len(embed.title) <= render.TITLE
    assert all(len(f.name) <= 256 and len(f.value) <= 1024 for f in embed.fields)
    assert embed.fields[0].name.startswith("Leg 0")


def test_markdown_and_mentions_in_stored_text_are_shown_not_obeyed():
    reply = Reply("en", sections=(Section("**Final**", ("@here _Kane_ <@123456789012345678>",)),))
    field = render.embed(reply).fields[0]

    assert field.name == "\\*\\*Final\\*\\*"
    assert "@here" not in field.value and "<@1" not in field.value
    assert "\\_Kane\\_" in field.value


def test_choices_become_buttons_whose_id_is_the_command():
    long = "/tie " + "inter miami " * 12
    view = render.view((Choice("Inter Miami", "/result inter-miami"), Choice("Long", long)))

    ids = [item.custom_id for item in view.children]
    assert ids[0] == "sb:/result inter-miami"
    assert len(ids[1]) <= 100
    assert render.command_for(ids[1].removeprefix("sb:")) == long
    assert render.view(()) is None
