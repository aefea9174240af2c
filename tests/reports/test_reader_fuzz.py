"""Real reports, mangled: the reader either reads them or refuses them with a reason,
never raises anything else (one such KeyError, on `MAİ`, once ended a whole ingest)."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.reports.reader import UnreadableReport, read_report
from bot.teams.resolver import TeamResolver

ROOT = Path(__file__).resolve().parents[2]
TEXTS = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))] + [
    p.read_text(encoding="utf-8")
    for p in sorted((ROOT / "tests" / "data" / "reports").glob("*.txt"))[:6]
]
ODD = ["İ", "ı", "ſ", "ß", "ẞ", "\u0307", "\u200b", "\x00", "\x1b", "🙂", "\u212a", "ﬁ", "’"]


@st.composite
def mangled(draw) -> str:
    text = draw(st.sampled_from(TEXTS))
    for _ in range(draw(st.integers(1, 6))):
        at = draw(st.integers(0, len(text)))
        how = draw(st.sampled_from(["insert", "upper", "cut", "swap"]))
        if how == "insert":
            text = text[:at] + draw(st.sampled_from(ODD)) + text[at:]
        elif how == "upper":
            end = min(len(text), at + draw(st.integers(1, 400)))
            text = text[:at] + text[at:end].upper() + text[end:]
        elif how == "cut":
            end = min(len(text), at + draw(st.integers(1, 200)))
            text = text[:at] + text[end:]
        else:
            text = text.replace("i", "İ", draw(st.integers(0, 40)))
    return text


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True
)
@given(mangled())
def test_a_mangled_report_is_read_or_refused_never_a_crash(text):
    try:
        facts = read_report(text, "fuzz", TeamResolver.default())
    except UnreadableReport as refused:
        assert refused.reason_code
        return
    for match in facts.matches:
        assert match.score is None or all(goals >= 0 for goals in match.score)
