"""`after A, B and goalkeeper C were all sent off`: every name of a list before a plural
card verb is sent off, across the list's commas and past a role word before a name.
Sentences written for these tests."""

from __future__ import annotations

from tests.reports.helpers import match, read

_LEAD = (
    " date 2010-01-29 Egypt beat Algeria 4-0 on Thursday to reach the final of the Africa Cup "
    "of Nations. "
)


def _sent_off(sentence: str) -> list[str]:
    return [d.player for d in match(read(_LEAD + sentence), "egypt", "algeria").dismissals or []]


def test_three_names_and_a_role_word() -> None:
    text = (
        "Algeria finished with eight men after Rafik Halliche, Nadir Belhadj and goalkeeper "
        "Faouzi Chaouchi were all sent off."
    )
    assert _sent_off(text) == ["Rafik Halliche", "Nadir Belhadj", "Faouzi Chaouchi"]


def test_name_before_another_clause_is_not_joined() -> None:
    text = "After Emad Moteab scored, Nadir Belhadj and Faouzi Chaouchi were sent off."
    assert _sent_off(text) == ["Nadir Belhadj", "Faouzi Chaouchi"]
