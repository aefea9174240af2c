"""`X was played through on the right and the Egyptian finished`: the one sent clear in the
first conjunct is the one the description in the second means, so the goal is his."""

from bot.facts import Match
from tests.reports.helpers import goals_for


def test_the_player_sent_clear_is_the_described_finisher():
    (found,) = goals_for(
        "Arsenal won 2-0 at Tottenham on Sunday. Martin Odegaard opened the scoring in the "
        "20th minute. Gabriel Martinelli was sent clear on the left in the 58th minute and "
        "the Brazilian finished calmly past Hugo Lloris.",
        Match("tottenham", "arsenal", (0, 2)),
        lang="en",
    )
    assert [(g.player, g.minute) for g in found.goals] == [
        ("Martin Odegaard", 20),
        ("Gabriel Martinelli", 58),
    ]
