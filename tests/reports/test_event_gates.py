"""Gates in front of the event rules skip only text the rules cannot match."""

from __future__ import annotations

import pytest

from bot.reports.cards.dismissals import _LINE, _RED


@pytest.mark.parametrize(
    "heading",
    [
        "Platzverweis:",
        "Platzverweise:",
        "Rote Karte:",
        "Gelb-Rote Karten:",
        "Gelb-Rot:",
        "Red card:",
        "RED CARDS:",
        "Sent off:",
    ],
)
def test_every_card_heading_passes_the_red_card_gate(heading):
    assert _LINE.search(heading)
    assert _RED.may(heading)


def test_the_kick_gate_lets_every_penalty_cue_through():
    from bot.reports.goals.kickflags import _PENALTY, _may_kick
    from tests.reports.test_fast_paths import SENTENCES

    texts = SENTENCES + ["Tor durch FE (23.)", "from the ſpot", "(Pen) 1-0", "Strafstoss"]
    assert sum(1 for text in texts if _PENALTY.search(text)) > 20
    for text in texts:
        if _PENALTY.search(text):
            assert _may_kick(text), text
    assert not _may_kick("Fe ist kein Elfer")


def test_the_conversion_gate_lets_every_conversion_through():
    from bot.reports.goals.penalty_award import _CONVERTED, _may_convert
    from tests.reports.test_fast_paths import SENTENCES

    texts = SENTENCES + ["he DİSPATCHED it", "Kane made no miſtake", "er verwandelte sicher"]
    assert sum(1 for text in texts if _CONVERTED.search(text)) > 10
    for text in texts:
        if _CONVERTED.search(text):
            assert _may_convert(text), text
    assert not _may_convert("he scored from the spot")


def test_gated_event_cues_find_what_their_patterns_find():
    from bot.reports.goals import cues as goalcues
    from bot.reports.goals.claims import _TALLY
    from bot.reports.goals.minutes import _SUBSTITUTION
    from tests.reports.test_fast_paths import SENTENCES

    cues = [_TALLY, *goalcues.MULTIPLE.values(), goalcues.PENALTY["de"], goalcues.OWN_GOAL["de"]]
    cues += _SUBSTITUTION.values()
    texts = SENTENCES + ["He scored TWİCE", "a hat-trick", "Sein Dreierpack", "ſo far"]
    texts += ["Tor per FE (12.)", "ins eigene Netz", "ET Müller", "vom Punkt", "Handelfmeter"]
    texts += ["X came on for Y", "er wurde eingewechselt", "the İNTRODUCED striker"]
    for cue in cues:
        hits = 0
        for text in texts:
            plain = cue.pattern.search(text)
            gated = cue.search(text)
            assert (gated and gated.span()) == (plain and plain.span()), text
            hits += plain is not None
        assert hits > 0


def test_every_assist_lead_passes_its_ending_test():
    from bot.reports.goals.assists import _ASSIST, _ASSIST_ENDS
    from tests.reports.test_fast_paths import SENTENCES

    leads = [s[max(0, i - 40) : i] for s in SENTENCES for i in range(len(s)) if s[i].isupper()]
    leads += ["nach einer Flanke von \n", "from a cross by  "]
    hits = 0
    for lead in leads:
        if _ASSIST.search(lead):
            hits += 1
            assert lead[-1:].isspace() and lead.rstrip().endswith(_ASSIST_ENDS), lead
    assert hits > 2


def test_the_red_card_key_tree_agrees_with_the_flat_key_test():
    import re

    from tests.reports.test_fast_paths import SENTENCES

    flat = re.compile("|".join(re.escape(key) for key in _RED.keys))
    for sentence in SENTENCES:
        low = sentence.lower()
        assert bool(_RED.any_key.search(low)) == bool(flat.search(low)), sentence


def test_a_pronoun_match_is_a_word_stripped_to_he_or_er():
    from bot.reports.goals.backrefs import _HE, _HE_WORDS
    from tests.reports.test_fast_paths import SENTENCES

    texts = SENTENCES + ["and, HE, scored", "als :Er: traf", "the hero", "when he.", "her"]
    hits = 0
    for text in texts:
        found = bool(_HE.search(text))
        hits += found
        assert found == (not _HE_WORDS.isdisjoint(w.strip(",.;:") for w in text.lower().split()))
    assert hits > 20
